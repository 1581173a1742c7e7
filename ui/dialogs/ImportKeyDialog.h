// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Imports a raw private key (64 hex digits, optionally after 0x), with a clear warning that a key
// typed or pasted from elsewhere may already be known to others, then encrypts it under a new
// password on the wallet's worker thread. A malformed key is refused before anything runs.
#include "WalletImportDialog.h"

namespace inkan::ui {

class PasswordField;

class ImportKeyDialog : public WalletImportDialog {
    Q_OBJECT
public:
    explicit ImportKeyDialog(crypto::AsyncWalletStore &wallet, QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

protected:
    bool readyToImport() const override;
    QList<QWidget *> inputs() const override;
    void clearSecrets() override;

private:
    PasswordField *m_key;
    PasswordField *m_password;
    PasswordField *m_confirm;
};

} // namespace inkan::ui
