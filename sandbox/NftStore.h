// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// NFTs in the database: minting, visibility, transfer, dynamic metadata, pages and history,
// shared by the REST routes (NftRoutes.cpp), the QR verification and the demo seeding. The
// metadata field rules are in NftSchema.h.
#include "Accounts.h"
#include "Http.h"
#include "NftSchema.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>

namespace inkan::sandbox {

class Database;
class SandboxState;

struct Nft {
    QString tokenId; // 0x + 64 lower-case hex digits
    QString minterId;
    QString holderId;
    QString visibility; // "public" or "private"
    QJsonObject staticMetadata;
    QJsonObject dynamicMetadata;
    QString minterSignature;
    qint64 createdAt = 0;
    // The metadata as stored: canonical JSON, exactly as canonicalJson() writes it.
    QByteArray storedStatic;
    QByteArray storedDynamic;
};

namespace nfts {

/// Lower-case token id, or empty when `text` is not 0x + 64 hex digits.
QString normalizeTokenId(const QString &text);
/// How byTokenId() returns the metadata: parsed into the QJsonObjects, or only as stored
/// (the objects stay empty) for an answer that passes it on unchanged (withStoredMetadata()).
enum class Metadata { Parsed, AsStored };
std::optional<Nft> byTokenId(Database &db, const QString &tokenId, Metadata metadata = Metadata::Parsed);
/// `json` (compact JSON holding toJson() of an NFT read AsStored, once) with the NFT's stored
/// metadata put in place of its empty objects: byte for byte what serialising the parsed
/// metadata gives, without parsing and writing it again.
QByteArray withStoredMetadata(QByteArray json, const Nft &nft);
/// A private NFT exists only for its holder and its minter.
bool isVisibleTo(const Nft &nft, const Account &caller);
/// The seed's NFT object: token_id, token_uri, minter_digital_signature, created_at, metadata.
QJsonObject toJson(const Nft &nft, const QString &baseUrl);

/// keccak256(token id as 32 bytes ‖ UTF-8 of the canonical JSON of the static metadata); the
/// minter's ID wallet signs these 32 bytes with personal_sign (EIP-191).
QByteArray signedDigest(const QString &tokenId, const QJsonObject &staticMetadata);
/// Compact JSON with keys sorted (QJsonObject keeps them sorted) and no whitespace.
QByteArray canonicalJson(const QJsonObject &object);

/// Mints to an end-user's wallet: checks the minter (a verified organization), the holder and
/// the metadata (400 names the field). A new NFT is private.
ApiResult<Nft> mint(SandboxState &state, const Account &minter, const QString &holderAddress,
                    const QJsonObject &body);
/// Moves an NFT to another end-user on behalf of its holder or minter: checkTransfer() then
/// applyTransfer().
ApiResult<Nft> transfer(SandboxState &state, const Account &caller, const QString &tokenId,
                        const QString &receiverAddress);

/// A transfer that passed its checks: the NFT as it was read, and who receives it.
struct TransferPlan {
    Nft nft;
    Account receiver;
};
/// The checks of a transfer (400 bad ids, 404 unknown or invisible NFT or receiver, 403 neither
/// holder nor minter, 409 the receiver holds it already); changes nothing.
ApiResult<TransferPlan> checkTransfer(Database &db, const Account &caller, const QString &tokenId,
                                      const QString &receiverAddress);
/// Moves the NFT with an UPDATE conditional on the holder that checkTransfer() read, and records
/// the transfer; 409 when the NFT changed hands in between. This condition is what guarantees
/// that of two racing transfers exactly one moves the NFT: it holds whether or not requests run
/// one at a time (the worker thread serializes them today; the condition does not rely on it).
ApiResult<Nft> applyTransfer(SandboxState &state, const TransferPlan &plan);
ApiResult<QString> setVisibility(SandboxState &state, const Account &caller, const QString &tokenId,
                                 const QString &visibility);

/// Replaces an NFT's dynamic metadata (already validated).
void setDynamicMetadata(Database &db, const QString &tokenId, const QJsonObject &dynamic);

/// One page of a list, in mint order.
struct PageRequest {
    int perPage = 10;
    int page = 1; // from 1
    bool descending = false;
};
/// The NFTs matching `where` (an SQL condition starting with WHERE, ? bound to `values` in
/// order), one page. The list and search queries are served by the indexes on nfts
/// (holder_id, seq), (minter_id, seq) and (visibility, seq), so a page costs the same for a
/// holder of 10 NFTs and of 10,000.
QList<Nft> listPage(Database &db, const QString &where, QVariantList values, const PageRequest &page);
/// The statement listPage() runs (two more values: the page size and the offset).
QString pageSql(const QString &where, const PageRequest &page);
/// The conditions of the list endpoints, for listPage(): the NFTs a holder holds that the
/// caller may see (values: holder id, caller id, caller id), and those an organization minted
/// (value: minter id); the public search starts from kPublicNfts.
extern const QString kHeldByVisibleTo;
extern const QString kMintedBy;
extern const QString kPublicNfts;
/// A search body's field matches as " AND ..." SQL conditions with their values, or 400 for
/// an unknown field or a non-string value. Fields set to null are ignored.
ApiResult<std::pair<QString, QVariantList>> searchFilter(const QJsonObject &body);

/// One on-chain event of an NFT, oldest first.
struct HistoryEntry {
    QString kind; // mint, transfer or burn
    qint64 blockNumber = 0;
    QString trackId;
};
QList<HistoryEntry> history(Database &db, const QString &tokenId);

} // namespace nfts
} // namespace inkan::sandbox
