// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Creates a wallet: a password (with a strength meter and a confirmation), the new 12 or 24 words
// to write down, three of them asked back by position, then the first account
// (m/44'/60'/0'/0/0) saved on the wallet's worker thread. Nothing is stored before the last
// page; Cancel while saving discards the new key (moved aside, as a removal is).
#include "crypto/AsyncWalletStore.h"
#include <QList>
#include <QWizard>

namespace inkan::ui {

class SecretClipboard;

class CreateWalletWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { PasswordPage, WordsPage, ConfirmPage, SavePage };

    explicit CreateWalletWizard(crypto::AsyncWalletStore &wallet, QWidget *parent = nullptr);
    ~CreateWalletWizard() override;

    /// Standard by default (geth's scrypt cost); tests use Light.
    void setKeystoreStrength(crypto::keystore::Strength strength) { m_strength = strength; }
    /// The three word positions (1-based, ascending) the confirmation page asks for.
    QList<int> confirmPositions() const { return m_positions; }
    bool isSaving() const { return m_saving; }
    /// The new account's address once saved ("0x" + EIP-55), else empty.
    QString createdAddress() const { return m_created; }
    SecretClipboard *secretClipboard() const { return m_clipboard; }

    // For the pages.
    QStringList words() const;
    int wordCount() const;
    void generateWords(int count);
    QString password() const;
    void startSave();

Q_SIGNALS:
    void walletCreated(const QString &address);
    void saveFailed(const QString &message);
    void savingChanged(bool saving);

public Q_SLOTS:
    void reject() override;

private:
    crypto::AsyncWalletStore &m_wallet;
    crypto::keystore::Strength m_strength = crypto::keystore::Strength::Standard;
    crypto::SecureBytes m_mnemonic;
    QList<int> m_positions;
    QFuture<Result<crypto::WalletKey>> m_pending;
    bool m_saving = false;
    bool m_discarded = false;
    QString m_created;
    SecretClipboard *m_clipboard;
};

} // namespace inkan::ui
