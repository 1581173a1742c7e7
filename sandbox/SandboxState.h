// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// What every handler reaches through its RequestContext: the options, the database, the base
// URL and the server's own keys. It belongs to the worker thread: handlers that write and
// background jobs run there, one at a time, so a request sees and changes the database alone.
// Read-only routes run on the server thread instead, on a read-only connection of their own
// (db() hands each thread its connection).
#include "Database.h"
#include "Worker.h"
#include "crypto/Secp256k1.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QThread>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace inkan::sandbox {

struct SandboxOptions {
    QString dataDir;
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    bool demo = false;
    /// --demo-nfts N: the demo holder holds at least N NFTs (0: only the demo's own).
    int demoNfts = 0;
    int qrTtlSeconds = 300;
    /// Lifetime of Web3Connect access tokens and OIDC access tokens.
    int tokenTtlSeconds = 3600;
    /// Lifetime of OIDC authorization codes.
    int codeTtlSeconds = 60;
    /// Lifetime of one-time challenges: Capture messages to sign, nonce-auth nonces, Pakt temp
    /// tokens, phone verification tmp_tokens.
    int challengeTtlSeconds = 600;
    /// Lifetime of nonce-auth (x-auth-token) and Pakt session tokens.
    int sessionTtlSeconds = 24 * 3600;
    /// How far a scanner may be from the holder at step 2 of a verification.
    double maxScanDistanceKm = 1.0;
    /// Registers the /_test/ routes the integration tests use; never on in normal use.
    bool testHooks = false;
};

class SandboxState {
public:
    SandboxState(SandboxOptions options, Worker &worker);

    const SandboxOptions &options() const { return m_options; }
    /// The worker's connection, or on the thread that opened the reader, the read-only one.
    Database &db() { return m_reader && QThread::currentThread() == m_readerThread ? *m_reader : m_db; }
    /// "http://127.0.0.1:PORT", known once the server listens.
    QString baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QString &url) { m_baseUrl = url; }
    QString dataPath(const QString &fileName) const;

    /// Opens the database and loads (creating on first run) the server's keys. Worker thread.
    Result<void> open();
    void close();
    /// Opens the read-only connection for the calling thread (the server's), after open().
    Result<void> openReader();
    void closeReader();

    /// Access tokens whose signature was checked: the subject and the expiry (seconds since the
    /// epoch), so a token is verified once, not on every request. Any thread.
    struct VerifiedToken {
        QString subject;
        qint64 expiresAt = 0;
    };
    std::optional<VerifiedToken> verifiedToken(const QString &token) const;
    void rememberToken(const QString &token, const VerifiedToken &verified);

    const QByteArray &jwtSecret() const { return m_jwtSecret; }
    const crypto::PrivateKey &idTokenKey() const { return *m_idTokenKey; }
    QString idTokenKeyId() const { return m_idTokenKeyId; }

    /// The next block number of the sandbox's pretend chain (strictly increasing).
    qint64 nextBlockNumber();

    /// Runs `job` later on the worker thread inside its own transaction (rolled back if it
    /// throws). Background work such as batch imports goes through here, in small steps, so
    /// requests keep being answered in between.
    void runInBackground(std::function<void(SandboxState &)> job);

    /// PNG bytes of the generated artwork by file name; filled before the server starts.
    QHash<QString, QByteArray> &assets() { return m_assets; }

private:
    SandboxOptions m_options;
    Worker &m_worker;
    Database m_db;
    QString m_baseUrl;
    QByteArray m_jwtSecret;
    std::optional<crypto::PrivateKey> m_idTokenKey;
    QString m_idTokenKeyId;
    QHash<QString, QByteArray> m_assets;
    std::unique_ptr<Database> m_reader;
    QThread *m_readerThread = nullptr;
    mutable QMutex m_tokensLock;
    QHash<QString, VerifiedToken> m_tokens;
};

} // namespace inkan::sandbox
