// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Web3Connect OIDC (/oidc): discovery, JWKS, the token endpoint (authorization code + PKCE)
// and userinfo; plus PKCE S256 and ES256K ID token verification (signature against the JWKS,
// iss, aud, exp, nonce, s_hash).
#include "crypto/SecureBytes.h"
#include "net/ApiJob.h"
#include <QDateTime>
#include <QObject>

namespace inkan::services::oidc {

struct Configuration {
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl userinfoEndpoint;
    QUrl jwksUri;
};

struct Jwk {
    QString kid;
    QByteArray publicKey; // 65-byte uncompressed secp256k1
};

struct TokenResponse {
    crypto::SecureBytes accessToken;
    QByteArray idToken;
    qint64 expiresIn = 0;
    QString scope;
    QString tokenType;
};

struct UserInfo {
    QString sub;
    QString idWalletAddress;
    QString email;
};

struct IdTokenClaims {
    QString sub;
    QString idWalletAddress;
    QString email;
    QString nonce;
    qint64 expiresAt = 0;
};

struct Pkce {
    QString verifier;  // 43 chars of base64url from 32 random bytes
    QString challenge; // base64url(SHA-256(verifier))
    static Pkce generate();
    static QString challengeFor(const QString &verifier);
};

/// 16+ random bytes as base64url (state, nonce).
QString randomToken();

/// Checks alg ES256K, the signature against the key with the token's kid (or the only key),
/// then iss, aud (string or list containing clientId; with several audiences azp must be
/// clientId, and an azp present must always be), exp (60 s leeway), nonce, and s_hash when the
/// token has one (it must equal the left half of SHA-256(state), base64url). With an
/// `authorizationCode` (the hybrid flow's front-channel token) c_hash is required and must be
/// the left half of SHA-256(code).
Result<IdTokenClaims> verifyIdToken(QByteArrayView idToken, const QList<Jwk> &keys, const QString &issuer,
                                    const QString &clientId, const QString &nonce, const QString &state,
                                    const QString &authorizationCode = QString(),
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

/// The discovery document's issuer is the configured base URL (scheme, host, port and path;
/// a trailing slash aside): a provider may not name another issuer for its tokens.
bool issuerMatchesBaseUrl(const QString &issuer, const QUrl &baseUrl);

net::ApiResult<Configuration> parseConfiguration(const net::HttpReply &reply);
net::ApiResult<QList<Jwk>> parseJwks(const net::HttpReply &reply);
net::ApiResult<TokenResponse> parseTokenResponse(const net::HttpReply &reply);
net::ApiResult<UserInfo> parseUserInfo(const net::HttpReply &reply);

// One job class per endpoint.
INKAN_ENDPOINT_JOB(DiscoveryJob, Configuration)
INKAN_ENDPOINT_JOB(JwksJob, QList<Jwk>)
INKAN_ENDPOINT_JOB(TokenJob, TokenResponse)
INKAN_ENDPOINT_JOB(UserInfoJob, UserInfo)

class OidcClient : public QObject {
    Q_OBJECT
public:
    OidcClient(net::HttpTransport *transport, const QUrl &issuerBaseUrl, QObject *parent = nullptr);
    QUrl baseUrl() const { return m_base; }

    DiscoveryJob *discovery();
    JwksJob *jwks(const QUrl &jwksUri);
    TokenJob *exchangeCode(const QUrl &tokenEndpoint, const QString &code, const QUrl &redirectUri,
                                                 const QString &codeVerifier, const QString &clientId);
    UserInfoJob *userInfo(const QUrl &userinfoEndpoint, const crypto::SecureBytes &accessToken);

private:
    net::ServiceContext contextFor(const QUrl &url, std::shared_ptr<net::CredentialSource> credentials = {}) const;
    net::HttpTransport *m_transport;
    QUrl m_base;
};

} // namespace inkan::services::oidc
