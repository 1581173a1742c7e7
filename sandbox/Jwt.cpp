// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Jwt.h"

#include "Secrets.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace inkan::sandbox::jwt {

namespace {

QString encodePart(const QJsonObject &object)
{
    return secrets::base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString signHs256(const QJsonObject &claims, const QByteArray &secret)
{
    const QString signingInput = encodePart(QJsonObject{{"alg", "HS256"}, {"typ", "JWT"}})
                                 + u'.' + encodePart(claims);
    const QByteArray mac = QMessageAuthenticationCode::hash(signingInput.toLatin1(), secret,
                                                            QCryptographicHash::Sha256);
    return signingInput + u'.' + secrets::base64Url(mac);
}

Verified verifyHs256(const QString &token, const QByteArray &secret, const QString &expectedType)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return {};
    bool headerOk = false;
    bool payloadOk = false;
    bool signatureOk = false;
    const QByteArray header = secrets::fromBase64Url(parts[0].toLatin1(), &headerOk);
    const QByteArray payload = secrets::fromBase64Url(parts[1].toLatin1(), &payloadOk);
    const QByteArray signature = secrets::fromBase64Url(parts[2].toLatin1(), &signatureOk);
    if (!headerOk || !payloadOk || !signatureOk)
        return {};
    const QJsonObject headerObject = QJsonDocument::fromJson(header).object();
    if (headerObject.value("alg").toString() != u"HS256")
        return {};
    const QByteArray expected = QMessageAuthenticationCode::hash(
        (parts[0] + u'.' + parts[1]).toLatin1(), secret, QCryptographicHash::Sha256);
    if (!secrets::constantTimeEquals(expected, signature))
        return {Check::BadSignature, {}};
    QJsonParseError parseError;
    const QJsonDocument claims = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !claims.isObject())
        return {};
    const QJsonObject object = claims.object();
    if (object.value("typ").toString() != expectedType)
        return {Check::WrongType, {}};
    const qint64 expiresAt = qint64(object.value("exp").toDouble(0));
    if (expiresAt <= secrets::nowMs() / 1000)
        return {Check::Expired, {}};
    return {Check::Ok, object};
}

QString signEs256k(const QJsonObject &claims, const crypto::PrivateKey &key, const QString &keyId)
{
    const QString signingInput =
        encodePart(QJsonObject{{"alg", "ES256K"}, {"typ", "JWT"}, {"kid", keyId}}) + u'.'
        + encodePart(claims);
    const QByteArray digest = secrets::sha256(signingInput.toLatin1());
    return signingInput + u'.' + secrets::base64Url(key.signDigest(digest).toCompact());
}

QJsonObject publicJwk(const QByteArray &publicKey65)
{
    return {{"kty", "EC"},
            {"crv", "secp256k1"},
            {"x", secrets::base64Url(publicKey65.mid(1, 32))},
            {"y", secrets::base64Url(publicKey65.mid(33, 32))}};
}

} // namespace inkan::sandbox::jwt
