// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Choose or add a service account and sign in to it: Web3Connect with the API key secret, OIDC
// in the system browser, nonce-auth, Capture (wallet, or e-mail and password) and Pakt with a
// wallet key, each signature asked through a SigningDialog. Shows the flow's steps; Cancel
// cancels a running sign-in; everything goes through the hub (session::startSignIn).
#include "session/AccountStore.h"
#include <QDialog>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace inkan::services { class SignInFlow; }
namespace inkan::session { class ServiceHub; }

namespace inkan::ui {

class PasswordField;

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(session::ServiceHub &hub, QWidget *parent = nullptr);

    /// Preselects an account (by id); false when there is none.
    bool selectAccount(const QString &accountId);
    QString selectedAccountId() const;
    bool isSigningIn() const { return m_running; }

Q_SIGNALS:
    void signedIn(const inkan::session::Account &account);

protected:
    void reject() override;

private:
    void reloadAccounts(const QString &select = {});
    void reloadKeys();
    void updateRows();
    void addAccount();
    void signIn();
    void showError(const QString &sentence);
    void setRunning(bool running);
    session::ServiceKind currentKind() const;

    session::ServiceHub &m_hub;
    QComboBox *m_account;
    QWidget *m_newAccount;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QPushButton *m_addButton;
    QFormLayout *m_form;
    PasswordField *m_apiKeySecret;
    QComboBox *m_key;
    QRadioButton *m_captureWallet;
    QRadioButton *m_capturePassword;
    QLineEdit *m_email;
    PasswordField *m_password;
    PasswordField *m_builderToken;
    QLineEdit *m_clientId;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLabel *m_step;
    QLabel *m_error;
    QPushButton *m_signInButton;
    QPushButton *m_cancelButton;
    QPointer<services::SignInFlow> m_flow;
    bool m_running = false;
    int m_attempt = 0; // a cancelled attempt's late answer is ignored
};

} // namespace inkan::ui
