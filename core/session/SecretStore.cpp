// The SecretStore interface's factory: probes the keychain, else opens the encrypted file.
// The backends are KeychainSecretStore.cpp and FileSecretStore.cpp.
#include "session/SecretStore.h"
#include <QCoreApplication>
#include <QDir>

namespace inkan::session {

namespace {

Result<std::shared_ptr<SecretStore>> openFileStore(const SecretStoreOptions &options, const PasswordSource &password)
{
    Result<crypto::SecureBytes> pw = password();
    if (!pw)
        return pw.error();
    if (pw->isEmpty())
        return makeError(ErrorKind::InvalidInput, SecretStore::tr("An empty password cannot protect the stored secrets."));
    return std::shared_ptr<SecretStore>(std::make_shared<EncryptedFileSecretStore>(
        QDir(options.dataDir).filePath(QStringLiteral("secrets.inkan")), std::move(*pw), options.scryptN));
}

} // namespace

QFuture<Result<std::shared_ptr<SecretStore>>> openSecretStoreAsync(const SecretStoreOptions &options, PasswordSource password)
{
    using Opened = Result<std::shared_ptr<SecretStore>>;
    QString preferred = options.preferred;
    if (preferred == QLatin1String("auto")) {
        const QString forced = qEnvironmentVariable("INKAN_SECRET_BACKEND");
        if (!forced.isEmpty())
            preferred = forced;
    }
    if (preferred == QLatin1String("file"))
        return QtFuture::makeReadyFuture(openFileStore(options, password));
    // Runs where the probe is settled: on this thread (its event loop), or at once without a bus.
    return KeychainSecretStore::probe(options.keychainProbeTimeoutMs).then([options, password, preferred](bool keychain) -> Opened {
        if (keychain)
            return std::shared_ptr<SecretStore>(std::make_shared<KeychainSecretStore>());
        if (preferred == QLatin1String("keychain"))
            return makeError(ErrorKind::Io, SecretStore::tr("No OS keychain is running, and the secrets of this account are kept there."));
        return openFileStore(options, password);
    });
}

Result<std::shared_ptr<SecretStore>> openSecretStore(const SecretStoreOptions &options, const PasswordSource &password)
{
    return waitFor(openSecretStoreAsync(options, password));
}

} // namespace inkan::session
