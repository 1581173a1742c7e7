// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/oidc/OidcClient.h"
#include "crypto/Random.h"
#include "crypto/Secp256k1.h"
#include "net/Json.h"
#include "net/Jwt.h"
#include <QCryptographicHash>
#include <QJsonArray>

namespace inkan::services::oidc {

using net::ApiError;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Oidc)
};

Error refused(const QString &why)
{
    return makeError(ErrorKind::Refused, Text::tr("The ID token was rejected: %1.").arg(why));
}
} // namespace

Pkce Pkce::generate()
{
    Pkce p;
    p.verifier = QString::fromLatin1(net::base64UrlEncode(crypto::randomBytes(32)));
    p.challenge = challengeFor(p.verifier);
    return p;
}

QString Pkce::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(net::base64UrlEncode(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

QString randomToken()
{
    return QString::fromLatin1(net::base64UrlEncode(crypto::randomBytes(18)));
}

Result<IdTokenClaims> verifyIdToken(QByteArrayView idToken, const QList<Jwk> &keys, const QString &issuer,
                                    const QString &clientId, const QString &nonce, const QString &state,
                                    const QString &authorizationCode, const QDateTime &now)
{
    auto jwt = net::Jwt::parse(idToken);
    if (!jwt)
        return jwt.error();
    if (jwt->header.value(QLatin1String("alg")).toString() != QLatin1String("ES256K"))
        return refused(Text::tr("it is not signed with ES256K"));
    const QString kid = jwt->header.value(QLatin1String("kid")).toString();
    const Jwk *key = nullptr;
    for (const Jwk &k : keys)
        if (k.kid == kid || (kid.isEmpty() && keys.size() == 1))
            key = &k;
    if (!key)
        return refused(Text::tr("no key in the JWKS matches its kid"));
    if (jwt->signature.size() != 64)
        return refused(Text::tr("the signature has the wrong length"));
    const QByteArray digest = QCryptographicHash::hash(jwt->signingInput, QCryptographicHash::Sha256);
    // JWS ES256K allows a high s; the crypto layer verifies low-s only, so normalize first.
    if (!crypto::verifyDigest(key->publicKey, digest, net::normalizeLowS(jwt->signature)))
        return refused(Text::tr("the signature does not verify"));

    const QJsonObject &c = jwt->payload;
    if (c.value(QLatin1String("iss")).toString() != issuer)
        return refused(Text::tr("it was issued by \"%1\", not \"%2\"").arg(c.value(QLatin1String("iss")).toString(), issuer));
    const QJsonValue aud = c.value(QLatin1String("aud"));
    const bool audienceOk = aud.isString() ? aud.toString() == clientId : aud.toArray().contains(QJsonValue(clientId));
    if (!audienceOk)
        return refused(Text::tr("it is meant for another client"));
    // Several audiences: the token must say it was issued to this client (OIDC Core 3.1.3.7).
    const bool severalAudiences = aud.isArray() && aud.toArray().size() > 1;
    if ((severalAudiences || c.contains(QLatin1String("azp"))) && c.value(QLatin1String("azp")).toString() != clientId)
        return refused(Text::tr("it was issued to another client (azp)"));
    const qint64 exp = jwt->expiresAt();
    if (exp == 0 || exp + 60 < now.toSecsSinceEpoch())
        return refused(Text::tr("it has expired"));
    if (c.value(QLatin1String("nonce")).toString() != nonce || nonce.isEmpty())
        return refused(Text::tr("its nonce is not the one this sign-in sent (a replay?)"));
    if (c.contains(QLatin1String("s_hash"))) {
        const QByteArray full = QCryptographicHash::hash(state.toUtf8(), QCryptographicHash::Sha256);
        if (c.value(QLatin1String("s_hash")).toString() != QString::fromLatin1(net::base64UrlEncode(full.left(16))))
            return refused(Text::tr("its s_hash does not match the state"));
    }
    if (!authorizationCode.isEmpty()) {
        // The hybrid flow's front-channel token binds the code it came with (OIDC Core 3.3.2.11).
        const QByteArray full = QCryptographicHash::hash(authorizationCode.toUtf8(), QCryptographicHash::Sha256);
        if (!c.contains(QLatin1String("c_hash")))
            return refused(Text::tr("it has no c_hash for the authorization code"));
        if (c.value(QLatin1String("c_hash")).toString() != QString::fromLatin1(net::base64UrlEncode(full.left(16))))
            return refused(Text::tr("its c_hash does not match the authorization code"));
    }
    IdTokenClaims claims;
    claims.sub = c.value(QLatin1String("sub")).toString();
    if (claims.sub.isEmpty())
        return refused(Text::tr("it has no subject"));
    claims.idWalletAddress = c.value(QLatin1String("id_wallet_address")).toString();
    claims.email = c.value(QLatin1String("email")).toString();
    claims.nonce = nonce;
    claims.expiresAt = exp;
    return claims;
}

bool issuerMatchesBaseUrl(const QString &issuer, const QUrl &baseUrl)
{
    const auto normalized = [](const QUrl &url) {
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        const QString scheme = url.scheme().toLower();
        return std::tuple(scheme, url.host().toLower(), url.port(scheme == QLatin1String("https") ? 443 : 80), path,
                          url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty());
    };
    const QUrl named(issuer, QUrl::StrictMode);
    if (!named.isValid() || named.scheme().isEmpty())
        return false;
    const auto a = normalized(named);
    return !std::get<4>(a) && a == normalized(baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment));
}

net::ApiResult<Configuration> parseConfiguration(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("openid-configuration"));
    Configuration c;
    c.issuer = r.string("issuer");
    c.authorizationEndpoint = QUrl(r.string("authorization_endpoint"));
    c.tokenEndpoint = QUrl(r.string("token_endpoint"));
    c.userinfoEndpoint = QUrl(r.optionalString("userinfo_endpoint"));
    c.jwksUri = QUrl(r.string("jwks_uri"));
    if (r.error())
        return *r.error();
    for (const QUrl &url : {c.authorizationEndpoint, c.tokenEndpoint, c.jwksUri})
        if (auto refused = net::HttpTransport::checkUrlAllowed(url))
            return *refused;
    return c;
}

net::ApiResult<QList<Jwk>> parseJwks(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("jwks"));
    const QJsonArray keys = r.array("keys");
    if (r.error())
        return *r.error();
    QList<Jwk> list;
    for (const QJsonValue &v : keys) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("kty")).toString() != QLatin1String("EC")
            || o.value(QLatin1String("crv")).toString() != QLatin1String("secp256k1"))
            continue; // other key types are not for ES256K
        bool okX = false, okY = false;
        const QByteArray x = net::base64UrlDecode(o.value(QLatin1String("x")).toString().toLatin1(), &okX);
        const QByteArray y = net::base64UrlDecode(o.value(QLatin1String("y")).toString().toLatin1(), &okY);
        if (!okX || !okY || x.size() != 32 || y.size() != 32)
            return ApiError::badReply(ApiError::tr("a JWKS key has bad coordinates"));
        list.append({o.value(QLatin1String("kid")).toString(), QByteArray(1, '\x04') + x + y});
    }
    if (list.isEmpty())
        return ApiError::badReply(ApiError::tr("the JWKS has no secp256k1 key"));
    return list;
}

net::ApiResult<TokenResponse> parseTokenResponse(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("token"));
    TokenResponse t;
    const QString access = r.string("access_token");
    t.idToken = r.optionalString("id_token").toLatin1();
    t.expiresIn = r.object().value(QLatin1String("expires_in")).toInteger();
    t.scope = r.optionalString("scope");
    t.tokenType = r.optionalString("token_type");
    if (r.error())
        return *r.error();
    t.accessToken = crypto::SecureBytes(access.toUtf8());
    return t;
}

net::ApiResult<UserInfo> parseUserInfo(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("userinfo"));
    UserInfo u{r.string("sub"), r.optionalString("id_wallet_address"), r.optionalString("email")};
    if (r.error())
        return *r.error();
    return u;
}

OidcClient::OidcClient(net::HttpTransport *transport, const QUrl &issuerBaseUrl, QObject *parent)
    : QObject(parent), m_transport(transport), m_base(issuerBaseUrl)
{
}

net::ServiceContext OidcClient::contextFor(const QUrl &url, std::shared_ptr<net::CredentialSource> credentials) const
{
    return {m_transport, {url, net::AuthScheme::Bearer, net::Envelope::Plain}, std::move(credentials)};
}

DiscoveryJob *OidcClient::discovery()
{
    net::ApiRequest r;
    r.path = QStringLiteral("/.well-known/openid-configuration");
    r.authenticated = false;
    return new DiscoveryJob(contextFor(m_base), r, parseConfiguration);
}

JwksJob *OidcClient::jwks(const QUrl &jwksUri)
{
    net::ApiRequest r;
    r.authenticated = false;
    return new JwksJob(contextFor(jwksUri), r, parseJwks);
}

TokenJob *OidcClient::exchangeCode(const QUrl &tokenEndpoint, const QString &code, const QUrl &redirectUri,
                                                         const QString &codeVerifier, const QString &clientId)
{
    QUrlQuery form;
    const auto add = [&form](const QString &key, const QString &value) {
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    add(QStringLiteral("code"), code);
    add(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("code_verifier"), codeVerifier);
    add(QStringLiteral("client_id"), clientId);
    net::ApiRequest r;
    r.verb = "POST";
    r.authenticated = false;
    r.formBody = form.toString(QUrl::FullyEncoded).toLatin1();
    return new TokenJob(contextFor(tokenEndpoint), r, parseTokenResponse);
}

UserInfoJob *OidcClient::userInfo(const QUrl &userinfoEndpoint, const crypto::SecureBytes &accessToken)
{
    net::ApiRequest r;
    return new UserInfoJob(contextFor(userinfoEndpoint, std::make_shared<net::StaticCredential>(accessToken)),
                                         r, parseUserInfo);
}

} // namespace inkan::services::oidc
