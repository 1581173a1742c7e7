// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/capture/CaptureSignIn.h"

namespace inkan::services::capture {

CaptureSignIn::CaptureSignIn(CaptureClient *client, QObject *parent)
    : SignInFlow(client->baseUrl(), parent), m_client(client)
{
}

CaptureSignIn *CaptureSignIn::withPassword(CaptureClient *client, QString email, crypto::SecureBytes password,
                                           QObject *parent)
{
    auto *flow = new CaptureSignIn(client, parent);
    flow->m_email = std::move(email);
    flow->m_password = std::move(password);
    return flow;
}

CaptureSignIn *CaptureSignIn::withWallet(CaptureClient *client, std::shared_ptr<MessageSigner> signer, QObject *parent)
{
    auto *flow = new CaptureSignIn(client, parent);
    flow->m_signer = std::move(signer);
    return flow;
}

void CaptureSignIn::run()
{
    if (!m_signer) {
        Q_EMIT stepChanged(tr("Signing in with e-mail and password"));
        auto *login = m_client->login(m_email, m_password);
        m_password.clear();
        connect(login, &net::ApiJob::failed, this, [this](const net::ApiError &e) {
            net::ApiError error = e;
            if (e.httpStatus == 400 || e.httpStatus == 401) {
                error.kind = ErrorKind::WrongPassword;
                error.userMessage = tr("Capture did not accept this e-mail and password.");
            }
            fail(error);
        });
        connect(login, &net::ApiJob::succeeded, this, [this, login] { finishWithToken(*login->value()); });
        return;
    }
    const QString address = m_signer->address().toChecksummed();
    Q_EMIT stepChanged(tr("Fetching the message to sign"));
    then<QString>(m_client->web3Message(address), [this, address](const QString &message) {
        signThen(m_signer, message, SigningPolicy::hostBound(), [this, address](const QString &signature) {
            Q_EMIT stepChanged(tr("Sending the signature"));
            then<crypto::SecureBytes>(m_client->loginWithSignature(address, signature),
                                      [this](const crypto::SecureBytes &token) { finishWithToken(token); });
        });
    });
}

void CaptureSignIn::finishWithToken(const crypto::SecureBytes &token)
{
    m_client->setToken(token);
    Q_EMIT stepChanged(tr("Reading your Capture profile"));
    then<CaptureUser>(m_client->me(), [this, token](const CaptureUser &user) {
        SignInResult result;
        result.subject = m_signer ? m_signer->address().toChecksummed() : (user.email.isEmpty() ? m_email : user.email);
        result.email = user.email;
        result.keyAddress = m_signer ? m_signer->address().toChecksummed() : QString();
        result.token = token;
        result.details = user.raw;
        succeed(std::move(result));
    });
}

} // namespace inkan::services::capture
