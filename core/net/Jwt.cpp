// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "net/Jwt.h"
#include "net/Json.h"
#include <QCoreApplication>
#include <QJsonDocument>

namespace inkan::net {

namespace {
struct JwtText {
    Q_DECLARE_TR_FUNCTIONS(Jwt)
};
} // namespace

QByteArray base64UrlDecode(QByteArrayView text, bool *ok)
{
    for (char c : text) {
        const bool valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_';
        if (!valid) {
            if (ok)
                *ok = false;
            return {};
        }
    }
    if (text.size() % 4 == 1) { // no base64 text has this length
        if (ok)
            *ok = false;
        return {};
    }
    const auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = bool(decoded);
    return decoded ? *decoded : QByteArray();
}

QByteArray base64UrlEncode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

namespace {
// The order n of secp256k1 and n / 2, big-endian.
constexpr unsigned char kOrder[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                      0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xBA, 0xAE, 0xDC, 0xE6, 0xAF, 0x48,
                                      0xA0, 0x3B, 0xBF, 0xD2, 0x5E, 0x8C, 0xD0, 0x36, 0x41, 0x41};
constexpr unsigned char kHalfOrder[32] = {0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                          0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x5D, 0x57, 0x6E, 0x73, 0x57, 0xA4,
                                          0x50, 0x1D, 0xDF, 0xE9, 0x2F, 0x46, 0x68, 0x1B, 0x20, 0xA0};

int compare32(const unsigned char *a, const unsigned char *b)
{
    for (int i = 0; i < 32; ++i)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}
} // namespace

QByteArray normalizeLowS(QByteArrayView compact64)
{
    QByteArray out = compact64.toByteArray();
    if (out.size() != 64)
        return out;
    auto *s = reinterpret_cast<unsigned char *>(out.data() + 32);
    if (compare32(s, kHalfOrder) <= 0 || compare32(s, kOrder) >= 0)
        return out; // already low, or not a valid s at all
    // s := n - s, byte by byte from the least significant end.
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        const int d = int(kOrder[i]) - int(s[i]) - borrow;
        borrow = d < 0 ? 1 : 0;
        s[i] = static_cast<unsigned char>(d + (borrow << 8));
    }
    return out;
}

Result<Jwt> Jwt::parse(QByteArrayView compact)
{
    const auto malformed = [](const QString &why) {
        return makeError(ErrorKind::Malformed, JwtText::tr("The token is not a valid JWT: %1.").arg(why));
    };
    if (compact.size() > 64 * 1024)
        return malformed(JwtText::tr("too long"));
    const QList<QByteArray> parts = compact.toByteArray().split('.');
    if (parts.size() != 3)
        return malformed(JwtText::tr("it must have three parts"));
    Jwt jwt;
    bool ok = false;
    const QByteArray header = base64UrlDecode(parts[0], &ok);
    if (!ok || header.isEmpty())
        return malformed(JwtText::tr("bad header encoding"));
    const QByteArray payload = base64UrlDecode(parts[1], &ok);
    if (!ok || payload.isEmpty())
        return malformed(JwtText::tr("bad payload encoding"));
    jwt.signature = base64UrlDecode(parts[2], &ok);
    if (!ok)
        return malformed(JwtText::tr("bad signature encoding"));
    QJsonParseError error{};
    const QJsonDocument headerDoc = QJsonDocument::fromJson(header, &error);
    if (error.error != QJsonParseError::NoError || !headerDoc.isObject())
        return malformed(JwtText::tr("the header is not a JSON object"));
    const QJsonDocument payloadDoc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !payloadDoc.isObject())
        return malformed(JwtText::tr("the payload is not a JSON object"));
    jwt.header = headerDoc.object();
    jwt.payload = payloadDoc.object();
    jwt.signingInput = parts[0] + '.' + parts[1];
    return jwt;
}

qint64 Jwt::expiresAt() const
{
    const QJsonValue exp = payload.value(QLatin1String("exp"));
    return exp.isDouble() ? clampedInteger(exp) : 0;
}

} // namespace inkan::net
