// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/nonceauth/NonceAuthClient.h"
#include <QPointer>
#include "crypto/Address.h"
#include "net/Json.h"
#include <QJsonArray>
#include <QRegularExpression>

namespace inkan::services::nonceauth {

using net::ApiError;
using net::ApiRequest;
using net::RequestJob;

net::ApiResult<NonceChallenge> parseNonce(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("nonce"));
    NonceChallenge c{r.string("address"), r.string("nonce")};
    if (r.error())
        return *r.error();
    if (c.nonce.isEmpty())
        return ApiError::badReply(ApiError::tr("empty nonce"));
    return c;
}

net::ApiResult<Authenticated> parseAuthenticated(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("authenticate"));
    Authenticated a;
    a.address = r.string("address");
    const QString token = r.string("token");
    a.email = r.optionalString("email");
    if (r.error())
        return *r.error();
    if (token.isEmpty())
        return ApiError::badReply(ApiError::tr("empty token"));
    a.token = crypto::SecureBytes(token.toUtf8());
    return a;
}

net::ApiResult<ApiKey> parseApiKey(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("api-key"));
    ApiKey k;
    k.address = r.string("address");
    const QString key = r.string("apiKey");
    if (r.error())
        return *r.error();
    k.apiKey = crypto::SecureBytes(key.toUtf8());
    return k;
}

net::ApiResult<QList<TokenBalance>> parseTokens(const net::HttpReply &reply)
{
    if (auto e = net::expectArray(reply.payload, QStringLiteral("the token list")))
        return *e;
    QList<TokenBalance> list;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    for (const QJsonValue &v : reply.payload.toArray()) {
        net::JsonReader r(v, QStringLiteral("token balance"));
        TokenBalance t;
        t.chainId = r.integer("chainId");
        t.address = r.string("address");
        t.symbol = r.string("symbol");
        t.decimals = int(r.integer("decimals"));
        t.balance = r.string("balance");
        t.allowance = r.string("allowance");
        t.price = r.number("price");
        t.logo = r.optionalString("logo");
        if (r.error())
            return *r.error();
        if (!digits.match(t.balance).hasMatch() || !digits.match(t.allowance).hasMatch())
            return ApiError::badReply(ApiError::tr("a balance is not a non-negative integer"));
        if (t.decimals < 0 || t.decimals > 77)
            return ApiError::badReply(ApiError::tr("decimals out of range"));
        list.append(t);
    }
    return list;
}

net::ApiResult<Profile> parseProfile(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("profile"));
    Profile p;
    p.userAddress = r.string("userAddress");
    p.name = r.optionalString("name");
    p.intendedUse = r.optionalString("intendedUse");
    p.email = r.optionalString("email");
    if (r.error())
        return *r.error();
    return p;
}

QString formatUnits(const QString &baseUnits, int decimals)
{
    for (QChar c : baseUnits)
        if (!c.isDigit() || c.unicode() > 127)
            return {};
    if (baseUnits.isEmpty() || decimals < 0)
        return {};
    QString digits = baseUnits;
    while (digits.size() <= decimals)
        digits.prepend(QLatin1Char('0'));
    QString whole = digits.left(digits.size() - decimals);
    QString fraction = digits.right(decimals);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

NonceAuthClient::NonceAuthClient(net::HttpTransport *transport, const QUrl &baseUrl, QObject *parent)
    : QObject(parent), m_credential(std::make_shared<net::StaticCredential>())
{
    m_context = {transport, {baseUrl, net::AuthScheme::XAuthToken, net::Envelope::Plain}, m_credential};
    m_credential->onRejected = [self = QPointer(this)] {
        if (self)
            Q_EMIT self->credentialRejected();
    };
}

NonceJob *NonceAuthClient::nonce(const QString &address)
{
    ApiRequest r;
    r.verb = "POST";
    r.path = QStringLiteral("/users/nonce");
    r.authenticated = false;
    r.json = QJsonObject{{QStringLiteral("address"), address}};
    auto *job = new NonceJob(m_context, r, parseNonce);
    if (auto parsed = crypto::Address::parse(address); !parsed)
        job->rejectBeforeSending(ApiError::fromError(parsed.error()));
    return job;
}

AuthenticateJob *NonceAuthClient::authenticate(const QString &address, const QString &signature)
{
    ApiRequest r;
    r.verb = "POST";
    r.path = QStringLiteral("/users/authenticate");
    r.authenticated = false;
    r.json = QJsonObject{{QStringLiteral("address"), address}, {QStringLiteral("signature"), signature}};
    return new AuthenticateJob(m_context, r, parseAuthenticated);
}

ApiKeyJob *NonceAuthClient::apiKey()
{
    ApiRequest r;
    r.path = QStringLiteral("/users/api-key");
    return new ApiKeyJob(m_context, r, parseApiKey);
}

TokenBalancesJob *NonceAuthClient::tokens()
{
    ApiRequest r;
    r.path = QStringLiteral("/users/tokens");
    return new TokenBalancesJob(m_context, r, parseTokens);
}

ProfileJob *NonceAuthClient::profile(const QString &address)
{
    ApiRequest r;
    r.path = QStringLiteral("/users/%1/data").arg(net::pathSegment(address));
    auto *job = new ProfileJob(m_context, r, parseProfile);
    if (auto parsed = crypto::Address::parse(address); !parsed)
        job->rejectBeforeSending(ApiError::fromError(parsed.error()));
    return job;
}

UpdateProfileJob *NonceAuthClient::updateProfile(const QString &address, const std::optional<QString> &name,
                                                    const std::optional<QString> &intendedUse)
{
    ApiRequest r;
    r.verb = "POST";
    r.path = QStringLiteral("/users/%1/data").arg(net::pathSegment(address));
    QJsonObject body;
    if (name)
        body.insert(QStringLiteral("name"), *name);
    if (intendedUse)
        body.insert(QStringLiteral("intendedUse"), *intendedUse);
    r.json = body;
    auto *job = new UpdateProfileJob(m_context, r, parseProfile);
    if (auto parsed = crypto::Address::parse(address); !parsed)
        job->rejectBeforeSending(ApiError::fromError(parsed.error()));
    else if (intendedUse && intendedUse->size() > kMaxProfileText)
        job->rejectBeforeSending(ApiError::fromError(makeError(ErrorKind::InvalidInput,
            ApiError::tr("The intended use may be at most 255 characters."))));
    return job;
}

} // namespace inkan::services::nonceauth
