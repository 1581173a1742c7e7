// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Nonce-auth sign-in: nonce -> sign -> authenticate; then the API key, token balances and
// profile of the new session.
#include "services/SignInFlow.h"
#include "services/nonceauth/NonceAuthClient.h"

namespace inkan::services::nonceauth {

class NonceAuthSignIn : public SignInFlow {
    Q_OBJECT
public:
    NonceAuthSignIn(NonceAuthClient *client, std::shared_ptr<MessageSigner> signer, QObject *parent = nullptr);

protected:
    void run() override;

private:
    QPointer<NonceAuthClient> m_client;
    std::shared_ptr<MessageSigner> m_signer;
};

QJsonObject toJson(const Profile &profile);
QJsonArray toJson(const QList<TokenBalance> &balances);

} // namespace inkan::services::nonceauth
