#pragma once
// Ties accounts to their secrets: stores what a successful sign-in produced (secrets first,
// then the account, so a failure leaves the session as it was), reads them back after a
// restart, and forgets them everywhere on sign-out.
#include "services/SignInFlow.h"
#include "session/AccountStore.h"
#include "session/SecretStore.h"

namespace inkan::session {

/// Names of the secrets an account may have.
namespace secret {
inline const QString token = QStringLiteral("token");               // access / auth / session token
inline const QString apiKeySecret = QStringLiteral("api_key_secret"); // Web3Connect organizations
inline const QString apiKey = QStringLiteral("api_key");            // nonce-auth
inline const QString builderToken = QStringLiteral("builder_token"); // Pakt app key
inline const QString password = QStringLiteral("password");         // Capture, when asked to keep it
}

class SessionManager {
    Q_DECLARE_TR_FUNCTIONS(SessionManager)
public:
    SessionManager(AccountStore &accounts, std::shared_ptr<SecretStore> secrets);

    AccountStore &accounts() { return m_accounts; }
    SecretStore &secrets() { return *m_secrets; }

    /// Blocking on the secret store's futures with a local event loop: CLI and tests. A GUI
    /// calls the SecretStore futures itself.
    Result<Account> saveSignIn(Account account, const services::SignInResult &result);
    Result<crypto::SecureBytes> readSecret(const Account &account, const QString &name);
    Result<void> writeSecret(Account &account, const QString &name, const crypto::SecureBytes &value);
    /// Removes the token, API keys and password from the store and clears who is signed in.
    Result<Account> signOut(Account account);
    /// Sign-out, then the account itself.
    Result<void> removeAccount(const Account &account);

    static QString keyFor(const Account &account, const QString &name) { return account.id + QLatin1Char('/') + name; }

private:
    AccountStore &m_accounts;
    std::shared_ptr<SecretStore> m_secrets;
};

} // namespace inkan::session
