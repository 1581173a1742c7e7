// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Compact JWS: HS256 for the sandbox's own session tokens (secret kept in the database) and
// ES256K (secp256k1 + SHA-256, RFC 8812) for OIDC ID tokens.
#include "crypto/Secp256k1.h"

#include <QJsonObject>
#include <QString>

namespace inkan::sandbox::jwt {

enum class Check { Ok, Malformed, BadSignature, Expired, WrongType };

struct Verified {
    Check check = Check::Malformed;
    QJsonObject claims;
    bool ok() const { return check == Check::Ok; }
};

QString signHs256(const QJsonObject &claims, const QByteArray &secret);
/// Checks the header (alg HS256 only), the signature, `exp` against now and `typ` (our own
/// claim that keeps one kind of token from being used as another).
Verified verifyHs256(const QString &token, const QByteArray &secret, const QString &expectedType);

QString signEs256k(const QJsonObject &claims, const crypto::PrivateKey &key, const QString &keyId);

/// {kty: EC, crv: secp256k1, x, y} for a 65-byte uncompressed public key.
QJsonObject publicJwk(const QByteArray &publicKey65);

} // namespace inkan::sandbox::jwt
