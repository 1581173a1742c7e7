// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Web3Connect REST (/rest/v1): one method per endpoint, each returning a job (see net/ApiJob.h).
// Credentials: an API key secret (organizations) is exchanged for an access token, which is
// refreshed once, transparently, when it has expired or a call gets 401. An end-user signed in
// through OIDC has only an access token and no secret, so nothing can refresh it.
#include "crypto/SecureBytes.h"
#include "net/ApiJob.h"
#include "services/web3connect/Web3ConnectTypes.h"
#include <QObject>
#include <QStringList>
#include <memory>

namespace inkan::services::web3connect {

class AccessTokenCredential;

// One job class per endpoint.
INKAN_ENDPOINT_JOB(RefreshAccessTokenJob, crypto::SecureBytes)
INKAN_ENDPOINT_JOB(CheckAccountTypeJob, AccountIdentity)
INKAN_ENDPOINT_JOB(GenerateButtonJsJob, QString)
INKAN_ENDPOINT_JOB(ImportAccountJob, ImportedAccount)
INKAN_ENDPOINT_JOB(SubmitImportBatchJob, QString)
INKAN_ENDPOINT_JOB(CheckImportBatchJob, ImportBatchStatus)
INKAN_ENDPOINT_JOB(VerifyPhoneStep1Job, PhoneVerificationStarted)
INKAN_ENDPOINT_JOB(VerifyPhoneStep2Job, bool)
INKAN_ENDPOINT_JOB(VerifyDomainStep1Job, DomainVerification)
INKAN_ENDPOINT_JOB(VerifyDomainStep2Job, bool)
INKAN_ENDPOINT_JOB(PublicInfoJob, PublicInfo)
INKAN_ENDPOINT_JOB(MyInfoJob, MyInfo)
INKAN_ENDPOINT_JOB(MintNftJob, Nft)
INKAN_ENDPOINT_JOB(GetNftJob, Nft)
class Web3ConnectClient;

/// PUT /nft/{id}/transfer/to/{receiver}, sent once: a transfer is not repeated after a timeout
/// (the first attempt may have gone through). Instead the receiver's NFTs are looked up; when
/// the NFT is there the job succeeds with it and wasAlreadyTransferred() is true, otherwise it
/// fails saying the transfer did not happen.
class TransferNftJob final : public net::RequestJob<Nft> {
public:
    TransferNftJob(net::ServiceContext context, net::ApiRequest request, Parser parser, Web3ConnectClient *client,
                   QString tokenId, QString receiverAddress);
    bool wasAlreadyTransferred() const { return m_alreadyTransferred; }

protected:
    bool recoverUncertainOutcome(const net::ApiError &error) override;

private:
    void lookUp(int pageNum, const net::ApiError &original);

    QPointer<Web3ConnectClient> m_client;
    QString m_tokenId;
    QString m_receiver;
    bool m_alreadyTransferred = false;
};
INKAN_ENDPOINT_JOB(UpdateDynamicMetadataJob, Nft)
INKAN_ENDPOINT_JOB(NftsHeldByJob, QList<Nft>)
INKAN_ENDPOINT_JOB(NftsMintedByMeJob, QList<Nft>)
INKAN_ENDPOINT_JOB(SetVisibilityJob, QString)
INKAN_ENDPOINT_JOB(SearchNftsJob, QList<Nft>)
INKAN_ENDPOINT_JOB(SearchMintedByMeJob, QList<Nft>)
INKAN_ENDPOINT_JOB(VerificationStep1Job, VerificationCode)
INKAN_ENDPOINT_JOB(VerificationStep2Job, QString)
INKAN_ENDPOINT_JOB(VerificationResultJob, QString)
INKAN_ENDPOINT_JOB(NftHistoryJob, NftHistory)

class Web3ConnectClient : public QObject {
    Q_OBJECT
public:
    Web3ConnectClient(net::HttpTransport *transport, const QUrl &baseUrl, QObject *parent = nullptr);
    ~Web3ConnectClient() override;

    QUrl baseUrl() const { return m_context.endpoint.baseUrl; }
    /// Enables transparent refresh. The secret stays in this object's SecureBytes.
    void setApiKeySecret(crypto::SecureBytes secret);
    void setToken(crypto::SecureBytes token);
    crypto::SecureBytes token() const;
    void clearCredentials();

    // Auth (the API key secret goes in the body, never in a header).
    RefreshAccessTokenJob *refreshAccessToken(const crypto::SecureBytes &apiKeySecret);
    CheckAccountTypeJob *checkAccountTypeAndAddress(const crypto::SecureBytes &apiKeySecret);
    GenerateButtonJsJob *generateButtonJs(const crypto::SecureBytes &apiKeySecret, const QUrl &redirectUrl);

    // Accounts and verification.
    ImportAccountJob *importAccount(const QString &email);
    SubmitImportBatchJob *submitImportBatch(const crypto::SecureBytes &apiKeySecret, const QStringList &emails);
    CheckImportBatchJob *checkImportBatch(const crypto::SecureBytes &apiKeySecret, const QString &batchId);
    VerifyPhoneStep1Job *verifyPhoneStep1(const QString &e164);
    VerifyPhoneStep2Job *verifyPhoneStep2(const QString &tmpToken, const QString &code);
    VerifyDomainStep1Job *verifyDomainStep1();
    VerifyDomainStep2Job *verifyDomainStep2();
    PublicInfoJob *publicInfo(const QString &idWalletAddress);
    MyInfoJob *myInfo();

    // NFTs.
    MintNftJob *mint(const QString &holderAddress, const QJsonObject &staticMetadata,
                               const QJsonObject &dynamicMetadata);
    GetNftJob *nft(const QString &tokenId);
    TransferNftJob *transfer(const QString &tokenId, const QString &receiverAddress);
    UpdateDynamicMetadataJob *updateDynamicMetadata(const QString &tokenId, const QJsonObject &fields);
    NftsHeldByJob *heldBy(const QString &idWalletAddress, const Page &page = {});
    NftsMintedByMeJob *mintedByMe(const Page &page = {});
    SetVisibilityJob *setVisibility(const QString &tokenId, bool makePublic);
    SearchNftsJob *search(const QJsonObject &fields, const Page &page = {});
    SearchMintedByMeJob *searchMintedByMe(const QJsonObject &fields, const Page &page = {});
    VerificationStep1Job *verificationStep1(const QString &tokenId, const Gps &holderPosition);
    VerificationStep2Job *verificationStep2(const QString &code, const Gps &scannerPosition);
    /// Empty token id while the code has not been scanned yet.
    VerificationResultJob *verificationResult(const QString &code);
    NftHistoryJob *history(const QString &tokenId);

Q_SIGNALS:
    /// The service refused the credential for good (a 401 that no refresh cured): signed out.
    void credentialRejected();
    /// A new access token was obtained (so a session can store it).
    void tokenChanged();

private:
    template <typename Job>
    Job *makeJob(net::ApiRequest request, typename Job::Parser parser);
    /// Rejects a malformed address before anything is sent.
    std::optional<net::ApiError> checkAddress(const QString &address, const QString &what) const;
    std::optional<net::ApiError> checkTokenId(const QString &tokenId) const;

    net::ServiceContext m_context;
    std::shared_ptr<AccessTokenCredential> m_credential;
};

/// Access token with optional refresh from an API key secret; concurrent callers that need a
/// refresh share one request.
class AccessTokenCredential : public net::CredentialSource {
public:
    explicit AccessTokenCredential(net::ServiceContext unauthenticatedContext)
        : m_context(std::move(unauthenticatedContext)) {}
    void setSecret(crypto::SecureBytes secret) { m_secret = std::move(secret); }
    void setToken(crypto::SecureBytes token) { m_token = std::move(token); }
    const crypto::SecureBytes &token() const { return m_token; }
    void clear() { m_secret.clear(); m_token.clear(); }
    std::function<void()> onTokenChanged;

    void obtain(bool forceRefresh, QObject *context, std::function<void(net::CredentialOutcome)> done) override;
    bool canRefresh() const override { return !m_secret.isEmpty(); }
    /// True when the token's JWT `exp` is less than a minute away (or already past).
    bool tokenExpiresSoon() const;

private:
    net::ServiceContext m_context;
    crypto::SecureBytes m_secret;
    crypto::SecureBytes m_token;
    bool m_refreshing = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); // guards late refresh replies
    QList<std::function<void(net::CredentialOutcome)>> m_waiting;
};

} // namespace inkan::services::web3connect
