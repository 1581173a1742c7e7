// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "DemoSeeder.h"
#include "Tr.h"

#include "Accounts.h"
#include "Database.h"
#include "NftStore.h"
#include "SandboxState.h"
#include "Secrets.h"

#include "crypto/PersonalSign.h"
#include "crypto/Secp256k1.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace inkan::sandbox {

namespace {

const QString kCredentialsKey = QStringLiteral("demo_credentials");
const QString kOrganizationName = QStringLiteral("Inkan Demo Museum");
const QString kDomain = QStringLiteral("museum.inkan-demo.example");
// The museum's front door (Ueno, Tokyo): tickets are valid within 300 m of it.
const QString kVenueLatitude = QStringLiteral("35.7188");
const QString kVenueLongitude = QStringLiteral("139.7765");

struct Kind {
    QString name;
    QString image;
    QJsonObject dynamic;
};

QJsonObject staticFor(const QString &name, const QString &description, const QString &image,
                      const QString &link, int serial, int total)
{
    return {{"issuer", kOrganizationName},
            {"contents_provider", kOrganizationName},
            {"name", name},
            {"description", description},
            // Root-relative: the port changes between runs; clients resolve it against the base URL.
            {"image", QString(QStringLiteral("/assets/") + image)},
            {"link", QString(QStringLiteral("https://") + kDomain + link)},
            {"serial_number", serial},
            {"total_issued", total},
            {"animation_url", ""}};
}

QList<QJsonObject> demoMetadata()
{
    QList<QJsonObject> all;
    const qint64 now = secrets::nowMs() / 1000;
    const struct {
        QString name;
        QString description;
        QString image;
        QString seatPrefix;
    } events[] = {
        {inkan::tr("Night Concert at the Museum"), inkan::tr("One seat at the summer night concert in the great hall."),
         QStringLiteral("ticket-concert.png"), QStringLiteral("A")},
        {inkan::tr("Impressionism Exhibition"), inkan::tr("Entry to the special exhibition, any day of its run."),
         QStringLiteral("ticket-exhibition.png"), QStringLiteral("E")},
        {inkan::tr("Winter Gala"), inkan::tr("An evening at the museum's winter gala."), QStringLiteral("ticket-gala.png"),
         QStringLiteral("G")},
    };
    for (const auto &event : events) {
        for (int i = 1; i <= 4; ++i) {
            all.append({{"static", staticFor(event.name, event.description, event.image,
                                             QStringLiteral("/events"), i, 4)},
                        {"dynamic", QJsonObject{{"category", "ticket"},
                                                {"organization", kOrganizationName},
                                                {"ticketed_seat", QStringLiteral("%1-%2").arg(event.seatPrefix).arg(i * 3)},
                                                {"valid_latitude", kVenueLatitude},
                                                {"valid_longitude", kVenueLongitude},
                                                {"valid_radius", 300},
                                                {"unit_of_length", "m"},
                                                {"date_created", now},
                                                {"expires", now + 180 * 86400},
                                                {"keywords", "ticket museum"}}}});
        }
    }
    const struct {
        QString level;
        QString image;
    } tiers[] = {{QStringLiteral("Gold"), QStringLiteral("membership-gold.png")},
                 {QStringLiteral("Silver"), QStringLiteral("membership-silver.png")},
                 {QStringLiteral("Bronze"), QStringLiteral("membership-bronze.png")}};
    int member = 0;
    for (const auto &tier : tiers) {
        for (int i = 1; i <= 4; ++i) {
            ++member;
            all.append({{"static", staticFor(inkan::tr("Friends of the Museum — %1").arg(tier.level),
                                             inkan::tr("Membership credential of the Friends of the Museum."), tier.image,
                                             QStringLiteral("/members"), member, 12)},
                        {"dynamic", QJsonObject{{"category", "membership"},
                                                {"credential_category", "membership"},
                                                {"program_name", "Friends of the Museum"},
                                                {"organization", kOrganizationName},
                                                {"level", tier.level},
                                                {"role", "member"},
                                                {"id", QStringLiteral("MEM-%1").arg(member, 4, 10, QLatin1Char('0'))},
                                                {"status", "active"},
                                                {"date_created", now},
                                                {"keywords", "membership museum"}}}});
        }
    }
    const struct {
        QString program;
        QString image;
        int basePoints;
    } programs[] = {{QStringLiteral("Museum Café Rewards"), QStringLiteral("loyalty-cafe.png"), 120},
                    {QStringLiteral("Museum Shop Points"), QStringLiteral("loyalty-shop.png"), 40}};
    for (const auto &program : programs) {
        for (int i = 1; i <= 8; ++i) {
            all.append({{"static", staticFor(program.program, inkan::tr("Loyalty points, spent at the museum."),
                                             program.image, QStringLiteral("/rewards"), i, 8)},
                        {"dynamic", QJsonObject{{"category", "loyalty"},
                                                {"program_name", program.program},
                                                {"organization", kOrganizationName},
                                                {"points_earned", program.basePoints * i},
                                                {"unit_of_points", "pts"},
                                                {"status", "active"},
                                                {"keywords", "loyalty museum"}}}});
        }
    }
    return all;
}

void seedBalances(Database &db, const QString &address, int factor)
{
    const struct {
        int chainId;
        const char *token;
        const char *symbol;
        int decimals;
        QString balance;
        double price;
        const char *logo;
    } balances[] = {
        {1, "0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "ETH", 18,
         QString::number(qint64(factor) * 125) + QStringLiteral("0000000000000000"), 3150.42, "/assets/token-eth.png"},
        {1, "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", "USDC", 6, QString::number(qint64(factor) * 250000000), 1.0,
         "/assets/token-usdc.png"},
        {137, "0x00000000000000000000000000000000000011c0", "INK", 18,
         QString::number(factor * 42) + QStringLiteral("000000000000000000"), 0.37, "/assets/token-ink.png"},
    };
    for (const auto &entry : balances) {
        db.exec(QStringLiteral("INSERT OR REPLACE INTO nonceauth_balances (address, chain_id, token_address, symbol,"
                               " decimals, balance, allowance, price, logo_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {address, entry.chainId, QString::fromLatin1(entry.token), QString::fromLatin1(entry.symbol),
                 entry.decimals, entry.balance, QStringLiteral("0"), entry.price, QString::fromLatin1(entry.logo)});
    }
}

} // namespace

void seedDemo(SandboxState &state)
{
    Database &db = state.db();
    if (!db.setting(kCredentialsKey).isEmpty())
        return;

    const NewAccount organization = accounts::create(db, accounts::kOrganization, QStringLiteral("museum@") + kDomain,
                                                     kOrganizationName, kDomain, {}, true);
    db.exec(QStringLiteral("UPDATE accounts SET domain_verified = 1 WHERE id = ?"), {organization.account.id});
    Account minter = organization.account;
    minter.domainVerified = true;

    QJsonArray endUsers;
    QJsonArray wallets;
    QList<Account> holders;
    const QStringList names = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString email = names[i] + QStringLiteral("@example.com");
        const QString password = secrets::randomToken(12);
        const NewAccount user = accounts::create(db, accounts::kEndUser, email, {}, {}, password, true);
        accounts::associate(db, minter.id, user.account.id);
        holders.append(user.account);
        endUsers.append(QJsonObject{{"email", email},
                                    {"password", password},
                                    {"api_key_secret", user.apiKeySecret},
                                    {"id_wallet_address", user.account.walletAddress}});

        // A self-custody demo wallet for the signature-based services (nonce-auth, Capture, Pakt).
        const crypto::PrivateKey key = crypto::PrivateKey::generate();
        const QString address = key.address().toLower();
        seedBalances(db, address, int(i) + 1);
        db.exec(QStringLiteral("INSERT INTO nonceauth_users (address, email, name, api_key, created_at)"
                               " VALUES (?, ?, ?, ?, ?)"),
                {address, email, names[i], secrets::randomToken(24), secrets::nowMs()});
        db.exec(QStringLiteral("INSERT INTO capture_users (address, username, email, password_hash, language,"
                               " referral_code, points, joined_at) VALUES (?, ?, ?, ?, 'en', ?, ?, ?)"),
                {address, names[i], email, secrets::hashPassword(password), secrets::randomHex(4),
                 QString::number((i + 1) * 100), secrets::nowMs()});
        wallets.append(QJsonObject{{"name", names[i]},
                                   {"address", key.address().toChecksummed()},
                                   {"private_key", QString::fromLatin1(key.bytes().toHex0x().view().toByteArray())}});
    }

    // 12 tickets, 12 memberships, 16 loyalty cards: spread over the three end-users, every
    // other one public, a few handed on so their history shows transfers.
    const QList<QJsonObject> metadata = demoMetadata();
    for (qsizetype i = 0; i < metadata.size(); ++i) {
        const Account &holder = holders[i % holders.size()];
        ApiResult<Nft> nft = nfts::mint(state, minter, holder.walletAddress, QJsonObject{{"metadata", metadata[i]}});
        if (!nft)
            throw DatabaseError(nft.error().message.toStdString());
        if (i % 2 == 0)
            (void)nfts::setVisibility(state, minter, nft->tokenId, QStringLiteral("public"));
        if (i % 7 == 3) {
            const Account &receiver = holders[(i + 1) % holders.size()];
            if (ApiResult<Nft> moved = nfts::transfer(state, holder, nft->tokenId, receiver.walletAddress); !moved)
                throw DatabaseError(moved.error().message.toStdString());
        }
    }

    const QString builderToken = secrets::randomToken(32);
    db.exec(QStringLiteral("INSERT INTO pakt_builders (token_hash, app_name) VALUES (?, ?)"),
            {secrets::sha256Hex(builderToken), QStringLiteral("inkan")});

    const QJsonObject credentials{
        {"organization", QJsonObject{{"name", kOrganizationName},
                                     {"account_id", minter.id},
                                     {"api_key_secret", organization.apiKeySecret},
                                     {"id_wallet_address", minter.walletAddress},
                                     {"domain", kDomain}}},
        {"end_users", endUsers},
        {"wallets", wallets},
        {"oidc", QJsonObject{{"client_id", minter.id}}},
        {"pakt", QJsonObject{{"builder_token", builderToken}, {"app_name", "inkan"}}},
    };
    // Kept so demo.json can be rewritten with the next run's port; the demo's secrets only.
    db.setSetting(kCredentialsKey, QJsonDocument(credentials).toJson(QJsonDocument::Compact));
}

int seedDemoNfts(SandboxState &state, int count)
{
    Database &db = state.db();
    const QJsonObject credentials = QJsonDocument::fromJson(db.setting(kCredentialsKey)).object();
    const QString minterId = credentials.value("organization").toObject().value("account_id").toString();
    const QString aliceAddress =
        credentials.value("end_users").toArray().at(0).toObject().value("id_wallet_address").toString();
    const std::optional<Account> minter = accounts::byId(db, minterId);
    const std::optional<Account> alice = accounts::byWalletAddress(db, aliceAddress);
    if (!minter || !alice)
        throw DatabaseError("the demo holder or minter is missing; seed the demo first");
    const qint64 held =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM nfts WHERE holder_id = ?"), {alice->id}).value_or(0).toLongLong();
    if (held >= count)
        return 0;

    // The demo's own NFTs as templates, checked once as mint() would.
    QList<std::pair<QJsonObject, QJsonObject>> templates;
    for (const QJsonObject &metadata : demoMetadata()) {
        ApiResult<QJsonObject> fixed = nfts::validateStatic(metadata.value("static"));
        const QJsonObject dynamic = metadata.value("dynamic").toObject();
        if (!fixed || nfts::validateDynamic(dynamic, QStringLiteral("metadata.dynamic.")))
            throw DatabaseError("a demo NFT template does not validate");
        templates.append({*fixed, dynamic});
    }
    const crypto::PrivateKey key = accounts::walletKey(db, minter->id);
    const QString insertNft = QStringLiteral(
        "INSERT INTO nfts (token_id, minter_id, holder_id, visibility, static_json, dynamic_json, minter_signature,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QString insertMint = QStringLiteral(
        "INSERT INTO nft_transactions (token_id, kind, block_number, track_id, from_id, to_id, created_at)"
        " VALUES (?, 'mint', ?, ?, NULL, ?, ?)");
    const qint64 now = secrets::nowMs();
    const int toMint = int(count - held);
    for (int i = 0; i < toMint; ++i) {
        const qint64 number = held + i + 1;
        const auto &[staticTemplate, dynamic] = templates.at(int(number % templates.size()));
        QJsonObject staticMetadata = staticTemplate;
        staticMetadata.insert("name", QStringLiteral("%1 #%2").arg(staticTemplate.value("name").toString()).arg(number));
        staticMetadata.insert("serial_number", number);
        staticMetadata.insert("total_issued", count);
        const QString tokenId = QStringLiteral("0x") + secrets::randomHex(32);
        const QString signature = crypto::personal::sign(key, nfts::signedDigest(tokenId, staticMetadata));
        // Minted one millisecond apart, so "newest first" has an order to follow.
        const qint64 createdAt = now - (toMint - i);
        db.exec(insertNft, {tokenId, minter->id, alice->id,
                            number % 2 == 0 ? QStringLiteral("public") : QStringLiteral("private"),
                            nfts::canonicalJson(staticMetadata), nfts::canonicalJson(dynamic), signature, createdAt});
        db.exec(insertMint, {tokenId, state.nextBlockNumber(), secrets::timestampedId(createdAt), alice->id, createdAt});
    }
    return toMint;
}

Result<void> writeDemoJson(SandboxState &state)
{
    QJsonObject demo = QJsonDocument::fromJson(state.db().setting(kCredentialsKey)).object();
    if (demo.isEmpty())
        return makeError(ErrorKind::NotFound, inkan::tr("The demo data has not been seeded."));
    const QString base = state.baseUrl();
    demo.insert("base_url", base);
    // Where the demo's place-bound NFTs are valid: the app puts the holder and the scanner there.
    demo.insert("venue", QJsonObject{{"latitude", kVenueLatitude}, {"longitude", kVenueLongitude}});
    demo.insert("services", QJsonObject{{"web3connect", QString(base + QStringLiteral("/rest/v1"))},
                                        {"oidc", QString(base + QStringLiteral("/oidc"))},
                                        {"capture", QString(base + QStringLiteral("/api/v3"))},
                                        {"nonceauth", base},
                                        {"pakt", QString(base + QStringLiteral("/v1/auth/web3"))}});
    QSaveFile file(state.dataPath(QStringLiteral("demo.json")));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, inkan::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(demo).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(ErrorKind::Io, inkan::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace inkan::sandbox
