// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The nonce-auth users API (/users): sign a one-time nonce, get a JWT for x-auth-token, read
// the API key, token balances and the caller's own profile.
#include "Accounts.h"
#include "Tr.h"
#include "Database.h"
#include "Jwt.h"
#include "Router.h"
#include "SandboxState.h"
#include "Secrets.h"
#include "Services.h"

#include "crypto/Address.h"
#include "crypto/PersonalSign.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace inkan::sandbox {

namespace {

using Method = QHttpServerRequest::Method;


constexpr int kMaxIntendedUse = 255;

ApiResult<QString> addressField(const QJsonObject &body)
{
    const QString address = accounts::normalizeAddress(body.value("address").toString());
    if (address.isEmpty())
        return ApiError{400, inkan::tr("address must be a valid 0x-prefixed EVM address."), {}};
    return address;
}

// The caller's address from x-auth-token; 401 when missing, forged or expired.
ApiResult<QString> caller(RequestContext &context)
{
    const QString token = QString::fromLatin1(context.request.header("x-auth-token").trimmed());
    if (token.isEmpty())
        return ApiError{401, inkan::tr("Send the token from /users/authenticate in x-auth-token."), {}};
    const jwt::Verified verified = jwt::verifyHs256(token, context.state.jwtSecret(), QStringLiteral("nonceauth"));
    if (verified.check == jwt::Check::Expired)
        return ApiError{401, inkan::tr("The token has expired; authenticate again."), {}};
    if (!verified.ok())
        return ApiError{401, inkan::tr("The token is not valid."), {}};
    const QString address = verified.claims.value("sub").toString();
    if (!context.state.db().scalar(QStringLiteral("SELECT 1 FROM nonceauth_users WHERE address = ?"), {address}))
        return ApiError{401, inkan::tr("The token names an unknown user."), {}};
    return address;
}

// Only the caller's own profile: another address is refused.
ApiResult<QString> ownProfile(RequestContext &context)
{
    ApiResult<QString> address = caller(context);
    if (!address)
        return address;
    const QString asked = accounts::normalizeAddress(context.param(QStringLiteral("address")));
    if (asked.isEmpty())
        return ApiError{400, inkan::tr("The path must name a valid 0x-prefixed EVM address."), {}};
    if (asked != *address)
        return ApiError{403, inkan::tr("Only the authenticated user may read or change this profile."), {}};
    return address;
}

QJsonObject profile(Database &db, const QString &address)
{
    QSqlQuery row = db.exec(QStringLiteral("SELECT name, intended_use, email FROM nonceauth_users WHERE address = ?"),
                            {address});
    row.next();
    return {{"userAddress", address},
            {"name", row.value(0).toString()},
            {"intendedUse", row.value(1).toString()},
            {"email", row.value(2).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.value(2).toString())}};
}

HttpResponse nonce(RequestContext &context)
{
    ApiResult<QString> address = addressField(context.json);
    if (!address)
        return context.fail(address.error());
    const QString value = QStringLiteral("0x") + secrets::randomHex(16);
    // One outstanding nonce per address: asking again replaces it.
    context.state.db().exec(QStringLiteral("INSERT INTO nonceauth_nonces (address, nonce, expires_at) VALUES (?, ?, ?)"
                                           " ON CONFLICT(address) DO UPDATE SET nonce = excluded.nonce,"
                                           " expires_at = excluded.expires_at"),
                            {*address, value, secrets::nowMs() + qint64(context.state.options().challengeTtlSeconds) * 1000});
    return context.ok(QJsonObject{{"address", *address}, {"nonce", value}});
}

HttpResponse authenticate(RequestContext &context)
{
    ApiResult<QString> address = addressField(context.json);
    if (!address)
        return context.fail(address.error());
    ApiResult<QString> signature = requireString(context.json, QStringLiteral("signature"));
    if (!signature)
        return context.fail(signature.error());
    Database &db = context.state.db();
    QSqlQuery row = db.exec(QStringLiteral("SELECT nonce, expires_at FROM nonceauth_nonces WHERE address = ?"),
                            {*address});
    if (!row.next())
        return context.fail(401, inkan::tr("There is no nonce for this address; ask POST /users/nonce first."));
    const QString nonceText = row.value(0).toString();
    const bool expired = row.value(1).toLongLong() <= secrets::nowMs();
    // Single use: spent by this attempt whatever its outcome.
    db.exec(QStringLiteral("DELETE FROM nonceauth_nonces WHERE address = ?"), {*address});
    auto refuse = [&context](const QString &text) {
        HttpResponse response = context.fail(401, text);
        response.keepChanges = true;
        return response;
    };
    if (expired)
        return refuse(inkan::tr("The nonce has expired; ask for a new one."));
    // The signature covers the nonce as text, exactly as handed out ("0x…").
    Result<crypto::Address> signer = crypto::personal::recover(nonceText.toUtf8(), *signature);
    if (!signer || signer->toLower() != *address)
        return refuse(inkan::tr("The signature is not the address's signature of the nonce."));

    const qint64 now = secrets::nowMs();
    db.exec(QStringLiteral("INSERT OR IGNORE INTO nonceauth_users (address, api_key, created_at) VALUES (?, ?, ?)"),
            {*address, secrets::randomToken(24), now});
    const QString token = jwt::signHs256({{"typ", "nonceauth"},
                                          {"sub", *address},
                                          {"iat", now / 1000},
                                          {"exp", now / 1000 + context.state.options().sessionTtlSeconds}},
                                         context.state.jwtSecret());
    QJsonObject result{{"address", *address}, {"token", token}};
    const QVariant email = db.scalar(QStringLiteral("SELECT email FROM nonceauth_users WHERE address = ?"), {*address})
                               .value_or(QVariant());
    if (!email.isNull())
        result.insert("email", email.toString());
    return context.ok(result);
}

HttpResponse apiKey(RequestContext &context)
{
    ApiResult<QString> address = caller(context);
    if (!address)
        return context.fail(address.error());
    const QString key = context.state.db()
                            .scalar(QStringLiteral("SELECT api_key FROM nonceauth_users WHERE address = ?"), {*address})
                            .value_or(QVariant())
                            .toString();
    return context.ok(QJsonObject{{"address", *address}, {"apiKey", key}});
}

HttpResponse tokens(RequestContext &context)
{
    ApiResult<QString> address = caller(context);
    if (!address)
        return context.fail(address.error());
    QSqlQuery rows = context.state.db().exec(
        QStringLiteral("SELECT chain_id, token_address, symbol, decimals, balance, allowance, price, logo_path"
                       " FROM nonceauth_balances WHERE address = ? ORDER BY chain_id, symbol"),
        {*address});
    QJsonArray list;
    while (rows.next()) {
        list.append(QJsonObject{{"chainId", rows.value(0).toInt()},
                                {"address", rows.value(1).toString()},
                                {"symbol", rows.value(2).toString()},
                                {"decimals", rows.value(3).toInt()},
                                {"balance", rows.value(4).toString()},
                                {"allowance", rows.value(5).toString()},
                                {"price", rows.value(6).toDouble()},
                                {"logo", QString(context.state.baseUrl() + rows.value(7).toString())}});
    }
    return context.ok(list);
}

HttpResponse readProfile(RequestContext &context)
{
    ApiResult<QString> address = ownProfile(context);
    if (!address)
        return context.fail(address.error());
    return context.ok(profile(context.state.db(), *address));
}

HttpResponse updateProfile(RequestContext &context)
{
    ApiResult<QString> address = ownProfile(context);
    if (!address)
        return context.fail(address.error());
    const QJsonValue name = context.json.value("name");
    const QJsonValue intendedUse = context.json.value("intendedUse");
    if (!name.isUndefined() && !name.isString())
        return context.fail(400, inkan::tr("name must be a string."));
    if (!intendedUse.isUndefined() && !intendedUse.isString())
        return context.fail(400, inkan::tr("intendedUse must be a string."));
    if (intendedUse.toString().size() > kMaxIntendedUse)
        return context.fail(400, inkan::tr("intendedUse is limited to %1 characters.").arg(kMaxIntendedUse));
    Database &db = context.state.db();
    if (name.isString())
        db.exec(QStringLiteral("UPDATE nonceauth_users SET name = ? WHERE address = ?"), {name.toString(), *address});
    if (intendedUse.isString())
        db.exec(QStringLiteral("UPDATE nonceauth_users SET intended_use = ? WHERE address = ?"),
                {intendedUse.toString(), *address});
    return context.ok(profile(db, *address));
}

} // namespace

void registerNonceAuthRoutes(Router &router)
{
    const Service service = Service::NonceAuth;
    router.add(service, Method::Post, QStringLiteral("/users/nonce"), BodyKind::Json, nonce);
    router.add(service, Method::Post, QStringLiteral("/users/authenticate"), BodyKind::Json, authenticate);
    router.add(service, Method::Get, QStringLiteral("/users/api-key"), BodyKind::None, apiKey);
    router.add(service, Method::Get, QStringLiteral("/users/tokens"), BodyKind::None, tokens, Access::ReadOnly);
    router.add(service, Method::Get, QStringLiteral("/users/{address}/data"), BodyKind::None, readProfile);
    router.add(service, Method::Post, QStringLiteral("/users/{address}/data"), BodyKind::Json, updateProfile);
}

} // namespace inkan::sandbox
