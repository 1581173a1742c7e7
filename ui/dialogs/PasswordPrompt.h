// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The hub's PasswordSource for the GUI: when the hub needs the wallet password it calls ask(),
// which shows a non-modal UnlockDialog (open(), never exec()) and answers later: the password
// when the dialog is accepted, ErrorKind::Cancelled when it is rejected. Requests that arrive
// while the dialog is showing wait for the same answer. The reason the hub gives
// (passwordNeeded) is shown in the dialog.
//
//     auto *prompt = new PasswordPrompt(mainWindow);
//     prompt->attach(hub);
#include "session/SecretStore.h"
#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;

namespace inkan::session { class ServiceHub; }

namespace inkan::ui {

class PasswordField;

class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    explicit UnlockDialog(QWidget *parent = nullptr);
    void setReason(const QString &reason);
    QString reason() const;
    QString password() const;
    void clearPassword();

private:
    QLabel *m_reason;
    PasswordField *m_password;
};

class PasswordPrompt : public QObject {
    Q_OBJECT
public:
    /// `window`: the dialog's parent (the main window).
    explicit PasswordPrompt(QWidget *window);
    ~PasswordPrompt() override;
    /// Becomes `hub`'s password source and shows its reasons.
    void attach(session::ServiceHub &hub);
    /// A PasswordSource that calls ask() while this prompt lives (and cancels after).
    session::PasswordSource source();
    void ask(session::PasswordAnswer answer);
    void setReason(const QString &reason) { m_reason = reason; }
    /// The dialog while a question is open.
    UnlockDialog *dialog() const { return m_dialog; }

private:
    void answerAll(const Result<crypto::SecureBytes> &answer);

    QPointer<QWidget> m_window;
    QPointer<UnlockDialog> m_dialog;
    QList<session::PasswordAnswer> m_waiting;
    QString m_reason;
};

} // namespace inkan::ui
