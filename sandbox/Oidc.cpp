// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Web3Connect OIDC: discovery, JWKS, authorize (an HTML sign-in form), token and userinfo.
// Hybrid (code id_token) and implicit (id_token) flows; PKCE S256 is required for codes.
#include "Accounts.h"
#include "Tr.h"
#include "Database.h"
#include "HtmlPages.h"
#include "Jwt.h"
#include "Router.h"
#include "SandboxState.h"
#include "Secrets.h"
#include "Services.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>

namespace inkan::sandbox {

namespace {

using Method = QHttpServerRequest::Method;


constexpr int kIdTokenLifetimeSeconds = 3600;
const QStringList kAuthorizeParameters = {"client_id", "redirect_uri", "scope", "response_type",
                                          "response_mode", "state", "nonce", "code_challenge",
                                          "code_challenge_method"};

QString issuer(const SandboxState &state)
{
    return state.baseUrl() + QStringLiteral("/oidc");
}

// Sandbox rule: every http redirect URI on a loopback host is registered (RFC 8252 desktop apps).
bool isRegisteredRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || url.hasFragment() || !url.userInfo().isEmpty())
        return false;
    if (url.host() == u"localhost")
        return true;
    const QHostAddress host(url.host());
    return !host.isNull() && host.isLoopback();
}

// "First half of the SHA-256, base64url": how OIDC binds a value into the ID token (c_hash, s_hash).
QString halfHash(const QString &value)
{
    return secrets::base64Url(secrets::sha256(value.toUtf8()).left(16));
}

struct AuthorizeRequest {
    QString clientId;
    QString clientName;
    QString redirectUri;
    QString scope;
    QString responseType;
    QString responseMode;
    QString state;
    QString nonce;
    QString codeChallenge;
    bool hybrid = false;
};

using Lookup = std::function<QString(const QString &)>;

// Validates an authorization request. Errors about the client or redirect URI are shown on a
// page (never redirected); the rest are sent back to the registered redirect URI.
ApiResult<AuthorizeRequest> parseAuthorize(Database &db, const Lookup &value)
{
    AuthorizeRequest request;
    request.clientId = value(QStringLiteral("client_id"));
    request.redirectUri = value(QStringLiteral("redirect_uri"));
    std::optional<Account> client = accounts::byId(db, request.clientId);
    if (!client || !client->isOrganization())
        return ApiError{400, inkan::tr("client_id is not a Web3Connect organization account id."), "invalid_client"};
    request.clientName = client->name;
    if (!isRegisteredRedirect(request.redirectUri))
        return ApiError{400, inkan::tr("redirect_uri is not registered; the sandbox registers http URIs on 127.0.0.1 and localhost."),
                        "invalid_redirect_uri"};
    request.scope = value(QStringLiteral("scope"));
    request.responseType = value(QStringLiteral("response_type"));
    request.responseMode = value(QStringLiteral("response_mode"));
    request.state = value(QStringLiteral("state"));
    request.nonce = value(QStringLiteral("nonce"));
    request.codeChallenge = value(QStringLiteral("code_challenge"));
    const QStringList responseTypes = request.responseType.split(u' ', Qt::SkipEmptyParts);
    if (responseTypes.size() == 2 && responseTypes.contains(u"code") && responseTypes.contains(u"id_token"))
        request.hybrid = true;
    else if (responseTypes != QStringList{QStringLiteral("id_token")})
        return ApiError{400, inkan::tr("response_type must be \"code id_token\" (hybrid) or \"id_token\" (implicit)."),
                        "unsupported_response_type"};
    if (request.responseMode.isEmpty())
        request.responseMode = QStringLiteral("fragment");
    if (request.responseMode != u"fragment" && request.responseMode != u"form_post")
        return ApiError{400, inkan::tr("response_mode must be fragment or form_post."), "invalid_request"};
    if (!request.scope.split(u' ', Qt::SkipEmptyParts).contains(u"openid"))
        return ApiError{400, inkan::tr("scope must include openid."), "invalid_scope"};
    if (request.nonce.isEmpty())
        return ApiError{400, inkan::tr("nonce is required."), "invalid_request"};
    if (request.hybrid) {
        if (request.codeChallenge.isEmpty() || value(QStringLiteral("code_challenge_method")) != u"S256")
            return ApiError{400, inkan::tr("PKCE is required: send code_challenge with code_challenge_method=S256."),
                            "invalid_request"};
        bool ok = false;
        if (secrets::fromBase64Url(request.codeChallenge.toLatin1(), &ok).size() != 32 || !ok)
            return ApiError{400, inkan::tr("code_challenge must be base64url of a SHA-256 hash."), "invalid_request"};
    }
    return request;
}

// The answer to the redirect URI, in the requested response mode.
HttpResponse answer(const AuthorizeRequest &request, const html::Fields &fields)
{
    if (request.responseMode == u"form_post")
        return HttpResponse::html(html::formPostPage(request.redirectUri, fields));
    QUrlQuery fragment;
    for (const auto &[name, value] : fields)
        fragment.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QUrl target(request.redirectUri);
    target.setFragment(fragment.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return HttpResponse::redirect(target.toString(QUrl::FullyEncoded));
}

HttpResponse errorToClient(const AuthorizeRequest &request, const ApiError &error)
{
    html::Fields fields{{QStringLiteral("error"), QString::fromLatin1(error.code)},
                        {QStringLiteral("error_description"), error.message}};
    if (!request.state.isEmpty())
        fields.append({QStringLiteral("state"), request.state});
    return answer(request, fields);
}

QString idToken(SandboxState &state, const Account &account, const AuthorizeRequest &request,
                const QString &code)
{
    const qint64 now = secrets::nowMs() / 1000;
    QJsonObject claims{{"iss", issuer(state)},
                       {"sub", account.walletAddress},
                       {"aud", request.clientId},
                       {"iat", now},
                       {"exp", now + kIdTokenLifetimeSeconds},
                       {"nonce", request.nonce},
                       {"id_wallet_address", account.walletAddress}};
    if (request.scope.split(u' ').contains(u"email"))
        claims.insert("email", account.email);
    if (!request.state.isEmpty())
        claims.insert("s_hash", halfHash(request.state));
    if (!code.isEmpty())
        claims.insert("c_hash", halfHash(code));
    return jwt::signEs256k(claims, state.idTokenKey(), state.idTokenKeyId());
}

HttpResponse discovery(RequestContext &context)
{
    const QString base = issuer(context.state);
    return context.ok(QJsonObject{
        {"issuer", base},
        {"authorization_endpoint", QString(base + QStringLiteral("/oauth2/auth"))},
        {"token_endpoint", QString(base + QStringLiteral("/oauth2/token"))},
        {"userinfo_endpoint", QString(base + QStringLiteral("/userinfo"))},
        {"jwks_uri", QString(base + QStringLiteral("/.well-known/jwks.json"))},
        {"response_types_supported", QJsonArray{"code id_token", "id_token"}},
        {"response_modes_supported", QJsonArray{"form_post", "fragment"}},
        {"grant_types_supported", QJsonArray{"authorization_code", "implicit"}},
        {"subject_types_supported", QJsonArray{"public"}},
        {"id_token_signing_alg_values_supported", QJsonArray{"ES256K"}},
        {"scopes_supported", QJsonArray{"openid", "profile", "email"}},
        {"token_endpoint_auth_methods_supported", QJsonArray{"none"}},
        {"code_challenge_methods_supported", QJsonArray{"S256"}},
        {"claims_supported", QJsonArray{"sub", "id_wallet_address", "email", "nonce", "s_hash", "c_hash",
                                        "aud", "exp", "iat", "iss"}},
    });
}

HttpResponse jwks(RequestContext &context)
{
    QJsonObject key = jwt::publicJwk(context.state.idTokenKey().publicKey());
    key.insert("kid", context.state.idTokenKeyId());
    key.insert("use", "sig");
    key.insert("alg", "ES256K");
    return context.ok(QJsonObject{{"keys", QJsonArray{key}}});
}

HttpResponse authorizeForm(RequestContext &context)
{
    const QUrlQuery &query = context.request.query;
    const Lookup lookup = [&query](const QString &name) {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    };
    ApiResult<AuthorizeRequest> request = parseAuthorize(context.state.db(), lookup);
    if (!request) {
        return HttpResponse::html(html::messagePage(inkan::tr("This sign-in request is not valid"), request.error().message),
                                  400);
    }
    html::Fields hidden;
    for (const QString &name : kAuthorizeParameters) {
        if (query.hasQueryItem(name))
            hidden.append({name, lookup(name)});
    }
    return HttpResponse::html(html::signInPage(request->clientName, hidden, {}));
}

HttpResponse authorizeSubmit(RequestContext &context)
{
    const QUrlQuery &form = context.form;
    const Lookup lookup = [&form](const QString &name) {
        return form.queryItemValue(name, QUrl::FullyDecoded);
    };
    Database &db = context.state.db();
    ApiResult<AuthorizeRequest> request = parseAuthorize(db, lookup);
    if (!request) {
        if (request.error().code == "invalid_client" || request.error().code == "invalid_redirect_uri") {
            return HttpResponse::html(
                html::messagePage(inkan::tr("This sign-in request is not valid"), request.error().message), 400);
        }
        AuthorizeRequest target;
        target.redirectUri = lookup(QStringLiteral("redirect_uri"));
        target.responseMode = lookup(QStringLiteral("response_mode")) == u"form_post" ? QStringLiteral("form_post")
                                                                                     : QStringLiteral("fragment");
        target.state = lookup(QStringLiteral("state"));
        return errorToClient(target, request.error());
    }
    std::optional<Account> account = accounts::signIn(db, lookup(QStringLiteral("email")).trimmed(),
                                                      lookup(QStringLiteral("password")));
    if (!account) {
        html::Fields hidden;
        for (const QString &name : kAuthorizeParameters) {
            if (form.hasQueryItem(name))
                hidden.append({name, lookup(name)});
        }
        return HttpResponse::html(html::signInPage(request->clientName, hidden,
                                                   inkan::tr("The e-mail or the password is wrong.")),
                                  401);
    }
    QString code;
    html::Fields fields;
    if (request->hybrid) {
        code = secrets::randomToken(32);
        db.exec(QStringLiteral("INSERT INTO oidc_codes (code_hash, client_id, account_id, redirect_uri,"
                               " code_challenge, scope, nonce, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {secrets::sha256Hex(code), request->clientId, account->id, request->redirectUri,
                 request->codeChallenge, request->scope, request->nonce,
                 secrets::nowMs() + qint64(context.state.options().codeTtlSeconds) * 1000});
        fields.append({QStringLiteral("code"), code});
    }
    fields.append({QStringLiteral("id_token"), idToken(context.state, *account, *request, code)});
    if (!request->state.isEmpty())
        fields.append({QStringLiteral("state"), request->state});
    accounts::associate(db, request->clientId, account->id);
    return answer(*request, fields);
}

HttpResponse token(RequestContext &context)
{
    const QUrlQuery &form = context.form;
    auto field = [&form](const char *name) { return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded); };
    if (field("grant_type") != u"authorization_code")
        return context.fail(400, inkan::tr("grant_type must be authorization_code."), "unsupported_grant_type");
    const QString code = field("code");
    const QString verifier = field("code_verifier");
    if (code.isEmpty() || verifier.isEmpty() || field("redirect_uri").isEmpty() || field("client_id").isEmpty())
        return context.fail(400, inkan::tr("code, redirect_uri, code_verifier and client_id are required."));
    Database &db = context.state.db();
    const QString codeHash = secrets::sha256Hex(code);
    QSqlQuery row = db.exec(QStringLiteral("SELECT client_id, account_id, redirect_uri, code_challenge, scope,"
                                           " nonce, expires_at, used FROM oidc_codes WHERE code_hash = ?"),
                            {codeHash});
    if (!row.next())
        return context.fail(400, inkan::tr("The authorization code is unknown."), "invalid_grant");
    // One attempt per code, right or wrong: a code is spent the moment it is presented.
    db.exec(QStringLiteral("UPDATE oidc_codes SET used = 1 WHERE code_hash = ?"), {codeHash});
    auto refuse = [&context](const QString &message) {
        HttpResponse response = context.fail(400, message, "invalid_grant");
        response.keepChanges = true;
        return response;
    };
    if (row.value(7).toBool())
        return refuse(inkan::tr("The authorization code was already used."));
    if (row.value(6).toLongLong() <= secrets::nowMs())
        return refuse(inkan::tr("The authorization code has expired."));
    if (row.value(0).toString() != field("client_id"))
        return refuse(inkan::tr("The authorization code was issued to another client."));
    if (row.value(2).toString() != field("redirect_uri"))
        return refuse(inkan::tr("redirect_uri differs from the one in the authorization request."));
    const QString challenge = secrets::base64Url(secrets::sha256(verifier.toLatin1()));
    if (verifier.size() < 43 || verifier.size() > 128
        || !secrets::constantTimeEquals(challenge.toLatin1(), row.value(3).toString().toLatin1()))
        return refuse(inkan::tr("code_verifier does not match the code_challenge (PKCE S256)."));
    std::optional<Account> account = accounts::byId(db, row.value(1).toString());
    if (!account)
        return refuse(inkan::tr("The account of this code no longer exists."));

    AuthorizeRequest original;
    original.clientId = row.value(0).toString();
    original.scope = row.value(4).toString();
    original.nonce = row.value(5).toString();
    const qint64 now = secrets::nowMs() / 1000;
    const int lifetime = context.state.options().tokenTtlSeconds;
    const QString accessToken = jwt::signHs256({{"typ", "oidc_access"},
                                                {"sub", account->id},
                                                {"aud", original.clientId},
                                                {"scope", original.scope},
                                                {"iat", now},
                                                {"exp", now + lifetime},
                                                {"jti", secrets::randomToken(12)}},
                                               context.state.jwtSecret());
    return context.ok(QJsonObject{{"access_token", accessToken},
                                  {"expires_in", lifetime},
                                  {"id_token", idToken(context.state, *account, original, QString())},
                                  {"scope", original.scope},
                                  {"token_type", "Bearer"}});
}

HttpResponse userinfo(RequestContext &context)
{
    const QByteArray header = context.request.header("authorization").trimmed();
    if (!header.toLower().startsWith("bearer "))
        return context.fail(401, inkan::tr("Send the access token as Authorization: Bearer <token>."), "invalid_token");
    const jwt::Verified verified = jwt::verifyHs256(QString::fromLatin1(header.mid(7).trimmed()),
                                                    context.state.jwtSecret(), QStringLiteral("oidc_access"));
    if (verified.check == jwt::Check::Expired)
        return context.fail(401, inkan::tr("The access token has expired."), "invalid_token");
    if (!verified.ok())
        return context.fail(401, inkan::tr("The access token is not valid."), "invalid_token");
    std::optional<Account> account = accounts::byId(context.state.db(), verified.claims.value("sub").toString());
    if (!account)
        return context.fail(401, inkan::tr("The access token names an account that does not exist."), "invalid_token");
    QJsonObject claims{{"sub", account->walletAddress}, {"id_wallet_address", account->walletAddress}};
    if (verified.claims.value("scope").toString().split(u' ').contains(u"email"))
        claims.insert("email", account->email);
    return context.ok(claims);
}

} // namespace

void registerOidcRoutes(Router &router)
{
    const Service oidc = Service::Oidc;
    router.add(oidc, Method::Get, QStringLiteral("/oidc/.well-known/openid-configuration"), BodyKind::None, discovery);
    router.add(oidc, Method::Get, QStringLiteral("/oidc/.well-known/jwks.json"), BodyKind::None, jwks);
    router.add(oidc, Method::Get, QStringLiteral("/oidc/oauth2/auth"), BodyKind::None, authorizeForm);
    router.add(oidc, Method::Post, QStringLiteral("/oidc/oauth2/auth"), BodyKind::Form, authorizeSubmit);
    router.add(oidc, Method::Post, QStringLiteral("/oidc/oauth2/token"), BodyKind::Form, token);
    router.add(oidc, Method::Get, QStringLiteral("/oidc/userinfo"), BodyKind::None, userinfo);
}

} // namespace inkan::sandbox
