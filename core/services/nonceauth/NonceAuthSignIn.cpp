// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/nonceauth/NonceAuthSignIn.h"
#include <QJsonArray>

namespace inkan::services::nonceauth {

QJsonObject toJson(const Profile &profile)
{
    return QJsonObject{{QStringLiteral("userAddress"), profile.userAddress},
                       {QStringLiteral("name"), profile.name},
                       {QStringLiteral("intendedUse"), profile.intendedUse},
                       {QStringLiteral("email"), profile.email}};
}

QJsonArray toJson(const QList<TokenBalance> &balances)
{
    QJsonArray array;
    for (const TokenBalance &t : balances)
        array.append(QJsonObject{{QStringLiteral("chainId"), t.chainId},
                                 {QStringLiteral("address"), t.address},
                                 {QStringLiteral("symbol"), t.symbol},
                                 {QStringLiteral("decimals"), t.decimals},
                                 {QStringLiteral("balance"), t.balance},
                                 {QStringLiteral("amount"), formatUnits(t.balance, t.decimals)},
                                 {QStringLiteral("allowance"), t.allowance},
                                 {QStringLiteral("price"), t.price},
                                 {QStringLiteral("logo"), t.logo}});
    return array;
}

NonceAuthSignIn::NonceAuthSignIn(NonceAuthClient *client, std::shared_ptr<MessageSigner> signer, QObject *parent)
    : SignInFlow(client->baseUrl(), parent), m_client(client), m_signer(std::move(signer))
{
}

void NonceAuthSignIn::run()
{
    const QString address = m_signer->address().toChecksummed();
    Q_EMIT stepChanged(tr("Requesting a nonce"));
    then<NonceChallenge>(m_client->nonce(address), [this, address](const NonceChallenge &challenge) {
        signThen(m_signer, challenge.nonce, SigningPolicy::nonceAuth(), [this, address](const QString &signature) {
            Q_EMIT stepChanged(tr("Authenticating"));
            then<Authenticated>(m_client->authenticate(address, signature), [this, address](const Authenticated &auth) {
                m_result.subject = address;
                m_result.keyAddress = address;
                m_result.email = auth.email;
                m_result.token = auth.token;
                m_client->setToken(auth.token);
                Q_EMIT stepChanged(tr("Reading your API key, balances and profile"));
                then<ApiKey>(m_client->apiKey(), [this, address](const ApiKey &key) {
                    m_result.apiKey = key.apiKey;
                    then<QList<TokenBalance>>(m_client->tokens(), [this, address](const QList<TokenBalance> &balances) {
                        m_result.details.insert(QStringLiteral("tokens"), toJson(balances));
                        then<Profile>(m_client->profile(address), [this](const Profile &profile) {
                            m_result.details.insert(QStringLiteral("profile"), toJson(profile));
                            succeed(m_result);
                        });
                    });
                });
            });
        });
    });
}

} // namespace inkan::services::nonceauth
