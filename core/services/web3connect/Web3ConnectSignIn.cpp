// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/web3connect/Web3ConnectSignIn.h"

namespace inkan::services::web3connect {

Web3ConnectSignIn::Web3ConnectSignIn(Web3ConnectClient *client, crypto::SecureBytes apiKeySecret, QObject *parent)
    : SignInFlow(client->baseUrl(), parent), m_client(client), m_secret(std::move(apiKeySecret))
{
}

void Web3ConnectSignIn::run()
{
    if (m_secret.isEmpty())
        return fail(net::ApiError::fromError(makeError(ErrorKind::InvalidInput, tr("The API key secret is empty."))));
    Q_EMIT stepChanged(tr("Checking the API key secret"));
    // A tracked job: a cancel stops the check too, and no token is requested after it.
    then<AccountIdentity>(m_client->checkAccountTypeAndAddress(m_secret), [this](const AccountIdentity &identity) {
        Q_EMIT stepChanged(tr("Obtaining an access token"));
        then<crypto::SecureBytes>(m_client->refreshAccessToken(m_secret), [this, identity](const crypto::SecureBytes &token) {
            SignInResult result;
            result.subject = identity.idWalletAddressEth;
            result.role = accountTypeName(identity.accountType);
            result.token = token;
            result.apiKey = m_secret;
            result.details = QJsonObject{{QStringLiteral("account_id"), identity.accountId},
                                         {QStringLiteral("account_type"), result.role},
                                         {QStringLiteral("id_wallet_address_eth"), identity.idWalletAddressEth},
                                         {QStringLiteral("id_wallet_address_suri"), identity.idWalletAddressSuri}};
            succeed(std::move(result));
        });
    }, [this](const net::ApiError &e) {
        net::ApiError error = e;
        if (e.httpStatus == 401 || e.httpStatus == 403)
            error.userMessage = tr("Web3Connect did not accept this API key secret.");
        fail(error);
    });
}

} // namespace inkan::services::web3connect
