// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "AutoLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWindowStateChangeEvent>
#include <QWidget>

namespace inkan::ui {

AutoLock::AutoLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoLock::lockRequested);
    QCoreApplication::instance()->installEventFilter(this);
    setIdleMinutes(m_minutes);
}

AutoLock::~AutoLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void AutoLock::setIdleMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    setIdleInterval(m_minutes * 60 * 1000);
}

void AutoLock::setIdleInterval(int milliseconds)
{
    m_timer.stop();
    m_intervalMs = qMax(0, milliseconds);
    reset();
}

void AutoLock::setLockOnMinimize(QWidget *window) { m_window = window; }

void AutoLock::reset()
{
    if (m_intervalMs > 0 && !m_suspended)
        m_timer.start(m_intervalMs);
}

void AutoLock::setSuspended(bool suspended)
{
    m_suspended = suspended;
    if (suspended)
        m_timer.stop();
    else
        reset();
}

bool AutoLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(m_intervalMs); // input: idle time starts again
        break;
    case QEvent::WindowStateChange:
        // Once, as the window goes to minimised (not again while it stays so).
        if (!m_suspended && m_window && watched == m_window && m_window->isMinimized()
            && !(static_cast<QWindowStateChangeEvent *>(event)->oldState() & Qt::WindowMinimized))
            Q_EMIT lockRequested();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace inkan::ui
