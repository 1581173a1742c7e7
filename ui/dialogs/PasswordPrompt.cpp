// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "PasswordPrompt.h"

#include "session/ServiceHub.h"
#include "widgets/PasswordField.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inkan::ui {

UnlockDialog::UnlockDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock the wallet"));
    setAccessibleName(tr("Unlock the wallet"));
    m_reason = new QLabel(tr("Inkan needs the wallet password."), this);
    m_reason->setObjectName(QStringLiteral("unlockReason"));
    m_reason->setAccessibleName(tr("Why the password is needed"));
    m_reason->setWordWrap(true);
    m_password = new PasswordField(this);
    m_password->setObjectName(QStringLiteral("unlockPasswordField"));
    m_password->setAccessibleName(tr("Wallet password"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("unlockButtons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Unlock"));
    ok->setObjectName(QStringLiteral("unlockButton"));
    ok->setAccessibleName(tr("Unlock"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(m_password);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &PasswordField::returnPressed, this, &QDialog::accept);
}

void UnlockDialog::setReason(const QString &reason)
{
    m_reason->setText(reason.isEmpty() ? tr("Inkan needs the wallet password.") : reason);
}
QString UnlockDialog::reason() const { return m_reason->text(); }
QString UnlockDialog::password() const { return m_password->password(); }
void UnlockDialog::clearPassword() { m_password->clear(); }

PasswordPrompt::PasswordPrompt(QWidget *window) : QObject(window), m_window(window) {}

PasswordPrompt::~PasswordPrompt()
{
    answerAll(Error{ErrorKind::Cancelled, tr("The password was not given.")});
    delete m_dialog;
}

void PasswordPrompt::attach(session::ServiceHub &hub)
{
    connect(&hub, &session::ServiceHub::passwordNeeded, this, &PasswordPrompt::setReason);
    hub.setPasswordSource(source());
}

session::PasswordSource PasswordPrompt::source()
{
    QPointer<PasswordPrompt> self(this);
    return [self](session::PasswordAnswer answer) {
        if (self)
            self->ask(std::move(answer));
        else
            answer(Error{ErrorKind::Cancelled, tr("The password was not given.")});
    };
}

void PasswordPrompt::ask(session::PasswordAnswer answer)
{
    m_waiting.append(std::move(answer));
    if (!m_dialog) {
        m_dialog = new UnlockDialog(m_window);
        UnlockDialog *dialog = m_dialog;
        connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
            const QString password = dialog->password();
            dialog->clearPassword();
            dialog->deleteLater();
            m_dialog.clear(); // a question asked from an answer below gets a new dialog
            if (result == QDialog::Accepted && !password.isEmpty())
                answerAll(crypto::SecureBytes(password.toUtf8()));
            else
                answerAll(Error{ErrorKind::Cancelled, tr("Unlocking was cancelled.")});
        });
        dialog->open();
    }
    m_dialog->setReason(m_reason);
}

void PasswordPrompt::answerAll(const Result<crypto::SecureBytes> &answer)
{
    const QList<session::PasswordAnswer> waiting = std::exchange(m_waiting, {});
    for (const session::PasswordAnswer &reply : waiting)
        reply(answer);
}

} // namespace inkan::ui
