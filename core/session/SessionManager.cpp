#include "session/SessionManager.h"

namespace inkan::session {

SessionManager::SessionManager(AccountStore &accounts, std::shared_ptr<SecretStore> secrets)
    : m_accounts(accounts), m_secrets(std::move(secrets))
{
}

Result<crypto::SecureBytes> SessionManager::readSecret(const Account &account, const QString &name)
{
    if (!account.secretBackend.isEmpty() && account.secretBackend != m_secrets->backend())
        return makeError(ErrorKind::Io, tr("The secrets of \"%1\" are in the %2 store, which is not the one open now.")
                                            .arg(account.name, account.secretBackend));
    return waitFor(m_secrets->read(keyFor(account, name)));
}

Result<void> SessionManager::writeSecret(Account &account, const QString &name, const crypto::SecureBytes &value)
{
    if (auto written = waitFor(m_secrets->write(keyFor(account, name), value)); !written)
        return written;
    if (account.secretBackend != m_secrets->backend()) {
        account.secretBackend = m_secrets->backend();
        return m_accounts.update(account);
    }
    return {};
}

Result<Account> SessionManager::saveSignIn(Account account, const services::SignInResult &result)
{
    if (!result.token.isEmpty())
        if (auto written = waitFor(m_secrets->write(keyFor(account, secret::token), result.token)); !written)
            return written.error();
    if (!result.apiKey.isEmpty()) {
        const QString name = account.kind == ServiceKind::Web3Connect ? secret::apiKeySecret : secret::apiKey;
        if (auto written = waitFor(m_secrets->write(keyFor(account, name), result.apiKey)); !written)
            return written.error();
    }
    account.subject = result.subject;
    account.role = result.role;
    account.email = result.email;
    account.keyAddress = result.keyAddress;
    account.secretBackend = m_secrets->backend();
    if (auto updated = m_accounts.update(account); !updated)
        return updated.error();
    return account;
}

Result<Account> SessionManager::signOut(Account account)
{
    for (const QString &name : {secret::token, secret::apiKeySecret, secret::apiKey, secret::password})
        if (auto removed = waitFor(m_secrets->remove(keyFor(account, name))); !removed)
            return removed.error();
    account.subject.clear();
    account.role.clear();
    account.email.clear();
    if (auto updated = m_accounts.update(account); !updated)
        return updated.error();
    return account;
}

Result<void> SessionManager::removeAccount(const Account &account)
{
    auto signedOut = signOut(account);
    if (!signedOut)
        return signedOut.error();
    if (auto removed = waitFor(m_secrets->remove(keyFor(account, secret::builderToken))); !removed)
        return removed;
    return m_accounts.remove(account.id);
}

} // namespace inkan::session
