// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Where tokens, API key secrets and passwords live: the OS keychain through QtKeychain when one
// runs, otherwise one file encrypted with a key derived from the wallet password (scrypt, then
// AES-256-GCM; written atomically with mode 0600). Never QSettings, never a log. Every call is
// asynchronous: the file store runs its KDF and disk work on its own worker thread.
#include "Error.h"
#include "crypto/SecureBytes.h"
#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <functional>
#include <memory>

namespace inkan::session {

class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(SecretStore) // the messages of every backend
public:
    virtual ~SecretStore() = default;
    /// "keychain" or "file" (recorded per account so it is read back from the same place).
    virtual QString backend() const = 0;
    /// NotFound when there is no such entry.
    virtual QFuture<Result<crypto::SecureBytes>> read(const QString &key) = 0;
    virtual QFuture<Result<void>> write(const QString &key, const crypto::SecureBytes &secret) = 0;
    /// Removing an absent entry succeeds.
    virtual QFuture<Result<void>> remove(const QString &key) = 0;
};

/// Asks for the wallet password (only when the file store is needed): calls `answer` once,
/// possibly later (a GUI answers from a non-modal dialog), with the password or why not.
using PasswordAnswer = std::function<void(Result<crypto::SecureBytes>)>;
using PasswordSource = std::function<void(PasswordAnswer answer)>;

struct SecretStoreOptions {
    QString dataDir;
    /// "auto" (keychain if it answers, else file), "keychain" or "file". $INKAN_SECRET_BACKEND
    /// overrides "auto".
    QString preferred = QStringLiteral("auto");
    int keychainProbeTimeoutMs = 3000;
    /// scrypt cost for a new file; tests may lower it.
    quint64 scryptN = 1 << 15;
};

/// Picks the backend (probing the keychain without waiting on a missing D-Bus) and opens it.
/// Asynchronous: never blocks; the keychain answers through the calling thread's event loop,
/// and `password` is asked (on that thread) only when the file store is chosen.
QFuture<Result<std::shared_ptr<SecretStore>>> openSecretStoreAsync(const SecretStoreOptions &options, PasswordSource password);

/// The encrypted file store (FileSecretStore.cpp). Public for tests. Several processes may share
/// the file: every operation takes `<file>.lock` (QLockFile) and reads the file again under it.
class EncryptedFileSecretStore : public SecretStore {
public:
    EncryptedFileSecretStore(QString path, crypto::SecureBytes password, quint64 scryptN = 1 << 15);
    ~EncryptedFileSecretStore() override;
    QString backend() const override { return QStringLiteral("file"); }
    QFuture<Result<crypto::SecureBytes>> read(const QString &key) override;
    QFuture<Result<void>> write(const QString &key, const crypto::SecureBytes &secret) override;
    QFuture<Result<void>> remove(const QString &key) override;
    /// Blocking forms, for the worker thread (and tests).
    Result<crypto::SecureBytes> readNow(const QString &key);
    Result<void> writeNow(const QString &key, const crypto::SecureBytes &secret);
    Result<void> removeNow(const QString &key);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

/// The OS keychain (Secret Service / KWallet / macOS Keychain / Windows Credential Manager);
/// KeychainSecretStore.cpp.
class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString serviceName = QStringLiteral("Inkan"));
    QString backend() const override { return QStringLiteral("keychain"); }
    QFuture<Result<crypto::SecureBytes>> read(const QString &key) override;
    QFuture<Result<void>> write(const QString &key, const crypto::SecureBytes &secret) override;
    QFuture<Result<void>> remove(const QString &key) override;
    /// Asks the keychain once: true when it answers within the timeout; finished at once with
    /// false without a session bus. Never blocks (the answer comes through the event loop).
    static QFuture<bool> probe(int timeoutMs);

private:
    QString m_service;
};

} // namespace inkan::session
