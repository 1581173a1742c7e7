// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "ImportKeystoreDialog.h"

#include "WalletDialogParts.h"
#include "widgets/PasswordField.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace inkan::ui {

namespace {
constexpr qint64 kMaxKeystoreBytes = 64 * 1024; // a v3 file is under 1 KiB; anything huge is not one
}

ImportKeystoreDialog::ImportKeystoreDialog(crypto::AsyncWalletStore &wallet, QWidget *parent)
    : WalletImportDialog(wallet, tr("Opening the keystore"), tr("Opening the file with its password…"), parent)
{
    setObjectName(QStringLiteral("importKeystoreDialog"));
    setWindowTitle(tr("Import a keystore file"));
    setAccessibleName(tr("Import a keystore file"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("keystoreFileEdit"));
    m_file->setAccessibleName(tr("Keystore file"));
    m_file->setPlaceholderText(tr("A UTC--… file from geth, MetaMask or ethers"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseKeystoreButton"));
    m_browse->setAccessibleName(tr("Choose the keystore file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_password = new PasswordField(this);
    m_password->setObjectName(QStringLiteral("keystorePasswordField"));
    m_password->setAccessibleName(tr("The keystore file's password"));

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFooter(layout);

    connect(m_browse, &QPushButton::clicked, this, &ImportKeystoreDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportKeystoreDialog::updateButtons);
    connect(m_password, &PasswordField::passwordChanged, this, &ImportKeystoreDialog::updateButtons);
    connect(m_password, &PasswordField::returnPressed, this, &ImportKeystoreDialog::accept);
    updateButtons();
}

void ImportKeystoreDialog::setFilePath(const QString &path) { m_file->setText(path); }
QString ImportKeystoreDialog::filePath() const { return m_file->text().trimmed(); }

void ImportKeystoreDialog::browse()
{
    auto *chooser = new QFileDialog(this, tr("Choose a keystore file"));
    chooser->setObjectName(QStringLiteral("keystoreFileChooser"));
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, &ImportKeystoreDialog::setFilePath);
    chooser->open();
}

bool ImportKeystoreDialog::readyToImport() const { return !filePath().isEmpty() && !m_password->password().isEmpty(); }

QList<QWidget *> ImportKeystoreDialog::inputs() const { return {m_file, m_browse, m_password}; }

void ImportKeystoreDialog::clearSecrets() { m_password->clear(); }

void ImportKeystoreDialog::importFailed()
{
    m_password->lineEdit()->setFocus();
    m_password->lineEdit()->selectAll();
}

void ImportKeystoreDialog::accept()
{
    if (isBusy() || !readyToImport())
        return;
    showError({});
    // The file is small (checked before reading); only the KDF is slow, and it runs on the worker.
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Could not open %1: %2. Choose another file.").arg(filePath(), file.errorString()));
        return;
    }
    if (file.size() > kMaxKeystoreBytes) {
        showError(tr("This file is far too large to be a keystore, so it was not imported. Choose the UTC--… key file."));
        return;
    }
    runImport(wallet().importKeystore(file.readAll(), crypto::SecureBytes(m_password->password().toUtf8())));
}

} // namespace inkan::ui
