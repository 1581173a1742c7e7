// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "qr/VerificationPayload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <climits>

namespace inkan::qr {
namespace {

Error rejected(const QString &reason)
{
    return makeError(ErrorKind::InvalidInput, reason);
}

bool isCodeCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
           || u == u'_';
}

// Control characters other than the whitespace JSON allows between tokens.
bool hasForbiddenControl(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool isControl = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        if (isControl && u != u'\t' && u != u'\n' && u != u'\r')
            return true;
    }
    return false;
}

bool looksLikeLink(const QString &text)
{
    // "scheme:" (https:, ethereum:, mailto:, javascript:, data:) or a bare "www." host.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]{0,31}:"));
    return scheme.match(text).hasMatch() || text.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
           || text.contains(QLatin1String("://"));
}

bool looksLikeWalletAddress(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("^0[xX][0-9a-fA-F]{40}$"));
    return address.match(text).hasMatch();
}

bool looksLikeHexValue(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^0[xX][0-9a-fA-F]+$"));
    return hex.match(text).hasMatch();
}

Result<QString> checkedCode(const QString &code)
{
    if (code.isEmpty())
        return rejected(VerificationPayload::tr("The QR code holds an empty verification code."));
    if (looksLikeLink(code))
        return rejected(VerificationPayload::tr("The QR code holds a link, not a verification code. It was not opened."));
    if (looksLikeWalletAddress(code))
        return rejected(VerificationPayload::tr("The QR code holds a wallet address, not a verification code."));
    if (looksLikeHexValue(code))
        return rejected(VerificationPayload::tr(
            "The QR code holds a hexadecimal value such as a token id, not a verification code."));
    if (!VerificationPayload::isValidCode(code))
        return rejected(VerificationPayload::tr(
            "The QR code holds text that is not a verification code: a code is 4 to 128 letters, digits, "
            "'-' or '_'."));
    return code;
}

Result<VerificationPayload> parseJson(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return rejected(VerificationPayload::tr("The QR code holds malformed data, not a verification code."));
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("p")).toString() != QLatin1String(VerificationPayload::kPurpose))
        return rejected(VerificationPayload::tr("The QR code holds data of another kind, not an NFT verification code."));
    const QJsonValue version = object.value(QLatin1String("v"));
    if (!version.isString() || version.toString() != QLatin1String(VerificationPayload::kVersion))
        return rejected(VerificationPayload::tr(
            "The QR code is an NFT verification code of a format version this version of Inkan does not read."));
    const QJsonValue meta = object.value(QLatin1String("m"));
    if (!meta.isUndefined() && !meta.isObject())
        return rejected(VerificationPayload::tr("The QR code holds malformed data, not a verification code."));
    const QJsonValue code = object.value(QLatin1String("c"));
    if (!code.isString())
        return rejected(VerificationPayload::tr("The QR code is an NFT verification code without a code in it."));
    Result<QString> checked = checkedCode(code.toString());
    if (!checked)
        return checked.error();
    return VerificationPayload{std::move(checked).value(), VerificationPayload::Form::Json};
}

Error tooLarge(qsizetype size)
{
    return rejected(VerificationPayload::tr("The QR code holds %n bytes, far more than a verification code.", nullptr,
                                            int(std::min<qsizetype>(size, INT_MAX))));
}

} // namespace

bool VerificationPayload::isValidCode(const QString &code)
{
    if (code.size() < kMinCodeLength || code.size() > kMaxCodeLength || looksLikeHexValue(code))
        return false;
    return std::all_of(code.begin(), code.end(), isCodeCharacter);
}

QString VerificationPayload::toQrText(const QString &code)
{
    // Keys in this order, compact: exactly the text the hosted service puts in its codes.
    const QJsonObject object{{QLatin1String("c"), code},
                             {QLatin1String("m"), QJsonObject()},
                             {QLatin1String("p"), QLatin1String(kPurpose)},
                             {QLatin1String("v"), QLatin1String(kVersion)}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<VerificationPayload> VerificationPayload::parse(const QByteArray &scanned)
{
    if (scanned.size() > kMaxPayloadBytes)
        return tooLarge(scanned.size());
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(scanned);
    return parseText(decoded, utf8.hasError());
}

Result<VerificationPayload> VerificationPayload::parseText(const QString &scannedText, bool binary)
{
    if (binary || scannedText.contains(QChar(0)) || hasForbiddenControl(scannedText))
        return rejected(tr("The QR code holds binary data, not a verification code."));
    if (const qsizetype size = scannedText.toUtf8().size(); size > kMaxPayloadBytes)
        return tooLarge(size);
    const QString text = scannedText.trimmed();
    if (text.isEmpty())
        return rejected(tr("The QR code is empty."));
    if (text.startsWith(QLatin1Char('{')))
        return parseJson(text);
    Result<QString> checked = checkedCode(text);
    if (!checked)
        return checked.error();
    return VerificationPayload{std::move(checked).value(), Form::BareCode};
}

} // namespace inkan::qr
