// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "WalletDialogParts.h"

#include "widgets/PasswordField.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace inkan::ui {

// The translation context of these sentences (lupdate reads WalletDialogParts::tr).
struct WalletDialogParts {
    Q_DECLARE_TR_FUNCTIONS(inkan::ui::WalletDialogParts)
};


QLabel *makeErrorBanner(QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(QStringLiteral("importError"));
    banner->setAccessibleName(WalletDialogParts::tr("Error"));
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 4px; border-radius: 3px;"));
    banner->hide();
    return banner;
}

QProgressBar *makeBusyBar(QWidget *parent, const QString &accessibleName, const QString &text)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(QStringLiteral("importProgress"));
    bar->setAccessibleName(accessibleName);
    bar->setRange(0, 0);
    bar->setFormat(text);
    bar->setTextVisible(true);
    bar->hide();
    return bar;
}

PasswordField *makeNewPasswordField(QWidget *parent)
{
    auto *field = new PasswordField(parent);
    field->setObjectName(QStringLiteral("newPasswordField"));
    field->setAccessibleName(WalletDialogParts::tr("New password"));
    field->lineEdit()->setAccessibleName(WalletDialogParts::tr("New password"));
    field->setStrengthMeterVisible(true);
    return field;
}

PasswordField *makeConfirmPasswordField(QWidget *parent)
{
    auto *field = new PasswordField(parent);
    field->setObjectName(QStringLiteral("confirmPasswordField"));
    field->setAccessibleName(WalletDialogParts::tr("Confirm password"));
    field->lineEdit()->setObjectName(QStringLiteral("confirmPasswordEdit"));
    field->lineEdit()->setAccessibleName(WalletDialogParts::tr("Confirm password"));
    return field;
}

QDialogButtonBox *makeImportButtons(QWidget *parent, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, parent);
    buttons->setObjectName(QStringLiteral("importButtons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setObjectName(QStringLiteral("importButton"));
    ok->setAccessibleName(QString(okText).remove(QLatin1Char('&')));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(WalletDialogParts::tr("Cancel"));
    return buttons;
}

void discardWhenDone(QFuture<Result<crypto::WalletKey>> pending, crypto::AsyncWalletStore &wallet)
{
    crypto::AsyncWalletStore *store = &wallet;
    pending.then([store](const Result<crypto::WalletKey> &saved) {
        if (saved)
            (void)store->remove(saved->address);
    });
}

} // namespace inkan::ui
