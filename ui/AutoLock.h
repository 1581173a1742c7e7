// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Asks for the wallet to be locked after the user has been idle for a while, and optionally when
// the window is minimised. Idle means no key, mouse or wheel input anywhere in the application
// (an event filter on the QApplication). The object only says so (lockRequested); the main
// window locks.
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace inkan::ui {

class AutoLock : public QObject {
    Q_OBJECT
public:
    explicit AutoLock(QObject *parent = nullptr);
    ~AutoLock() override;
    /// Idle minutes before lockRequested; 0 turns the idle lock off (the default is 5).
    void setIdleMinutes(int minutes);
    int idleMinutes() const { return m_minutes; }
    /// The same in milliseconds (for tests).
    void setIdleInterval(int milliseconds);
    /// Lock when `window` is minimised (nullptr turns it off).
    void setLockOnMinimize(QWidget *window);
    /// Restarts the idle time (after an unlock, for example; the timer stops once it has fired).
    void reset();
    bool isActive() const { return m_timer.isActive(); }
    /// While suspended nothing locks (a kiosk scanner at a gate, behind its own PIN); resuming
    /// starts the idle time again.
    void setSuspended(bool suspended);
    bool isSuspended() const { return m_suspended; }

Q_SIGNALS:
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_minutes = 5;
    int m_intervalMs = 0;
    bool m_suspended = false;
    QTimer m_timer;
    QPointer<QWidget> m_window;
};

} // namespace inkan::ui
