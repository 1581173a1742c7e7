// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Web3Connect REST routes for NFTs: mint, fetch, transfer, visibility, dynamic metadata, lists,
// search, history. The rules live in NftSchema (fields) and NftStore (database).
#include "NftStore.h"
#include "Tr.h"

#include "Database.h"
#include "Router.h"
#include "SandboxState.h"
#include "Services.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace inkan::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

ApiResult<Account> callerOf(RequestContext &context)
{
    return accounts::authenticate(context);
}

// The NFT named by the path, as `caller` may see it: 400 malformed, 404 unknown or private.
ApiResult<Nft> visibleNft(RequestContext &context, const Account &caller,
                          nfts::Metadata metadata = nfts::Metadata::Parsed)
{
    const QString tokenId = nfts::normalizeTokenId(context.param(QStringLiteral("token_id")));
    if (tokenId.isEmpty())
        return ApiError{400, inkan::tr("A token id is 0x followed by 64 hex digits."), {}};
    std::optional<Nft> nft = nfts::byTokenId(context.state.db(), tokenId, metadata);
    if (!nft || !nfts::isVisibleTo(*nft, caller))
        return ApiError{404, inkan::tr("There is no NFT %1.").arg(tokenId), {}};
    return *nft;
}

using Paging = nfts::PageRequest;

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

// One page of `where` as NFT objects.
QJsonArray listPage(RequestContext &context, const QString &where, const QVariantList &values, const Paging &page)
{
    QJsonArray result;
    for (const Nft &nft : nfts::listPage(context.state.db(), where, values, page))
        result.append(nfts::toJson(nft, context.state.baseUrl()));
    return result;
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
    // The metadata goes out as it is stored, neither parsed nor written again.
    ApiResult<Nft> nft = visibleNft(context, *caller, nfts::Metadata::AsStored);
    if (!nft)
        return context.fail(nft.error());
    HttpResponse response = context.ok(nfts::toJson(*nft, context.state.baseUrl()));
    response.body = nfts::withStoredMetadata(std::move(response.body), *nft);
    return response;
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
    nfts::setDynamicMetadata(context.state.db(), nft->tokenId, merged);
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
    return context.ok(listPage(context, nfts::kHeldByVisibleTo, {holder->id, caller->id, caller->id}, *page));
}

HttpResponse mintedByMeHandler(RequestContext &context)
{
    ApiResult<Account> minter = accounts::authenticateOrganization(context);
    if (!minter)
        return context.fail(minter.error());
    ApiResult<Paging> page = paging(context.request);
    if (!page)
        return context.fail(page.error());
    return context.ok(listPage(context, nfts::kMintedBy, {minter->id}, *page));
}

HttpResponse searchPublicHandler(RequestContext &context)
{
    ApiResult<Account> caller = callerOf(context);
    if (!caller)
        return context.fail(caller.error());
    ApiResult<Paging> page = paging(context.request);
    if (!page)
        return context.fail(page.error());
    auto filter = nfts::searchFilter(context.json);
    if (!filter)
        return context.fail(filter.error());
    return context.ok(listPage(context, nfts::kPublicNfts + filter->first,
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
    auto filter = nfts::searchFilter(context.json);
    if (!filter)
        return context.fail(filter.error());
    return context.ok(listPage(context, nfts::kMintedBy + filter->first,
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
    QJsonArray transactions;
    QJsonArray transfers;
    QJsonValue mint = QJsonValue::Null;
    QJsonValue burn = QJsonValue::Null;
    for (const nfts::HistoryEntry &event : nfts::history(context.state.db(), nft->tokenId)) {
        const QString block = QString::number(event.blockNumber);
        const QJsonObject entry{{"network", 7},
                                {"trackId", event.trackId},
                                {"transactionId", QString(block + QStringLiteral("-1"))},
                                {"blockNumber", block},
                                {"explorerUrl", ""},
                                {"panelUrl", ""}};
        transactions.append(entry);
        if (event.kind == u"mint")
            mint = entry;
        else if (event.kind == u"transfer")
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

void registerNftRoutes(Router &router)
{
    const Service w3c = Service::Web3Connect;
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/nft/mint/to/{holder}"), BodyKind::Json, mintHandler);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/nft/minted_by_me"), BodyKind::None, mintedByMeHandler, Access::CachedRead);
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/nft/minted_by_me/search"), BodyKind::Json,
               searchMintedByMeHandler, Access::ReadOnly);
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/nft/search"), BodyKind::Json, searchPublicHandler, Access::ReadOnly);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/nft/held_by_id_wallet/{address}"), BodyKind::None,
               heldByHandler, Access::CachedRead);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/nft/{token_id}"), BodyKind::None, fetchHandler, Access::CachedRead);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/nft/{token_id}/history"), BodyKind::None, historyHandler, Access::CachedRead);
    router.add(w3c, Method::Put, QStringLiteral("/rest/v1/nft/{token_id}/transfer/to/{receiver}"), BodyKind::None,
               transferHandler);
    router.add(w3c, Method::Put, QStringLiteral("/rest/v1/nft/{token_id}/visibility"), BodyKind::Json,
               visibilityHandler);
    router.add(w3c, Method::Put, QStringLiteral("/rest/v1/nft/{token_id}/metadata/dynamic"), BodyKind::Json,
               dynamicMetadataHandler);
}

} // namespace inkan::sandbox
