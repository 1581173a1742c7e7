// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The asynchronous door to a WalletStore, for the GUI thread (which never runs a KDF).
//
// Every call returns at once with a QFuture; the work runs on this object's own worker thread,
// one job at a time in the order the calls were made, so two jobs never touch the folder at
// once and "import, then list" sees the import. Take the result back on the GUI thread with a
// continuation that has a context object:
//
//     m_wallet.unlock(address, std::move(password))
//         .then(this, [this](const Result<PrivateKey> &key) { … });
//
// Never block the GUI thread on the future (result(), waitForFinished()): that waits out the
// KDF just the same. Tests and command-line tools may.
//
// Secrets are moved into the job (SecureBytes) and wiped when it ends. A job that has not
// started yet is skipped when its future is cancelled; a KDF that has started runs to its end.
// The destructor waits for the jobs already queued.
#include "crypto/WalletStore.h"

#include <QFuture>
#include <QThreadPool>

namespace inkan::crypto {

class AsyncWalletStore {
public:
    /// `directory` as for WalletStore: the keystore folder itself.
    explicit AsyncWalletStore(QString directory);
    ~AsyncWalletStore();
    AsyncWalletStore(const AsyncWalletStore &) = delete;
    AsyncWalletStore &operator=(const AsyncWalletStore &) = delete;

    QString directory() const { return m_store.directory(); }

    QFuture<Result<QList<WalletKey>>> list() const;
    QFuture<Result<WalletStore::Created>> create(int words, SecureBytes password, keystore::Strength strength);
    QFuture<Result<WalletKey>> importKeystore(QByteArray json, SecureBytes password);
    QFuture<Result<WalletKey>> importMnemonic(SecureBytes mnemonic, SecureBytes passphrase, quint32 index,
                                            SecureBytes password, keystore::Strength strength);
    QFuture<Result<WalletKey>> importPrivateKey(PrivateKey key, SecureBytes password, keystore::Strength strength);
    QFuture<Result<QByteArray>> exportKeystore(Address address, SecureBytes password, SecureBytes newPassword,
                                               keystore::Strength strength) const;
    QFuture<Result<void>> changePassword(Address address, SecureBytes password, SecureBytes newPassword,
                                         keystore::Strength strength);
    QFuture<Result<PrivateKey>> unlock(Address address, SecureBytes password) const;
    /// The address at m/44'/60'/0'/0/index of a mnemonic (normalised and validated first) and
    /// passphrase, without storing anything: what importMnemonic would add, shown before saving.
    QFuture<Result<Address>> previewMnemonic(SecureBytes mnemonic, SecureBytes passphrase, quint32 index) const;
    QFuture<Result<QString>> remove(Address address, WalletStore::Removal removal = WalletStore::Removal::MoveAside);

    /// The single worker thread's pool (tests hold it busy to see that calls do not block).
    QThreadPool *threadPool() const { return &m_pool; }

private:
    template <typename Job>
    auto run(Job job) const;

    mutable WalletStore m_store; // touched only by the jobs, one at a time, on m_pool's thread
    mutable QThreadPool m_pool; // declared last: destroyed (and waited for) before m_store
};

} // namespace inkan::crypto
