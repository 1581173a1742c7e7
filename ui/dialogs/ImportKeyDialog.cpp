// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "ImportKeyDialog.h"

#include "WalletDialogParts.h"
#include "widgets/PasswordField.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace inkan::ui {

ImportKeyDialog::ImportKeyDialog(crypto::AsyncWalletStore &wallet, QWidget *parent)
    : WalletImportDialog(wallet, tr("Encrypting the key"), tr("Encrypting the key with your password…"), parent)
{
    setObjectName(QStringLiteral("importKeyDialog"));
    setWindowTitle(tr("Import a private key"));
    setAccessibleName(tr("Import a private key"));

    auto *warning = new QLabel(tr("Only import a key you control. Anyone who has seen this key (a web page, a chat, "
                                  "another wallet) can take everything it holds; a key created by Inkan is safer."),
                               this);
    warning->setObjectName(QStringLiteral("rawKeyWarning"));
    warning->setAccessibleName(tr("Warning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3d2e00; padding: 6px; border-radius: 3px;"));

    m_key = new PasswordField(this);
    m_key->setObjectName(QStringLiteral("privateKeyField"));
    m_key->setAccessibleName(tr("Private key"));
    m_key->lineEdit()->setObjectName(QStringLiteral("privateKeyEdit"));
    m_key->lineEdit()->setAccessibleName(tr("Private key"));
    m_key->lineEdit()->setPlaceholderText(tr("0x and 64 hex digits"));
    m_password = makeNewPasswordField(this);
    m_confirm = makeConfirmPasswordField(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm:"), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    addFooter(layout);
    for (PasswordField *f : {m_key, m_password, m_confirm})
        connect(f, &PasswordField::passwordChanged, this, &ImportKeyDialog::updateButtons);
    updateButtons();
}

bool ImportKeyDialog::readyToImport() const
{
    return !m_key->password().isEmpty() && !m_password->password().isEmpty() && m_password->password() == m_confirm->password();
}

QList<QWidget *> ImportKeyDialog::inputs() const { return {m_key, m_password, m_confirm}; }

void ImportKeyDialog::clearSecrets()
{
    for (PasswordField *f : {m_key, m_password, m_confirm})
        f->clear();
}

void ImportKeyDialog::accept()
{
    if (isBusy() || !readyToImport())
        return;
    const crypto::SecureBytes bytes = crypto::SecureBytes::fromHex(m_key->password().trimmed().toLatin1());
    Result<crypto::PrivateKey> key = bytes.size() == 32
                                         ? crypto::PrivateKey::fromBytes(bytes)
                                         : Result<crypto::PrivateKey>(Error{ErrorKind::InvalidInput, QString()});
    if (!key) {
        showError(tr("This is not a private key: it must be 64 hex digits, optionally after 0x. Nothing was imported."));
        return;
    }
    runImport(wallet().importPrivateKey(std::move(*key), crypto::SecureBytes(m_password->password().toUtf8()), keystoreStrength()));
}

} // namespace inkan::ui
