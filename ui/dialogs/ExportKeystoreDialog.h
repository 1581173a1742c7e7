// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Exports one key as a Web3 Secret Storage v3 file (for geth, MetaMask, ethers, a backup): its
// password proves the key opens, an optional new password re-encrypts the copy, and core writes
// the file atomically with mode 0600 (QSaveFile). The KDFs run on the wallet's worker thread.
#include "crypto/AsyncWalletStore.h"
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace inkan::ui {

class PasswordField;

class ExportKeystoreDialog : public QDialog {
    Q_OBJECT
public:
    ExportKeystoreDialog(crypto::AsyncWalletStore &wallet, crypto::Address address, QWidget *parent = nullptr);
    void setKeystoreStrength(crypto::keystore::Strength strength) { m_strength = strength; }
    void setFilePath(const QString &path);
    bool isBusy() const { return m_busy; }
    QString errorText() const;

Q_SIGNALS:
    void exported(const QString &path);

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void updateButtons();
    void setBusy(bool busy);
    void showError(const QString &message);

    crypto::AsyncWalletStore &m_wallet;
    crypto::Address m_address;
    crypto::keystore::Strength m_strength = crypto::keystore::Strength::Standard;
    PasswordField *m_password;
    PasswordField *m_newPassword;
    QLineEdit *m_file;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace inkan::ui
