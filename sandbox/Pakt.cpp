// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Pakt web3 auth (/v1/auth/web3): request a message, validate its signature, onboard a new
// account. Every call carries the builder's secret token.
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
#include <QJsonObject>
#include <QSqlQuery>

namespace inkan::sandbox {

namespace {

using Method = QHttpServerRequest::Method;



// The builder's app name from `Authorization: Bearer <builder secret token>`.
ApiResult<QString> builder(RequestContext &context)
{
    const QByteArray header = context.request.header("authorization").trimmed();
    if (!header.toLower().startsWith("bearer "))
        return ApiError{401, inkan::tr("Send the builder secret token as Authorization: Bearer <token>."), {}};
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    const std::optional<QVariant> name = context.state.db().scalar(
        QStringLiteral("SELECT app_name FROM pakt_builders WHERE token_hash = ?"), {secrets::sha256Hex(token)});
    if (!name)
        return ApiError{401, inkan::tr("The builder secret token is not valid."), {}};
    return name->toString();
}

QJsonObject tempToken(SandboxState &state, const QString &type, QJsonObject claims)
{
    const qint64 now = secrets::nowMs() / 1000;
    const qint64 lifetime = state.options().challengeTtlSeconds;
    const QString jti = secrets::randomToken(16);
    claims.insert("typ", type);
    claims.insert("jti", jti);
    claims.insert("iat", now);
    claims.insert("exp", now + lifetime);
    state.db().exec(QStringLiteral("INSERT INTO pakt_temp_tokens (jti) VALUES (?)"), {jti});
    return {{"token", jwt::signHs256(claims, state.jwtSecret())},
            {"token_type", "jwt"},
            {"expiresIn", double((now + lifetime) * 1000)}};
}

// Checks and spends a temp token of `type`; its claims, or 401.
ApiResult<QJsonObject> spendTempToken(RequestContext &context, const QString &type)
{
    const QJsonValue token = context.json.value("tempToken");
    if (!token.isString() || token.toString().isEmpty())
        return ApiError{400, inkan::tr("tempToken is required."), {}};
    const jwt::Verified verified = jwt::verifyHs256(token.toString(), context.state.jwtSecret(), type);
    if (verified.check == jwt::Check::Expired)
        return ApiError{401, inkan::tr("The temporary token has expired; start again."), {}};
    if (!verified.ok())
        return ApiError{401, inkan::tr("The temporary token is not valid here."), {}};
    const int spent = context.state.db().execAffected(
        QStringLiteral("UPDATE pakt_temp_tokens SET used = 1 WHERE jti = ? AND used = 0"),
        {verified.claims.value("jti").toString()});
    if (spent != 1)
        return ApiError{401, inkan::tr("The temporary token was already used; start again."), {}};
    return verified.claims;
}

HttpResponse request(RequestContext &context)
{
    ApiResult<QString> appName = builder(context);
    if (!appName)
        return context.fail(appName.error());
    const QString account = accounts::normalizeAddress(context.json.value("account").toString());
    if (account.isEmpty())
        return context.fail(400, inkan::tr("account must be a 0x-prefixed EVM address."));
    // Sandbox rule, in the hosted service's words.
    const QString message = QStringLiteral("I approve %1 to authenticate with token %2::%3")
                                .arg(*appName)
                                .arg(secrets::nowMs())
                                .arg(secrets::randomToken(8).left(10));
    const QJsonObject token = tempToken(context.state, QStringLiteral("pakt_request"),
                                        {{"account", account}, {"message", message}});
    return context.ok(QJsonObject{{"message", message}, {"tempToken", token}}, 200, QStringLiteral("ok"));
}

HttpResponse validate(RequestContext &context)
{
    ApiResult<QString> appName = builder(context);
    if (!appName)
        return context.fail(appName.error());
    ApiResult<QString> signature = requireString(context.json, QStringLiteral("signedMessage"));
    if (!signature)
        return context.fail(signature.error());
    ApiResult<QJsonObject> claims = spendTempToken(context, QStringLiteral("pakt_request"));
    if (!claims) {
        HttpResponse response = context.fail(claims.error());
        response.keepChanges = true;
        return response;
    }
    const QString account = claims->value("account").toString();
    Result<crypto::Address> signer = crypto::personal::recover(claims->value("message").toString().toUtf8(), *signature);
    if (!signer || signer->toLower() != account) {
        HttpResponse response = context.fail(401, inkan::tr("The signature does not match the account and message."));
        response.keepChanges = true; // the temp token stays spent
        return response;
    }
    Database &db = context.state.db();
    QSqlQuery row = db.exec(QStringLiteral("SELECT onboarded FROM pakt_accounts WHERE account = ?"), {account});
    const bool exists = row.next();
    if (exists && row.value(0).toBool()) {
        const qint64 now = secrets::nowMs() / 1000;
        const QString session = jwt::signHs256({{"typ", "pakt_session"},
                                                {"sub", account},
                                                {"iat", now},
                                                {"exp", now + context.state.options().sessionTtlSeconds}},
                                               context.state.jwtSecret());
        return context.ok(QJsonObject{{"token", session}, {"account", account}}, 200,
                          inkan::tr("Login successful"));
    }
    if (!exists) {
        db.exec(QStringLiteral("INSERT INTO pakt_accounts (account, created_at) VALUES (?, ?)"),
                {account, secrets::nowMs()});
    }
    const QJsonObject onboarding = tempToken(context.state, QStringLiteral("pakt_onboard"), {{"account", account}});
    return context.ok(QJsonObject{{"account", account}, {"tempToken", onboarding}}, 202,
                      inkan::tr("Account created successfully, Please complete onboarding to verify your account"));
}

HttpResponse onboard(RequestContext &context)
{
    ApiResult<QString> appName = builder(context);
    if (!appName)
        return context.fail(appName.error());
    ApiResult<QString> firstName = requireString(context.json, QStringLiteral("firstName"));
    if (!firstName)
        return context.fail(firstName.error());
    ApiResult<QString> lastName = requireString(context.json, QStringLiteral("lastName"));
    if (!lastName)
        return context.fail(lastName.error());
    ApiResult<QString> email = requireString(context.json, QStringLiteral("email"));
    if (!email)
        return context.fail(email.error());
    if (!accounts::isValidEmail(*email))
        return context.fail(400, inkan::tr("email is not a valid e-mail address."));
    ApiResult<QJsonObject> claims = spendTempToken(context, QStringLiteral("pakt_onboard"));
    if (!claims) {
        HttpResponse response = context.fail(claims.error());
        response.keepChanges = true;
        return response;
    }
    const QString account = claims->value("account").toString();
    context.state.db().exec(QStringLiteral("UPDATE pakt_accounts SET first_name = ?, last_name = ?, email = ?,"
                                           " onboarded = 1 WHERE account = ?"),
                            {*firstName, *lastName, *email, account});
    const QJsonObject next = tempToken(context.state, QStringLiteral("pakt_verify"), {{"account", account}});
    return context.ok(QJsonObject{{"tempToken", next}, {"isVerified", false}}, 200, inkan::tr("account on-boarded"));
}

} // namespace

void registerPaktRoutes(Router &router)
{
    const Service pakt = Service::Pakt;
    router.add(pakt, Method::Post, QStringLiteral("/v1/auth/web3/request"), BodyKind::Json, request);
    router.add(pakt, Method::Post, QStringLiteral("/v1/auth/web3/validate"), BodyKind::Json, validate);
    router.add(pakt, Method::Post, QStringLiteral("/v1/auth/web3/onboard"), BodyKind::Json, onboard);
}

} // namespace inkan::sandbox
