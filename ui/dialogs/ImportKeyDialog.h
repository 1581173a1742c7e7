// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Imports a raw private key (64 hex digits, optionally after 0x), with a clear warning that a key
// typed or pasted from elsewhere may already be known to others, then encrypts it under a new
// password on the wallet's worker thread. A malformed key is refused before anything runs.
#include "crypto/AsyncWalletStore.h"
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace inkan::ui {

class PasswordField;

class ImportKeyDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportKeyDialog(crypto::AsyncWalletStore &wallet, QWidget *parent = nullptr);
    void setKeystoreStrength(crypto::keystore::Strength strength) { m_strength = strength; }
    bool isBusy() const { return m_busy; }
    QString errorText() const;

Q_SIGNALS:
    void imported(const QString &address);

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void updateButtons();
    void setBusy(bool busy);
    void showError(const QString &message);

    crypto::AsyncWalletStore &m_wallet;
    crypto::keystore::Strength m_strength = crypto::keystore::Strength::Standard;
    PasswordField *m_key;
    PasswordField *m_password;
    PasswordField *m_confirm;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QFuture<Result<crypto::WalletKey>> m_pending;
    bool m_busy = false;
    bool m_discarded = false;
};

} // namespace inkan::ui
