// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Capture (Numbers Protocol) /api/v3: e-mail login, wallet login (sign a one-time message),
// and /auth/users/me/ with `Authorization: token <40 hex>`.
#include "Accounts.h"
#include "Tr.h"
#include "Database.h"
#include "Router.h"
#include "SandboxState.h"
#include "Secrets.h"
#include "Services.h"

#include "crypto/Address.h"
#include "crypto/PersonalSign.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>

namespace inkan::sandbox {

namespace {

using Method = QHttpServerRequest::Method;


// Upper-case EIP-55 form, the way Capture shows addresses.
QString checksummed(const QString &lowerAddress)
{
    Result<crypto::Address> address = crypto::Address::parse(lowerAddress);
    return address ? address->toChecksummed() : lowerAddress;
}

QString issueToken(Database &db, const QString &address)
{
    const QString token = secrets::randomHex(20); // 40 hex digits, as Capture's tokens look
    db.exec(QStringLiteral("INSERT INTO capture_tokens (token_hash, address, created_at) VALUES (?, ?, ?)"),
            {secrets::sha256Hex(token), address, secrets::nowMs()});
    return token;
}

HttpResponse emailLogin(RequestContext &context)
{
    ApiResult<QString> email = requireString(context.json, QStringLiteral("email"));
    if (!email)
        return context.fail(email.error());
    ApiResult<QString> password = requireString(context.json, QStringLiteral("password"));
    if (!password)
        return context.fail(password.error());
    Database &db = context.state.db();
    QSqlQuery row = db.exec(QStringLiteral("SELECT address, password_hash FROM capture_users"
                                           " WHERE email = ? COLLATE NOCASE"),
                            {email->trimmed()});
    if (!row.next() || row.value(1).isNull() || !secrets::checkPassword(*password, row.value(1).toString()))
        return context.fail(400, inkan::tr("Unable to log in with provided credentials."));
    return context.ok(QJsonObject{{"auth_token", issueToken(db, row.value(0).toString())}});
}

HttpResponse web3Message(RequestContext &context)
{
    const QString given = context.request.query.queryItemValue(QStringLiteral("address"), QUrl::FullyDecoded);
    const QString address = accounts::normalizeAddress(given);
    if (address.isEmpty())
        return context.fail(400, inkan::tr("address must be a 0x-prefixed Ethereum address."));
    const QUrl base(context.state.baseUrl());
    const qint64 now = secrets::nowMs();
    // Sandbox rule: the host, the address and a one-time nonce valid 10 minutes (--challenge-ttl).
    const QString message = inkan::tr("Sign in to Capture at %1\nAddress: %2\nNonce: %3\nIssued at: %4")
                                .arg(base.authority(), checksummed(address), secrets::randomHex(16),
                                     secrets::isoTime(now));
    context.state.db().exec(QStringLiteral("INSERT INTO capture_nonces (address, message, expires_at) VALUES (?, ?, ?)"
                                           " ON CONFLICT(address) DO UPDATE SET message = excluded.message,"
                                           " expires_at = excluded.expires_at"),
                            {address, message, now + qint64(context.state.options().challengeTtlSeconds) * 1000});
    return context.ok(QJsonObject{{"message", message}});
}

HttpResponse web3Login(RequestContext &context)
{
    ApiResult<QString> given = requireString(context.json, QStringLiteral("address"));
    if (!given)
        return context.fail(given.error());
    ApiResult<QString> signature = requireString(context.json, QStringLiteral("signature"));
    if (!signature)
        return context.fail(signature.error());
    const QString address = accounts::normalizeAddress(*given);
    if (address.isEmpty())
        return context.fail(400, inkan::tr("address must be a 0x-prefixed Ethereum address."));
    Database &db = context.state.db();
    QSqlQuery row = db.exec(QStringLiteral("SELECT message, expires_at FROM capture_nonces WHERE address = ?"), {address});
    if (!row.next())
        return context.fail(400, inkan::tr("Ask for a message to sign first (GET login-web3/?address=…)."));
    const QString message = row.value(0).toString();
    const bool expired = row.value(1).toLongLong() <= secrets::nowMs();
    // The message is good for one attempt: a replayed or wrong signature never gets a second try.
    db.exec(QStringLiteral("DELETE FROM capture_nonces WHERE address = ?"), {address});
    auto refuse = [&context](const QString &text) {
        HttpResponse response = context.fail(400, text);
        response.keepChanges = true;
        return response;
    };
    if (expired)
        return refuse(inkan::tr("The message to sign has expired; ask for a new one."));
    Result<crypto::Address> signer = crypto::personal::recover(message.toUtf8(), *signature);
    if (!signer || signer->toLower() != address)
        return refuse(inkan::tr("The signature does not match the address and message."));

    const bool known = db.scalar(QStringLiteral("SELECT 1 FROM capture_users WHERE address = ?"), {address}).has_value();
    if (!known) {
        // Sandbox rule: a wallet login for an unknown address creates the user.
        db.exec(QStringLiteral("INSERT INTO capture_users (address, username, language, referral_code, joined_at)"
                               " VALUES (?, ?, 'en', ?, ?)"),
                {address, QString(QStringLiteral("user-") + address.mid(2, 10)), secrets::randomHex(4), secrets::nowMs()});
    }
    return context.ok(QJsonObject{{"auth_token", issueToken(db, address)}});
}

HttpResponse me(RequestContext &context)
{
    const QByteArray header = context.request.header("authorization").trimmed();
    if (!header.startsWith("token "))
        return context.fail(401, inkan::tr("Authentication credentials were not provided."));
    const QString token = QString::fromLatin1(header.mid(6).trimmed());
    Database &db = context.state.db();
    QSqlQuery row = db.exec(QStringLiteral("SELECT u.address, u.username, u.email, u.language, u.referral_code,"
                                           " u.points, u.joined_at FROM capture_tokens t"
                                           " JOIN capture_users u ON u.address = t.address WHERE t.token_hash = ?"),
                            {secrets::sha256Hex(token)});
    if (!row.next())
        return context.fail(401, inkan::tr("Invalid token."));
    const QString address = checksummed(row.value(0).toString());
    return context.ok(QJsonObject{
        {"address", address},
        {"username", row.value(1).toString()},
        {"email", row.value(2).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.value(2).toString())},
        {"language", row.value(3).toString()},
        {"user_wallet", QJsonObject{{"asset_wallet", address},
                                    {"asset_wallet_num", "0"},
                                    {"integrity_wallet", address},
                                    {"integrity_wallet_num", "0"},
                                    {"points", row.value(5).toString()}}},
        {"referrer", QJsonValue::Null},
        {"referral_code", row.value(4).toString()},
        {"referee_count", "0"}, // the sandbox has no referral programme
        {"joined_at", QDateTime::fromMSecsSinceEpoch(row.value(6).toLongLong(), Qt::UTC).toString(Qt::ISODate)},
    });
}

} // namespace

void registerCaptureRoutes(Router &router)
{
    const Service capture = Service::Capture;
    router.add(capture, Method::Post, QStringLiteral("/api/v3/auth/token/login/"), BodyKind::Json, emailLogin);
    router.add(capture, Method::Get, QStringLiteral("/api/v3/auth/token/login-web3/"), BodyKind::None, web3Message);
    router.add(capture, Method::Post, QStringLiteral("/api/v3/auth/token/login-web3/"), BodyKind::Json, web3Login);
    router.add(capture, Method::Get, QStringLiteral("/api/v3/auth/users/me/"), BodyKind::None, me);
}

} // namespace inkan::sandbox
