// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "qr/FrameSource.h"

#include <QMediaPlayer>
#include <QVideoSink>

namespace inkan::qr {

VideoFileFrameSource::VideoFileFrameSource(const QUrl &url, QObject *parent)
    : FrameSource(parent), m_url(url), m_ownSink(std::make_unique<QVideoSink>())
{
    m_sink = m_ownSink.get();
    forwardFramesFrom(m_sink);
}

VideoFileFrameSource::~VideoFileFrameSource()
{
    stopForwardingFrames();
    if (m_player)
        m_player->stop();
}

void VideoFileFrameSource::setVideoSink(QVideoSink *sink)
{
    m_sink = sink ? sink : m_ownSink.get();
    if (m_player)
        m_player->setVideoSink(m_sink);
    forwardFramesFrom(m_sink);
}

QString VideoFileFrameSource::description() const
{
    return tr("Video file: %1").arg(m_url.fileName());
}

void VideoFileFrameSource::start()
{
    setState(State::Starting);
    m_player = std::make_unique<QMediaPlayer>();
    m_player->setVideoSink(m_sink);
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString &detail) {
        if (error == QMediaPlayer::NoError)
            return;
        fail(tr("Could not play the video \"%1\": %2").arg(m_url.fileName(), detail));
    });
    connect(m_player.get(), &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::BufferedMedia || status == QMediaPlayer::LoadedMedia) {
            if (state() == State::Starting)
                setState(State::Running);
        } else if (status == QMediaPlayer::EndOfMedia) {
            setState(State::Finished);
        } else if (status == QMediaPlayer::InvalidMedia) {
            fail(tr("The file \"%1\" is not a video that can be played.").arg(m_url.fileName()));
        }
    });
    m_player->setSource(m_url);
    m_player->play();
}

void VideoFileFrameSource::stop()
{
    if (m_player) {
        m_player->stop();
        m_player.reset();
    }
    setState(State::Stopped);
}

} // namespace inkan::qr
