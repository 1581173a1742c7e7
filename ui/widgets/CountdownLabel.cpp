// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "CountdownLabel.h"

namespace inkan::ui {

CountdownLabel::CountdownLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("countdownLabel"));
    setAccessibleName(tr("Time left"));
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &CountdownLabel::tick);
}

void CountdownLabel::setDeadline(const QDateTime &deadline)
{
    m_deadline = deadline;
    m_expired = false;
    if (!deadline.isValid()) {
        m_timer.stop();
        clear();
        return;
    }
    tick();
}

qint64 CountdownLabel::remainingSeconds() const
{
    if (!m_deadline.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_deadline);
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

QString CountdownLabel::formatRemaining(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    const QString mmss = QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return h > 0 ? QStringLiteral("%1:%2").arg(h).arg(mmss) : mmss;
}

void CountdownLabel::tick()
{
    const qint64 ms = m_deadline.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(m_deadline) : 0;
    if (ms <= 0) {
        m_timer.stop();
        setText(tr("Expired"));
        setAccessibleDescription(tr("Expired"));
        if (!m_expired && m_deadline.isValid()) {
            m_expired = true;
            Q_EMIT expired();
        }
        return;
    }
    const qint64 seconds = (ms + 999) / 1000;
    setText(formatRemaining(seconds));
    setAccessibleDescription(tr("%n second(s) left", nullptr, int(seconds)));
    // Wake just after the next whole second, so the display never lags.
    m_timer.start(int(ms - (seconds - 1) * 1000) + 5);
}

} // namespace inkan::ui
