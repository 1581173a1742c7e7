// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Compact JWS (JWT) parsing: three base64url parts, a JSON header and payload. Used to read a
// token's expiry (Web3Connect access tokens) and to verify OIDC ID tokens (ES256K).
#include "Error.h"
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace inkan::net {

QByteArray base64UrlDecode(QByteArrayView text, bool *ok = nullptr);
QByteArray base64UrlEncode(QByteArrayView bytes);

/// A 64-byte compact ECDSA signature (r ‖ s) over secp256k1 with s replaced by n − s when s is
/// in the upper half of the group order. JWS ES256K (RFC 8812) accepts either s; the crypto
/// layer verifies only low-s (its malleability rule for wallet signatures), so a JWS verifier
/// normalizes first. Anything that is not 64 bytes, or whose s is 0 or not below n, is
/// returned unchanged (and then fails verification).
QByteArray normalizeLowS(QByteArrayView compact64);

struct Jwt {
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // "<header b64>.<payload b64>", the bytes the signature covers
    QByteArray signature;    // raw bytes

    /// Strict: exactly three non-empty-header/payload parts, valid base64url, JSON objects.
    static Result<Jwt> parse(QByteArrayView compact);
    /// `exp` as seconds since the epoch; 0 when absent or not a number.
    qint64 expiresAt() const;
};

} // namespace inkan::net
