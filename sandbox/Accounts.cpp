// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Accounts.h"
#include "Tr.h"

#include "Database.h"
#include "Jwt.h"
#include "SandboxState.h"
#include "Secrets.h"

#include "crypto/Address.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace inkan::sandbox::accounts {

namespace {

const QString kSelectAccount = QStringLiteral(
    "SELECT id, account_type, email, name, domain, domain_verified, phone_number, phone_verified,"
    " wallet_address, wallet_public_key, created_at, updated_at FROM accounts ");

Account fromRow(const QSqlQuery &row)
{
    Account account;
    account.id = row.value(0).toString();
    account.type = row.value(1).toString();
    account.email = row.value(2).toString();
    account.name = row.value(3).toString();
    account.domain = row.value(4).toString();
    account.domainVerified = row.value(5).toBool();
    account.phoneNumber = row.value(6).toString();
    account.phoneVerified = row.value(7).toBool();
    account.walletAddress = row.value(8).toString();
    account.walletPublicKey = row.value(9).toByteArray();
    account.createdAt = row.value(10).toLongLong();
    account.updatedAt = row.value(11).toLongLong();
    return account;
}

std::optional<Account> selectOne(Database &db, const QString &where, const QVariantList &values)
{
    QSqlQuery query = db.exec(kSelectAccount + where, values);
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QString base58(const QByteArray &bytes)
{
    static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    QList<int> digits; // little-endian base-58 digits
    for (const char byte : bytes) {
        int carry = static_cast<unsigned char>(byte);
        for (int &digit : digits) {
            carry += digit * 256;
            digit = carry % 58;
            carry /= 58;
        }
        while (carry > 0) {
            digits.append(carry % 58);
            carry /= 58;
        }
    }
    QString text;
    for (const char byte : bytes) {
        if (byte != 0)
            break;
        text += u'1';
    }
    for (auto it = digits.crbegin(); it != digits.crend(); ++it)
        text += QLatin1Char(alphabet[*it]);
    return text;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString bearerToken(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization").trimmed();
    if (!header.toLower().startsWith("bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

} // namespace

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

QString normalizeAddress(const QString &address)
{
    Result<crypto::Address> parsed = crypto::Address::parse(address);
    if (!parsed || !address.startsWith(u"0x", Qt::CaseInsensitive))
        return {};
    return parsed->toLower();
}

QString suriAddress(const QByteArray &publicKey65)
{
    constexpr char kGenericSubstratePrefix = 42;
    QByteArray compressed;
    compressed.append(char((static_cast<unsigned char>(publicKey65.at(64)) & 1) ? 0x03 : 0x02));
    compressed.append(publicKey65.mid(1, 32));
    const QByteArray accountId = QCryptographicHash::hash(compressed, QCryptographicHash::Blake2b_256);
    QByteArray payload;
    payload.append(kGenericSubstratePrefix);
    payload.append(accountId);
    const QByteArray checksum =
        QCryptographicHash::hash(QByteArray(QByteArray("SS58PRE") + payload), QCryptographicHash::Blake2b_512);
    return base58(payload + checksum.left(2));
}

NewAccount create(Database &db, QStringView type, const QString &email, const QString &name,
                  const QString &domain, const QString &password, bool issueApiKey)
{
    const crypto::PrivateKey key = crypto::PrivateKey::generate();
    const qint64 now = secrets::nowMs();
    NewAccount created;
    Account &account = created.account;
    account.id = crypto::randomUuidV4();
    account.type = type.toString();
    account.email = email;
    account.name = name;
    account.domain = domain;
    account.walletPublicKey = key.publicKey();
    account.walletAddress = key.address().toLower();
    account.createdAt = now;
    account.updatedAt = now;
    if (issueApiKey)
        created.apiKeySecret = secrets::randomToken(32);
    db.exec(QStringLiteral(
                "INSERT INTO accounts (id, account_type, email, name, domain, password_hash,"
                " api_key_hash, wallet_key, wallet_public_key, wallet_address, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {account.id, account.type, nullIfEmpty(email), nullIfEmpty(name), nullIfEmpty(domain),
             password.isEmpty() ? QVariant() : QVariant(secrets::hashPassword(password)),
             issueApiKey ? QVariant(secrets::sha256Hex(created.apiKeySecret)) : QVariant(),
             QByteArray(key.bytes().constChar(), key.bytes().size()), account.walletPublicKey,
             account.walletAddress, now, now});
    return created;
}

std::optional<Account> byId(Database &db, const QString &id)
{
    return selectOne(db, QStringLiteral("WHERE id = ?"), {id});
}

std::optional<Account> byEmail(Database &db, const QString &email)
{
    return selectOne(db, QStringLiteral("WHERE email = ? COLLATE NOCASE"), {email});
}

std::optional<Account> byApiKeySecret(Database &db, const QString &secret)
{
    if (secret.isEmpty())
        return std::nullopt;
    return selectOne(db, QStringLiteral("WHERE api_key_hash = ?"), {secrets::sha256Hex(secret)});
}

std::optional<Account> byWalletAddress(Database &db, const QString &address)
{
    const QString normalized = normalizeAddress(address);
    if (normalized.isEmpty())
        return std::nullopt;
    return selectOne(db, QStringLiteral("WHERE wallet_address = ?"), {normalized});
}

std::optional<Account> signIn(Database &db, const QString &email, const QString &password)
{
    QSqlQuery query = db.exec(QStringLiteral("SELECT id, password_hash FROM accounts WHERE email = ? "
                                             "COLLATE NOCASE AND account_type = 'end_user'"),
                              {email});
    if (!query.next() || query.value(1).isNull()
        || !secrets::checkPassword(password, query.value(1).toString()))
        return std::nullopt;
    return byId(db, query.value(0).toString());
}

Account findOrCreateEndUser(Database &db, const QString &email)
{
    if (std::optional<Account> existing = byEmail(db, email))
        return *existing;
    return create(db, kEndUser, email.toLower(), {}, {}, {}, false).account;
}

void associate(Database &db, const QString &organizationId, const QString &endUserId)
{
    db.exec(QStringLiteral("INSERT OR IGNORE INTO organization_members"
                           " (organization_id, end_user_id, created_at) VALUES (?, ?, ?)"),
            {organizationId, endUserId, secrets::nowMs()});
}

crypto::PrivateKey walletKey(Database &db, const QString &accountId)
{
    QByteArray bytes = db.scalar(QStringLiteral("SELECT wallet_key FROM accounts WHERE id = ?"),
                                 {accountId})
                           .value_or(QVariant())
                           .toByteArray();
    Result<crypto::PrivateKey> key = crypto::PrivateKey::fromBytes(crypto::SecureBytes::takeFrom(bytes));
    if (!key)
        throw DatabaseError("an account's wallet key is unreadable");
    return std::move(*key);
}

QJsonObject publicInfo(const Account &account)
{
    return {{"id_wallet_address", account.walletAddress},
            {"id_wallet_public_key_jwk", jwt::publicJwk(account.walletPublicKey)}};
}

QJsonObject myInfo(const Account &account)
{
    const QString created = secrets::isoTime(account.createdAt);
    const QString updated = secrets::isoTime(account.updatedAt);
    const QJsonValue null(QJsonValue::Null);
    return {
        {"account_id", account.id},
        {"oidc_issuer_url", null},
        {"sub", account.id},
        {"name", orNull(account.name)},
        {"given_name", null},
        {"family_name", null},
        {"middle_name", null},
        {"nickname", null},
        {"preferred_username", null},
        {"profile", null},
        {"picture", null},
        {"website", null},
        {"email", orNull(account.email)},
        {"email_verified", !account.email.isEmpty()},
        {"gender", null},
        {"birthdate", null},
        {"zoneinfo", null},
        {"locale", null},
        {"phone_number", orNull(account.phoneNumber)},
        {"phone_number_verified", account.phoneVerified},
        {"address", null},
        {"account_type", account.type},
        {"domain", orNull(account.domain)},
        {"domain_verified", account.domainVerified},
        {"id_wallet",
         QJsonObject{{"address", account.walletAddress},
                     {"jwk_encrypted", jwt::publicJwk(account.walletPublicKey)},
                     {"owner", account.id},
                     {"created_date_string", created},
                     {"created_at", created},
                     {"updated_at", created}}},
        {"created_at", created},
        {"updated_at", updated},
    };
}

QString issueAccessToken(SandboxState &state, const Account &account)
{
    const qint64 now = secrets::nowMs() / 1000;
    return jwt::signHs256({{"typ", "access"},
                           {"sub", account.id},
                           {"iat", now},
                           {"exp", now + state.options().tokenTtlSeconds},
                           {"jti", secrets::randomToken(12)}},
                          state.jwtSecret());
}

ApiResult<Account> authenticate(RequestContext &context)
{
    const QString token = bearerToken(context.request);
    if (token.isEmpty())
        return ApiError{401, inkan::tr("Sign in first: send Authorization: Bearer <access token>."), {}};
    // A token's signature and claims are checked once; its expiry on every request.
    std::optional<SandboxState::VerifiedToken> known = context.state.verifiedToken(token);
    if (!known) {
        jwt::Verified verified = jwt::verifyHs256(token, context.state.jwtSecret(), QStringLiteral("access"));
        if (verified.check == jwt::Check::WrongType)
            verified = jwt::verifyHs256(token, context.state.jwtSecret(), QStringLiteral("oidc_access"));
        if (verified.check == jwt::Check::Expired)
            return ApiError{401, inkan::tr("The access token has expired; refresh it with the API key secret."), {}};
        if (!verified.ok())
            return ApiError{401, inkan::tr("The access token is not valid."), {}};
        known = SandboxState::VerifiedToken{verified.claims.value("sub").toString(),
                                            qint64(verified.claims.value("exp").toDouble(0))};
        context.state.rememberToken(token, *known);
    } else if (known->expiresAt <= secrets::nowMs() / 1000) {
        return ApiError{401, inkan::tr("The access token has expired; refresh it with the API key secret."), {}};
    }
    std::optional<Account> account = byId(context.state.db(), known->subject);
    if (!account)
        return ApiError{401, inkan::tr("The access token names an account that does not exist."), {}};
    return *account;
}

ApiResult<Account> authenticateOrganization(RequestContext &context)
{
    ApiResult<Account> account = authenticate(context);
    if (account && !account->isOrganization())
        return ApiError{403, inkan::tr("Only an organization account can do this."), {}};
    return account;
}

ApiResult<Account> fromApiKeySecretField(RequestContext &context)
{
    const QJsonValue secret = context.json.value("api_key_secret");
    if (!secret.isString() || secret.toString().isEmpty())
        return ApiError{401, inkan::tr("The field api_key_secret is required."), {}};
    std::optional<Account> account = byApiKeySecret(context.state.db(), secret.toString());
    if (!account)
        return ApiError{401, inkan::tr("The API key secret is not valid."), {}};
    return *account;
}

} // namespace inkan::sandbox::accounts
