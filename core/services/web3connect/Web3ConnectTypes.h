// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Typed results of the Web3Connect REST API (see ../shared/API.md) and their parsers. The
// parsers are plain functions of a JSON value so the fuzzers and unit tests can call them.
#include "net/ApiJob.h"
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace inkan::services::web3connect {

enum class AccountType { Organization, EndUser };

struct AccountIdentity {
    QString accountId;
    QString idWalletAddressEth;
    QString idWalletAddressSuri;
    AccountType accountType = AccountType::EndUser;
};

struct ImportedAccount {
    QString email;
    QString idWalletAddress;
    QString idWalletAddressEth;
    QString idWalletAddressSuri;
    bool ok = true; // batch results may report a failed e-mail
};

struct ImportBatchStatus {
    QString batchId;
    QString startedAt;
    QString finishedAt;
    bool done = false;
    QList<ImportedAccount> results;
};

struct PhoneVerificationStarted {
    QString tmpToken; // a one-time handle, not a credential
    bool codeSent = false;
};

struct DomainVerification {
    QString txtRecord;
    QString domain;
};

struct PublicInfo {
    QString idWalletAddress;
    QByteArray publicKey; // 65-byte uncompressed, from the JWK's x and y
};

struct MyInfo {
    QString accountId;
    QString email;
    AccountType accountType = AccountType::EndUser;
    QString idWalletAddress;
    QString domain;
    bool domainVerified = false;
    bool phoneVerified = false;
    QJsonObject raw; // every field, for display
};

struct Nft {
    QString tokenId;
    QString tokenUri;
    QString minterDigitalSignature;
    QString createdAt;
    QString visibility;             // "public" / "private" when the service says
    QJsonObject staticMetadata;
    QJsonObject dynamicMetadata;
    QJsonObject raw;
};

struct Page {
    int perPageItemNum = 10;
    int pageNum = 1;
    bool descending = false;
};

struct Gps {
    QString latitude;
    QString longitude;
};

struct VerificationCode {
    QString code;
    QByteArray qrPng;     // decoded from the data: URL
};

struct ChainEntry {
    int network = 0;
    QString trackId;
    QString transactionId;
    QString blockNumber;
    QString explorerUrl;
    QString panelUrl;
};

struct NftHistory {
    QString tokenId;
    QList<ChainEntry> transactions;
    std::optional<ChainEntry> mint;
    QList<ChainEntry> transfers;
    std::optional<ChainEntry> burn;
};

QString accountTypeName(AccountType type);

net::ApiResult<QString> parseString(const net::HttpReply &reply);
net::ApiResult<bool> parseTrue(const net::HttpReply &reply);
net::ApiResult<AccountIdentity> parseAccountIdentity(const net::HttpReply &reply);
net::ApiResult<ImportedAccount> parseImportedAccount(const net::HttpReply &reply);
net::ApiResult<QString> parseBatchId(const net::HttpReply &reply);
net::ApiResult<ImportBatchStatus> parseImportBatchStatus(const net::HttpReply &reply);
net::ApiResult<PhoneVerificationStarted> parsePhoneStep1(const net::HttpReply &reply);
net::ApiResult<DomainVerification> parseDomainStep1(const net::HttpReply &reply);
net::ApiResult<PublicInfo> parsePublicInfo(const net::HttpReply &reply);
net::ApiResult<MyInfo> parseMyInfo(const net::HttpReply &reply);
net::ApiResult<Nft> parseNftValue(const QJsonValue &value);
net::ApiResult<Nft> parseNft(const net::HttpReply &reply);
net::ApiResult<QList<Nft>> parseNftList(const net::HttpReply &reply);
net::ApiResult<VerificationCode> parseVerificationCode(const net::HttpReply &reply);
net::ApiResult<QString> parseVerifiedTokenId(const net::HttpReply &reply); // empty: not yet
net::ApiResult<NftHistory> parseHistory(const net::HttpReply &reply);

} // namespace inkan::services::web3connect
