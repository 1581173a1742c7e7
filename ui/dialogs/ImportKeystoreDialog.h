// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Imports a Web3 Secret Storage v3 file (geth, MetaMask, ethers): choose the file, type its
// password; the file is opened on the wallet's worker thread with a busy indicator. A wrong
// password, a KDF Inkan refuses and a damaged file each get their own sentence, and nothing is
// imported on failure. Cancel while it runs discards the result (a key already stored is moved
// aside again).
#include "crypto/AsyncWalletStore.h"
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace inkan::ui {

class PasswordField;

class ImportKeystoreDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportKeystoreDialog(crypto::AsyncWalletStore &wallet, QWidget *parent = nullptr);
    void setFilePath(const QString &path);
    QString filePath() const;
    bool isBusy() const { return m_busy; }
    /// The last failure's sentence (empty when none).
    QString errorText() const;

Q_SIGNALS:
    void imported(const QString &address);

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void browse();
    void setBusy(bool busy);
    void updateButtons();

    crypto::AsyncWalletStore &m_wallet;
    QLineEdit *m_file;
    QPushButton *m_browse;
    PasswordField *m_password;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QFuture<Result<crypto::WalletKey>> m_pending;
    bool m_busy = false;
    bool m_discarded = false;
};

} // namespace inkan::ui
