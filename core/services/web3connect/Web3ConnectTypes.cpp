// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/web3connect/Web3ConnectTypes.h"
#include "services/web3connect/TokenId.h"
#include <QRegularExpression>
#include "net/Json.h"
#include "net/Jwt.h"
#include <QJsonArray>

namespace inkan::services::web3connect {

bool isTokenId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^0x[0-9a-fA-F]{64}$"));
    return pattern.match(text).hasMatch();
}


using net::ApiError;
using net::ApiResult;
using net::HttpReply;
using net::JsonReader;

QString accountTypeName(AccountType type)
{
    return type == AccountType::Organization ? QStringLiteral("organization") : QStringLiteral("end_user");
}

namespace {

std::optional<AccountType> accountTypeFrom(const QString &text)
{
    if (text == QLatin1String("organization"))
        return AccountType::Organization;
    if (text == QLatin1String("end_user"))
        return AccountType::EndUser;
    return std::nullopt;
}

ImportedAccount readImported(JsonReader &r)
{
    ImportedAccount a;
    a.email = r.optionalString("email");
    a.idWalletAddress = r.optionalString("id_wallet_address");
    a.idWalletAddressEth = r.optionalString("id_wallet_address_eth");
    a.idWalletAddressSuri = r.optionalString("id_wallet_address_suri");
    if (a.idWalletAddress.isEmpty())
        a.idWalletAddress = a.idWalletAddressEth;
    if (a.idWalletAddressEth.isEmpty())
        a.idWalletAddressEth = a.idWalletAddress;
    return a;
}

std::optional<ChainEntry> readChainEntry(const QJsonValue &value, std::optional<ApiError> &error)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    JsonReader r(value, QStringLiteral("history entry"));
    ChainEntry e;
    const QJsonValue network = r.object().value(QLatin1String("network"));
    e.network = network.isString() ? network.toString().toInt() : network.toInt();
    const auto text = [&](const char *key) {
        const QJsonValue v = r.object().value(QLatin1String(key));
        return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    };
    e.trackId = text("trackId");
    e.transactionId = text("transactionId");
    e.blockNumber = text("blockNumber");
    e.explorerUrl = text("explorerUrl");
    e.panelUrl = text("panelUrl");
    if (r.error() && !error)
        error = r.error();
    return e;
}

} // namespace

ApiResult<QString> parseString(const HttpReply &reply)
{
    if (!reply.payload.isString())
        return ApiError::badReply(ApiError::tr("the result is not text"));
    return reply.payload.toString();
}

ApiResult<bool> parseTrue(const HttpReply &reply)
{
    if (!reply.payload.isBool())
        return ApiError::badReply(ApiError::tr("the result is not true or false"));
    return reply.payload.toBool();
}

ApiResult<AccountIdentity> parseAccountIdentity(const HttpReply &reply)
{
    JsonReader r(reply.payload, QStringLiteral("account"));
    AccountIdentity a;
    a.accountId = r.string("account_id");
    a.idWalletAddressEth = r.optionalString("id_wallet_address_eth");
    a.idWalletAddressSuri = r.optionalString("id_wallet_address_suri");
    const auto type = accountTypeFrom(r.string("account_type"));
    if (r.error())
        return *r.error();
    if (!type)
        return ApiError::badReply(ApiError::tr("unknown account_type"));
    a.accountType = *type;
    return a;
}

ApiResult<ImportedAccount> parseImportedAccount(const HttpReply &reply)
{
    JsonReader r(reply.payload, QStringLiteral("import"));
    ImportedAccount a = readImported(r);
    if (r.error())
        return *r.error();
    if (a.idWalletAddress.isEmpty())
        return ApiError::badReply(ApiError::tr("the import result has no id_wallet_address"));
    return a;
}

ApiResult<QString> parseBatchId(const HttpReply &reply)
{
    JsonReader r(reply.payload, QStringLiteral("batch"));
    const QString id = r.string("batch_id");
    if (r.error())
        return *r.error();
    return id;
}

ApiResult<ImportBatchStatus> parseImportBatchStatus(const HttpReply &reply)
{
    JsonReader outer(reply.payload, QStringLiteral("batch"));
    const QJsonObject inner = outer.objectField("batch_result");
    if (outer.error())
        return *outer.error();
    JsonReader r(inner, QStringLiteral("batch_result"));
    ImportBatchStatus s;
    s.batchId = r.string("batch_id");
    s.startedAt = r.optionalString("started_at");
    s.finishedAt = r.optionalString("finished_at");
    const QString status = r.string("status");
    const QJsonArray results = r.object().value(QLatin1String("result")).toArray();
    if (r.error())
        return *r.error();
    if (status != QLatin1String("running") && status != QLatin1String("done"))
        return ApiError::badReply(ApiError::tr("unknown batch status"));
    s.done = status == QLatin1String("done");
    for (const QJsonValue &v : results) {
        JsonReader e(v, QStringLiteral("batch entry"));
        ImportedAccount a = readImported(e);
        a.ok = e.object().value(QLatin1String("ok")).toBool(false);
        if (e.error())
            return *e.error();
        s.results.append(a);
    }
    return s;
}

ApiResult<PhoneVerificationStarted> parsePhoneStep1(const HttpReply &reply)
{
    JsonReader r(reply.payload, QStringLiteral("phone step 1"));
    PhoneVerificationStarted p;
    p.tmpToken = r.string("tmp_token");
    p.codeSent = r.boolean("code_sent");
    if (r.error())
        return *r.error();
    return p;
}

ApiResult<DomainVerification> parseDomainStep1(const HttpReply &reply)
{
    JsonReader r(reply.payload, QStringLiteral("domain step 1"));
    DomainVerification d;
    d.txtRecord = r.string("txt_record");
    d.domain = r.string("domain");
    if (r.error())
        return *r.error();
    return d;
}

ApiResult<PublicInfo> parsePublicInfo(const HttpReply &reply)
{
    JsonReader r(reply.payload, QStringLiteral("public info"));
    PublicInfo p;
    p.idWalletAddress = r.string("id_wallet_address");
    const QJsonObject jwk = r.objectField("id_wallet_public_key_jwk");
    if (r.error())
        return *r.error();
    bool okX = false, okY = false;
    const QByteArray x = net::base64UrlDecode(jwk.value(QLatin1String("x")).toString().toLatin1(), &okX);
    const QByteArray y = net::base64UrlDecode(jwk.value(QLatin1String("y")).toString().toLatin1(), &okY);
    if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("EC")
        || jwk.value(QLatin1String("crv")).toString() != QLatin1String("secp256k1") || !okX || !okY
        || x.size() != 32 || y.size() != 32)
        return ApiError::badReply(ApiError::tr("the public key is not a secp256k1 JWK"));
    p.publicKey = QByteArray(1, '\x04') + x + y;
    return p;
}

ApiResult<MyInfo> parseMyInfo(const HttpReply &reply)
{
    JsonReader r(reply.payload, QStringLiteral("my_info"));
    MyInfo m;
    m.accountId = r.string("account_id");
    m.email = r.optionalString("email");
    const QString type = r.string("account_type");
    m.domain = r.optionalString("domain");
    m.domainVerified = r.object().value(QLatin1String("domain_verified")).toBool();
    m.phoneVerified = r.object().value(QLatin1String("phone_number_verified")).toBool();
    const QJsonObject wallet = r.optionalObject("id_wallet");
    if (r.error())
        return *r.error();
    const auto accountType = accountTypeFrom(type);
    if (!accountType)
        return ApiError::badReply(ApiError::tr("unknown account_type"));
    m.accountType = *accountType;
    m.idWalletAddress = wallet.value(QLatin1String("address")).toString();
    m.raw = r.object();
    return m;
}

ApiResult<Nft> parseNftValue(const QJsonValue &value)
{
    JsonReader r(value, QStringLiteral("NFT"));
    Nft n;
    n.tokenId = r.string("token_id");
    n.tokenUri = r.optionalString("token_uri");
    n.minterDigitalSignature = r.optionalString("minter_digital_signature");
    n.createdAt = r.optionalString("created_at");
    n.visibility = r.optionalString("visibility");
    const QJsonObject metadata = r.objectField("metadata");
    if (r.error())
        return *r.error();
    JsonReader m(metadata, QStringLiteral("NFT metadata"));
    n.staticMetadata = m.objectField("static");
    n.dynamicMetadata = m.optionalObject("dynamic");
    if (m.error())
        return *m.error();
    n.raw = value.toObject();
    return n;
}

ApiResult<Nft> parseNft(const HttpReply &reply)
{
    return parseNftValue(reply.payload);
}

ApiResult<QList<Nft>> parseNftList(const HttpReply &reply)
{
    if (auto e = net::expectArray(reply.payload, QStringLiteral("the NFT list")))
        return *e;
    QList<Nft> list;
    for (const QJsonValue &v : reply.payload.toArray()) {
        ApiResult<Nft> nft = parseNftValue(v);
        if (auto *e = std::get_if<ApiError>(&nft))
            return *e;
        list.append(std::get<Nft>(std::move(nft)));
    }
    return list;
}

ApiResult<VerificationCode> parseVerificationCode(const HttpReply &reply)
{
    JsonReader r(reply.payload, QStringLiteral("verification step 1"));
    VerificationCode c;
    c.code = r.string("code");
    const QString dataUrl = r.string("qr_code_base64");
    if (r.error())
        return *r.error();
    const QLatin1String prefix("data:image/png;base64,");
    if (!dataUrl.startsWith(prefix))
        return ApiError::badReply(ApiError::tr("the QR code is not a PNG data URL"));
    const auto png = QByteArray::fromBase64Encoding(dataUrl.mid(prefix.size()).toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!png)
        return ApiError::badReply(ApiError::tr("the QR code is not valid base64"));
    c.qrPng = *png;
    return c;
}

ApiResult<QString> parseVerifiedTokenId(const HttpReply &reply)
{
    if (auto e = net::expectObject(reply.payload, QStringLiteral("the verification result")))
        return *e;
    const QJsonValue id = reply.payload.toObject().value(QLatin1String("token_id"));
    if (id.isNull() || id.isUndefined())
        return QString();
    if (!id.isString())
        return ApiError::badReply(ApiError::tr("token_id is not text"));
    return id.toString();
}

ApiResult<NftHistory> parseHistory(const HttpReply &reply)
{
    JsonReader r(reply.payload, QStringLiteral("history"));
    NftHistory h;
    h.tokenId = r.string("token_id");
    if (r.error())
        return *r.error();
    const QJsonObject o = r.object();
    std::optional<ApiError> error;
    for (const QJsonValue &v : o.value(QLatin1String("transactions")).toArray())
        if (auto e = readChainEntry(v, error))
            h.transactions.append(*e);
    for (const QJsonValue &v : o.value(QLatin1String("transfers")).toArray())
        if (auto e = readChainEntry(v, error))
            h.transfers.append(*e);
    h.mint = readChainEntry(o.value(QLatin1String("mint")), error);
    h.burn = readChainEntry(o.value(QLatin1String("burn")), error);
    if (error)
        return *error;
    return h;
}

} // namespace inkan::services::web3connect
