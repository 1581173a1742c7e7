// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/Siwe.h"
#include "Tr.h"
#include "crypto/Address.h"
#include <QRegularExpression>

namespace inkan::services {

namespace {

const QLatin1String kPreamble(" wants you to sign in with your Ethereum account:");

Error malformed(const QString &why)
{
    return makeError(ErrorKind::Refused,
                     inkan::tr("Refused to sign: the Sign-In with Ethereum message is malformed (%1); nothing was signed.").arg(why));
}

std::optional<QDateTime> rfc3339(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

/// "Key: value" at `lines[i]`; advances `i` when the key matches.
std::optional<QString> field(const QStringList &lines, qsizetype &i, QLatin1String key)
{
    if (i >= lines.size() || !lines[i].startsWith(key) || lines[i].size() <= key.size() + 1
        || lines[i][key.size()] != QLatin1Char(':') || lines[i][key.size() + 1] != QLatin1Char(' '))
        return std::nullopt;
    return lines[i++].mid(key.size() + 2);
}

} // namespace

bool SiweMessage::looksLikeSiwe(const QString &message)
{
    const qsizetype end = message.indexOf(QLatin1Char('\n'));
    return message.left(end < 0 ? message.size() : end).contains(QLatin1String(" wants you to sign in"), Qt::CaseInsensitive);
}

Result<SiweMessage> SiweMessage::parse(const QString &message)
{
    const QStringList lines = message.split(QLatin1Char('\n'));
    SiweMessage m;
    if (lines.size() < 3 || !lines[0].endsWith(kPreamble))
        return malformed(inkan::tr("the first line is not \"DOMAIN wants you to sign in with your Ethereum account:\""));
    QString authority = lines[0].left(lines[0].size() - kPreamble.size());
    static const QRegularExpression schemeRe(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*)://"));
    if (const auto s = schemeRe.match(authority); s.hasMatch()) {
        m.scheme = s.captured(1);
        authority = authority.mid(s.capturedLength());
    }
    static const QRegularExpression authorityRe(QStringLiteral("^(?:\\[[0-9a-fA-F:.]+\\]|[a-zA-Z0-9.-]+)(?::\\d{1,5})?$"));
    if (!authorityRe.match(authority).hasMatch())
        return malformed(inkan::tr("the domain is not a host name"));
    m.domain = authority;
    static const QRegularExpression addressRe(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    if (!addressRe.match(lines[1]).hasMatch() || !crypto::Address::parse(lines[1]))
        return malformed(inkan::tr("the second line is not an Ethereum address"));
    m.address = lines[1];
    qsizetype i = 2;
    if (lines[i++].isEmpty() == false)
        return malformed(inkan::tr("no blank line after the address"));
    // [statement LF] LF; earlier drafts had a single blank line when there is no statement.
    if (i < lines.size() && !lines[i].isEmpty() && !lines[i].startsWith(QLatin1String("URI: "))) {
        m.statement = lines[i++];
        if (i >= lines.size() || !lines[i++].isEmpty())
            return malformed(inkan::tr("the statement is longer than one line"));
    } else if (i < lines.size() && lines[i].isEmpty()) {
        ++i;
    }
    const auto need = [&](QLatin1String key) -> Result<QString> {
        if (auto value = field(lines, i, key))
            return *value;
        return malformed(inkan::tr("\"%1:\" is missing or out of order").arg(key));
    };
    auto uri = need(QLatin1String("URI"));
    if (!uri)
        return uri.error();
    if (const QUrl u(*uri, QUrl::StrictMode); !u.isValid() || u.scheme().isEmpty())
        return malformed(inkan::tr("the URI is not a URI"));
    m.uri = *uri;
    auto version = need(QLatin1String("Version"));
    if (!version)
        return version.error();
    if (*version != QLatin1String("1"))
        return malformed(inkan::tr("the version is not 1"));
    m.version = *version;
    auto chain = need(QLatin1String("Chain ID"));
    if (!chain)
        return chain.error();
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,17}$"));
    if (!digits.match(*chain).hasMatch())
        return malformed(inkan::tr("the chain id is not a number"));
    m.chainId = chain->toLongLong();
    auto nonce = need(QLatin1String("Nonce"));
    if (!nonce)
        return nonce.error();
    static const QRegularExpression nonceRe(QStringLiteral("^[a-zA-Z0-9]{8,}$"));
    if (!nonceRe.match(*nonce).hasMatch())
        return malformed(inkan::tr("the nonce is not at least 8 letters and digits"));
    m.nonce = *nonce;
    auto issued = need(QLatin1String("Issued At"));
    if (!issued)
        return issued.error();
    const auto issuedAt = rfc3339(*issued);
    if (!issuedAt)
        return malformed(inkan::tr("\"Issued At\" is not an RFC 3339 time"));
    m.issuedAt = *issuedAt;
    // Optional times: absent, or an RFC 3339 time.
    const auto optionalTime = [&](QLatin1String key, std::optional<QDateTime> &into) {
        if (auto value = field(lines, i, key)) {
            into = rfc3339(*value);
            return into.has_value();
        }
        return true;
    };
    if (!optionalTime(QLatin1String("Expiration Time"), m.expirationTime))
        return malformed(inkan::tr("\"Expiration Time\" is not an RFC 3339 time"));
    if (!optionalTime(QLatin1String("Not Before"), m.notBefore))
        return malformed(inkan::tr("\"Not Before\" is not an RFC 3339 time"));
    if (auto value = field(lines, i, QLatin1String("Request ID")))
        m.requestId = *value;
    if (i < lines.size() && lines[i] == QLatin1String("Resources:")) {
        for (++i; i < lines.size() && lines[i].startsWith(QLatin1String("- ")); ++i)
            m.resources.append(lines[i].mid(2));
    }
    if (i < lines.size() && !(i == lines.size() - 1 && lines[i].isEmpty()))
        return malformed(inkan::tr("unexpected line \"%1\"").arg(lines[i].left(80)));
    return m;
}

Result<void> SiweMessage::verify(const QUrl &serviceBaseUrl, const QString &signer, const QDateTime &now) const
{
    const QUrl domainUrl(QStringLiteral("x://") + domain);
    const QString host = domainUrl.host().toLower();
    const QString serviceHost = serviceBaseUrl.host().toLower();
    const int defaultPort = serviceBaseUrl.scheme() == QLatin1String("http") ? 80 : 443;
    const bool portMatches = domainUrl.port() < 0 || domainUrl.port() == serviceBaseUrl.port(defaultPort);
    if (host != serviceHost || !portMatches)
        return makeError(ErrorKind::Refused,
            inkan::tr("Refused to sign: the Sign-In with Ethereum message is for \"%1\", but you are signing in to \"%2\"; "
                      "nothing was signed.").arg(domain, serviceBaseUrl.authority()));
    const auto named = crypto::Address::parse(address);
    const auto mine = crypto::Address::parse(signer);
    if (!named || !mine || *named != *mine)
        return makeError(ErrorKind::Refused,
            inkan::tr("Refused to sign: the message is for the address %1, not for your key %2; nothing was signed.")
                .arg(address, signer));
    if (expirationTime && now >= *expirationTime)
        return makeError(ErrorKind::Refused,
            inkan::tr("Refused to sign: the Sign-In with Ethereum message expired at %1; nothing was signed.")
                .arg(expirationTime->toUTC().toString(Qt::ISODate)));
    if (notBefore && now < *notBefore)
        return makeError(ErrorKind::Refused,
            inkan::tr("Refused to sign: the Sign-In with Ethereum message is not valid before %1; nothing was signed.")
                .arg(notBefore->toUTC().toString(Qt::ISODate)));
    return {};
}

} // namespace inkan::services
