// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// --test-hooks only: what the tests need and a real service never lets a client do. Creating an
// organization (the hosted service does that at sign-up, by hand) and choosing the text of a
// nonce-auth nonce, so a published EIP-191 vector (fixed message, fixed signature) can be
// presented through the real authenticate endpoint.
#include "Accounts.h"
#include "Tr.h"
#include "Database.h"
#include "Router.h"
#include "SandboxState.h"
#include "Secrets.h"
#include "Services.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace inkan::sandbox {

namespace {

using Method = QHttpServerRequest::Method;


HttpResponse createAccount(RequestContext &context, QStringView type)
{
    const QString email = context.json.value("email").toString();
    if (!email.isEmpty() && accounts::byEmail(context.state.db(), email))
        return context.fail(409, inkan::tr("This e-mail already has an account."));
    const NewAccount created = accounts::create(context.state.db(), type, email, context.json.value("name").toString(),
                                                context.json.value("domain").toString(),
                                                context.json.value("password").toString(), true);
    if (context.json.value("domain_verified").toBool())
        context.state.db().exec(QStringLiteral("UPDATE accounts SET domain_verified = 1 WHERE id = ?"),
                                {created.account.id});
    return context.ok(QJsonObject{{"account_id", created.account.id},
                                  {"api_key_secret", created.apiKeySecret},
                                  {"id_wallet_address", created.account.walletAddress}});
}

HttpResponse setNonce(RequestContext &context)
{
    const QString address = accounts::normalizeAddress(context.json.value("address").toString());
    const QString nonce = context.json.value("nonce").toString();
    if (address.isEmpty() || nonce.isEmpty())
        return context.fail(400, inkan::tr("address and nonce are required."));
    context.state.db().exec(QStringLiteral("INSERT OR REPLACE INTO nonceauth_nonces (address, nonce, expires_at)"
                                           " VALUES (?, ?, ?)"),
                            {address, nonce, secrets::nowMs() + qint64(context.state.options().challengeTtlSeconds) * 1000});
    return context.ok(QJsonObject{{"address", address}, {"nonce", nonce}});
}

HttpResponse addPaktBuilder(RequestContext &context)
{
    const QString token = secrets::randomToken(32);
    context.state.db().exec(QStringLiteral("INSERT INTO pakt_builders (token_hash, app_name) VALUES (?, ?)"),
                            {secrets::sha256Hex(token), context.json.value("app_name").toString(QStringLiteral("inkan"))});
    return context.ok(QJsonObject{{"builder_token", token}});
}

} // namespace

void registerTestHookRoutes(Router &router)
{
    router.add(Service::Site, Method::Post, QStringLiteral("/_test/organizations"), BodyKind::Json,
               [](RequestContext &context) { return createAccount(context, accounts::kOrganization); });
    router.add(Service::Site, Method::Post, QStringLiteral("/_test/end_users"), BodyKind::Json,
               [](RequestContext &context) { return createAccount(context, accounts::kEndUser); });
    router.add(Service::Site, Method::Post, QStringLiteral("/_test/nonceauth/nonce"), BodyKind::Json, setNonce);
    router.add(Service::Site, Method::Post, QStringLiteral("/_test/pakt/builders"), BodyKind::Json, addPaktBuilder);
}

} // namespace inkan::sandbox
