// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Capture (Numbers Protocol) auth API (/api/v3): e-mail + password or wallet sign-in, and the
// user behind a token. Auth header: `Authorization: token <auth_token>`.
#include "crypto/SecureBytes.h"
#include "net/ApiJob.h"
#include <QJsonObject>
#include <QObject>

namespace inkan::services::capture {

struct CaptureUser {
    QString address;
    QString username;
    QString email;
    QJsonObject raw;
};

net::ApiResult<crypto::SecureBytes> parseAuthToken(const net::HttpReply &reply);
net::ApiResult<QString> parseMessage(const net::HttpReply &reply);
net::ApiResult<CaptureUser> parseUser(const net::HttpReply &reply);

// One job class per endpoint.
INKAN_ENDPOINT_JOB(PasswordLoginJob, crypto::SecureBytes)
INKAN_ENDPOINT_JOB(Web3MessageJob, QString)
INKAN_ENDPOINT_JOB(SignatureLoginJob, crypto::SecureBytes)
INKAN_ENDPOINT_JOB(CurrentUserJob, CaptureUser)

class CaptureClient : public QObject {
    Q_OBJECT
public:
    CaptureClient(net::HttpTransport *transport, const QUrl &baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_context.endpoint.baseUrl; }
    void setToken(crypto::SecureBytes token) { m_credential->setToken(std::move(token)); }
    const crypto::SecureBytes &authToken() const { return m_credential->token(); }

    PasswordLoginJob *login(const QString &email, const crypto::SecureBytes &password);
    Web3MessageJob *web3Message(const QString &address);
    SignatureLoginJob *loginWithSignature(const QString &address, const QString &signature);
    CurrentUserJob *me();

Q_SIGNALS:
    /// The service refused the credential for good (a 401 that no refresh cured): signed out.
    void credentialRejected();

private:
    net::ServiceContext m_context;
    std::shared_ptr<net::StaticCredential> m_credential;
};

} // namespace inkan::services::capture
