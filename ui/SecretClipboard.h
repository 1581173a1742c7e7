// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Puts a secret (mnemonic words, a private key) on the clipboard and takes it off again after a
// while (30 s by default), but only if the clipboard still holds what this object put there: a
// user who copied something else meanwhile keeps it. Only a hash of the secret is kept here.
#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace inkan::ui {

class SecretClipboard : public QObject {
    Q_OBJECT
public:
    explicit SecretClipboard(QObject *parent = nullptr);
    void setClearAfter(int milliseconds) { m_timer.setInterval(milliseconds); }
    int clearAfter() const { return m_timer.interval(); }
    void copy(const QString &secret);
    /// Whether a copied secret is waiting to be cleared.
    bool isPending() const { return m_timer.isActive(); }
    /// Clears the clipboard now if it still holds the secret.
    void clearNow();

Q_SIGNALS:
    /// The secret was taken off the clipboard (not emitted when the user had replaced it).
    void cleared();

private:
    QTimer m_timer;
    QByteArray m_hash;
};

} // namespace inkan::ui
