// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// secp256k1 through libsecp256k1 (with its recovery module).
#include "crypto/Address.h"
#include "Error.h"
#include "crypto/SecureBytes.h"
#include <QByteArray>

namespace inkan::crypto {

/// A recoverable ECDSA signature, low-s.
struct Signature {
    QByteArray r;   // 32 bytes
    QByteArray s;   // 32 bytes
    int recoveryId = 0; // 0 or 1

    /// 65 bytes r || s || v with v = 27 + recoveryId (Ethereum's personal_sign form).
    QByteArray toRsv() const;
    /// 64 bytes r || s (JWS ES256K form).
    QByteArray toCompact() const;
    /// Accepts v in {0, 1, 27, 28}; rejects other lengths, high-s and out-of-range r/s.
    static Result<Signature> fromRsv(QByteArrayView bytes65);
};

class PrivateKey {
public:
    /// A fresh key from the OS CSPRNG.
    static PrivateKey generate();
    /// Rejects a wrong length, zero and values not below the curve order.
    static Result<PrivateKey> fromBytes(const SecureBytes &bytes32);

    const SecureBytes &bytes() const { return m_secret; }
    /// 65-byte uncompressed public key 0x04 || X || Y.
    QByteArray publicKey() const;
    /// 33-byte compressed public key (0x02/0x03 || X), as BIP-32 fingerprints use.
    QByteArray compressedPublicKey() const;
    Address address() const;
    /// RFC 6979 deterministic, low-s, recoverable signature over a 32-byte digest.
    Signature signDigest(QByteArrayView digest32) const;

private:
    PrivateKey() = default;
    SecureBytes m_secret;
};

/// Recovers the 65-byte uncompressed public key from a digest and signature.
Result<QByteArray> recoverPublicKey(QByteArrayView digest32, const Signature &signature);
/// Verifies a 64-byte r || s signature (low-s required) against a 65-byte public key.
bool verifyDigest(QByteArrayView publicKey65, QByteArrayView digest32, QByteArrayView compact64);

} // namespace inkan::crypto
