// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "ImportKeystoreDialog.h"

#include "FutureResult.h"
#include "WalletDialogParts.h"
#include "WalletErrors.h"
#include "widgets/PasswordField.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace inkan::ui {

namespace {
constexpr qint64 kMaxKeystoreBytes = 64 * 1024; // a v3 file is under 1 KiB; anything huge is not one
}

ImportKeystoreDialog::ImportKeystoreDialog(crypto::AsyncWalletStore &wallet, QWidget *parent)
    : QDialog(parent), m_wallet(wallet)
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

    m_error = makeErrorBanner(this);
    m_progress = makeBusyBar(this, tr("Opening the keystore"), tr("Opening the file with its password…"));
    m_buttons = makeImportButtons(this, tr("&Import"));

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportKeystoreDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportKeystoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportKeystoreDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, &ImportKeystoreDialog::updateButtons);
    connect(m_password, &PasswordField::passwordChanged, this, &ImportKeystoreDialog::updateButtons);
    connect(m_password, &PasswordField::returnPressed, this, &ImportKeystoreDialog::accept);
    updateButtons();
}

void ImportKeystoreDialog::setFilePath(const QString &path) { m_file->setText(path); }
QString ImportKeystoreDialog::filePath() const { return m_file->text().trimmed(); }
QString ImportKeystoreDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void ImportKeystoreDialog::browse()
{
    auto *chooser = new QFileDialog(this, tr("Choose a keystore file"));
    chooser->setObjectName(QStringLiteral("keystoreFileChooser"));
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, &ImportKeystoreDialog::setFilePath);
    chooser->open();
}

void ImportKeystoreDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && !filePath().isEmpty() && !m_password->password().isEmpty());
}

void ImportKeystoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_file->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_password->setEnabled(!busy);
    updateButtons();
}

void ImportKeystoreDialog::accept()
{
    if (m_busy || filePath().isEmpty() || m_password->password().isEmpty())
        return;
    m_error->hide();
    // The file is small (checked before reading); only the KDF is slow, and it runs on the worker.
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Could not open %1: %2. Choose another file.").arg(filePath(), file.errorString()));
        m_error->show();
        return;
    }
    if (file.size() > kMaxKeystoreBytes) {
        m_error->setText(tr("This file is far too large to be a keystore, so it was not imported. Choose the UTC--… key file."));
        m_error->show();
        return;
    }
    setBusy(true);
    m_pending = m_wallet.importKeystore(file.readAll(), crypto::SecureBytes(m_password->password().toUtf8()));
    m_discarded = false;
    onResult(this, m_pending, [this](const Result<crypto::WalletKey> &imported) {
        if (m_discarded)
            return;
        setBusy(false);
        if (!imported) {
            m_error->setText(walletErrorSentence(imported.error()));
            m_error->show();
            m_password->lineEdit()->setFocus();
            m_password->lineEdit()->selectAll();
            return;
        }
        m_password->clear();
        Q_EMIT this->imported(imported->address.toChecksummed());
        QDialog::accept();
    });
}

void ImportKeystoreDialog::reject()
{
    if (m_busy) {
        // Not QFuture::cancel(): a job already running would still store the key, and a cancelled
        // future drops its result, so nothing could take the key out again.
        m_discarded = true;
        discardWhenDone(m_pending, m_wallet);
        setBusy(false);
    }
    m_password->clear();
    QDialog::reject();
}

} // namespace inkan::ui
