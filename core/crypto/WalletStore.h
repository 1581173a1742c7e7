// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A geth-compatible keystore folder holding many accounts, one Web3 Secret Storage v3 file each.
//
// Methods that run a KDF (create, import*, export with a new password, changePassword, unlock)
// are BLOCKING for up to a second or two each: call them from a worker thread, never from the
// GUI thread. Every method that fails leaves the folder exactly as it was.
#include "Error.h"
#include "crypto/Keystore.h"
#include "crypto/Secp256k1.h"
#include "crypto/SecureBytes.h"

#include <QList>
#include <QString>

namespace inkan::crypto {

struct WalletKey {
    Address address;
    QString fileName; // geth's UTC--<time>--<address>
    QString path;     // absolute path of the keystore file
};

class WalletStore {
public:
    /// `directory` is the keystore folder itself (e.g. DATA/keystore). It is created, mode
    /// 0700, only when the first account is written.
    explicit WalletStore(QString directory);

    QString directory() const { return m_directory; }
    /// Where remove() moves files: directory()/removed.
    QString removedDirectory() const;

    /// The accounts in the folder, oldest first (geth's file names sort by creation time).
    /// Files that are not keystores, and the removed/ folder, are skipped.
    Result<QList<WalletKey>> list() const;
    Result<WalletKey> find(const Address &address) const;

    struct Created {
        WalletKey account;
        SecureBytes mnemonic; // the new words; show them only when the user asked
    };
    /// A fresh 12- or 24-word mnemonic and its first BIP-44 account m/44'/60'/0'/0/0.
    Result<Created> create(int words, const SecureBytes &password, keystore::Strength strength);
    /// A v3 file from elsewhere (geth, MetaMask, ethers): decrypted with `password` to prove it
    /// opens, then stored with its own encryption unchanged (an address field is added).
    Result<WalletKey> importKeystore(QByteArrayView json, const SecureBytes &password);
    /// The account at m/44'/60'/0'/0/index of a mnemonic (validated first) and optional passphrase.
    Result<WalletKey> importMnemonic(const SecureBytes &mnemonic, const SecureBytes &passphrase, quint32 index,
                                   const SecureBytes &password, keystore::Strength strength);
    Result<WalletKey> importPrivateKey(const PrivateKey &key, const SecureBytes &password, keystore::Strength strength);

    /// The stored file as it is (still encrypted; no password needed).
    Result<QByteArray> exportKeystore(const Address &address) const;
    /// The key re-encrypted under `newPassword`; `password` opens the stored file.
    Result<QByteArray> exportKeystore(const Address &address, const SecureBytes &password,
                                      const SecureBytes &newPassword, keystore::Strength strength) const;
    /// Re-encrypts the stored file in place (atomically) under `newPassword`.
    Result<void> changePassword(const Address &address, const SecureBytes &password, const SecureBytes &newPassword,
                                keystore::Strength strength);
    /// The private key, for signing.
    Result<PrivateKey> unlock(const Address &address, const SecureBytes &password) const;

    enum class Removal {
        MoveAside, // into removed/, where the user can still recover it
        Destroy,   // deletes the file: the key is gone unless backed up elsewhere
    };
    /// Returns the path the file was moved to (empty when destroyed).
    Result<QString> remove(const Address &address, Removal removal = Removal::MoveAside);

private:
    Result<WalletKey> store(const Address &address, const QByteArray &json);
    Result<QByteArray> readFile(const QString &path) const;

    QString m_directory;
};

/// Writes `contents` atomically (QSaveFile) with mode 0600, for key files and exports.
Result<void> writePrivateFile(const QString &path, QByteArrayView contents);

} // namespace inkan::crypto
