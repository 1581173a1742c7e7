// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "qr/FrameSource.h"

#include <QVideoSink>

namespace inkan::qr {

FrameSource::FrameSource(QObject *parent) : QObject(parent) {}

void FrameSource::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (state != State::Failed)
        m_errorString.clear();
    Q_EMIT stateChanged(state);
}

void FrameSource::fail(const QString &message)
{
    m_errorString = message;
    m_state = State::Failed;
    Q_EMIT stateChanged(State::Failed);
    Q_EMIT errorOccurred(message);
}

void FrameSource::forwardFramesFrom(QVideoSink *sink)
{
    stopForwardingFrames();
    // The sink may emit on a backend thread; the context object makes delivery queued then.
    m_sinkConnection = connect(sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        if (state() == State::Running && frame.isValid())
            Q_EMIT videoFrameAvailable(frame);
    });
}

void FrameSource::stopForwardingFrames()
{
    disconnect(m_sinkConnection);
}

} // namespace inkan::qr
