// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/web3connect/Web3ConnectClient.h"
#include "services/web3connect/TokenId.h"
#include <QPointer>
#include "crypto/Address.h"
#include "net/Jwt.h"
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace inkan::services::web3connect {

using net::ApiError;
using net::ApiRequest;
using net::RequestJob;

namespace {

ApiRequest get(const QString &path)
{
    ApiRequest r;
    r.verb = "GET";
    r.path = path;
    return r;
}

ApiRequest withBody(const QByteArray &verb, const QString &path, const QJsonValue &body)
{
    ApiRequest r;
    r.verb = verb;
    r.path = path;
    r.json = body;
    return r;
}

QString secretText(const crypto::SecureBytes &secret)
{
    // The body has to be JSON text; the copy lives only as long as the request is built.
    return QString::fromUtf8(secret.constChar(), secret.size());
}

void applyPage(ApiRequest &request, const Page &page)
{
    request.query.addQueryItem(QStringLiteral("perPageItemNum"), QString::number(page.perPageItemNum));
    request.query.addQueryItem(QStringLiteral("pageNum"), QString::number(page.pageNum));
    request.query.addQueryItem(QStringLiteral("order"), page.descending ? QStringLiteral("desc") : QStringLiteral("asc"));
}

QJsonObject gpsObject(const Gps &gps)
{
    return QJsonObject{{QStringLiteral("gps"), QJsonObject{{QStringLiteral("latitude"), gps.latitude},
                                                          {QStringLiteral("longitude"), gps.longitude}}}};
}

ApiError invalidInput(const QString &sentence)
{
    ApiError e = ApiError::fromError(makeError(ErrorKind::InvalidInput, sentence));
    return e;
}

} // namespace

// ---------------------------------------------------------------------------------------------

bool AccessTokenCredential::tokenExpiresSoon() const
{
    if (m_token.isEmpty())
        return true;
    auto jwt = net::Jwt::parse(m_token.view());
    if (!jwt || jwt->expiresAt() == 0)
        return false; // not a JWT we can read: let the server decide (a 401 triggers refresh)
    return jwt->expiresAt() - 60 <= QDateTime::currentSecsSinceEpoch();
}

void AccessTokenCredential::obtain(bool forceRefresh, QObject *, std::function<void(net::CredentialOutcome)> done)
{
    const bool needRefresh = forceRefresh || m_token.isEmpty() || tokenExpiresSoon();
    if (!needRefresh || (m_secret.isEmpty() && !m_token.isEmpty() && !forceRefresh)) {
        done(m_token);
        return;
    }
    if (m_secret.isEmpty()) {
        ApiError e = ApiError::fromHttpStatus(401);
        e.cause = ApiError::Cause::Local;
        e.userMessage = ApiError::tr("Your Web3Connect session has expired; sign in again.");
        done(e);
        return;
    }
    m_waiting.append(std::move(done));
    if (m_refreshing)
        return;
    m_refreshing = true;
    ApiRequest request = withBody("POST", QStringLiteral("/auth/account/access_token/refresh"),
                                  QJsonObject{{QStringLiteral("api_key_secret"), secretText(m_secret)}});
    request.authenticated = false;
    auto *job = new RefreshAccessTokenJob(m_context, request, [](const net::HttpReply &reply) -> net::ApiResult<crypto::SecureBytes> {
        if (!reply.payload.isString() || reply.payload.toString().isEmpty())
            return ApiError::badReply(ApiError::tr("the access token is not text"));
        return crypto::SecureBytes(reply.payload.toString().toUtf8());
    });
    // The credential lives as long as its client; the job is parented to the transport, so
    // guard against the client going away first.
    std::weak_ptr<bool> alive = m_alive;
    QObject::connect(job, &net::ApiJob::finished, job, [this, job, alive] {
        if (alive.expired())
            return;
        m_refreshing = false;
        net::CredentialOutcome outcome = job->error() ? net::CredentialOutcome(*job->error())
                                                      : net::CredentialOutcome(*job->value());
        if (job->error() && job->error()->httpStatus == 401) {
            net::ApiError e = *job->error();
            e.userMessage = ApiError::tr("Web3Connect did not accept the API key secret.");
            outcome = e;
        }
        if (!job->error()) {
            m_token = *job->value();
            if (onTokenChanged)
                onTokenChanged();
        }
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &callback : waiting)
            callback(outcome);
    });
}

// ---------------------------------------------------------------------------------------------

Web3ConnectClient::Web3ConnectClient(net::HttpTransport *transport, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
{
    m_context.transport = transport;
    m_context.endpoint = {baseUrl, net::AuthScheme::Bearer, net::Envelope::Web3Connect};
    net::ServiceContext plain = m_context;
    m_credential = std::make_shared<AccessTokenCredential>(plain);
    m_credential->onTokenChanged = [this] { Q_EMIT tokenChanged(); };
    m_credential->onRejected = [self = QPointer(this)] {
        if (self)
            Q_EMIT self->credentialRejected();
    };
    m_context.credentials = m_credential;
}

Web3ConnectClient::~Web3ConnectClient()
{
    m_credential->onTokenChanged = nullptr;
}

void Web3ConnectClient::setApiKeySecret(crypto::SecureBytes secret) { m_credential->setSecret(std::move(secret)); }
void Web3ConnectClient::setToken(crypto::SecureBytes token) { m_credential->setToken(std::move(token)); }
crypto::SecureBytes Web3ConnectClient::token() const { return m_credential->token(); }
void Web3ConnectClient::clearCredentials() { m_credential->clear(); }

template <typename Job>
Job *Web3ConnectClient::makeJob(ApiRequest request, typename Job::Parser parser)
{
    return new Job(m_context, std::move(request), std::move(parser));
}

std::optional<ApiError> Web3ConnectClient::checkAddress(const QString &address, const QString &what) const
{
    auto parsed = crypto::Address::parse(address);
    if (!parsed)
        return invalidInput(ApiError::tr("The %1 is not a valid ID wallet address: %2").arg(what, parsed.error().message));
    return std::nullopt;
}

std::optional<ApiError> Web3ConnectClient::checkTokenId(const QString &tokenId) const
{
    if (!isTokenId(tokenId))
        return invalidInput(ApiError::tr("\"%1\" is not a token id (0x followed by 64 hex digits).").arg(tokenId.left(80)));
    return std::nullopt;
}

RefreshAccessTokenJob *Web3ConnectClient::refreshAccessToken(const crypto::SecureBytes &apiKeySecret)
{
    ApiRequest r = withBody("POST", QStringLiteral("/auth/account/access_token/refresh"),
                            QJsonObject{{QStringLiteral("api_key_secret"), secretText(apiKeySecret)}});
    r.authenticated = false;
    return makeJob<RefreshAccessTokenJob>(r, [](const net::HttpReply &reply) -> net::ApiResult<crypto::SecureBytes> {
        if (!reply.payload.isString() || reply.payload.toString().isEmpty())
            return ApiError::badReply(ApiError::tr("the access token is not text"));
        return crypto::SecureBytes(reply.payload.toString().toUtf8());
    });
}

CheckAccountTypeJob *Web3ConnectClient::checkAccountTypeAndAddress(const crypto::SecureBytes &apiKeySecret)
{
    ApiRequest r = withBody("POST", QStringLiteral("/auth/account/access_token/check_account_type_and_address"),
                            QJsonObject{{QStringLiteral("api_key_secret"), secretText(apiKeySecret)}});
    r.authenticated = false;
    return makeJob<CheckAccountTypeJob>(r, parseAccountIdentity);
}

GenerateButtonJsJob *Web3ConnectClient::generateButtonJs(const crypto::SecureBytes &apiKeySecret, const QUrl &redirectUrl)
{
    ApiRequest r = withBody("POST", QStringLiteral("/auth/account/association/generate_web3connect_button_js"),
                            QJsonObject{{QStringLiteral("api_key_secret"), secretText(apiKeySecret)},
                                        {QStringLiteral("redirect_url"), redirectUrl.toString(QUrl::FullyEncoded)}});
    r.authenticated = false;
    auto *job = makeJob<GenerateButtonJsJob>(r, parseString);
    if (!redirectUrl.isValid() || redirectUrl.scheme().isEmpty())
        job->rejectBeforeSending(invalidInput(ApiError::tr("The redirect URL is not a valid absolute URL.")));
    return job;
}

ImportAccountJob *Web3ConnectClient::importAccount(const QString &email)
{
    auto *job = makeJob<ImportAccountJob>(withBody("POST", QStringLiteral("/account/import"),
                                                  QJsonObject{{QStringLiteral("email"), email}}),
                                         parseImportedAccount);
    if (!email.contains(QLatin1Char('@')))
        job->rejectBeforeSending(invalidInput(ApiError::tr("\"%1\" is not an e-mail address.").arg(email.left(80))));
    return job;
}

SubmitImportBatchJob *Web3ConnectClient::submitImportBatch(const crypto::SecureBytes &apiKeySecret, const QStringList &emails)
{
    ApiRequest r = withBody("POST", QStringLiteral("/account/import/batch/submit"),
                            QJsonObject{{QStringLiteral("api_key_secret"), secretText(apiKeySecret)},
                                        {QStringLiteral("emails"), QJsonArray::fromStringList(emails)}});
    auto *job = makeJob<SubmitImportBatchJob>(r, parseBatchId);
    if (emails.isEmpty() || emails.size() > 10000)
        job->rejectBeforeSending(invalidInput(ApiError::tr("A batch takes 1 to 10,000 e-mail addresses; this one has %1.").arg(emails.size())));
    return job;
}

CheckImportBatchJob *Web3ConnectClient::checkImportBatch(const crypto::SecureBytes &apiKeySecret, const QString &batchId)
{
    return makeJob<CheckImportBatchJob>(withBody("POST", QStringLiteral("/account/import/batch/check"),
                                               QJsonObject{{QStringLiteral("api_key_secret"), secretText(apiKeySecret)},
                                                           {QStringLiteral("batch_id"), batchId}}),
                                      parseImportBatchStatus);
}

VerifyPhoneStep1Job *Web3ConnectClient::verifyPhoneStep1(const QString &e164)
{
    auto *job = makeJob<VerifyPhoneStep1Job>(withBody("POST", QStringLiteral("/verify/phone/step1"),
                                                           QJsonObject{{QStringLiteral("phone_number"), e164}}),
                                                  parsePhoneStep1);
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!pattern.match(e164).hasMatch())
        job->rejectBeforeSending(invalidInput(ApiError::tr("\"%1\" is not a phone number in E.164 form (like +818012345678).").arg(e164.left(40))));
    return job;
}

VerifyPhoneStep2Job *Web3ConnectClient::verifyPhoneStep2(const QString &tmpToken, const QString &code)
{
    return makeJob<VerifyPhoneStep2Job>(withBody("POST", QStringLiteral("/verify/phone/step2"),
                                  QJsonObject{{QStringLiteral("tmp_token"), tmpToken}, {QStringLiteral("code"), code}}),
                         parseTrue);
}

VerifyDomainStep1Job *Web3ConnectClient::verifyDomainStep1()
{
    return makeJob<VerifyDomainStep1Job>(get(QStringLiteral("/verify/domain/step1")), parseDomainStep1);
}

VerifyDomainStep2Job *Web3ConnectClient::verifyDomainStep2()
{
    return makeJob<VerifyDomainStep2Job>(get(QStringLiteral("/verify/domain/step2")), parseTrue);
}

PublicInfoJob *Web3ConnectClient::publicInfo(const QString &idWalletAddress)
{
    auto *job = makeJob<PublicInfoJob>(get(QStringLiteral("/account/id_wallet/%1/public_info").arg(net::pathSegment(idWalletAddress))),
                                    parsePublicInfo);
    if (auto e = checkAddress(idWalletAddress, ApiError::tr("address")))
        job->rejectBeforeSending(*e);
    return job;
}

MyInfoJob *Web3ConnectClient::myInfo()
{
    return makeJob<MyInfoJob>(get(QStringLiteral("/account/my_info")), parseMyInfo);
}

MintNftJob *Web3ConnectClient::mint(const QString &holderAddress, const QJsonObject &staticMetadata,
                                         const QJsonObject &dynamicMetadata)
{
    const QJsonObject body{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("static"), staticMetadata},
                                                                   {QStringLiteral("dynamic"), dynamicMetadata}}}};
    auto *job = makeJob<MintNftJob>(withBody("POST", QStringLiteral("/nft/mint/to/%1").arg(net::pathSegment(holderAddress)), body),
                             parseNft);
    if (auto e = checkAddress(holderAddress, ApiError::tr("holder")))
        job->rejectBeforeSending(*e);
    return job;
}

GetNftJob *Web3ConnectClient::nft(const QString &tokenId)
{
    auto *job = makeJob<GetNftJob>(get(QStringLiteral("/nft/%1").arg(net::pathSegment(tokenId))), parseNft);
    if (auto e = checkTokenId(tokenId))
        job->rejectBeforeSending(*e);
    return job;
}

TransferNftJob::TransferNftJob(net::ServiceContext context, net::ApiRequest request, Parser parser, Web3ConnectClient *client,
                               QString tokenId, QString receiverAddress)
    : RequestJob(std::move(context), std::move(request), std::move(parser)), m_client(client), m_tokenId(std::move(tokenId)),
      m_receiver(std::move(receiverAddress))
{
}

bool TransferNftJob::recoverUncertainOutcome(const net::ApiError &error)
{
    if (!m_client)
        return false;
    lookUp(1, error);
    return true;
}

void TransferNftJob::lookUp(int pageNum, const net::ApiError &original)
{
    constexpr int kPerPage = 100;
    constexpr int kMaxPages = 100; // 10,000 NFTs held by the receiver
    Page page;
    page.perPageItemNum = kPerPage;
    page.pageNum = pageNum;
    page.descending = true;
    auto *job = m_client->heldBy(m_receiver, page);
    const auto notTransferred = [this, original] {
        ApiError e = original;
        e.userMessage = ApiError::tr("The transfer got no answer, and the NFT is not with the receiver: it was not "
                                     "transferred. You can try again.");
        finishRecovered(e);
    };
    connect(job, &net::ApiJob::failed, this, [this, original](const ApiError &) {
        ApiError e = original;
        e.userMessage = ApiError::tr("The transfer got no answer, and whether it happened could not be checked; "
                                     "look the NFT up before trying again.");
        finishRecovered(e);
    });
    connect(job, &net::ApiJob::succeeded, this, [this, job, pageNum, original, notTransferred] {
        const QList<Nft> &nfts = *job->value();
        for (const Nft &nft : nfts) {
            if (nft.tokenId.compare(m_tokenId, Qt::CaseInsensitive) == 0) {
                m_alreadyTransferred = true; // the first attempt went through
                return succeedWith(nft);
            }
        }
        if (nfts.size() < kPerPage || pageNum >= kMaxPages)
            return notTransferred();
        lookUp(pageNum + 1, original);
    });
}

TransferNftJob *Web3ConnectClient::transfer(const QString &tokenId, const QString &receiverAddress)
{
    ApiRequest r;
    r.verb = "PUT";
    r.appliesOnce = true; // never repeated blindly: see TransferNftJob
    r.path = QStringLiteral("/nft/%1/transfer/to/%2").arg(net::pathSegment(tokenId), net::pathSegment(receiverAddress));
    auto *job = new TransferNftJob(m_context, std::move(r), parseNft, this, tokenId, receiverAddress);
    if (auto e = checkTokenId(tokenId))
        job->rejectBeforeSending(*e);
    else if (auto e = checkAddress(receiverAddress, ApiError::tr("receiver")))
        job->rejectBeforeSending(*e);
    return job;
}

UpdateDynamicMetadataJob *Web3ConnectClient::updateDynamicMetadata(const QString &tokenId, const QJsonObject &fields)
{
    auto *job = makeJob<UpdateDynamicMetadataJob>(withBody("PUT", QStringLiteral("/nft/%1/metadata/dynamic").arg(net::pathSegment(tokenId)), fields),
                             parseNft);
    if (auto e = checkTokenId(tokenId))
        job->rejectBeforeSending(*e);
    return job;
}

NftsHeldByJob *Web3ConnectClient::heldBy(const QString &idWalletAddress, const Page &page)
{
    ApiRequest r = get(QStringLiteral("/nft/held_by_id_wallet/%1").arg(net::pathSegment(idWalletAddress)));
    applyPage(r, page);
    auto *job = makeJob<NftsHeldByJob>(r, parseNftList);
    if (auto e = checkAddress(idWalletAddress, ApiError::tr("holder")))
        job->rejectBeforeSending(*e);
    return job;
}

NftsMintedByMeJob *Web3ConnectClient::mintedByMe(const Page &page)
{
    ApiRequest r = get(QStringLiteral("/nft/minted_by_me"));
    applyPage(r, page);
    return makeJob<NftsMintedByMeJob>(r, parseNftList);
}

SetVisibilityJob *Web3ConnectClient::setVisibility(const QString &tokenId, bool makePublic)
{
    auto *job = makeJob<SetVisibilityJob>(withBody("PUT", QStringLiteral("/nft/%1/visibility").arg(net::pathSegment(tokenId)),
                                          QJsonObject{{QStringLiteral("to"), makePublic ? QStringLiteral("public") : QStringLiteral("private")}}),
                                 parseString);
    if (auto e = checkTokenId(tokenId))
        job->rejectBeforeSending(*e);
    return job;
}

SearchNftsJob *Web3ConnectClient::search(const QJsonObject &fields, const Page &page)
{
    ApiRequest r = withBody("POST", QStringLiteral("/nft/search"), fields);
    applyPage(r, page);
    return makeJob<SearchNftsJob>(r, parseNftList);
}

SearchMintedByMeJob *Web3ConnectClient::searchMintedByMe(const QJsonObject &fields, const Page &page)
{
    ApiRequest r = withBody("POST", QStringLiteral("/nft/minted_by_me/search"), fields);
    applyPage(r, page);
    return makeJob<SearchMintedByMeJob>(r, parseNftList);
}

VerificationStep1Job *Web3ConnectClient::verificationStep1(const QString &tokenId, const Gps &holderPosition)
{
    auto *job = makeJob<VerificationStep1Job>(withBody("POST", QStringLiteral("/nft/%1/verification/qr_code/step1").arg(net::pathSegment(tokenId)),
                                                   gpsObject(holderPosition)),
                                          parseVerificationCode);
    if (auto e = checkTokenId(tokenId))
        job->rejectBeforeSending(*e);
    return job;
}

VerificationStep2Job *Web3ConnectClient::verificationStep2(const QString &code, const Gps &scannerPosition)
{
    ApiRequest r = withBody("POST", QStringLiteral("/nft/verification/qr_code/step2"), gpsObject(scannerPosition));
    r.query.addQueryItem(QStringLiteral("c"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    return makeJob<VerificationStep2Job>(r, [](const net::HttpReply &reply) -> net::ApiResult<QString> {
        auto id = parseVerifiedTokenId(reply);
        if (auto *s = std::get_if<QString>(&id); s && s->isEmpty())
            return ApiError::badReply(ApiError::tr("step 2 returned no token_id"));
        return id;
    });
}

VerificationResultJob *Web3ConnectClient::verificationResult(const QString &code)
{
    ApiRequest r = get(QStringLiteral("/nft/verification/qr_code/result"));
    r.query.addQueryItem(QStringLiteral("c"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    return makeJob<VerificationResultJob>(r, parseVerifiedTokenId);
}

NftHistoryJob *Web3ConnectClient::history(const QString &tokenId)
{
    auto *job = makeJob<NftHistoryJob>(get(QStringLiteral("/nft/%1/history").arg(net::pathSegment(tokenId))), parseHistory);
    if (auto e = checkTokenId(tokenId))
        job->rejectBeforeSending(*e);
    return job;
}

} // namespace inkan::services::web3connect
