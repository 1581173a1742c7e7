// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Web3Connect sign-in with an API key secret: check_account_type_and_address decides the role
// (organization or end user) and the ID wallet address, then the secret buys an access token.
#include "services/SignInFlow.h"
#include "services/web3connect/Web3ConnectClient.h"

namespace inkan::services::web3connect {

class Web3ConnectSignIn : public SignInFlow {
    Q_OBJECT
public:
    Web3ConnectSignIn(Web3ConnectClient *client, crypto::SecureBytes apiKeySecret, QObject *parent = nullptr);

protected:
    void run() override;

private:
    QPointer<Web3ConnectClient> m_client;
    crypto::SecureBytes m_secret;
};

} // namespace inkan::services::web3connect
