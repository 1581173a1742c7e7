// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "crypto/AsyncWalletStore.h"

#include "crypto/Bip32.h"
#include "crypto/Bip39.h"

#include <QPromise>

#include <memory>
#include <optional>
#include <type_traits>

namespace inkan::crypto {

AsyncWalletStore::AsyncWalletStore(QString directory) : m_store(std::move(directory))
{
    m_pool.setMaxThreadCount(1); // one job at a time, in order
    m_pool.setObjectName(QStringLiteral("wallet-store"));
}

AsyncWalletStore::~AsyncWalletStore()
{
    m_pool.waitForDone();
}

template <typename Job>
auto AsyncWalletStore::run(Job job) const
{
    // A QPromise on a plain pool task rather than QtConcurrent::run: a thread that waits on a
    // QtConcurrent future may "steal" the job and run it itself, which would put a KDF on the
    // waiting (GUI) thread and let jobs overtake each other. Nothing can steal this one.
    using R = std::invoke_result_t<Job &, WalletStore &>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    // Shared, never copied: the job holds the secrets, destroyed (wiped) as soon as it has run.
    auto task = std::make_shared<std::optional<Job>>(std::move(job));
    m_pool.start([this, promise, task] {
        if (!promise->isCanceled())
            promise->addResult(std::move(**task)(m_store));
        task->reset();
        promise->finish();
    });
    return future;
}

QFuture<Result<QList<WalletKey>>> AsyncWalletStore::list() const
{
    return run([](WalletStore &store) { return store.list(); });
}

QFuture<Result<WalletStore::Created>> AsyncWalletStore::create(int words, SecureBytes password,
                                                               keystore::Strength strength)
{
    return run([words, password = std::move(password), strength](WalletStore &store) {
        return store.create(words, password, strength);
    });
}

QFuture<Result<WalletKey>> AsyncWalletStore::importKeystore(QByteArray json, SecureBytes password)
{
    return run([json = std::move(json), password = std::move(password)](WalletStore &store) {
        return store.importKeystore(json, password);
    });
}

QFuture<Result<WalletKey>> AsyncWalletStore::importMnemonic(SecureBytes mnemonic, SecureBytes passphrase, quint32 index,
                                                          SecureBytes password, keystore::Strength strength)
{
    return run([mnemonic = std::move(mnemonic), passphrase = std::move(passphrase), index,
                password = std::move(password), strength](WalletStore &store) {
        return store.importMnemonic(mnemonic, passphrase, index, password, strength);
    });
}

QFuture<Result<WalletKey>> AsyncWalletStore::importPrivateKey(PrivateKey key, SecureBytes password,
                                                            keystore::Strength strength)
{
    return run([key = std::move(key), password = std::move(password), strength](WalletStore &store) {
        return store.importPrivateKey(key, password, strength);
    });
}

QFuture<Result<QByteArray>> AsyncWalletStore::exportKeystore(Address address, SecureBytes password,
                                                             SecureBytes newPassword, keystore::Strength strength) const
{
    return run([address, password = std::move(password), newPassword = std::move(newPassword),
                strength](WalletStore &store) { return store.exportKeystore(address, password, newPassword, strength); });
}

QFuture<Result<void>> AsyncWalletStore::changePassword(Address address, SecureBytes password, SecureBytes newPassword,
                                                       keystore::Strength strength)
{
    return run([address, password = std::move(password), newPassword = std::move(newPassword),
                strength](WalletStore &store) { return store.changePassword(address, password, newPassword, strength); });
}

QFuture<Result<PrivateKey>> AsyncWalletStore::unlock(Address address, SecureBytes password) const
{
    return run([address, password = std::move(password)](WalletStore &store) { return store.unlock(address, password); });
}

QFuture<Result<QString>> AsyncWalletStore::remove(Address address, WalletStore::Removal removal)
{
    return run([address, removal](WalletStore &store) { return store.remove(address, removal); });
}

QFuture<Result<Address>> AsyncWalletStore::previewMnemonic(SecureBytes mnemonic, SecureBytes passphrase,
                                                          quint32 index) const
{
    return run([mnemonic = std::move(mnemonic), passphrase = std::move(passphrase),
                index](WalletStore &) -> Result<Address> {
        const SecureBytes words = bip39::normalizeMnemonic(mnemonic);
        if (Result<void> valid = bip39::validate(words); !valid)
            return valid.error();
        Result<PrivateKey> key = bip32::ethereumKeyFromSeed(bip39::toSeed(words, passphrase), index);
        if (!key)
            return key.error();
        return key->address();
    });
}

} // namespace inkan::crypto
