// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "session/SessionManager.h"
#include "ContextThen.h"
#include "crypto/Address.h"
#include <QPromise>

namespace inkan::session {

namespace {

void runSteps(QObject *context, std::shared_ptr<QList<std::function<QFuture<Result<void>>()>>> steps, qsizetype next,
              std::shared_ptr<QPromise<Result<void>>> promise)
{
    if (next == steps->size()) {
        promise->addResult(Result<void>());
        promise->finish();
        return;
    }
    thenOn(context, (*steps)[next](), [context, steps, next, promise](Result<void> done) {
        if (!done) {
            promise->addResult(done);
            promise->finish();
            return;
        }
        runSteps(context, steps, next + 1, promise);
    });
}

/// What a closed manager holds instead of the store: it answers everything with "locked".
class ClosedSecretStore : public SecretStore {
public:
    explicit ClosedSecretStore(QString backend) : m_backend(std::move(backend)) {}
    QString backend() const override { return m_backend; }
    QFuture<Result<crypto::SecureBytes>> read(const QString &) override { return QtFuture::makeReadyFuture(Result<crypto::SecureBytes>(locked())); }
    QFuture<Result<void>> write(const QString &, const crypto::SecureBytes &) override { return QtFuture::makeReadyFuture(Result<void>(locked())); }
    QFuture<Result<void>> remove(const QString &) override { return QtFuture::makeReadyFuture(Result<void>(locked())); }

private:
    static Error locked() { return makeError(ErrorKind::Cancelled, SessionManager::tr("The wallet was locked; unlock it and try again.")); }
    QString m_backend;
};

} // namespace

void SessionManager::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_secrets = std::make_shared<ClosedSecretStore>(m_secrets->backend());
}

SessionManager::SessionManager(AccountStore &accounts, std::shared_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_secrets(std::move(secrets))
{
}

QFuture<Result<void>> SessionManager::sequence(QList<Step> steps)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QFuture<Result<void>> future = promise->future();
    runSteps(this, std::make_shared<QList<Step>>(std::move(steps)), 0, promise);
    return future;
}

QFuture<Result<crypto::SecureBytes>> SessionManager::readSecret(const Account &account, const QString &name)
{
    if (!account.secretBackend.isEmpty() && account.secretBackend != m_secrets->backend())
        return QtFuture::makeReadyFuture(Result<crypto::SecureBytes>(makeError(ErrorKind::Io,
            tr("The secrets of \"%1\" are in the %2 store, which is not the one open now.").arg(account.name, account.secretBackend))));
    return m_secrets->read(keyFor(account, name));
}

QFuture<Result<Account>> SessionManager::writeSecret(Account account, const QString &name, const crypto::SecureBytes &value)
{
    return thenOn(this, m_secrets->write(keyFor(account, name), value), [this, account](Result<void> written) mutable -> Result<Account> {
        if (!written)
            return written.error();
        if (account.secretBackend != m_secrets->backend()) {
            account.secretBackend = m_secrets->backend();
            if (auto updated = m_accounts.update(account); !updated)
                return updated.error();
        }
        return account;
    });
}

QFuture<Result<Account>> SessionManager::saveSignIn(Account account, const services::SignInResult &result)
{
    QList<Step> writes;
    const auto store = m_secrets;
    if (!result.token.isEmpty())
        writes.append([store, key = keyFor(account, secret::token), value = result.token] { return store->write(key, value); });
    if (!result.apiKey.isEmpty()) {
        const QString name = account.kind == ServiceKind::Web3Connect ? secret::apiKeySecret : secret::apiKey;
        writes.append([store, key = keyFor(account, name), value = result.apiKey] { return store->write(key, value); });
    }
    // Addresses are kept and shown in EIP-55 form, whatever case the service answered in.
    const auto subjectAddress = crypto::Address::parse(result.subject);
    account.subject = subjectAddress ? subjectAddress->toChecksummed() : result.subject;
    account.role = result.role;
    account.email = result.email;
    account.keyAddress = result.keyAddress;
    account.secretBackend = m_secrets->backend();
    // Pakt: the app name of the first sign-in is pinned; later challenges must name the same app.
    if (account.kind == ServiceKind::Pakt && account.paktAppName.isEmpty())
        account.paktAppName = result.details.value(QLatin1String("appName")).toString();
    // Secrets first: the account only says "signed in" once its token is stored.
    return thenOn(this, sequence(std::move(writes)), [this, account](Result<void> written) -> Result<Account> {
        if (!written)
            return written.error();
        if (auto updated = m_accounts.update(account); !updated)
            return updated.error();
        return account;
    });
}

QFuture<Result<Account>> SessionManager::signOut(Account account)
{
    QList<Step> removals;
    for (const QString &name : {secret::token, secret::apiKeySecret, secret::apiKey, secret::password})
        removals.append([store = m_secrets, key = keyFor(account, name)] { return store->remove(key); });
    return thenOn(this, sequence(std::move(removals)), [this, account](Result<void> removed) mutable -> Result<Account> {
        if (!removed)
            return removed.error();
        account.subject.clear();
        account.role.clear();
        account.email.clear();
        if (auto updated = m_accounts.update(account); !updated)
            return updated.error();
        return account;
    });
}

QFuture<Result<void>> SessionManager::removeAccount(const Account &account)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QFuture<Result<void>> future = promise->future();
    thenOn(this, signOut(account), [this, account, promise](Result<Account> signedOut) {
        if (!signedOut) {
            promise->addResult(Result<void>(signedOut.error()));
            promise->finish();
            return;
        }
        thenOn(this, m_secrets->remove(keyFor(account, secret::builderToken)), [this, account, promise](Result<void> removed) {
            promise->addResult(removed ? m_accounts.remove(account.id) : removed);
            promise->finish();
        });
    });
    return future;
}

} // namespace inkan::session
