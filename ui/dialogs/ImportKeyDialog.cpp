// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "ImportKeyDialog.h"

#include "FutureResult.h"
#include "WalletDialogParts.h"
#include "WalletErrors.h"
#include "widgets/PasswordField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace inkan::ui {

ImportKeyDialog::ImportKeyDialog(crypto::AsyncWalletStore &wallet, QWidget *parent) : QDialog(parent), m_wallet(wallet)
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
    m_error = makeErrorBanner(this);
    m_progress = makeBusyBar(this, tr("Encrypting the key"), tr("Encrypting the key with your password…"));
    m_buttons = makeImportButtons(this, tr("&Import"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm:"), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    for (PasswordField *f : {m_key, m_password, m_confirm})
        connect(f, &PasswordField::passwordChanged, this, &ImportKeyDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportKeyDialog::reject);
    updateButtons();
}

QString ImportKeyDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void ImportKeyDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ImportKeyDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && !m_key->password().isEmpty() && !m_password->password().isEmpty()
                                                        && m_password->password() == m_confirm->password());
}

void ImportKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (PasswordField *f : {m_key, m_password, m_confirm})
        f->setEnabled(!busy);
    updateButtons();
}

void ImportKeyDialog::accept()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const crypto::SecureBytes bytes = crypto::SecureBytes::fromHex(m_key->password().trimmed().toLatin1());
    Result<crypto::PrivateKey> key = bytes.size() == 32
                                         ? crypto::PrivateKey::fromBytes(bytes)
                                         : Result<crypto::PrivateKey>(Error{ErrorKind::InvalidInput, QString()});
    if (!key) {
        showError(tr("This is not a private key: it must be 64 hex digits, optionally after 0x. Nothing was imported."));
        return;
    }
    showError({});
    setBusy(true);
    m_discarded = false;
    m_pending = m_wallet.importPrivateKey(std::move(*key), crypto::SecureBytes(m_password->password().toUtf8()), m_strength);
    onResult(this, m_pending, [this](const Result<crypto::WalletKey> &imported) {
        if (m_discarded)
            return;
        setBusy(false);
        if (!imported) {
            showError(walletErrorSentence(imported.error()));
            return;
        }
        for (PasswordField *f : {m_key, m_password, m_confirm})
            f->clear();
        Q_EMIT this->imported(imported->address.toChecksummed());
        QDialog::accept();
    });
}

void ImportKeyDialog::reject()
{
    if (m_busy) {
        m_discarded = true;
        discardWhenDone(m_pending, m_wallet);
        setBusy(false);
    }
    m_key->clear();
    QDialog::reject();
}

} // namespace inkan::ui
