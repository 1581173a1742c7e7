// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "qr/FrameSource.h"

#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>

namespace inkan::qr {

ScreenFrameSource::ScreenFrameSource(QScreen *screen, QObject *parent) : FrameSource(parent), m_screen(screen)
{
    m_timer.setInterval(500); // a code on screen does not move: twice a second is plenty
    connect(&m_timer, &QTimer::timeout, this, &ScreenFrameSource::grab);
}

QString ScreenFrameSource::description() const
{
    const QScreen *screen = m_screen ? m_screen.data() : QGuiApplication::primaryScreen();
    return screen ? tr("Screen: %1").arg(screen->name()) : tr("Screen");
}

void ScreenFrameSource::start()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        fail(tr("The screen can only be read by the graphical application."));
        return;
    }
    setState(State::Running);
    grab();
    m_timer.start();
}

void ScreenFrameSource::stop()
{
    m_timer.stop();
    setState(State::Stopped);
}

void ScreenFrameSource::grab()
{
    QScreen *screen = m_screen ? m_screen.data() : QGuiApplication::primaryScreen();
    if (!screen) {
        m_timer.stop();
        fail(tr("No screen is available to read from."));
        return;
    }
    const QPixmap pixels = screen->grabWindow(0);
    if (pixels.isNull()) {
        m_timer.stop();
        fail(tr("The screen could not be read; this system does not allow screen capture."));
        return;
    }
    Q_EMIT imageAvailable(pixels.toImage());
}

} // namespace inkan::qr
