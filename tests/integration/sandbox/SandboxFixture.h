// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Helpers the sandbox integration tests share: shapes, tokens, accounts made through the
// --test-hooks routes, valid mint metadata.
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

#include <algorithm>

namespace inkan::test {

/// The keys of `object`, sorted, for comparing a response's shape with the documented one.
inline QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

inline const QStringList &nftKeys()
{
    static const QStringList keys = sorted({"token_id", "token_uri", "minter_digital_signature", "created_at", "metadata"});
    return keys;
}

inline QString accessToken(HttpProbe &http, const QString &apiKeySecret)
{
    const HttpReply reply = http.postJson(QStringLiteral("/rest/v1/auth/account/access_token/refresh"),
                                          {{"api_key_secret", apiKeySecret}});
    return reply.result().toString();
}

/// An account made through the test hooks: {account_id, api_key_secret, id_wallet_address}.
inline QJsonObject createOrganization(HttpProbe &http, const QString &name, const QString &domain, bool verified)
{
    return http.postJson(QStringLiteral("/_test/organizations"),
                         {{"name", name}, {"domain", domain}, {"domain_verified", verified},
                          {"email", QString(QStringLiteral("staff@") + domain)}})
        .object();
}

inline QJsonObject createEndUser(HttpProbe &http, const QString &email, const QString &password = {})
{
    return http.postJson(QStringLiteral("/_test/end_users"), {{"email", email}, {"password", password}}).object();
}

inline QJsonObject staticMetadata(int serial)
{
    return {{"issuer", "Test Issuer"},
            {"contents_provider", "Test Provider"},
            {"name", QStringLiteral("Test NFT %1").arg(serial)},
            {"description", "for the integration tests"},
            {"image", "/assets/ticket-concert.png"},
            {"link", "https://example.com/nft"},
            {"serial_number", serial},
            {"total_issued", 1000},
            {"animation_url", ""}};
}

/// Mints and returns the reply (the NFT object in `result`).
inline HttpReply mint(HttpProbe &http, const QString &organizationToken, const QString &holderAddress,
                      const QJsonObject &staticPart, const QJsonObject &dynamicPart = {})
{
    return http.postJson(QStringLiteral("/rest/v1/nft/mint/to/") + holderAddress,
                         {{"metadata", QJsonObject{{"static", staticPart}, {"dynamic", dynamicPart}}}},
                         HttpProbe::bearer(organizationToken));
}

inline bool containsToken(const QJsonArray &nfts, const QString &tokenId)
{
    return std::any_of(nfts.begin(), nfts.end(), [&tokenId](const QJsonValue &nft) {
        return nft.toObject().value("token_id").toString() == tokenId;
    });
}

} // namespace inkan::test
