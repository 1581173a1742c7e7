// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// NFTs in the database: mint, fetch, transfer, visibility, dynamic metadata, pages, history.
#include "NftStore.h"
#include "Tr.h"

#include "Database.h"
#include "SandboxState.h"
#include "Secrets.h"

#include "crypto/Keccak.h"
#include "crypto/PersonalSign.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace inkan::sandbox {

namespace {

const QString kSelectNft = QStringLiteral(
    "SELECT token_id, minter_id, holder_id, visibility, static_json, dynamic_json,"
    " minter_signature, created_at FROM nfts ");

Nft fromRow(const QSqlQuery &row, nfts::Metadata metadata = nfts::Metadata::Parsed)
{
    Nft nft;
    nft.tokenId = row.value(0).toString();
    nft.minterId = row.value(1).toString();
    nft.holderId = row.value(2).toString();
    nft.visibility = row.value(3).toString();
    nft.storedStatic = row.value(4).toByteArray();
    nft.storedDynamic = row.value(5).toByteArray();
    if (metadata == nfts::Metadata::Parsed) {
        nft.staticMetadata = QJsonDocument::fromJson(nft.storedStatic).object();
        nft.dynamicMetadata = QJsonDocument::fromJson(nft.storedDynamic).object();
    }
    nft.minterSignature = row.value(6).toString();
    nft.createdAt = row.value(7).toLongLong();
    return nft;
}

QString newTrackId()
{
    return secrets::timestampedId(secrets::nowMs());
}

void recordTransaction(SandboxState &state, const QString &tokenId, const QString &kind,
                       const QVariant &fromId, const QVariant &toId)
{
    state.db().exec(QStringLiteral("INSERT INTO nft_transactions (token_id, kind, block_number, track_id,"
                                   " from_id, to_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {tokenId, kind, state.nextBlockNumber(), newTrackId(), fromId, toId, secrets::nowMs()});
}

} // namespace

namespace nfts {

QString normalizeTokenId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^0x[0-9a-fA-F]{64}$"));
    return pattern.match(text).hasMatch() ? text.toLower() : QString();
}

std::optional<Nft> byTokenId(Database &db, const QString &tokenId, Metadata metadata)
{
    QSqlQuery row = db.exec(kSelectNft + QStringLiteral("WHERE token_id = ?"), {tokenId});
    if (!row.next())
        return std::nullopt;
    return fromRow(row, metadata);
}

QByteArray withStoredMetadata(QByteArray json, const Nft &nft)
{
    // Compact JSON escapes every quote inside a string, so this text occurs only as the key.
    static const QByteArray empty = QByteArrayLiteral("\"metadata\":{\"dynamic\":{},\"static\":{}}");
    const qsizetype at = json.indexOf(empty);
    if (at < 0)
        return json;
    const QByteArray filled = "\"metadata\":{\"dynamic\":" + nft.storedDynamic + ",\"static\":" + nft.storedStatic + '}';
    return json.replace(at, empty.size(), filled);
}

bool isVisibleTo(const Nft &nft, const Account &caller)
{
    return nft.visibility == u"public" || nft.holderId == caller.id || nft.minterId == caller.id;
}

QJsonObject toJson(const Nft &nft, const QString &baseUrl)
{
    return {{"token_id", nft.tokenId},
            {"token_uri", QString(baseUrl + QStringLiteral("/rest/v1/nft/") + nft.tokenId)},
            {"minter_digital_signature", nft.minterSignature},
            {"created_at", secrets::isoTime(nft.createdAt)},
            {"metadata", QJsonObject{{"static", nft.staticMetadata}, {"dynamic", nft.dynamicMetadata}}}};
}

QByteArray canonicalJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray signedDigest(const QString &tokenId, const QJsonObject &staticMetadata)
{
    return crypto::keccak256(QByteArray(QByteArray::fromHex(tokenId.mid(2).toLatin1()) + canonicalJson(staticMetadata)));
}

void setDynamicMetadata(Database &db, const QString &tokenId, const QJsonObject &dynamic)
{
    db.exec(QStringLiteral("UPDATE nfts SET dynamic_json = ? WHERE token_id = ?"), {canonicalJson(dynamic), tokenId});
}

const QString kHeldByVisibleTo =
    QStringLiteral("WHERE holder_id = ? AND (visibility = 'public' OR holder_id = ? OR minter_id = ?)");
const QString kMintedBy = QStringLiteral("WHERE minter_id = ?");
const QString kPublicNfts = QStringLiteral("WHERE visibility = 'public'");

QString pageSql(const QString &where, const PageRequest &page)
{
    return kSelectNft + where + (page.descending ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq ASC"))
        + QStringLiteral(" LIMIT ? OFFSET ?");
}

QList<Nft> listPage(Database &db, const QString &where, QVariantList values, const PageRequest &page)
{
    values << page.perPage << qint64(page.page - 1) * page.perPage;
    QSqlQuery rows = db.exec(pageSql(where, page), values);
    QList<Nft> result;
    while (rows.next())
        result.append(fromRow(rows));
    return result;
}

ApiResult<std::pair<QString, QVariantList>> searchFilter(const QJsonObject &body)
{
    QString where;
    QVariantList values;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue; // the seed: a field set to undefined is ignored
        const SearchField field = searchField(it.key());
        if (field == SearchField::None)
            return ApiError{400, inkan::tr("%1 is not a search field.").arg(it.key()), {}};
        if (!it.value().isString())
            return ApiError{400, inkan::tr("The search value of %1 must be a string.").arg(it.key()), {}};
        where += field == SearchField::Static ? QStringLiteral(" AND json_extract(static_json, ?) = ?")
                                              : QStringLiteral(" AND json_extract(dynamic_json, ?) = ?");
        values << QStringLiteral("$.\"%1\"").arg(it.key()) << it.value().toString();
    }
    return std::pair{where, values};
}

QList<HistoryEntry> history(Database &db, const QString &tokenId)
{
    QSqlQuery rows = db.exec(QStringLiteral("SELECT kind, block_number, track_id FROM nft_transactions"
                                            " WHERE token_id = ? ORDER BY block_number"),
                             {tokenId});
    QList<HistoryEntry> entries;
    while (rows.next())
        entries.append({rows.value(0).toString(), rows.value(1).toLongLong(), rows.value(2).toString()});
    return entries;
}

ApiResult<Nft> mint(SandboxState &state, const Account &minter, const QString &holderAddress,
                    const QJsonObject &body)
{
    if (!minter.isOrganization())
        return ApiError{403, inkan::tr("Only an organization account can mint."), {}};
    if (!minter.domainVerified)
        return ApiError{403, inkan::tr("Verify the organization's domain before minting."), {}};
    if (accounts::normalizeAddress(holderAddress).isEmpty())
        return ApiError{400, inkan::tr("%1 is not a valid ID wallet address.").arg(holderAddress), {}};
    Database &db = state.db();
    std::optional<Account> holder = accounts::byWalletAddress(db, holderAddress);
    if (!holder)
        return ApiError{404, inkan::tr("No end-user has the ID wallet %1.").arg(holderAddress), {}};
    if (holder->isOrganization())
        return ApiError{400, inkan::tr("NFTs are minted to end-users; %1 is an organization.").arg(holderAddress), {}};

    if (!body.value("metadata").isObject())
        return ApiError{400, inkan::tr("metadata is required and must be an object."), {}};
    const QJsonObject metadata = body.value("metadata").toObject();
    ApiResult<QJsonObject> staticMetadata = validateStatic(metadata.value("static"));
    if (!staticMetadata)
        return staticMetadata.error();
    const QJsonValue dynamicValue = metadata.value("dynamic");
    if (!dynamicValue.isUndefined() && !dynamicValue.isNull() && !dynamicValue.isObject())
        return ApiError{400, inkan::tr("metadata.dynamic must be an object."), {}};
    QJsonObject dynamicMetadata = dynamicValue.toObject();
    if (std::optional<ApiError> invalid = validateDynamic(dynamicMetadata, QStringLiteral("metadata.dynamic.")))
        return *invalid;
    for (const QString &key : dynamicMetadata.keys()) {
        if (dynamicMetadata.value(key).isNull())
            dynamicMetadata.remove(key);
    }

    Nft nft;
    nft.tokenId = QStringLiteral("0x") + secrets::randomHex(32);
    nft.minterId = minter.id;
    nft.holderId = holder->id;
    nft.visibility = QStringLiteral("private");
    nft.staticMetadata = *staticMetadata;
    nft.dynamicMetadata = dynamicMetadata;
    nft.createdAt = secrets::nowMs();
    nft.minterSignature = crypto::personal::sign(accounts::walletKey(db, minter.id),
                                                 signedDigest(nft.tokenId, nft.staticMetadata));
    db.exec(QStringLiteral("INSERT INTO nfts (token_id, minter_id, holder_id, visibility, static_json,"
                           " dynamic_json, minter_signature, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {nft.tokenId, nft.minterId, nft.holderId, nft.visibility, canonicalJson(nft.staticMetadata),
             canonicalJson(nft.dynamicMetadata), nft.minterSignature, nft.createdAt});
    recordTransaction(state, nft.tokenId, QStringLiteral("mint"), QVariant(), holder->id);
    return nft;
}

ApiResult<Nft> transfer(SandboxState &state, const Account &caller, const QString &tokenIdText,
                        const QString &receiverAddress)
{
    ApiResult<TransferPlan> plan = checkTransfer(state.db(), caller, tokenIdText, receiverAddress);
    if (!plan)
        return plan.error();
    return applyTransfer(state, *plan);
}

ApiResult<TransferPlan> checkTransfer(Database &db, const Account &caller, const QString &tokenIdText,
                                      const QString &receiverAddress)
{
    const QString tokenId = normalizeTokenId(tokenIdText);
    if (tokenId.isEmpty())
        return ApiError{400, inkan::tr("A token id is 0x followed by 64 hex digits."), {}};
    std::optional<Nft> nft = byTokenId(db, tokenId);
    if (!nft || !isVisibleTo(*nft, caller))
        return ApiError{404, inkan::tr("There is no NFT %1.").arg(tokenId), {}};
    if (nft->holderId != caller.id && nft->minterId != caller.id)
        return ApiError{403, inkan::tr("Only the holder or the minter of this NFT can transfer it."), {}};
    if (accounts::normalizeAddress(receiverAddress).isEmpty())
        return ApiError{400, inkan::tr("%1 is not a valid ID wallet address.").arg(receiverAddress), {}};
    std::optional<Account> receiver = accounts::byWalletAddress(db, receiverAddress);
    if (!receiver)
        return ApiError{404, inkan::tr("No end-user has the ID wallet %1.").arg(receiverAddress), {}};
    if (receiver->isOrganization())
        return ApiError{400, inkan::tr("NFTs are held by end-users; %1 is an organization.").arg(receiverAddress), {}};
    if (receiver->id == nft->holderId)
        return ApiError{409, inkan::tr("%1 already holds this NFT.").arg(receiverAddress), {}};
    return TransferPlan{*nft, *receiver};
}

ApiResult<Nft> applyTransfer(SandboxState &state, const TransferPlan &plan)
{
    // Conditional on the holder we read: of two transfers racing, only one moves the NFT.
    const int moved = state.db().execAffected(
        QStringLiteral("UPDATE nfts SET holder_id = ? WHERE token_id = ? AND holder_id = ?"),
        {plan.receiver.id, plan.nft.tokenId, plan.nft.holderId});
    if (moved != 1)
        return ApiError{409, inkan::tr("The NFT changed hands meanwhile; fetch it again."), {}};
    recordTransaction(state, plan.nft.tokenId, QStringLiteral("transfer"), plan.nft.holderId, plan.receiver.id);
    Nft result = plan.nft;
    result.holderId = plan.receiver.id;
    return result;
}

ApiResult<QString> setVisibility(SandboxState &state, const Account &caller, const QString &tokenIdText,
                                 const QString &visibility)
{
    const QString tokenId = normalizeTokenId(tokenIdText);
    if (tokenId.isEmpty())
        return ApiError{400, inkan::tr("A token id is 0x followed by 64 hex digits."), {}};
    std::optional<Nft> nft = byTokenId(state.db(), tokenId);
    if (!nft || !isVisibleTo(*nft, caller))
        return ApiError{404, inkan::tr("There is no NFT %1.").arg(tokenId), {}};
    if (nft->holderId != caller.id && nft->minterId != caller.id)
        return ApiError{403, inkan::tr("Only the holder or the minter of this NFT can change its visibility."), {}};
    if (visibility != u"public" && visibility != u"private")
        return ApiError{400, inkan::tr("The field to must be \"public\" or \"private\"."), {}};
    state.db().exec(QStringLiteral("UPDATE nfts SET visibility = ? WHERE token_id = ?"), {visibility, tokenId});
    return visibility;
}

} // namespace nfts
} // namespace inkan::sandbox
