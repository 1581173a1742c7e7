// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Restores an account from recovery words: the words (checked against the BIP-39 list, a typo
// named by its position), an optional passphrase, the account index, and the address that
// index gives, derived on the wallet's worker thread and shown BEFORE anything is saved; then a
// password to encrypt it under. Cancel while saving discards the result.
#include "WalletImportDialog.h"
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace inkan::ui {

class AddressLabel;
class PasswordField;

class ImportMnemonicDialog : public WalletImportDialog {
    Q_OBJECT
public:
    explicit ImportMnemonicDialog(crypto::AsyncWalletStore &wallet, QWidget *parent = nullptr);
    /// The address the words and index give ("0x" + EIP-55), empty until derived or when invalid.
    QString previewAddress() const { return m_preview; }

Q_SIGNALS:
    /// A new preview (address or error) is showing.
    void previewUpdated();

public Q_SLOTS:
    void accept() override;

protected:
    bool readyToImport() const override;
    QList<QWidget *> inputs() const override;
    void clearSecrets() override;

private:
    void schedulePreview();
    void derivePreview();
    QPlainTextEdit *m_words;
    PasswordField *m_passphrase;
    QSpinBox *m_index;
    AddressLabel *m_address;
    QLabel *m_previewState;
    PasswordField *m_password;
    PasswordField *m_confirm;
    QTimer m_previewTimer;
    quint64 m_previewGeneration = 0;
    QString m_preview;
};

} // namespace inkan::ui
