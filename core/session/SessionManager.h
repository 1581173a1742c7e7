// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Ties accounts to their secrets: stores what a successful sign-in produced (secrets first,
// then the account, so a failure leaves the session as it was), reads them back after a
// restart, and forgets them everywhere on sign-out.
//
// Every operation is asynchronous and never blocks or spins an event loop: it returns a
// QFuture that finishes on the SessionManager's thread (the AccountStore is only touched
// there). A GUI connects a QFutureWatcher or chains .then(context, …); inkan-cli and tests
// may wait with Blocking.h.
#include "services/SignInFlow.h"
#include "session/AccountStore.h"
#include "session/SecretStore.h"
#include <QFuture>
#include <QObject>

namespace inkan::session {

/// Names of the secrets an account may have.
namespace secret {
inline const QString token = QStringLiteral("token");               // access / auth / session token
inline const QString apiKeySecret = QStringLiteral("api_key_secret"); // Web3Connect organizations
inline const QString apiKey = QStringLiteral("api_key");            // nonce-auth
inline const QString builderToken = QStringLiteral("builder_token"); // Pakt app key
inline const QString password = QStringLiteral("password");         // Capture, when asked to keep it
}

class SessionManager : public QObject {
    Q_OBJECT
public:
    SessionManager(AccountStore &accounts, std::shared_ptr<SecretStore> secrets, QObject *parent = nullptr);

    AccountStore &accounts() { return m_accounts; }
    /// Lets go of the secret store (and the key in it): from now on every read, write and
    /// removal fails as Cancelled ("the wallet was locked"). Work already running finishes.
    void close();
    bool isClosed() const { return m_closed; }
    SecretStore &secrets() { return *m_secrets; }

    // Asynchronous API.
    /// Writes the token (and API key) first, then records who is signed in; the account as saved.
    QFuture<Result<Account>> saveSignIn(Account account, const services::SignInResult &result);
    QFuture<Result<crypto::SecureBytes>> readSecret(const Account &account, const QString &name);
    /// The account as it is afterwards (its secretBackend may have been set).
    QFuture<Result<Account>> writeSecret(Account account, const QString &name, const crypto::SecureBytes &value);
    /// Removes the token, API keys and password from the store and clears who is signed in.
    QFuture<Result<Account>> signOut(Account account);
    /// Sign-out, then the account itself.
    QFuture<Result<void>> removeAccount(const Account &account);

    static QString keyFor(const Account &account, const QString &name) { return account.id + QLatin1Char('/') + name; }

private:
    using Step = std::function<QFuture<Result<void>>()>;
    /// Runs the steps one after the other; the first failure ends the chain.
    QFuture<Result<void>> sequence(QList<Step> steps);

    AccountStore &m_accounts;
    std::shared_ptr<SecretStore> m_secrets;
    bool m_closed = false;
};

} // namespace inkan::session
