// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Secrets.h"

#include "crypto/Random.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QPasswordDigestor>
#include <QStringList>

namespace inkan::sandbox::secrets {

namespace {
constexpr int kPasswordIterations = 100000;
constexpr int kPasswordHashBytes = 32;
}

QString randomToken(int bytes)
{
    return base64Url(crypto::randomBytes(bytes));
}

QString randomHex(int bytes)
{
    return QString::fromLatin1(crypto::randomBytes(bytes).toHex());
}

QString randomDigits(int digits)
{
    QString code;
    while (code.size() < digits) {
        // Rejection sampling keeps every digit uniform.
        const auto byte = quint8(crypto::randomBytes(1).at(0));
        if (byte < 250)
            code += QChar(u'0' + byte % 10);
    }
    return code;
}

QByteArray sha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(sha256(text.toUtf8()).toHex());
}

QString base64Url(QByteArrayView bytes)
{
    return QString::fromLatin1(QByteArray(bytes.data(), bytes.size())
                                   .toBase64(QByteArray::Base64UrlEncoding
                                             | QByteArray::OmitTrailingEquals));
}

QByteArray fromBase64Url(QByteArrayView text, bool *ok)
{
    auto decoded = QByteArray::fromBase64Encoding(QByteArray(text.data(), text.size()),
                                                  QByteArray::Base64UrlEncoding
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = bool(decoded);
    return decoded ? *decoded : QByteArray();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QString hashPassword(const QString &password)
{
    const QByteArray salt = crypto::randomBytes(16);
    const QByteArray hash = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, kPasswordIterations, kPasswordHashBytes);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(kPasswordIterations)
        .arg(base64Url(salt), base64Url(hash));
}

bool checkPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256")
        return false;
    bool numberOk = false;
    const int iterations = parts[1].toInt(&numberOk);
    bool saltOk = false;
    bool hashOk = false;
    const QByteArray salt = fromBase64Url(parts[2].toLatin1(), &saltOk);
    const QByteArray expected = fromBase64Url(parts[3].toLatin1(), &hashOk);
    if (!numberOk || !saltOk || !hashOk || iterations < 1)
        return false;
    const QByteArray actual = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, expected.size());
    return constantTimeEquals(actual, expected);
}

QString timestampedId(qint64 msSinceEpoch)
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString suffix;
    while (suffix.size() < 16) {
        const auto byte = quint8(crypto::randomBytes(1).at(0));
        if (byte < 248) // 248 = 4 * 62: keeps the letters uniform
            suffix += alphabet[byte % alphabet.size()];
    }
    return isoTime(msSinceEpoch) + u':' + suffix;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace inkan::sandbox::secrets
