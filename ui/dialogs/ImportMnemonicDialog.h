// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Restores an account from recovery words: the words (checked against the BIP-39 list, a typo
// named by its position), an optional passphrase, the account index, and the address that
// index gives, derived on the wallet's worker thread and shown BEFORE anything is saved; then a
// password to encrypt it under. Cancel while saving discards the result.
#include "crypto/AsyncWalletStore.h"
#include <QDialog>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;

namespace inkan::ui {

class AddressLabel;
class PasswordField;

class ImportMnemonicDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportMnemonicDialog(crypto::AsyncWalletStore &wallet, QWidget *parent = nullptr);
    void setKeystoreStrength(crypto::keystore::Strength strength) { m_strength = strength; }
    /// The address the words and index give ("0x" + EIP-55), empty until derived or when invalid.
    QString previewAddress() const { return m_preview; }
    bool isBusy() const { return m_busy; }
    QString errorText() const;

Q_SIGNALS:
    void imported(const QString &address);
    /// A new preview (address or error) is showing.
    void previewUpdated();

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void schedulePreview();
    void derivePreview();
    void updateButtons();
    void setBusy(bool busy);
    void showError(const QString &message);

    crypto::AsyncWalletStore &m_wallet;
    crypto::keystore::Strength m_strength = crypto::keystore::Strength::Standard;
    QPlainTextEdit *m_words;
    PasswordField *m_passphrase;
    QSpinBox *m_index;
    AddressLabel *m_address;
    QLabel *m_previewState;
    PasswordField *m_password;
    PasswordField *m_confirm;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QTimer m_previewTimer;
    quint64 m_previewGeneration = 0;
    QString m_preview;
    QFuture<Result<crypto::WalletKey>> m_pending;
    bool m_busy = false;
    bool m_discarded = false;
};

} // namespace inkan::ui
