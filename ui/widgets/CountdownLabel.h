// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The time left until a deadline, as mm:ss (h:mm:ss from an hour), updated every second;
// expired() is emitted once when the deadline passes.
#include <QDateTime>
#include <QLabel>
#include <QTimer>

namespace inkan::ui {

class CountdownLabel : public QLabel {
    Q_OBJECT
public:
    explicit CountdownLabel(QWidget *parent = nullptr);

    /// Starts counting down to deadline; an invalid one stops and clears the label.
    void setDeadline(const QDateTime &deadline);
    QDateTime deadline() const { return m_deadline; }
    /// Whole seconds left, rounded up; 0 once expired.
    qint64 remainingSeconds() const;
    bool isExpired() const { return m_expired; }

    /// "04:59", "1:00:00"
    static QString formatRemaining(qint64 seconds);

Q_SIGNALS:
    void expired();

private:
    void tick();

    QDateTime m_deadline;
    QTimer m_timer;
    bool m_expired = false;
};

} // namespace inkan::ui
