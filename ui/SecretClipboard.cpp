// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>

namespace inkan::ui {

namespace {
QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
}

void SecretClipboard::copy(const QString &secret)
{
    QGuiApplication::clipboard()->setText(secret);
    m_hash = hashOf(secret);
    m_timer.start();
}

void SecretClipboard::clearNow()
{
    m_timer.stop();
    if (m_hash.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool ours = hashOf(clipboard->text()) == m_hash;
    m_hash.clear();
    if (ours) {
        clipboard->clear();
        Q_EMIT cleared();
    }
}

} // namespace inkan::ui
