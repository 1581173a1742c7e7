// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Untrusted ID tokens and JWTs: the compact JWS parser and the full ES256K verification
// (against a fixed key), which must refuse garbage without crashing.
#include "crypto/Secp256k1.h"
#include "net/Jwt.h"
#include "services/oidc/OidcClient.h"
#include <cstdint>

using namespace inkan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView token(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto jwt = net::Jwt::parse(token); jwt.ok())
        (void)jwt->expiresAt();
    static const QList<services::oidc::Jwk> keys = [] {
        auto key = crypto::PrivateKey::fromBytes(crypto::SecureBytes::fromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"));
        return QList<services::oidc::Jwk>{{QStringLiteral("k1"), key->publicKey()}};
    }();
    (void)services::oidc::verifyIdToken(token, keys, QStringLiteral("http://127.0.0.1/oidc"), QStringLiteral("client"),
                                        QStringLiteral("nonce"), QStringLiteral("state"));
    return 0;
}
