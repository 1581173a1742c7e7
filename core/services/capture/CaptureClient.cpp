// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/capture/CaptureClient.h"
#include <QPointer>
#include "crypto/Address.h"
#include "net/Json.h"

namespace inkan::services::capture {

using net::ApiError;
using net::ApiRequest;
using net::RequestJob;

net::ApiResult<crypto::SecureBytes> parseAuthToken(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("login"));
    const QString token = r.string("auth_token");
    if (r.error())
        return *r.error();
    if (token.isEmpty())
        return ApiError::badReply(ApiError::tr("empty auth_token"));
    return crypto::SecureBytes(token.toUtf8());
}

net::ApiResult<QString> parseMessage(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("login-web3"));
    const QString message = r.string("message");
    if (r.error())
        return *r.error();
    if (message.isEmpty())
        return ApiError::badReply(ApiError::tr("empty message to sign"));
    return message;
}

net::ApiResult<CaptureUser> parseUser(const net::HttpReply &reply)
{
    net::JsonReader r(reply.payload, QStringLiteral("user"));
    CaptureUser u;
    u.address = r.optionalString("address");
    u.username = r.optionalString("username");
    u.email = r.optionalString("email");
    if (r.error())
        return *r.error();
    u.raw = r.object();
    return u;
}

CaptureClient::CaptureClient(net::HttpTransport *transport, const QUrl &baseUrl, QObject *parent)
    : QObject(parent), m_credential(std::make_shared<net::StaticCredential>())
{
    m_context = {transport, {baseUrl, net::AuthScheme::Token, net::Envelope::Plain}, m_credential};
    m_credential->onRejected = [self = QPointer(this)] {
        if (self)
            Q_EMIT self->credentialRejected();
    };
}

PasswordLoginJob *CaptureClient::login(const QString &email, const crypto::SecureBytes &password)
{
    ApiRequest r;
    r.verb = "POST";
    r.path = QStringLiteral("/auth/token/login/");
    r.authenticated = false;
    r.json = QJsonObject{{QStringLiteral("email"), email},
                         {QStringLiteral("password"), QString::fromUtf8(password.constChar(), password.size())}};
    auto *job = new PasswordLoginJob(m_context, r, parseAuthToken);
    return job;
}

Web3MessageJob *CaptureClient::web3Message(const QString &address)
{
    ApiRequest r;
    r.path = QStringLiteral("/auth/token/login-web3/");
    r.query.addQueryItem(QStringLiteral("address"), address);
    r.authenticated = false;
    auto *job = new Web3MessageJob(m_context, r, parseMessage);
    if (auto parsed = crypto::Address::parse(address); !parsed)
        job->rejectBeforeSending(ApiError::fromError(parsed.error()));
    return job;
}

SignatureLoginJob *CaptureClient::loginWithSignature(const QString &address, const QString &signature)
{
    ApiRequest r;
    r.verb = "POST";
    r.path = QStringLiteral("/auth/token/login-web3/");
    r.authenticated = false;
    r.json = QJsonObject{{QStringLiteral("address"), address}, {QStringLiteral("signature"), signature}};
    return new SignatureLoginJob(m_context, r, parseAuthToken);
}

CurrentUserJob *CaptureClient::me()
{
    ApiRequest r;
    r.path = QStringLiteral("/auth/users/me/");
    return new CurrentUserJob(m_context, r, parseUser);
}

} // namespace inkan::services::capture
