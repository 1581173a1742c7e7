// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The baseline of startup_ms: a bare QWidget window that exits once its first frame is painted,
// the way `inkan --quit-when-ready` does without an account (FirstPaintWatcher's rule).
#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace {
class QuitAfterFirstPaint : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("bare"));
    window.resize(1024, 700);
    QuitAfterFirstPaint watcher;
    window.installEventFilter(&watcher);
    window.show();
    return app.exec();
}
