// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "qr/FrameSource.h"

namespace inkan::qr {

SyntheticFrameSource::SyntheticFrameSource(bool live, QObject *parent) : FrameSource(parent), m_live(live) {}

QString SyntheticFrameSource::description() const
{
    return tr("Test frames");
}

void SyntheticFrameSource::push(const QVideoFrame &frame)
{
    if (state() == State::Running)
        Q_EMIT videoFrameAvailable(frame);
}

void SyntheticFrameSource::push(const QImage &image)
{
    if (state() == State::Running)
        Q_EMIT imageAvailable(image);
}

void SyntheticFrameSource::finish()
{
    if (state() == State::Running)
        setState(State::Finished);
}

void SyntheticFrameSource::start()
{
    setState(State::Running);
}

void SyntheticFrameSource::stop()
{
    setState(State::Stopped);
}

} // namespace inkan::qr
