// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Web3 Secret Storage v3: scrypt or pbkdf2-hmac-sha256, aes-128-ctr, keccak MAC.
// Everything here is BLOCKING (a KDF takes up to seconds): call from a worker thread only.
#include "Error.h"
#include "crypto/Secp256k1.h"
#include <QDateTime>
#include <QJsonObject>

namespace inkan::crypto::keystore {

enum class Strength {
    Standard, // scrypt n=262144 r=8 p=1 (geth's standard)
    Light,    // scrypt n=4096 r=8 p=6 (geth's light)
};

/// The most memory a KDF may ask for (128 * r * n bytes for scrypt); more is refused.
constexpr quint64 kMaxScryptMemory = 1024ull * 1024 * 1024;
/// The most scrypt work (n * r * p) a file may ask for: 8 times geth's standard n=2^18, r=8.
constexpr quint64 kMaxScryptWork = 1ull << 24;
/// The most PBKDF2 rounds a file may ask for (geth writes 262144).
constexpr quint64 kMaxPbkdf2Iterations = 10'000'000;
/// The largest keystore file we read; real ones are under 1 KiB.
constexpr qsizetype kMaxFileSize = 64 * 1024;

/// Bounds on what a file may make the KDF do. Tests and fuzzers pass smaller ones.
struct Limits {
    quint64 maxScryptMemory = kMaxScryptMemory;
    quint64 maxScryptWork = kMaxScryptWork;
    quint64 maxPbkdf2Iterations = kMaxPbkdf2Iterations;
};

enum class Kdf { Scrypt, Pbkdf2 };

/// A keystore's fields, checked for shape and bounds, before any KDF runs.
struct Parsed {
    Kdf kdf = Kdf::Scrypt;
    quint64 n = 0, r = 0, p = 0;   // scrypt
    quint64 iterations = 0;        // pbkdf2 c
    QByteArray salt;
    qsizetype derivedKeyLength = 32;
    QByteArray iv;                 // 16 bytes
    QByteArray ciphertext;         // 32 bytes
    QByteArray mac;                // 32 bytes
    QString id;
    Address address;               // null when the file has none
};

/// Validates a keystore without running its KDF: cheap, for listing and for fuzzing.
/// Errors as for decrypt() except WrongPassword.
Result<Parsed> parse(QByteArrayView json, const Limits &limits = {});

struct Decrypted {
    PrivateKey key;
    QString id;       // the file's uuid
};

/// Checks the MAC before decrypting. Errors: WrongPassword (MAC mismatch), Unsupported (kdf,
/// cipher, prf, or a cost over the limits), Malformed (JSON, fields, lengths), InvalidInput
/// (the address in the file does not match the key).
Result<Decrypted> decrypt(QByteArrayView json, const SecureBytes &password, const Limits &limits = {});
/// A v3 JSON document (compact) with a random salt, iv and uuid v4, and the lower-case address
/// without 0x as geth writes it.
Result<QByteArray> encrypt(const PrivateKey &key, const SecureBytes &password, Strength strength);
/// geth's file name: UTC--2026-11-23T13-16-06.123456789Z--<lower-case address without 0x>
QString gethFileName(const Address &address, const QDateTime &when);
/// The address field of a keystore without decrypting it (for listing); null when absent.
Address peekAddress(QByteArrayView json);

} // namespace inkan::crypto::keystore
