#include "WalletDialogParts.h"

#include "widgets/PasswordField.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace inkan::ui {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("inkan::ui::WalletDialogParts", text); }
}

QLabel *makeErrorBanner(QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(QStringLiteral("importError"));
    banner->setAccessibleName(tr("Error"));
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
    field->setAccessibleName(tr("New password"));
    field->lineEdit()->setAccessibleName(tr("New password"));
    field->setStrengthMeterVisible(true);
    return field;
}

PasswordField *makeConfirmPasswordField(QWidget *parent)
{
    auto *field = new PasswordField(parent);
    field->setObjectName(QStringLiteral("confirmPasswordField"));
    field->setAccessibleName(tr("Confirm password"));
    field->lineEdit()->setObjectName(QStringLiteral("confirmPasswordEdit"));
    field->lineEdit()->setAccessibleName(tr("Confirm password"));
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
    cancel->setAccessibleName(tr("Cancel"));
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
