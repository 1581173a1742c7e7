// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Re-encrypts one key under a new password (the file is replaced atomically by core): the
// current password, the new one with a strength meter, and its confirmation. The KDFs run on the
// wallet's worker thread with a busy bar; a wrong current password is said so and changes
// nothing. Cancel while it runs closes the dialog; the change, once started, completes.
#include "crypto/AsyncWalletStore.h"
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace inkan::ui {

class PasswordField;

class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(crypto::AsyncWalletStore &wallet, crypto::Address address, QWidget *parent = nullptr);
    void setKeystoreStrength(crypto::keystore::Strength strength) { m_strength = strength; }
    bool isBusy() const { return m_busy; }
    QString errorText() const;

Q_SIGNALS:
    void passwordChanged(const QString &address);

public Q_SLOTS:
    void accept() override;

private:
    void updateButtons();
    void setBusy(bool busy);

    crypto::AsyncWalletStore &m_wallet;
    crypto::Address m_address;
    crypto::keystore::Strength m_strength = crypto::keystore::Strength::Standard;
    PasswordField *m_current;
    PasswordField *m_new;
    PasswordField *m_confirm;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace inkan::ui
