// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "ChangePasswordDialog.h"

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

ChangePasswordDialog::ChangePasswordDialog(crypto::AsyncWalletStore &wallet, crypto::Address address, QWidget *parent)
    : QDialog(parent), m_wallet(wallet), m_address(std::move(address))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change the password of %1").arg(m_address.toChecksummed()));
    setAccessibleName(tr("Change password"));
    const auto field = [this](const char *name, const QString &accessible) {
        auto *f = new PasswordField(this);
        f->setObjectName(QLatin1String(name));
        f->setAccessibleName(accessible);
        f->lineEdit()->setObjectName(QLatin1String(name) + QLatin1String("Edit"));
        f->lineEdit()->setAccessibleName(accessible);
        connect(f, &PasswordField::passwordChanged, this, &ChangePasswordDialog::updateButtons);
        return f;
    };
    m_current = field("currentPasswordField", tr("Current password"));
    m_new = field("newPasswordField", tr("New password"));
    m_new->setStrengthMeterVisible(true);
    m_confirm = field("confirmPasswordField", tr("Confirm the new password"));
    m_error = makeErrorBanner(this);
    m_progress = makeBusyBar(this, tr("Re-encrypting the key"), tr("Re-encrypting the key…"));
    m_buttons = makeImportButtons(this, tr("&Change password"));

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("C&onfirm:"), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QString ChangePasswordDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void ChangePasswordDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && !m_current->password().isEmpty()
                                                        && m_new->strength().level >= PasswordStrength::Fair
                                                        && m_new->password() == m_confirm->password());
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (PasswordField *f : {m_current, m_new, m_confirm})
        f->setEnabled(!busy);
    updateButtons();
}

void ChangePasswordDialog::accept()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_error->hide();
    setBusy(true);
    onResult(this,
             m_wallet.changePassword(m_address, crypto::SecureBytes(m_current->password().toUtf8()),
                                     crypto::SecureBytes(m_new->password().toUtf8()), m_strength),
             [this](const Result<void> &changed) {
                 setBusy(false);
                 if (!changed) {
                     m_error->setText(walletErrorSentence(changed.error()));
                     m_error->show();
                     return;
                 }
                 for (PasswordField *f : {m_current, m_new, m_confirm})
                     f->clear();
                 Q_EMIT passwordChanged(m_address.toChecksummed());
                 QDialog::accept();
             });
}

} // namespace inkan::ui
