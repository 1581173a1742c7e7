// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The one door from a front end (the GUI, inkan-cli) to accounts and services. The hub owns
// the transport, the account store, the secret store (opened once, asking for the password
// only when the encrypted file is used), the SessionManager, the wallet, and one client per
// account with that account's credentials loaded. It stores refreshed tokens itself, and says
// when the accounts changed, when an account's credential was refused for good (a 401 that no
// refresh cured) and when it needs the password. Front ends get clients, sessions, signers and
// the wallet from here and never build them.
//
// Everything is asynchronous: calls return a QFuture finished on the hub's thread. Clients
// belong to the hub and live until their account is removed or the hub is destroyed.
#include "Error.h"
#include "crypto/AsyncWalletStore.h"
#include "net/HttpTransport.h"
#include "services/SignInFlow.h"
#include "session/AccountStore.h"
#include "session/SecretStore.h"
#include "session/SessionManager.h"
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>
#include <optional>

namespace inkan::services::web3connect { class Web3ConnectClient; }
namespace inkan::services::capture { class CaptureClient; }
namespace inkan::services::nonceauth { class NonceAuthClient; }
namespace inkan::services::pakt { class PaktClient; }
namespace inkan::services::oidc { class OidcClient; }

namespace inkan::session {

class ServiceHub : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dataDir;          // settings.ini, keystore/, secrets.inkan live here
        int httpTimeoutMs = 0;    // 0: the transport's default
        SecretStoreOptions secrets; // its dataDir is set from dataDir
    };
    /// Whether a client must have a signed-in session (its token loaded), or may be signed out
    /// (to sign in with it).
    enum class Use { SignedIn, SigningIn };

    explicit ServiceHub(Options options, QObject *parent = nullptr);
    ~ServiceHub() override;

    QString dataDir() const { return m_options.dataDir; }
    QString keystoreDir() const;
    net::HttpTransport &transport() { return *m_transport; }
    AccountStore &accounts() { return m_accounts; }
    crypto::AsyncWalletStore &wallet() { return *m_wallet; }

    /// Who answers when the hub needs the wallet password (the file secret store, unlocking a
    /// key). passwordNeeded() is emitted first.
    void setPasswordSource(PasswordSource source) { m_passwordSource = std::move(source); }

    // Accounts: each change emits accountsChanged().
    Result<Account> addAccount(ServiceKind kind, const QUrl &baseUrl, const QString &name);
    Result<void> updateAccount(const Account &account);
    /// Signs out (forgetting its secrets), then removes the account and its client.
    QFuture<Result<void>> removeAccount(const QString &accountId);
    /// Forgets the account's token and API keys; the account stays, signed out.
    QFuture<Result<Account>> signOut(const QString &accountId);

    /// The secret store and the sessions on it; opened on first use.
    QFuture<Result<SessionManager *>> sessions();
    QFuture<Result<crypto::SecureBytes>> readSecret(const QString &accountId, const QString &name);
    QFuture<Result<Account>> writeSecret(const QString &accountId, const QString &name, const crypto::SecureBytes &value);

    // The account's client. With Use::SignedIn it fails (Refused) when the account is signed
    // out, and comes with the stored token (and, for Web3Connect, the API key secret, so it
    // can refresh). OIDC accounts use the Web3Connect REST API beside their issuer.
    QFuture<Result<services::web3connect::Web3ConnectClient *>> web3connect(const QString &accountId, Use use = Use::SignedIn);
    QFuture<Result<services::capture::CaptureClient *>> capture(const QString &accountId, Use use = Use::SignedIn);
    QFuture<Result<services::nonceauth::NonceAuthClient *>> nonceAuth(const QString &accountId, Use use = Use::SignedIn);
    /// Pakt calls carry the app's builder token: `builderToken`, else the one stored with the
    /// account (NotFound when there is none).
    QFuture<Result<services::pakt::PaktClient *>> pakt(const QString &accountId, std::optional<crypto::SecureBytes> builderToken = std::nullopt);
    QFuture<Result<services::oidc::OidcClient *>> oidc(const QString &accountId);

    /// Runs `flow` (starting it if needed) and stores what it signed in with: secrets first,
    /// then the account, so a failure leaves the session as it was. The account as saved.
    QFuture<Result<Account>> signIn(const QString &accountId, services::SignInFlow *flow);

    /// The key that signs: `keyAddress`, else the only key in the wallet. Asks for the
    /// password and unlocks the key on the wallet's worker thread.
    QFuture<Result<std::shared_ptr<services::MessageSigner>>> signer(const QString &keyAddress);

    /// Locked: no secret store is open (nothing derived from the password is in memory), so the
    /// next use of a stored token, API key or wallet key asks for the password. A new hub is
    /// locked until something opens the secrets.
    bool isLocked() const { return !m_sessions; }
    /// Locks now: forgets the open secret store and every client with the credentials loaded
    /// into it (pages hold clients through QPointer and see them go). Work still running on the
    /// old store ends cancelled. Emits lockChanged(true).
    void lock();
    /// Opens the secrets again, asking for the password, and checks it: a wrong password leaves
    /// the hub locked (ErrorKind::WrongPassword). With a store that needs no password (the OS
    /// keychain) the password is checked against the wallet's first key instead, when there is
    /// one. Succeeds at once when already unlocked.
    QFuture<Result<void>> unlock();

    /// Finished once every token write the hub started (refreshed tokens) has ended. A
    /// command-line tool waits for it before it exits.
    QFuture<void> settled();

Q_SIGNALS:
    void accountsChanged();
    /// The service refused the account's credential for good: the user must sign in again.
    void signedOut(const QString &accountId, const QString &reason);
    void passwordNeeded(const QString &reason);
    /// The secrets were opened (false) or lock() closed them (true).
    void lockChanged(bool locked);
    /// A refreshed token could not be stored (the session still works until the app exits).
    void tokenSaveFailed(const QString &accountId, const inkan::Error &error);

private:
    Result<Account> findAccount(const QString &accountId) const;
    void askPassword(const QString &reason, PasswordAnswer answer);
    template <typename Client>
    QFuture<Result<Client *>> loadClient(const QString &accountId, Use use);
    void watchCredential(const QString &accountId, QObject *client);
    void saveRefreshedToken(const QString &accountId);
    void forgetClient(const QString &accountId);

    Options m_options;
    std::unique_ptr<net::HttpTransport> m_transport;
    AccountStore m_accounts;
    std::unique_ptr<crypto::AsyncWalletStore> m_wallet;
    PasswordSource m_passwordSource;
    std::unique_ptr<SessionManager> m_sessions;
    std::vector<std::unique_ptr<SessionManager>> m_closedSessions; // closed by lock(), kept for raw pointers in flight
    std::optional<QFuture<Result<SessionManager *>>> m_opening;
    QHash<QString, QPointer<QObject>> m_clients; // account id -> its client (a child of the hub)
    QList<QFuture<void>> m_pendingWrites;
};

} // namespace inkan::session
