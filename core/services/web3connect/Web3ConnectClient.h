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

class Web3ConnectClient : public QObject {
    Q_OBJECT
public:
    Web3ConnectClient(net::HttpTransport *transport, const QUrl &baseUrl, QObject *parent = nullptr);
    ~Web3ConnectClient() override;

    QUrl baseUrl() const { return m_context.endpoint.baseUrl; }
    /// Enables transparent refresh. The secret stays in this object's SecureBytes.
    void setApiKeySecret(crypto::SecureBytes secret);
    void setAccessToken(crypto::SecureBytes token);
    crypto::SecureBytes accessToken() const;
    void clearCredentials();

    // Auth (the API key secret goes in the body, never in a header).
    net::RequestJob<crypto::SecureBytes> *refreshAccessToken(const crypto::SecureBytes &apiKeySecret);
    net::RequestJob<AccountIdentity> *checkAccountTypeAndAddress(const crypto::SecureBytes &apiKeySecret);
    net::RequestJob<QString> *generateButtonJs(const crypto::SecureBytes &apiKeySecret, const QUrl &redirectUrl);

    // Accounts and verification.
    net::RequestJob<ImportedAccount> *importAccount(const QString &email);
    net::RequestJob<QString> *submitImportBatch(const crypto::SecureBytes &apiKeySecret, const QStringList &emails);
    net::RequestJob<ImportBatchStatus> *checkImportBatch(const crypto::SecureBytes &apiKeySecret, const QString &batchId);
    net::RequestJob<PhoneVerificationStarted> *verifyPhoneStep1(const QString &e164);
    net::RequestJob<bool> *verifyPhoneStep2(const QString &tmpToken, const QString &code);
    net::RequestJob<DomainVerification> *verifyDomainStep1();
    net::RequestJob<bool> *verifyDomainStep2();
    net::RequestJob<PublicInfo> *publicInfo(const QString &idWalletAddress);
    net::RequestJob<MyInfo> *myInfo();

    // NFTs.
    net::RequestJob<Nft> *mint(const QString &holderAddress, const QJsonObject &staticMetadata,
                               const QJsonObject &dynamicMetadata);
    net::RequestJob<Nft> *nft(const QString &tokenId);
    net::RequestJob<Nft> *transfer(const QString &tokenId, const QString &receiverAddress);
    net::RequestJob<Nft> *updateDynamicMetadata(const QString &tokenId, const QJsonObject &fields);
    net::RequestJob<QList<Nft>> *heldBy(const QString &idWalletAddress, const Page &page = {});
    net::RequestJob<QList<Nft>> *mintedByMe(const Page &page = {});
    net::RequestJob<QString> *setVisibility(const QString &tokenId, bool makePublic);
    net::RequestJob<QList<Nft>> *search(const QJsonObject &fields, const Page &page = {});
    net::RequestJob<QList<Nft>> *searchMintedByMe(const QJsonObject &fields, const Page &page = {});
    net::RequestJob<VerificationCode> *verificationStep1(const QString &tokenId, const Gps &holderPosition);
    net::RequestJob<QString> *verificationStep2(const QString &code, const Gps &scannerPosition);
    /// Empty token id while the code has not been scanned yet.
    net::RequestJob<QString> *verificationResult(const QString &code);
    net::RequestJob<NftHistory> *history(const QString &tokenId);

Q_SIGNALS:
    /// A new access token was obtained (so a session can store it).
    void accessTokenChanged();

private:
    template <typename T>
    net::RequestJob<T> *makeJob(net::ApiRequest request, typename net::RequestJob<T>::Parser parser);
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
