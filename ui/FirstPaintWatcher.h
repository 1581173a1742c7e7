// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Tells when a window has been painted for the first time, for `inkan --quit-when-ready`, smoke
// tests and startup benchmarks.
//
// It watches the top-level widget for its first QEvent::Paint and reports, in a queued call,
// after that paint event has been handled: by then the widget stack has painted into the backing
// store, which is flushed in the same repaint pass. This works alike under xcb (X11, xvfb) and
// the offscreen platform, which both deliver an expose and then a paint to a shown window.
// (QWindow's expose event alone is not enough: it comes before anything is painted.)
#include <QObject>
#include <QPointer>

class QWidget;

namespace inkan::ui {

class FirstPaintWatcher : public QObject {
    Q_OBJECT
public:
    /// Watches window (a top-level widget); the watcher is a child of window.
    explicit FirstPaintWatcher(QWidget *window);

Q_SIGNALS:
    void firstFramePainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    bool m_seen = false;
};

} // namespace inkan::ui
