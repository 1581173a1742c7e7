// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "WalletImportDialog.h"

#include "FutureResult.h"
#include "WalletDialogParts.h"
#include "WalletErrors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace inkan::ui {

WalletImportDialog::WalletImportDialog(crypto::AsyncWalletStore &wallet, const QString &busyName,
                                       const QString &busyText, QWidget *parent)
    : QDialog(parent), m_wallet(wallet)
{
    m_error = makeErrorBanner(this);
    m_progress = makeBusyBar(this, busyName, busyText);
    m_buttons = makeImportButtons(this, tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept); // the subclass's accept()
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WalletImportDialog::reject);
}

void WalletImportDialog::addFooter(QVBoxLayout *layout)
{
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

QString WalletImportDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void WalletImportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void WalletImportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && readyToImport());
}

void WalletImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget *input : inputs())
        input->setEnabled(!busy);
    updateButtons();
}

void WalletImportDialog::runImport(QFuture<Result<crypto::WalletKey>> pending)
{
    showError({});
    setBusy(true);
    m_discarded = false;
    m_pending = std::move(pending);
    onResult(this, m_pending, [this](const Result<crypto::WalletKey> &imported) {
        if (m_discarded)
            return;
        setBusy(false);
        if (!imported) {
            showError(walletErrorSentence(imported.error()));
            importFailed();
            return;
        }
        clearSecrets();
        Q_EMIT this->imported(imported->address.toChecksummed());
        QDialog::accept();
    });
}

void WalletImportDialog::reject()
{
    if (m_busy) {
        // Not QFuture::cancel(): a job already running would still store the key, and a cancelled
        // future drops its result, so nothing could take the key out again.
        m_discarded = true;
        discardWhenDone(m_pending, m_wallet);
        setBusy(false);
    }
    clearSecrets();
    QDialog::reject();
}

} // namespace inkan::ui
