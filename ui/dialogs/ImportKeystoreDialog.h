// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Imports a Web3 Secret Storage v3 file (geth, MetaMask, ethers): choose the file, type its
// password; the file is opened on the wallet's worker thread with a busy indicator. A wrong
// password, a KDF Inkan refuses and a damaged file each get their own sentence, and nothing is
// imported on failure. Cancel while it runs discards the result (a key already stored is moved
// aside again).
#include "WalletImportDialog.h"

class QLineEdit;
class QPushButton;

namespace inkan::ui {

class PasswordField;

class ImportKeystoreDialog : public WalletImportDialog {
    Q_OBJECT
public:
    explicit ImportKeystoreDialog(crypto::AsyncWalletStore &wallet, QWidget *parent = nullptr);
    void setFilePath(const QString &path);
    QString filePath() const;

public Q_SLOTS:
    void accept() override;

protected:
    bool readyToImport() const override;
    QList<QWidget *> inputs() const override;
    void clearSecrets() override;
    void importFailed() override;

private:
    void browse();

    QLineEdit *m_file;
    QPushButton *m_browse;
    PasswordField *m_password;
};

} // namespace inkan::ui
