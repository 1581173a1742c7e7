// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "session/ServiceHub.h"
#include "ContextThen.h"
#include "services/capture/CaptureClient.h"
#include "services/nonceauth/NonceAuthClient.h"
#include "services/oidc/OidcClient.h"
#include "services/pakt/PaktClient.h"
#include "services/web3connect/Web3ConnectClient.h"
#include <QDir>
#include <QPromise>

namespace inkan::session {

using services::capture::CaptureClient;
using services::nonceauth::NonceAuthClient;
using services::oidc::OidcClient;
using services::pakt::PaktClient;
using services::web3connect::Web3ConnectClient;

namespace {

template <typename T>
QFuture<Result<T>> ready(Result<T> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

/// A future answered later, once, through settle().
template <typename T>
struct Pending {
    std::shared_ptr<QPromise<T>> promise = std::make_shared<QPromise<T>>();
    Pending() { promise->start(); }
    QFuture<T> future() const { return promise->future(); }
    std::function<void(T)> settle() const
    {
        return [promise = promise](T value) {
            promise->addResult(std::move(value));
            promise->finish();
        };
    }
};

/// Runs `next` with the first future's value on `context`'s thread; a failure skips it.
template <typename B, typename A, typename Next>
QFuture<Result<B>> chain(QFuture<Result<A>> first, QObject *context, Next next)
{
    Pending<Result<B>> pending;
    thenOn(context, first, [settle = pending.settle(), context, next](Result<A> a) mutable {
        if (!a)
            return settle(a.error());
        thenOn(context, next(std::move(*a)), settle);
    });
    return pending.future();
}

/// The stored secrets of an account that it has (absent ones are left out).
using Secrets = QHash<QString, crypto::SecureBytes>;

} // namespace

ServiceHub::ServiceHub(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_transport(std::make_unique<net::HttpTransport>()),
      m_accounts(QDir(m_options.dataDir).filePath(QStringLiteral("settings.ini"))),
      m_wallet(std::make_unique<crypto::AsyncWalletStore>(keystoreDir()))
{
    m_options.secrets.dataDir = m_options.dataDir;
    if (m_options.httpTimeoutMs > 0) {
        net::TransportLimits limits = m_transport->limits();
        limits.transferTimeoutMs = m_options.httpTimeoutMs;
        m_transport->setLimits(limits);
    }
}

ServiceHub::~ServiceHub()
{
    // Clients first: their jobs' callbacks refer to the transport and the sessions.
    for (const auto &client : std::as_const(m_clients))
        delete client.data();
    m_clients.clear();
}

QString ServiceHub::keystoreDir() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("keystore"));
}

Result<Account> ServiceHub::findAccount(const QString &accountId) const
{
    if (auto found = m_accounts.find(accountId))
        return *found;
    return makeError(ErrorKind::NotFound, tr("That account no longer exists."));
}

void ServiceHub::askPassword(const QString &reason, PasswordAnswer answer)
{
    Q_EMIT passwordNeeded(reason);
    if (!m_passwordSource)
        return answer(makeError(ErrorKind::WrongPassword, tr("The wallet password is needed to %1, and nothing can ask for it.").arg(reason)));
    m_passwordSource(std::move(answer));
}

// --- accounts -------------------------------------------------------------------------------

Result<Account> ServiceHub::addAccount(ServiceKind kind, const QUrl &baseUrl, const QString &name)
{
    auto added = m_accounts.add(kind, baseUrl, name);
    if (added)
        Q_EMIT accountsChanged();
    return added;
}

Result<void> ServiceHub::updateAccount(const Account &account)
{
    auto updated = m_accounts.update(account);
    if (updated) {
        forgetClient(account.id); // its base URL or client id may have changed
        Q_EMIT accountsChanged();
    }
    return updated;
}

void ServiceHub::forgetClient(const QString &accountId)
{
    if (QPointer<QObject> client = m_clients.take(accountId))
        client->deleteLater();
}

QFuture<Result<Account>> ServiceHub::signOut(const QString &accountId)
{
    return chain<Account>(sessions(), this, [this, accountId](SessionManager *manager) {
        auto account = findAccount(accountId);
        if (!account)
            return ready(account);
        forgetClient(accountId);
        return thenOn(this, manager->signOut(*account), [this](Result<Account> out) {
            if (out)
                Q_EMIT accountsChanged();
            return out;
        });
    });
}

QFuture<Result<void>> ServiceHub::removeAccount(const QString &accountId)
{
    return chain<void>(sessions(), this, [this, accountId](SessionManager *manager) {
        auto account = findAccount(accountId);
        if (!account)
            return ready(Result<void>(account.error()));
        forgetClient(accountId);
        return thenOn(this, manager->removeAccount(*account), [this](Result<void> removed) {
            if (removed)
                Q_EMIT accountsChanged();
            return removed;
        });
    });
}

// --- secrets --------------------------------------------------------------------------------

QFuture<Result<SessionManager *>> ServiceHub::sessions()
{
    if (m_sessions)
        return ready(Result<SessionManager *>(m_sessions.get()));
    if (m_opening)
        return *m_opening;
    QPointer<ServiceHub> self(this);
    PasswordSource password = [self](PasswordAnswer answer) {
        if (!self)
            return answer(makeError(ErrorKind::Cancelled, QString()));
        self->askPassword(tr("open the stored secrets"), std::move(answer));
    };
    m_opening = thenOn(this, openSecretStoreAsync(m_options.secrets, password), [this](Result<std::shared_ptr<SecretStore>> store) -> Result<SessionManager *> {
                        m_opening.reset(); // a failure (no password) may be tried again
                        if (!store)
                            return store.error();
                        m_sessions = std::make_unique<SessionManager>(m_accounts, *store);
                        Q_EMIT lockChanged(false);
                        return m_sessions.get();
                    });
    return *m_opening;
}

QFuture<Result<crypto::SecureBytes>> ServiceHub::readSecret(const QString &accountId, const QString &name)
{
    return chain<crypto::SecureBytes>(sessions(), this, [this, accountId, name](SessionManager *manager) {
        auto account = findAccount(accountId);
        if (!account)
            return ready(Result<crypto::SecureBytes>(account.error()));
        return manager->readSecret(*account, name);
    });
}

QFuture<Result<Account>> ServiceHub::writeSecret(const QString &accountId, const QString &name, const crypto::SecureBytes &value)
{
    return chain<Account>(sessions(), this, [this, accountId, name, value](SessionManager *manager) {
        auto account = findAccount(accountId);
        if (!account)
            return ready(account);
        return manager->writeSecret(*account, name, value);
    });
}

// --- locking --------------------------------------------------------------------------------

void ServiceHub::lock()
{
    // The clients carry the tokens and API keys read from the store: they go too.
    for (const auto &client : std::as_const(m_clients))
        if (client)
            client->deleteLater();
    m_clients.clear();
    // The manager stays (continuations already queued may hold it) but lets go of the store:
    // whatever still asks it fails as Cancelled.
    if (m_sessions) {
        m_sessions->close();
        m_closedSessions.push_back(std::move(m_sessions));
    }
    Q_EMIT lockChanged(true);
}

QFuture<Result<void>> ServiceHub::unlock()
{
    if (m_sessions)
        return ready(Result<void>());
    return chain<void>(sessions(), this, [this](SessionManager *manager) -> QFuture<Result<void>> {
        if (manager->secrets().backend() == QLatin1String("file")) {
            // The file store takes any password and only fails when it decrypts: try it now.
            return thenOn(this, manager->secrets().read(QStringLiteral("inkan/unlock-check")), [this, manager](Result<crypto::SecureBytes> probe) -> Result<void> {
                if (probe || probe.error().kind == ErrorKind::NotFound)
                    return {};
                if (manager == m_sessions.get())
                    lock(); // not that password: ask again next time
                return probe.error();
            });
        }
        // The keychain asked for nothing: the wallet's key checks the password, when there is one.
        return chain<void>(m_wallet->list(), this, [this](const QList<crypto::WalletKey> &keys) {
            if (keys.isEmpty())
                return ready(Result<void>());
            Pending<Result<void>> pending;
            const auto settle = pending.settle();
            QPointer<ServiceHub> self(this);
            const crypto::Address address = keys.first().address;
            askPassword(tr("unlock Inkan"), [self, address, settle](Result<crypto::SecureBytes> password) {
                if (!password)
                    return settle(password.error());
                if (!self)
                    return settle(makeError(ErrorKind::Cancelled, QString()));
                thenOn(self.data(), self->m_wallet->unlock(address, std::move(*password)), [settle](Result<crypto::PrivateKey> key) {
                    settle(key ? Result<void>() : Result<void>(key.error()));
                });
            });
            return pending.future();
        });
    });
}

// --- clients --------------------------------------------------------------------------------

namespace {

/// Reads the secrets `names` of `account` that exist; any other failure fails.
QFuture<Result<Secrets>> readSecrets(SessionManager *manager, const Account &account, QStringList names, QObject *context,
                                     Secrets found = {})
{
    if (names.isEmpty())
        return ready(Result<Secrets>(std::move(found)));
    const QString name = names.takeFirst();
    return chain<Secrets>(thenOn(context, manager->readSecret(account, name), [](Result<crypto::SecureBytes> value) {
        // An absent secret is not an error here: the client simply has none.
        if (!value && value.error().kind == ErrorKind::NotFound)
            return Result<std::optional<crypto::SecureBytes>>(std::optional<crypto::SecureBytes>());
        if (!value)
            return Result<std::optional<crypto::SecureBytes>>(value.error());
        return Result<std::optional<crypto::SecureBytes>>(std::optional<crypto::SecureBytes>(std::move(*value)));
    }), context, [manager, account, names, context, found, name](std::optional<crypto::SecureBytes> value) mutable {
        if (value)
            found.insert(name, std::move(*value));
        return readSecrets(manager, account, names, context, std::move(found));
    });
}

} // namespace

template <typename Client>
QFuture<Result<Client *>> ServiceHub::loadClient(const QString &accountId, Use use)
{
    auto account = findAccount(accountId);
    if (!account)
        return ready(Result<Client *>(account.error()));
    if (auto *existing = qobject_cast<Client *>(m_clients.value(account->id).data()))
        if (use == Use::SigningIn || existing->property("inkanSignedIn").toBool())
            return ready(Result<Client *>(existing));
    if (use == Use::SignedIn && !account->isSignedIn())
        return ready(Result<Client *>(makeError(ErrorKind::Refused, tr("You are not signed in to \"%1\"; sign in first.").arg(account->name))));

    const auto build = [this, account = *account](const Secrets &secrets, bool signedIn) -> Result<Client *> {
        // Two loads at once (the gallery and the scanner page at start-up): the one that ends
        // second takes the first one's client instead of deleting it under its user.
        if (signedIn)
            if (auto *loaded = qobject_cast<Client *>(m_clients.value(account.id).data());
                loaded && loaded->property("inkanSignedIn").toBool())
                return loaded;
        forgetClient(account.id);
        Client *client = nullptr;
        if constexpr (std::is_same_v<Client, Web3ConnectClient>) {
            QUrl base = account.baseUrl;
            if (account.kind == ServiceKind::Oidc) // OIDC tokens are used on the REST API beside it
                base.setPath(QStringLiteral("/rest/v1"));
            client = new Web3ConnectClient(m_transport.get(), base, this);
            if (secrets.contains(secret::apiKeySecret))
                client->setApiKeySecret(secrets.value(secret::apiKeySecret));
            connect(client, &Web3ConnectClient::tokenChanged, this, [this, id = account.id] { saveRefreshedToken(id); });
        } else {
            client = new Client(m_transport.get(), account.baseUrl, this);
        }
        if (secrets.contains(secret::token))
            client->setToken(secrets.value(secret::token));
        client->setProperty("inkanSignedIn", signedIn);
        watchCredential(account.id, client);
        m_clients.insert(account.id, client);
        return client;
    };
    if (use == Use::SigningIn)
        return ready(build({}, false));
    QStringList names{secret::token};
    if constexpr (std::is_same_v<Client, Web3ConnectClient>)
        names.append(secret::apiKeySecret);
    return chain<Client *>(sessions(), this, [this, account = *account, names, build](SessionManager *manager) {
        return chain<Client *>(readSecrets(manager, account, names, this), this, [build](const Secrets &secrets) {
            return ready(build(secrets, true));
        });
    });
}

QFuture<Result<Web3ConnectClient *>> ServiceHub::web3connect(const QString &accountId, Use use)
{
    auto account = findAccount(accountId);
    if (account && account->kind != ServiceKind::Web3Connect && account->kind != ServiceKind::Oidc)
        return ready(Result<Web3ConnectClient *>(makeError(ErrorKind::InvalidInput,
            tr("The account \"%1\" is not a Web3Connect account.").arg(account->name))));
    return loadClient<Web3ConnectClient>(accountId, use);
}

QFuture<Result<CaptureClient *>> ServiceHub::capture(const QString &accountId, Use use)
{
    return loadClient<CaptureClient>(accountId, use);
}

QFuture<Result<NonceAuthClient *>> ServiceHub::nonceAuth(const QString &accountId, Use use)
{
    return loadClient<NonceAuthClient>(accountId, use);
}

QFuture<Result<PaktClient *>> ServiceHub::pakt(const QString &accountId, std::optional<crypto::SecureBytes> builderToken)
{
    auto account = findAccount(accountId);
    if (!account)
        return ready(Result<PaktClient *>(account.error()));
    const auto build = [this, account = *account](const crypto::SecureBytes &builder) -> Result<PaktClient *> {
        forgetClient(account.id);
        auto *client = new PaktClient(m_transport.get(), account.baseUrl, builder, this);
        m_clients.insert(account.id, client);
        return client;
    };
    if (builderToken)
        return ready(build(*builderToken));
    return chain<PaktClient *>(readSecret(accountId, secret::builderToken), this, [build](const crypto::SecureBytes &builder) {
        return ready(build(builder));
    });
}

QFuture<Result<OidcClient *>> ServiceHub::oidc(const QString &accountId)
{
    auto account = findAccount(accountId);
    if (!account)
        return ready(Result<OidcClient *>(account.error()));
    if (auto *existing = qobject_cast<OidcClient *>(m_clients.value(account->id).data()))
        return ready(Result<OidcClient *>(existing));
    auto *client = new OidcClient(m_transport.get(), account->baseUrl, this);
    forgetClient(account->id);
    m_clients.insert(account->id, client);
    return ready(Result<OidcClient *>(client));
}

void ServiceHub::watchCredential(const QString &accountId, QObject *client)
{
    const auto rejected = [this, accountId] {
        const auto account = m_accounts.find(accountId);
        if (account && account->isSignedIn())
            Q_EMIT signedOut(accountId, tr("The service no longer accepts the session of \"%1\"; sign in again.").arg(account->name));
    };
    if (auto *web3 = qobject_cast<Web3ConnectClient *>(client))
        connect(web3, &Web3ConnectClient::credentialRejected, this, rejected);
    else if (auto *capture = qobject_cast<CaptureClient *>(client))
        connect(capture, &CaptureClient::credentialRejected, this, rejected);
    else if (auto *nonce = qobject_cast<NonceAuthClient *>(client))
        connect(nonce, &NonceAuthClient::credentialRejected, this, rejected);
}

void ServiceHub::saveRefreshedToken(const QString &accountId)
{
    auto *client = qobject_cast<Web3ConnectClient *>(m_clients.value(accountId).data());
    if (!client)
        return;
    m_pendingWrites.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_pendingWrites.append(thenOn(this, writeSecret(accountId, secret::token, client->token()), [this, accountId](Result<Account> saved) {
        if (!saved)
            Q_EMIT tokenSaveFailed(accountId, saved.error());
    }));
}

QFuture<void> ServiceHub::settled()
{
    m_pendingWrites.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    if (m_pendingWrites.isEmpty())
        return QtFuture::makeReadyFuture();
    return QtFuture::whenAll(m_pendingWrites.begin(), m_pendingWrites.end()).then([](const QList<QFuture<void>> &) {});
}

// --- sign-in and signing --------------------------------------------------------------------

QFuture<Result<Account>> ServiceHub::signIn(const QString &accountId, services::SignInFlow *flow)
{
    Pending<Result<Account>> pending;
    const auto settle = pending.settle();
    connect(flow, &Command::finished, this, [this, flow, accountId, settle] {
        if (flow->error())
            return settle(flow->error()->toError());
        const services::SignInResult result = flow->result();
        thenOn(this, sessions(), [this, accountId, result, settle](Result<SessionManager *> manager) {
            if (!manager)
                return settle(manager.error());
            auto account = findAccount(accountId);
            if (!account)
                return settle(account);
            thenOn(this, (*manager)->saveSignIn(*account, result), [this, accountId, settle](Result<Account> saved) {
                if (saved) {
                    // The client the flow ran on (and owns the flow) stays; the next signed-in
                    // use builds a fresh one with the stored credentials.
                    if (QObject *client = m_clients.value(accountId))
                        client->setProperty("inkanSignedIn", false);
                    Q_EMIT accountsChanged();
                }
                settle(std::move(saved));
            });
        });
    });
    flow->start();
    return pending.future();
}

QFuture<Result<std::shared_ptr<services::MessageSigner>>> ServiceHub::signer(const QString &keyAddress)
{
    using Signer = std::shared_ptr<services::MessageSigner>;
    QFuture<Result<crypto::Address>> address;
    if (!keyAddress.isEmpty()) {
        address = ready(crypto::Address::parse(keyAddress));
    } else {
        address = thenOn(this, m_wallet->list(), [](Result<QList<crypto::WalletKey>> keys) -> Result<crypto::Address> {
            if (!keys)
                return keys.error();
            if (keys->size() != 1)
                return makeError(ErrorKind::InvalidInput, keys->isEmpty()
                    ? tr("The wallet has no key; create or import one first.")
                    : tr("The wallet has several keys; choose the one to sign with."));
            return keys->first().address;
        });
    }
    return chain<Signer>(address, this, [this](crypto::Address address) {
        Pending<Result<Signer>> pending;
        const auto settle = pending.settle();
        QPointer<ServiceHub> self(this);
        askPassword(tr("unlock the key %1").arg(address.toChecksummed()), [self, address, settle](Result<crypto::SecureBytes> password) {
            if (!password)
                return settle(password.error());
            if (!self)
                return settle(makeError(ErrorKind::Cancelled, QString()));
            // The KDF runs on the wallet's worker thread.
            thenOn(self.data(), self->m_wallet->unlock(address, std::move(*password)), [settle](Result<crypto::PrivateKey> key) {
                if (!key)
                    return settle(key.error());
                settle(Signer(std::make_shared<services::LocalKeySigner>(std::move(*key))));
            });
        });
        return pending.future();
    });
}

} // namespace inkan::session
