// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "ExportKeystoreDialog.h"

#include "FutureResult.h"
#include "WalletDialogParts.h"
#include "WalletErrors.h"
#include "widgets/PasswordField.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace inkan::ui {

ExportKeystoreDialog::ExportKeystoreDialog(crypto::AsyncWalletStore &wallet, crypto::Address address, QWidget *parent)
    : QDialog(parent), m_wallet(wallet), m_address(std::move(address))
{
    setObjectName(QStringLiteral("exportKeystoreDialog"));
    setWindowTitle(tr("Export %1").arg(m_address.toChecksummed()));
    setAccessibleName(tr("Export a keystore file"));
    m_password = new PasswordField(this);
    m_password->setObjectName(QStringLiteral("currentPasswordField"));
    m_password->setAccessibleName(tr("Current password"));
    m_newPassword = makeNewPasswordField(this);
    m_newPassword->lineEdit()->setPlaceholderText(tr("Leave empty to keep the current password"));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exportFileEdit"));
    m_file->setAccessibleName(tr("File to write"));
    m_file->setText(QStringLiteral("UTC--inkan--%1.json").arg(m_address.toChecksummed().mid(2).toLower()));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseExportButton"));
    browse->setAccessibleName(tr("Choose where to save"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_error = makeErrorBanner(this);
    m_progress = makeBusyBar(this, tr("Encrypting the copy"), tr("Encrypting the copy…"));
    m_buttons = makeImportButtons(this, tr("&Export"));

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_password);
    form->addRow(tr("&New password for the copy:"), m_newPassword);
    form->addRow(tr("&File:"), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    connect(browse, &QPushButton::clicked, this, &ExportKeystoreDialog::browse);
    connect(m_password, &PasswordField::passwordChanged, this, &ExportKeystoreDialog::updateButtons);
    connect(m_file, &QLineEdit::textChanged, this, &ExportKeystoreDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportKeystoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void ExportKeystoreDialog::setFilePath(const QString &path) { m_file->setText(path); }
QString ExportKeystoreDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void ExportKeystoreDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ExportKeystoreDialog::browse()
{
    auto *chooser = new QFileDialog(this, tr("Save the keystore file"), m_file->text());
    chooser->setObjectName(QStringLiteral("exportFileChooser"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, &ExportKeystoreDialog::setFilePath);
    chooser->open();
}

void ExportKeystoreDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && !m_password->password().isEmpty() && !m_file->text().trimmed().isEmpty());
}

void ExportKeystoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    updateButtons();
}

void ExportKeystoreDialog::accept()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    showError({});
    setBusy(true);
    const QString newPassword = m_newPassword->password().isEmpty() ? m_password->password() : m_newPassword->password();
    onResult(this,
             m_wallet.exportKeystore(m_address, crypto::SecureBytes(m_password->password().toUtf8()),
                                     crypto::SecureBytes(newPassword.toUtf8()), m_strength),
             [this](const Result<QByteArray> &json) {
                 setBusy(false);
                 if (!json) {
                     showError(walletErrorSentence(json.error()));
                     return;
                 }
                 const QString path = m_file->text().trimmed();
                 // A file under 1 KiB, written atomically (QSaveFile, mode 0600) by core.
                 const Result<void> written = crypto::writePrivateFile(path, *json);
                 if (!written) {
                     showError(walletErrorSentence(written.error()));
                     return;
                 }
                 m_password->clear();
                 m_newPassword->clear();
                 Q_EMIT exported(path);
                 QDialog::accept();
             });
}

} // namespace inkan::ui
