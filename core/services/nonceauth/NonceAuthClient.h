// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The nonce-auth users API (/users): nonce -> signature -> JWT in `x-auth-token`, then the
// user's API key, token balances and profile.
#include "crypto/SecureBytes.h"
#include "net/ApiJob.h"
#include <QObject>
#include <optional>

namespace inkan::services::nonceauth {

struct NonceChallenge {
    QString address;
    QString nonce; // the exact text to sign
};

struct Authenticated {
    QString address;
    crypto::SecureBytes token;
    QString email;
};

struct ApiKey {
    QString address;
    crypto::SecureBytes apiKey;
};

struct TokenBalance {
    qint64 chainId = 0;
    QString address;
    QString symbol;
    int decimals = 0;
    QString balance;    // base units, decimal string
    QString allowance;  // base units, decimal string
    double price = 0;
    QString logo;
};

/// The longest intended use the service accepts (and the longest name a front end offers).
inline constexpr int kMaxProfileText = 255;

struct Profile {
    QString userAddress;
    QString name;
    QString intendedUse;
    QString email;
};

net::ApiResult<NonceChallenge> parseNonce(const net::HttpReply &reply);
net::ApiResult<Authenticated> parseAuthenticated(const net::HttpReply &reply);
net::ApiResult<ApiKey> parseApiKey(const net::HttpReply &reply);
net::ApiResult<QList<TokenBalance>> parseTokens(const net::HttpReply &reply);
net::ApiResult<Profile> parseProfile(const net::HttpReply &reply);
/// "1234500" with 4 decimals -> "123.45"; plain digits only, else empty.
QString formatUnits(const QString &baseUnits, int decimals);

// One job class per endpoint.
INKAN_ENDPOINT_JOB(NonceJob, NonceChallenge)
INKAN_ENDPOINT_JOB(AuthenticateJob, Authenticated)
INKAN_ENDPOINT_JOB(ApiKeyJob, ApiKey)
INKAN_ENDPOINT_JOB(TokenBalancesJob, QList<TokenBalance>)
INKAN_ENDPOINT_JOB(ProfileJob, Profile)
INKAN_ENDPOINT_JOB(UpdateProfileJob, Profile)

class NonceAuthClient : public QObject {
    Q_OBJECT
public:
    NonceAuthClient(net::HttpTransport *transport, const QUrl &baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_context.endpoint.baseUrl; }
    void setToken(crypto::SecureBytes token) { m_credential->setToken(std::move(token)); }
    const crypto::SecureBytes &token() const { return m_credential->token(); }

    NonceJob *nonce(const QString &address);
    AuthenticateJob *authenticate(const QString &address, const QString &signature);
    ApiKeyJob *apiKey();
    TokenBalancesJob *tokens();
    ProfileJob *profile(const QString &address);
    UpdateProfileJob *updateProfile(const QString &address, const std::optional<QString> &name,
                                            const std::optional<QString> &intendedUse);

Q_SIGNALS:
    /// The service refused the credential for good (a 401 that no refresh cured): signed out.
    void credentialRejected();

private:
    net::ServiceContext m_context;
    std::shared_ptr<net::StaticCredential> m_credential;
};

} // namespace inkan::services::nonceauth
