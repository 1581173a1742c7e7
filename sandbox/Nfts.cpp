// Web3Connect REST: mint, fetch, transfer, visibility, dynamic metadata, lists, search, history.
#include "Nfts.h"
#include "Tr.h"

#include "Database.h"
#include "Router.h"
#include "SandboxState.h"
#include "Secrets.h"
#include "Services.h"

#include "crypto/Keccak.h"
#include "crypto/PersonalSign.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <cmath>

namespace inkan::sandbox {

namespace {

using Method = QHttpServerRequest::Method;


const QString kDefaultExpiry = QStringLiteral("9999-12-31T23:59:59.000Z");
const QStringList kStaticStrings = {"issuer", "contents_provider", "name", "description",
                                    "image", "link", "animation_url"};
const QStringList kStaticIntegers = {"serial_number", "total_issued"};
const QStringList kDynamicNumbers = {"points_earned", "valid_radius", "total_value",
                                     "consumable_value", "discount_rate"};
const QStringList kDynamicIntegers = {"numbered_position", "date_created", "date_modified",
                                      "expires", "copyright_year"};
const QStringList kDynamicStrings = {
    "external_url", "youtube_url", "background_color", "category", "id", "unit_of_points",
    "program_name", "organization", "brand", "branch", "department", "address", "sns1", "sns2",
    "sns3", "role", "email", "tel", "reference_name", "license", "competency",
    "credential_category", "level", "status", "valid_latitude", "valid_longitude",
    "unit_of_length", "ticketed_seat", "price_currency", "gtin", "gtin12", "gtin13", "gtin14",
    "gtin8", "has_adult_consideration", "rating", "copyright_notice", "credit_text", "version",
    "policy", "keywords"};
// The fields the search endpoints match on, and where each lives.
const QStringList kSearchStaticFields = {"issuer", "contents_provider", "name", "description"};
const QStringList kSearchDynamicFields = {
    "category", "program_name", "organization", "brand", "competency", "credential_category",
    "level", "status", "gtin", "gtin12", "gtin13", "gtin14", "gtin8", "has_adult_consideration",
    "rating", "keywords"};

const QString kSelectNft = QStringLiteral(
    "SELECT token_id, minter_id, holder_id, visibility, static_json, dynamic_json,"
    " minter_signature, created_at FROM nfts ");

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) <= 9007199254740991.0;
}

Nft fromRow(const QSqlQuery &row)
{
    Nft nft;
    nft.tokenId = row.value(0).toString();
    nft.minterId = row.value(1).toString();
    nft.holderId = row.value(2).toString();
    nft.visibility = row.value(3).toString();
    nft.staticMetadata = QJsonDocument::fromJson(row.value(4).toByteArray()).object();
    nft.dynamicMetadata = QJsonDocument::fromJson(row.value(5).toByteArray()).object();
    nft.minterSignature = row.value(6).toString();
    nft.createdAt = row.value(7).toLongLong();
    return nft;
}

ApiResult<QJsonObject> validateStatic(const QJsonValue &value)
{
    if (!value.isObject())
        return ApiError{400, inkan::tr("metadata.static is required and must be an object."), {}};
    QJsonObject object = value.toObject();
    for (const QString &field : kStaticStrings) {
        if (!object.value(field).isString())
            return ApiError{400, inkan::tr("metadata.static.%1 is required and must be a string.").arg(field), {}};
    }
    for (const QString &field : kStaticIntegers) {
        if (!isInteger(object.value(field)))
            return ApiError{400, inkan::tr("metadata.static.%1 is required and must be an integer.").arg(field), {}};
    }
    if (object.contains("expired_at")) {
        const QJsonValue expiry = object.value("expired_at");
        if (!expiry.isString()
            || !QDateTime::fromString(expiry.toString(), Qt::ISODateWithMs).isValid())
            return ApiError{400, inkan::tr("metadata.static.expired_at must be an ISO date string."), {}};
    } else {
        object.insert("expired_at", kDefaultExpiry);
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!kStaticStrings.contains(it.key()) && !kStaticIntegers.contains(it.key())
            && it.key() != u"expired_at")
            return ApiError{400, inkan::tr("metadata.static.%1 is not a static field; put it in metadata.dynamic.")
                                     .arg(it.key()), {}};
    }
    return object;
}

bool parseCoordinate(const QJsonValue &value, double limit, double *out)
{
    bool ok = false;
    const double number = value.isString() ? value.toString().trimmed().toDouble(&ok)
                                           : (value.isDouble() ? (ok = true, value.toDouble()) : 0.0);
    if (!ok || !std::isfinite(number) || std::fabs(number) > limit)
        return false;
    *out = number;
    return true;
}

ApiResult<Account> callerOf(RequestContext &context)
{
    return accounts::authenticate(context);
}

// The NFT named by the path, as `caller` may see it: 400 malformed, 404 unknown or private.
ApiResult<Nft> visibleNft(RequestContext &context, const Account &caller)
{
    const QString tokenId = nfts::normalizeTokenId(context.param(QStringLiteral("token_id")));
    if (tokenId.isEmpty())
        return ApiError{400, inkan::tr("A token id is 0x followed by 64 hex digits."), {}};
    std::optional<Nft> nft = nfts::byTokenId(context.state.db(), tokenId);
    if (!nft || !nfts::isVisibleTo(*nft, caller))
        return ApiError{404, inkan::tr("There is no NFT %1.").arg(tokenId), {}};
    return *nft;
}

struct Paging {
    int perPage = 10;
    int page = 1;
    bool descending = false;
};

ApiResult<Paging> paging(const HttpRequest &request)
{
    Paging result;
    const QUrlQuery &query = request.query;
    if (query.hasQueryItem(QStringLiteral("perPageItemNum"))) {
        bool ok = false;
        result.perPage = query.queryItemValue(QStringLiteral("perPageItemNum")).toInt(&ok);
        if (!ok || result.perPage < 1 || result.perPage > 100)
            return ApiError{400, inkan::tr("perPageItemNum must be an integer from 1 to 100."), {}};
    }
    if (query.hasQueryItem(QStringLiteral("pageNum"))) {
        bool ok = false;
        result.page = query.queryItemValue(QStringLiteral("pageNum")).toInt(&ok);
        if (!ok || result.page < 1 || result.page > 1000000)
            return ApiError{400, inkan::tr("pageNum must be an integer from 1."), {}};
    }
    if (query.hasQueryItem(QStringLiteral("order"))) {
        const QString order = query.queryItemValue(QStringLiteral("order"));
        if (order != u"asc" && order != u"desc")
            return ApiError{400, inkan::tr("order must be asc or desc."), {}};
        result.descending = order == u"desc";
    }
    return result;
}

// Runs `where` (with its values) over the NFT table, one page, as NFT objects.
QJsonArray listPage(RequestContext &context, const QString &where, QVariantList values, const Paging &page)
{
    values << page.perPage << qint64(page.page - 1) * page.perPage;
    QSqlQuery rows = context.state.db().exec(
        kSelectNft + where + (page.descending ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq ASC"))
            + QStringLiteral(" LIMIT ? OFFSET ?"),
        values);
    QJsonArray result;
    while (rows.next())
        result.append(nfts::toJson(fromRow(rows), context.state.baseUrl()));
    return result;
}

// The search body's field matches as SQL, or 400 for an unknown field or a non-string value.
ApiResult<std::pair<QString, QVariantList>> searchFilter(const QJsonObject &body)
{
    QString where;
    QVariantList values;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue; // the seed: a field set to undefined is ignored
        const bool isStatic = kSearchStaticFields.contains(it.key());
        if (!isStatic && !kSearchDynamicFields.contains(it.key()))
            return ApiError{400, inkan::tr("%1 is not a search field.").arg(it.key()), {}};
        if (!it.value().isString())
            return ApiError{400, inkan::tr("The search value of %1 must be a string.").arg(it.key()), {}};
        where += isStatic ? QStringLiteral(" AND json_extract(static_json, ?) = ?")
                          : QStringLiteral(" AND json_extract(dynamic_json, ?) = ?");
        values << QStringLiteral("$.\"%1\"").arg(it.key()) << it.value().toString();
    }
    return std::pair{where, values};
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

// --- handlers ----------------------------------------------------------------------------

HttpResponse mintHandler(RequestContext &context)
{
    ApiResult<Account> minter = accounts::authenticateOrganization(context);
    if (!minter)
        return context.fail(minter.error());
    ApiResult<Nft> nft = nfts::mint(context.state, *minter, context.param(QStringLiteral("holder")), context.json);
    if (!nft)
        return context.fail(nft.error());
    return context.ok(nfts::toJson(*nft, context.state.baseUrl()));
}

HttpResponse fetchHandler(RequestContext &context)
{
    ApiResult<Account> caller = callerOf(context);
    if (!caller)
        return context.fail(caller.error());
    ApiResult<Nft> nft = visibleNft(context, *caller);
    if (!nft)
        return context.fail(nft.error());
    return context.ok(nfts::toJson(*nft, context.state.baseUrl()));
}

HttpResponse transferHandler(RequestContext &context)
{
    ApiResult<Account> caller = callerOf(context);
    if (!caller)
        return context.fail(caller.error());
    ApiResult<Nft> nft = nfts::transfer(context.state, *caller, context.param(QStringLiteral("token_id")),
                                        context.param(QStringLiteral("receiver")));
    if (!nft)
        return context.fail(nft.error());
    return context.ok(nfts::toJson(*nft, context.state.baseUrl()));
}

HttpResponse visibilityHandler(RequestContext &context)
{
    ApiResult<Account> caller = callerOf(context);
    if (!caller)
        return context.fail(caller.error());
    const QJsonValue to = context.json.value("to");
    ApiResult<QString> visibility =
        nfts::setVisibility(context.state, *caller, context.param(QStringLiteral("token_id")),
                            to.isString() ? to.toString() : QString());
    if (!visibility)
        return context.fail(visibility.error());
    return context.ok(*visibility);
}

HttpResponse dynamicMetadataHandler(RequestContext &context)
{
    ApiResult<Account> caller = callerOf(context);
    if (!caller)
        return context.fail(caller.error());
    ApiResult<Nft> nft = visibleNft(context, *caller);
    if (!nft)
        return context.fail(nft.error());
    if (nft->minterId != caller->id)
        return context.fail(403, inkan::tr("Only the minter of this NFT can change its dynamic metadata."));
    if (std::optional<ApiError> invalid = nfts::validateDynamic(context.json, QString()))
        return context.fail(*invalid);
    QJsonObject merged = nft->dynamicMetadata;
    for (auto it = context.json.constBegin(); it != context.json.constEnd(); ++it) {
        if (it.value().isNull())
            merged.remove(it.key()); // null removes a key
        else
            merged.insert(it.key(), it.value());
    }
    // The geofence is checked as a whole: a change must leave it consistent.
    if (std::optional<ApiError> invalid = nfts::validateDynamic(merged, QString()))
        return context.fail(*invalid);
    context.state.db().exec(QStringLiteral("UPDATE nfts SET dynamic_json = ? WHERE token_id = ?"),
                            {nfts::canonicalJson(merged), nft->tokenId});
    nft->dynamicMetadata = merged;
    return context.ok(nfts::toJson(*nft, context.state.baseUrl()));
}

HttpResponse heldByHandler(RequestContext &context)
{
    ApiResult<Account> caller = callerOf(context);
    if (!caller)
        return context.fail(caller.error());
    ApiResult<Paging> page = paging(context.request);
    if (!page)
        return context.fail(page.error());
    const QString address = context.param(QStringLiteral("address"));
    if (accounts::normalizeAddress(address).isEmpty())
        return context.fail(400, inkan::tr("%1 is not a valid ID wallet address.").arg(address));
    std::optional<Account> holder = accounts::byWalletAddress(context.state.db(), address);
    if (!holder)
        return context.fail(404, inkan::tr("No account has the ID wallet %1.").arg(address));
    return context.ok(listPage(context,
                               QStringLiteral("WHERE holder_id = ? AND (visibility = 'public'"
                                              " OR holder_id = ? OR minter_id = ?)"),
                               {holder->id, caller->id, caller->id}, *page));
}

HttpResponse mintedByMeHandler(RequestContext &context)
{
    ApiResult<Account> minter = accounts::authenticateOrganization(context);
    if (!minter)
        return context.fail(minter.error());
    ApiResult<Paging> page = paging(context.request);
    if (!page)
        return context.fail(page.error());
    return context.ok(listPage(context, QStringLiteral("WHERE minter_id = ?"), {minter->id}, *page));
}

HttpResponse searchPublicHandler(RequestContext &context)
{
    ApiResult<Account> caller = callerOf(context);
    if (!caller)
        return context.fail(caller.error());
    ApiResult<Paging> page = paging(context.request);
    if (!page)
        return context.fail(page.error());
    auto filter = searchFilter(context.json);
    if (!filter)
        return context.fail(filter.error());
    return context.ok(listPage(context, QStringLiteral("WHERE visibility = 'public'") + filter->first,
                               filter->second, *page));
}

HttpResponse searchMintedByMeHandler(RequestContext &context)
{
    ApiResult<Account> minter = accounts::authenticateOrganization(context);
    if (!minter)
        return context.fail(minter.error());
    ApiResult<Paging> page = paging(context.request);
    if (!page)
        return context.fail(page.error());
    auto filter = searchFilter(context.json);
    if (!filter)
        return context.fail(filter.error());
    return context.ok(listPage(context, QStringLiteral("WHERE minter_id = ?") + filter->first,
                               QVariantList{minter->id} + filter->second, *page));
}

HttpResponse historyHandler(RequestContext &context)
{
    ApiResult<Account> caller = callerOf(context);
    if (!caller)
        return context.fail(caller.error());
    ApiResult<Nft> nft = visibleNft(context, *caller);
    if (!nft)
        return context.fail(nft.error());
    QSqlQuery rows = context.state.db().exec(
        QStringLiteral("SELECT kind, block_number, track_id FROM nft_transactions"
                       " WHERE token_id = ? ORDER BY block_number"),
        {nft->tokenId});
    QJsonArray transactions;
    QJsonArray transfers;
    QJsonValue mint = QJsonValue::Null;
    QJsonValue burn = QJsonValue::Null;
    while (rows.next()) {
        const QString block = QString::number(rows.value(1).toLongLong());
        const QJsonObject entry{{"network", 7},
                                {"trackId", rows.value(2).toString()},
                                {"transactionId", QString(block + QStringLiteral("-1"))},
                                {"blockNumber", block},
                                {"explorerUrl", ""},
                                {"panelUrl", ""}};
        transactions.append(entry);
        const QString kind = rows.value(0).toString();
        if (kind == u"mint")
            mint = entry;
        else if (kind == u"transfer")
            transfers.append(entry);
        else
            burn = entry;
    }
    return context.ok(QJsonObject{{"token_id", nft->tokenId},
                                  {"transactions", transactions},
                                  {"mint", mint},
                                  {"transfers", transfers},
                                  {"burn", burn}});
}

} // namespace

namespace nfts {

QString normalizeTokenId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^0x[0-9a-fA-F]{64}$"));
    return pattern.match(text).hasMatch() ? text.toLower() : QString();
}

std::optional<Nft> byTokenId(Database &db, const QString &tokenId)
{
    QSqlQuery row = db.exec(kSelectNft + QStringLiteral("WHERE token_id = ?"), {tokenId});
    if (!row.next())
        return std::nullopt;
    return fromRow(row);
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

std::optional<ApiError> validateDynamic(const QJsonObject &dynamic, const QString &path)
{
    for (auto it = dynamic.constBegin(); it != dynamic.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (value.isNull())
            continue;
        if (kDynamicStrings.contains(key) && !value.isString())
            return ApiError{400, inkan::tr("%1%2 must be a string.").arg(path, key), {}};
        if (kDynamicIntegers.contains(key) && !isInteger(value))
            return ApiError{400, inkan::tr("%1%2 must be an integer.").arg(path, key), {}};
        if (kDynamicNumbers.contains(key) && (!value.isDouble() || !std::isfinite(value.toDouble())))
            return ApiError{400, inkan::tr("%1%2 must be a number.").arg(path, key), {}};
        if (key == u"attributes" && !value.isArray())
            return ApiError{400, inkan::tr("%1%2 must be an array.").arg(path, key), {}};
        if ((key == u"properties" || key == u"localization") && !value.isObject())
            return ApiError{400, inkan::tr("%1%2 must be an object.").arg(path, key), {}};
    }
    double coordinate = 0;
    if (dynamic.contains("valid_latitude") && !dynamic.value("valid_latitude").isNull()
        && !parseCoordinate(dynamic.value("valid_latitude"), 90, &coordinate))
        return ApiError{400, inkan::tr("%1valid_latitude must be a latitude in degrees, such as \"35.6812\".").arg(path), {}};
    if (dynamic.contains("valid_longitude") && !dynamic.value("valid_longitude").isNull()
        && !parseCoordinate(dynamic.value("valid_longitude"), 180, &coordinate))
        return ApiError{400, inkan::tr("%1valid_longitude must be a longitude in degrees, such as \"139.7671\".").arg(path), {}};
    if (dynamic.contains("valid_radius") && dynamic.value("valid_radius").toDouble() < 0)
        return ApiError{400, inkan::tr("%1valid_radius must not be negative.").arg(path), {}};
    if (dynamic.contains("unit_of_length") && !dynamic.value("unit_of_length").isNull()) {
        const QString unit = dynamic.value("unit_of_length").toString();
        if (unit != u"m" && unit != u"km")
            return ApiError{400, inkan::tr("%1unit_of_length must be m or km.").arg(path), {}};
    }
    return std::nullopt;
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

void registerNftRoutes(Router &router)
{
    const Service w3c = Service::Web3Connect;
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/nft/mint/to/{holder}"), BodyKind::Json, mintHandler);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/nft/minted_by_me"), BodyKind::None, mintedByMeHandler);
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/nft/minted_by_me/search"), BodyKind::Json,
               searchMintedByMeHandler);
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/nft/search"), BodyKind::Json, searchPublicHandler);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/nft/held_by_id_wallet/{address}"), BodyKind::None,
               heldByHandler);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/nft/{token_id}"), BodyKind::None, fetchHandler);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/nft/{token_id}/history"), BodyKind::None, historyHandler);
    router.add(w3c, Method::Put, QStringLiteral("/rest/v1/nft/{token_id}/transfer/to/{receiver}"), BodyKind::None,
               transferHandler);
    router.add(w3c, Method::Put, QStringLiteral("/rest/v1/nft/{token_id}/visibility"), BodyKind::Json,
               visibilityHandler);
    router.add(w3c, Method::Put, QStringLiteral("/rest/v1/nft/{token_id}/metadata/dynamic"), BodyKind::Json,
               dynamicMetadataHandler);
}

} // namespace inkan::sandbox
