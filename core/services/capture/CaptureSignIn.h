// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Capture sign-in: by e-mail and password, or by wallet (fetch the message, sign it, post the
// signature). Either ends by reading the user behind the new token.
#include "services/SignInFlow.h"
#include "services/capture/CaptureClient.h"

namespace inkan::services::capture {

class CaptureSignIn : public SignInFlow {
    Q_OBJECT
public:
    static CaptureSignIn *withPassword(CaptureClient *client, QString email, crypto::SecureBytes password,
                                       QObject *parent = nullptr);
    static CaptureSignIn *withWallet(CaptureClient *client, std::shared_ptr<MessageSigner> signer,
                                     QObject *parent = nullptr);

protected:
    void run() override;

private:
    explicit CaptureSignIn(CaptureClient *client, QObject *parent);
    void finishWithToken(const crypto::SecureBytes &token);

    QPointer<CaptureClient> m_client;
    QString m_email;
    crypto::SecureBytes m_password;
    std::shared_ptr<MessageSigner> m_signer;
};

} // namespace inkan::services::capture
