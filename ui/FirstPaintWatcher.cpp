// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "FirstPaintWatcher.h"

#include <QEvent>
#include <QWidget>

namespace inkan::ui {

FirstPaintWatcher::FirstPaintWatcher(QWidget *window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && watched == m_window && event->type() == QEvent::Paint) {
        m_seen = true;
        m_window->removeEventFilter(this);
        // Queued: the paint event (and the rest of this repaint pass, with the flush) comes first.
        QMetaObject::invokeMethod(this, &FirstPaintWatcher::firstFramePainted, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace inkan::ui
