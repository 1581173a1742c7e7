// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Pakt web3 auth (/v1/auth/web3): request -> sign -> validate -> onboard when the account is
// new. Every call carries the app's builder secret token as a Bearer header; replies use
// {status, message, data}.
#include "crypto/SecureBytes.h"
#include "net/ApiJob.h"
#include <QObject>

namespace inkan::services::pakt {

struct TempToken {
    crypto::SecureBytes token;
    QString tokenType;
    qint64 expiresIn = 0; // ms since the epoch, as the service sends it
};

struct SignRequest {
    QString message; // the exact text to sign
    TempToken tempToken;
};

struct Validation {
    bool needsOnboarding = false;  // HTTP 202: a new account
    QString account;
    crypto::SecureBytes sessionToken; // known account
    TempToken tempToken;              // new account: for onboard
};

struct Onboarded {
    TempToken tempToken;
    bool isVerified = false;
};

net::ApiResult<SignRequest> parseSignRequest(const net::HttpReply &reply);
net::ApiResult<Validation> parseValidation(const net::HttpReply &reply);
net::ApiResult<Onboarded> parseOnboarded(const net::HttpReply &reply);

// One job class per endpoint.
INKAN_ENDPOINT_JOB(RequestSignInJob, SignRequest)
INKAN_ENDPOINT_JOB(ValidateSignatureJob, Validation)
INKAN_ENDPOINT_JOB(OnboardJob, Onboarded)

class PaktClient : public QObject {
    Q_OBJECT
public:
    PaktClient(net::HttpTransport *transport, const QUrl &baseUrl, crypto::SecureBytes builderToken,
               QObject *parent = nullptr);

    QUrl baseUrl() const { return m_context.endpoint.baseUrl; }

    RequestSignInJob *request(const QString &account);
    ValidateSignatureJob *validate(const QString &signedMessage, const crypto::SecureBytes &tempToken);
    OnboardJob *onboard(const crypto::SecureBytes &tempToken, const QString &firstName,
                                        const QString &lastName, const QString &email);

private:
    net::ServiceContext m_context;
};

} // namespace inkan::services::pakt
