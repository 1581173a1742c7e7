// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The SecretStore interface's factory: probes the keychain, else opens the encrypted file.
// The backends are KeychainSecretStore.cpp and FileSecretStore.cpp.
#include "session/SecretStore.h"
#include <QCoreApplication>
#include <QDir>
#include <QPromise>

namespace inkan::session {

namespace {

using Opened = Result<std::shared_ptr<SecretStore>>;

/// Asks for the password, then opens the file store; `done` gets the outcome.
void openFileStore(const SecretStoreOptions &options, const PasswordSource &password, std::function<void(Opened)> done)
{
    password([options, done](Result<crypto::SecureBytes> pw) {
        if (!pw)
            return done(pw.error());
        if (pw->isEmpty())
            return done(makeError(ErrorKind::InvalidInput, SecretStore::tr("An empty password cannot protect the stored secrets.")));
        done(std::shared_ptr<SecretStore>(std::make_shared<EncryptedFileSecretStore>(
            QDir(options.dataDir).filePath(QStringLiteral("secrets.inkan")), std::move(*pw), options.scryptN)));
    });
}

} // namespace

QFuture<Result<std::shared_ptr<SecretStore>>> openSecretStoreAsync(const SecretStoreOptions &options, PasswordSource password)
{
    auto promise = std::make_shared<QPromise<Opened>>();
    promise->start();
    QFuture<Opened> future = promise->future();
    // The password may be answered later, or never (a dialog left open): the promise is
    // settled once, whichever comes first; a late second answer is ignored.
    auto settle = [promise](Opened opened) {
        if (promise->future().isFinished())
            return;
        promise->addResult(std::move(opened));
        promise->finish();
    };
    QString preferred = options.preferred;
    if (preferred == QLatin1String("auto")) {
        const QString forced = qEnvironmentVariable("INKAN_SECRET_BACKEND");
        if (!forced.isEmpty())
            preferred = forced;
    }
    if (preferred == QLatin1String("file")) {
        openFileStore(options, password, settle);
        return future;
    }
    // Runs where the probe is settled: on this thread (its event loop), or at once without a bus.
    KeychainSecretStore::probe(options.keychainProbeTimeoutMs).then([options, password, preferred, settle](bool keychain) {
        if (keychain)
            return settle(std::shared_ptr<SecretStore>(std::make_shared<KeychainSecretStore>()));
        if (preferred == QLatin1String("keychain"))
            return settle(makeError(ErrorKind::Io, SecretStore::tr("No OS keychain is running, and the secrets of this account are kept there.")));
        openFileStore(options, password, settle);
    });
    return future;
}

} // namespace inkan::session
