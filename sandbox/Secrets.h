// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Random values, hashes and clocks the services share. Secrets that a client presents later
// (API key secrets, tmp tokens, codes) are kept only as their SHA-256.
#include <QByteArray>
#include <QString>

namespace inkan::sandbox::secrets {

/// `bytes` CSPRNG bytes as base64url without padding.
QString randomToken(int bytes);
/// `bytes` CSPRNG bytes as lower-case hex (no 0x).
QString randomHex(int bytes);
/// A decimal code of `digits` digits, uniformly drawn.
QString randomDigits(int digits);
QString sha256Hex(const QString &text);
QByteArray sha256(QByteArrayView bytes);
QString base64Url(QByteArrayView bytes);
/// Strict base64url decoding; nullopt-like empty + ok=false on bad input.
QByteArray fromBase64Url(QByteArrayView text, bool *ok);
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/// PBKDF2-HMAC-SHA256 with a random salt: "pbkdf2-sha256$<iterations>$<salt>$<hash>".
QString hashPassword(const QString &password);
bool checkPassword(const QString &password, const QString &stored);

/// "<ISO time>:<16 letters and digits>", the hosted service's form of batch and track ids.
QString timestampedId(qint64 msSinceEpoch);

qint64 nowMs();
/// "2022-07-22T04:49:26.105Z"
QString isoTime(qint64 msSinceEpoch);

} // namespace inkan::sandbox::secrets
