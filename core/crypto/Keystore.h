#pragma once
// Web3 Secret Storage v3: scrypt or pbkdf2-hmac-sha256, aes-128-ctr, keccak MAC.
// Everything here is BLOCKING (a KDF takes up to seconds): call from a worker thread only.
#include "Error.h"
#include "Secp256k1.h"
#include <QJsonObject>

namespace inkan::crypto::keystore {

enum class Strength {
    Standard, // scrypt n=262144 r=8 p=1 (geth's standard)
    Light,    // scrypt n=4096 r=8 p=6 (geth's light)
};

/// The most memory a KDF may ask for (128 * r * n bytes for scrypt); more is refused.
constexpr quint64 kMaxScryptMemory = 1024ull * 1024 * 1024;

struct Decrypted {
    PrivateKey key;
    QString id;       // the file's uuid
};

/// Checks the MAC before decrypting. Errors: WrongPassword (MAC mismatch), Unsupported (kdf,
/// cipher, prf, or a cost over the limits), Malformed (JSON, fields, lengths), InvalidInput
/// (the address in the file does not match the key).
Result<Decrypted> decrypt(QByteArrayView json, const SecureBytes &password);
/// A v3 JSON document (compact) with a random salt, iv and uuid v4.
Result<QByteArray> encrypt(const PrivateKey &key, const SecureBytes &password, Strength strength);
/// geth's file name: UTC--2026-11-23T13-16-06.123456789Z--<lower-case address without 0x>
QString gethFileName(const Address &address, const QDateTime &when);
/// The address field of a keystore without decrypting it (for listing); null when absent.
Address peekAddress(QByteArrayView json);

} // namespace inkan::crypto::keystore
