#include "net/Jwt.h"
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
    return exp.isDouble() ? qint64(exp.toDouble()) : 0;
}

} // namespace inkan::net
