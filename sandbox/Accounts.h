// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Web3Connect accounts: organizations and end-users, each with a custodial ID wallet (a
// secp256k1 key the sandbox keeps) and, when issued, an API key secret stored as its SHA-256.
#include "Http.h"

#include "crypto/Secp256k1.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace inkan::sandbox {

class Database;
class SandboxState;

struct Account {
    QString id;
    QString type; // "organization" or "end_user"
    QString email;
    QString name;
    QString domain;
    bool domainVerified = false;
    QString phoneNumber;
    bool phoneVerified = false;
    QString walletAddress; // lower-case 0x hex
    QByteArray walletPublicKey; // 65 bytes, uncompressed
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isOrganization() const { return type == u"organization"; }
};

struct NewAccount {
    Account account;
    QString apiKeySecret; // empty when none was issued
};

namespace accounts {

inline constexpr QStringView kOrganization = u"organization";
inline constexpr QStringView kEndUser = u"end_user";

/// Creates an account with a fresh ID wallet. `password` may be empty (no password sign-in);
/// `issueApiKey` hands out an API key secret (returned once, stored hashed).
NewAccount create(Database &db, QStringView type, const QString &email, const QString &name,
                  const QString &domain, const QString &password, bool issueApiKey);

std::optional<Account> byId(Database &db, const QString &id);
std::optional<Account> byEmail(Database &db, const QString &email);
std::optional<Account> byApiKeySecret(Database &db, const QString &secret);
/// Any case; nullopt for an unknown or malformed address.
std::optional<Account> byWalletAddress(Database &db, const QString &address);
/// Checks the password of an end-user; nullopt when the e-mail or password is wrong.
std::optional<Account> signIn(Database &db, const QString &email, const QString &password);
/// The end-user with this e-mail, created (with a wallet, no password) if there is none.
Account findOrCreateEndUser(Database &db, const QString &email);
/// Records that the organization knows this end-user (import, association).
void associate(Database &db, const QString &organizationId, const QString &endUserId);
/// The custodial key, for signing as this account. Never logged, never returned.
crypto::PrivateKey walletKey(Database &db, const QString &accountId);

bool isValidEmail(const QString &email);
/// Lower-case 0x address, or empty for malformed input (a bad mixed-case checksum included).
QString normalizeAddress(const QString &address);

/// The Substrate (SS58, prefix 42) form of the wallet: blake2b-256 of the compressed
/// secp256k1 public key, as Substrate derives accounts from ECDSA keys.
QString suriAddress(const QByteArray &publicKey65);

/// GET /account/my_info's object, with the seed's fields and types.
QJsonObject myInfo(const Account &account);
QJsonObject publicInfo(const Account &account);

/// The caller of a Web3Connect REST endpoint, from `Authorization: Bearer <JWT>`: a REST
/// access token or (sandbox rule) an OIDC access token. 401 when missing, malformed, forged or
/// expired.
ApiResult<Account> authenticate(RequestContext &context);
/// Same, plus 403 for an end-user.
ApiResult<Account> authenticateOrganization(RequestContext &context);
/// The account whose API key secret is in the body's `api_key_secret` (401 when unknown).
ApiResult<Account> fromApiKeySecretField(RequestContext &context);

/// A REST access token (HS256 JWT) for the account.
QString issueAccessToken(SandboxState &state, const Account &account);

} // namespace accounts
} // namespace inkan::sandbox
