// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Every client method and every sign-in flow against a real inkan-sandbox on loopback, and the
// failures that must leave the session as it was: a wrong API key secret, a refused
// signature, a phishing message, an expired token that refreshes, a stopped server.
#include "Blocking.h"
#include "crypto/PersonalSign.h"
#include "jobs/BatchMintJob.h"
#include "net/ApiJob.h"
#include "services/capture/CaptureSignIn.h"
#include "services/nonceauth/NonceAuthSignIn.h"
#include "services/oidc/OidcDesktopFlow.h"
#include "services/pakt/PaktSignIn.h"
#include "services/web3connect/Web3ConnectSignIn.h"
#include "session/SessionManager.h"
#include "support/ApiExpect.h"
#include "support/DemoData.h"
#include "support/SandboxProcess.h"
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace inkan;
using namespace inkan::services;
using namespace inkan::services::web3connect;
using inkan::test::SandboxProcess;
using inkan::test::bytes;
using inkan::test::failure;
using inkan::test::ok;
using services::capture::CaptureClient;
using services::nonceauth::NonceAuthClient;
using services::pakt::PaktClient;

namespace {

QJsonObject staticMetadata(const QString &name, int serial)
{
    return QJsonObject{{QStringLiteral("issuer"), QStringLiteral("Inkan tests")},
                       {QStringLiteral("contents_provider"), QStringLiteral("Inkan tests")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("description"), QStringLiteral("made by tst_services_sandbox")},
                       {QStringLiteral("image"), QStringLiteral("https://example.com/a.png")},
                       {QStringLiteral("link"), QStringLiteral("https://example.com/")},
                       {QStringLiteral("serial_number"), serial},
                       {QStringLiteral("total_issued"), 100},
                       {QStringLiteral("animation_url"), QStringLiteral("https://example.com/a.mp4")}};
}

std::shared_ptr<MessageSigner> signerFor(const QString &privateKeyHex)
{
    auto key = crypto::PrivateKey::fromBytes(crypto::SecureBytes::fromHex(privateKeyHex.toLatin1()));
    Q_ASSERT(key.ok());
    return std::make_shared<LocalKeySigner>(std::move(*key));
}

SignatureApprover approveAll(QStringList *seen = nullptr, QList<SigningRequest> *requests = nullptr)
{
    return [seen, requests](const SigningRequest &request, std::function<void(bool)> answer) {
        if (seen)
            seen->append(request.message);
        if (requests)
            requests->append(request);
        answer(true);
    };
}

/// The user at the browser: submits the sandbox's sign-in form, then delivers the answer to
/// the redirect URI as a browser would (auto-posted form, or fragment relayed by the page).
class TestBrowser : public QObject {
public:
    QString email;
    QString password;
    QString lastError;

    void open(const QUrl &authorizeUrl)
    {
        QTimer::singleShot(0, this, [this, authorizeUrl] { run(authorizeUrl); });
    }

private:
    QNetworkReply *send(const QByteArray &verb, const QUrl &url, const QByteArray &form = {})
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!form.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, form);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply;
    }

    static QString unescape(QString s)
    {
        return s.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    }

    void run(const QUrl &authorizeUrl)
    {
        QUrlQuery form(authorizeUrl);
        form.addQueryItem(QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
        form.addQueryItem(QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(password)));
        QUrl action = authorizeUrl;
        action.setQuery(QString());
        QNetworkReply *answer = send("POST", action, form.toString(QUrl::FullyEncoded).toLatin1());
        const int status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = answer->readAll();
        if (status == 302 || status == 303) {
            const QUrl location(QString::fromLatin1(answer->rawHeader("Location")));
            QUrl page = location;
            page.setFragment(QString());
            send("GET", page); // the relay page; its script posts the fragment back:
            send("POST", page, location.fragment(QUrl::FullyEncoded).toLatin1());
            return;
        }
        static const QRegularExpression actionPattern(QStringLiteral("<form method=\"post\" action=\"([^\"]+)\""));
        static const QRegularExpression inputPattern(QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
        const QString html = QString::fromUtf8(body);
        const auto target = actionPattern.match(html);
        if (!target.hasMatch()) {
            lastError = QStringLiteral("HTTP %1: %2").arg(status).arg(html.left(300));
            return;
        }
        QUrlQuery fields;
        for (auto it = inputPattern.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            fields.addQueryItem(unescape(m.captured(1)), QString::fromLatin1(QUrl::toPercentEncoding(unescape(m.captured(2)))));
        }
        send("POST", QUrl(unescape(target.captured(1))), fields.toString(QUrl::FullyEncoded).toLatin1());
    }

    QNetworkAccessManager m_nam;
};

} // namespace

class TestServicesSandbox : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    test::DemoData m_demo;
    net::HttpTransport m_transport;


    std::unique_ptr<Web3ConnectClient> clientWithSecret(const QString &secret)
    {
        auto client = std::make_unique<Web3ConnectClient>(&m_transport, m_demo.service("web3connect"));
        client->setApiKeySecret(bytes(secret));
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo"), QStringLiteral("--test-hooks")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_demo = {m_sandbox->demo()};
        QVERIFY(!m_demo.json.isEmpty());
    }

    void web3connectAuthEndpoints()
    {
        Web3ConnectClient client(&m_transport, m_demo.service("web3connect"));
        const auto token = ok(net::await(client.refreshAccessToken(bytes(m_demo.orgSecret()))), "refresh");
        QVERIFY(token.size() > 20);
        const auto identity = ok(net::await(client.checkAccountTypeAndAddress(bytes(m_demo.orgSecret()))), "check");
        QCOMPARE(identity.accountType, AccountType::Organization);
        QCOMPARE(identity.idWalletAddressEth.toLower(),
                 m_demo.json.value(QLatin1String("organization")).toObject().value(QLatin1String("id_wallet_address")).toString().toLower());
        const auto userIdentity = ok(net::await(client.checkAccountTypeAndAddress(bytes(m_demo.endUser(0).value(QLatin1String("api_key_secret")).toString()))), "check user");
        QCOMPARE(userIdentity.accountType, AccountType::EndUser);
        const QString js = ok(net::await(client.generateButtonJs(bytes(m_demo.orgSecret()), QUrl(QStringLiteral("https://company.example/after?userId=7")))), "button js");
        QVERIFY(js.contains(QStringLiteral("function")));

        const auto wrong = failure(net::await(client.refreshAccessToken(bytes(QStringLiteral("not-the-secret")))));
        QCOMPARE(wrong.kind, ErrorKind::Refused);
    }

    void web3connectAccountEndpoints()
    {
        auto org = clientWithSecret(m_demo.orgSecret());
        const auto me = ok(net::await(org->myInfo()), "my_info");
        QCOMPARE(me.accountType, AccountType::Organization);
        const auto pub = ok(net::await(org->publicInfo(me.idWalletAddress)), "public_info");
        QCOMPARE(pub.publicKey.size(), 65);
        QCOMPARE(crypto::Address::fromPublicKey(pub.publicKey).toLower(), me.idWalletAddress.toLower());

        const auto imported = ok(net::await(org->importAccount(QStringLiteral("dora@example.com"))), "import");
        QVERIFY(crypto::Address::parse(imported.idWalletAddress).ok());

        const QString batchId = ok(net::await(org->submitImportBatch(bytes(m_demo.orgSecret()),
            {QStringLiteral("erin@example.com"), QStringLiteral("frank@example.com")})), "batch submit");
        ImportBatchStatus status;
        for (int i = 0; i < 100 && !status.done; ++i) {
            status = ok(net::await(org->checkImportBatch(bytes(m_demo.orgSecret()), batchId)), "batch check");
            if (!status.done)
                QTest::qWait(100);
        }
        QVERIFY(status.done);
        QCOMPARE(status.results.size(), 2);
        QVERIFY(status.results[0].ok);

        // Phone: the code goes to DIR/outbox.log instead of a phone.
        const auto step1 = ok(net::await(org->verifyPhoneStep1(QStringLiteral("+818012345678"))), "phone 1");
        QVERIFY(step1.codeSent);
        QFile outbox(m_sandbox->dataDir() + QStringLiteral("/outbox.log"));
        QVERIFY(outbox.open(QIODevice::ReadOnly));
        const QString lastLine = QString::fromUtf8(outbox.readAll()).trimmed().split(QLatin1Char('\n')).last();
        const QString code = QRegularExpression(QStringLiteral("(\\d{4,8})\\.?$")).match(lastLine).captured(1);
        QVERIFY2(!code.isEmpty(), qPrintable(lastLine));
        QVERIFY(!std::holds_alternative<bool>(net::await(org->verifyPhoneStep2(step1.tmpToken, QStringLiteral("000000x")))));
        QVERIFY(ok(net::await(org->verifyPhoneStep2(step1.tmpToken, code)), "phone 2"));
        QCOMPARE(failure(net::await(org->verifyPhoneStep1(QStringLiteral("0801234")))).kind, ErrorKind::InvalidInput);

        // Domain: the TXT record is looked up in DIR/dns.json.
        const auto domain = ok(net::await(org->verifyDomainStep1()), "domain 1");
        QFile dns(m_sandbox->dataDir() + QStringLiteral("/dns.json"));
        QVERIFY(dns.open(QIODevice::WriteOnly));
        dns.write(QJsonDocument(QJsonObject{{domain.domain, QJsonArray{domain.txtRecord}}}).toJson());
        dns.close();
        QVERIFY(ok(net::await(org->verifyDomainStep2()), "domain 2"));
    }

    void nftLifecycle()
    {
        auto org = clientWithSecret(m_demo.orgSecret());
        auto alice = clientWithSecret(m_demo.endUser(0).value(QLatin1String("api_key_secret")).toString());
        auto bob = clientWithSecret(m_demo.endUser(1).value(QLatin1String("api_key_secret")).toString());
        const QString aliceAddress = m_demo.endUser(0).value(QLatin1String("id_wallet_address")).toString();
        const QString bobAddress = m_demo.endUser(1).value(QLatin1String("id_wallet_address")).toString();

        const Nft minted = ok(net::await(org->mint(aliceAddress, staticMetadata(QStringLiteral("Lifecycle pass"), 1),
                                                   QJsonObject{{QStringLiteral("points_earned"), 5}})), "mint");
        QVERIFY(minted.tokenId.startsWith(QStringLiteral("0x")));
        // A required static field missing: refused, and named.
        QJsonObject missing = staticMetadata(QStringLiteral("x"), 2);
        missing.remove(QStringLiteral("issuer"));
        const auto refused = failure(net::await(org->mint(aliceAddress, missing, {})));
        QCOMPARE(refused.httpStatus, 400);
        QCOMPARE(failure(net::await(org->mint(QStringLiteral("0x1234"), staticMetadata(QStringLiteral("x"), 3), {}))).cause,
                 net::ApiError::Cause::Local);

        QCOMPARE(ok(net::await(alice->nft(minted.tokenId)), "nft").tokenId, minted.tokenId);
        // Private: bob may not see it, and is not told it exists.
        QCOMPARE(failure(net::await(bob->nft(minted.tokenId))).httpStatus, 404);

        const Nft updated = ok(net::await(org->updateDynamicMetadata(minted.tokenId, QJsonObject{{QStringLiteral("status"), QStringLiteral("gold")}})), "dynamic");
        QCOMPARE(updated.dynamicMetadata.value(QLatin1String("status")).toString(), QStringLiteral("gold"));

        const auto held = ok(net::await(alice->heldBy(aliceAddress, Page{100, 1, true})), "held_by");
        QVERIFY(std::any_of(held.cbegin(), held.cend(), [&](const Nft &n) { return n.tokenId == minted.tokenId; }));
        const auto mine = ok(net::await(org->mintedByMe(Page{5, 1, true})), "minted_by_me");
        QVERIFY(!mine.isEmpty() && mine.size() <= 5);
        QCOMPARE(failure(net::await(org->mintedByMe(Page{500, 1, false}))).httpStatus, 400);

        QCOMPARE(ok(net::await(alice->setVisibility(minted.tokenId, true)), "visibility"), QStringLiteral("public"));
        const auto found = ok(net::await(bob->search(QJsonObject{{QStringLiteral("name"), QStringLiteral("Lifecycle pass")}})), "search");
        QCOMPARE(found.size(), 1);
        const auto foundMine = ok(net::await(org->searchMintedByMe(QJsonObject{{QStringLiteral("name"), QStringLiteral("Lifecycle pass")}})), "search mine");
        QCOMPARE(foundMine.size(), 1);

        // Verification: the holder shows a code, the organization scans it nearby.
        const auto code = ok(net::await(alice->verificationStep1(minted.tokenId, Gps{QStringLiteral("35.6812"), QStringLiteral("139.7671")})), "step1");
        QVERIFY(code.qrPng.startsWith("\x89PNG"));
        QCOMPARE(ok(net::await(alice->verificationResult(code.code)), "result before"), QString());
        QCOMPARE(ok(net::await(org->verificationStep2(code.code, Gps{QStringLiteral("35.6813"), QStringLiteral("139.7670")})), "step2"), minted.tokenId);
        QCOMPARE(ok(net::await(alice->verificationResult(code.code)), "result after"), minted.tokenId);
        QCOMPARE(failure(net::await(org->verificationStep2(code.code, Gps{QStringLiteral("35.6813"), QStringLiteral("139.7670")}))).httpStatus, 409);

        const Nft moved = ok(net::await(alice->transfer(minted.tokenId, bobAddress)), "transfer");
        QCOMPARE(moved.tokenId, minted.tokenId);
        const auto history = ok(net::await(bob->history(minted.tokenId)), "history");
        QVERIFY(history.mint.has_value());
        QCOMPARE(history.transfers.size(), 1);
    }

    void expiredTokenRefreshes()
    {
        // A token that the server no longer accepts (here: garbage) gets one refresh.
        auto org = clientWithSecret(m_demo.orgSecret());
        org->setToken(bytes(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjk5OTk5OTk5OTl9.bad")));
        QSignalSpy changed(org.get(), &Web3ConnectClient::tokenChanged);
        ok(net::await(org->myInfo()), "my_info after refresh");
        QCOMPARE(changed.count(), 1);

        // A token whose exp has passed is refreshed before it is sent.
        SandboxProcess shortLived({QStringLiteral("--demo"), QStringLiteral("--token-ttl"), QStringLiteral("1")});
        QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
        const QString secret = shortLived.demo().value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString();
        Web3ConnectClient client(&m_transport, QUrl(shortLived.demo().value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString()));
        client.setToken(ok(net::await(client.refreshAccessToken(bytes(secret))), "first token"));
        client.setApiKeySecret(bytes(secret));
        QTest::qWait(2100);
        QSignalSpy refreshed(&client, &Web3ConnectClient::tokenChanged);
        ok(net::await(client.myInfo()), "my_info with expired token");
        QCOMPARE(refreshed.count(), 1);

        // Without a secret nothing can refresh: a clear 401-kind error.
        Web3ConnectClient tokenOnly(&m_transport, client.baseUrl());
        tokenOnly.setToken(bytes(QStringLiteral("expired-and-unreadable")));
        QCOMPARE(failure(net::await(tokenOnly.myInfo())).kind, ErrorKind::Refused);
    }

    void nonceAuthFlow()
    {
        NonceAuthClient client(&m_transport, m_demo.service("nonceauth"));
        QStringList seen;
        auto *flow = new nonceauth::NonceAuthSignIn(&client, signerFor(m_demo.wallet(0).value(QLatin1String("private_key")).toString()), &client);
        flow->setSignatureApprover(approveAll(&seen));
        auto result = awaitFlow(flow);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(seen.size(), 1);
        QVERIFY(!result->token.isEmpty());
        QVERIFY(!result->apiKey.isEmpty());
        QVERIFY(!result->details.value(QLatin1String("tokens")).toArray().isEmpty());
        const QString address = m_demo.wallet(0).value(QLatin1String("address")).toString();
        const auto profile = ok(net::await(client.updateProfile(address, QStringLiteral("Alice"), QStringLiteral("tests"))), "profile update");
        QCOMPARE(profile.name, QStringLiteral("Alice"));
        QCOMPARE(ok(net::await(client.profile(address)), "profile").intendedUse, QStringLiteral("tests"));
        // Someone else's profile: refused.
        QCOMPARE(failure(net::await(client.profile(m_demo.wallet(1).value(QLatin1String("address")).toString()))).kind, ErrorKind::Refused);

        // Cancelled from the first step's notification: no nonce is requested at all.
        const auto nonces = [this] { return m_sandbox->log().count("/users/nonce"); };
        const qsizetype noncesBefore = nonces();
        auto *cancelled = new nonceauth::NonceAuthSignIn(&client, signerFor(m_demo.wallet(0).value(QLatin1String("private_key")).toString()), &client);
        cancelled->setSignatureApprover(approveAll(&seen));
        connect(cancelled, &SignInFlow::stepChanged, cancelled, [cancelled](const QString &) { cancelled->cancel(); });
        QCOMPARE(awaitFlow(cancelled).error().kind, ErrorKind::Cancelled);
        ok(net::await(client.nonce(address)), "a later nonce");
        QTRY_VERIFY_WITH_TIMEOUT(nonces() >= noncesBefore + 1, 30000);
        QTest::qWait(300);
        QCOMPARE(nonces(), noncesBefore + 1); // only the later one
        QCOMPARE(seen.size(), 1);              // nothing offered for signing
    }

    void captureFlows()
    {
        CaptureClient client(&m_transport, m_demo.service("capture"));
        auto *byPassword = capture::CaptureSignIn::withPassword(&client, m_demo.endUser(0).value(QLatin1String("email")).toString(),
                                                                bytes(m_demo.endUser(0).value(QLatin1String("password")).toString()), &client);
        auto result = awaitFlow(byPassword);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->token.size(), 40);

        auto *wrong = capture::CaptureSignIn::withPassword(&client, m_demo.endUser(0).value(QLatin1String("email")).toString(), bytes(QStringLiteral("nope")), &client);
        auto refused = awaitFlow(wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::WrongPassword);

        auto *byWallet = capture::CaptureSignIn::withWallet(&client, signerFor(m_demo.wallet(1).value(QLatin1String("private_key")).toString()), &client);
        QList<SigningRequest> requests;
        byWallet->setSignatureApprover(approveAll(nullptr, &requests));
        auto walletResult = awaitFlow(byWallet);
        QVERIFY2(walletResult.ok(), qPrintable(walletResult.ok() ? QString() : walletResult.error().message));
        // The approver is told which host asks, beside the text (what the prompt shows).
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().serviceHost, m_demo.service("capture").authority());
        QCOMPARE(requests.first().flowName, QStringLiteral("capture"));
        QVERIFY(requests.first().matchesGrammar);
        QCOMPARE(walletResult->subject.toLower(), m_demo.wallet(1).value(QLatin1String("address")).toString().toLower());
    }

    void refusedSignatureSendsNothing()
    {
        CaptureClient client(&m_transport, m_demo.service("capture"));
        auto *flow = capture::CaptureSignIn::withWallet(&client, signerFor(m_demo.wallet(2).value(QLatin1String("private_key")).toString()), &client);
        flow->setSignatureApprover([](const SigningRequest &, std::function<void(bool)> answer) { answer(false); });
        QSignalSpy failed(flow, &SignInFlow::failed);
        const qsizetype logBefore = m_sandbox->log().size();
        auto result = awaitFlow(flow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Refused);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<net::ApiError>().cause, net::ApiError::Cause::SignatureRefused);
        const QByteArray logAfter = m_sandbox->log().mid(logBefore);
        QVERIFY(logAfter.contains("/api/v3/auth/token/login-web3/"));  // the message was fetched
        QVERIFY(!logAfter.contains("POST /api/v3/auth/token/login-web3/")); // nothing was posted
    }

    void paktFlow()
    {
        const QString builder = m_demo.json.value(QLatin1String("pakt")).toObject().value(QLatin1String("builder_token")).toString();
        PaktClient client(&m_transport, m_demo.service("pakt"), bytes(builder));
        const auto signer = signerFor(m_demo.wallet(2).value(QLatin1String("private_key")).toString());
        auto *fresh = new pakt::PaktSignIn(&client, signer, std::nullopt, &client);
        fresh->setSignatureApprover(approveAll());
        auto needsOnboarding = awaitFlow(fresh);
        QVERIFY(!needsOnboarding.ok());
        QCOMPARE(needsOnboarding.error().kind, ErrorKind::InvalidInput);

        auto *onboarding = new pakt::PaktSignIn(&client, signer, pakt::OnboardingDetails{QStringLiteral("Carol"), QStringLiteral("C"), QStringLiteral("carol@example.com")}, &client);
        onboarding->setSignatureApprover(approveAll());
        auto onboarded = awaitFlow(onboarding);
        QVERIFY2(onboarded.ok(), qPrintable(onboarded.ok() ? QString() : onboarded.error().message));
        QVERIFY(onboarded->details.value(QLatin1String("onboarded")).toBool());

        QCOMPARE(onboarded->details.value(QLatin1String("appName")).toString(), QStringLiteral("inkan"));

        auto *known = new pakt::PaktSignIn(&client, signer, std::nullopt, &client);
        known->setPinnedAppName(QStringLiteral("inkan"));
        known->setSignatureApprover(approveAll());
        auto again = awaitFlow(known);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QVERIFY(!again->token.isEmpty());

        // The account signed in to "inkan" before: a challenge naming another app is refused
        // before anyone is asked.
        auto *pinned = new pakt::PaktSignIn(&client, signer, std::nullopt, &client);
        pinned->setPinnedAppName(QStringLiteral("afrofund"));
        QStringList seen;
        pinned->setSignatureApprover(approveAll(&seen));
        auto otherApp = awaitFlow(pinned);
        QVERIFY(!otherApp.ok());
        QCOMPARE(otherApp.error().kind, ErrorKind::Refused);
        QVERIFY(otherApp.error().message.contains(QStringLiteral("afrofund")));
        QVERIFY(seen.isEmpty());

        PaktClient wrongBuilder(&m_transport, m_demo.service("pakt"), bytes(QStringLiteral("not-a-builder")));
        QCOMPARE(failure(net::await(wrongBuilder.request(m_demo.wallet(2).value(QLatin1String("address")).toString()))).kind, ErrorKind::Refused);
    }

    void web3connectSignIn()
    {
        Web3ConnectClient client(&m_transport, m_demo.service("web3connect"));
        auto result = awaitFlow(new web3connect::Web3ConnectSignIn(&client, bytes(m_demo.orgSecret()), &client));
        QVERIFY(result.ok());
        QCOMPARE(result->role, QStringLiteral("organization"));
        auto wrong = awaitFlow(new web3connect::Web3ConnectSignIn(&client, bytes(QStringLiteral("wrong")), &client));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::Refused);

        // Cancelled while the secret is being checked: Cancelled, and no token is requested.
        const auto refreshes = [this] { return m_sandbox->log().count("access_token/refresh"); };
        const auto checks = [this] { return m_sandbox->log().count("check_account_type_and_address"); };
        const qsizetype refreshesBefore = refreshes();
        const qsizetype checksBefore = checks();
        auto *flow = new web3connect::Web3ConnectSignIn(&client, bytes(m_demo.orgSecret()), &client);
        connect(flow, &SignInFlow::stepChanged, flow, [flow](const QString &) { flow->cancel(); });
        auto cancelled = awaitFlow(flow);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QVERIFY(ok(net::await(client.checkAccountTypeAndAddress(bytes(m_demo.orgSecret()))), "a later check").accountId.size() > 0);
        // The sandbox logs requests in the order it serves them; its log reaches us a little later.
        QTRY_VERIFY_WITH_TIMEOUT(checks() >= checksBefore + 1, 30000);
        QTest::qWait(300);
        QCOMPARE(checks(), checksBefore + 1); // only the later one: the cancelled check was never sent
        QCOMPARE(refreshes(), refreshesBefore);
    }

    void oidcFlows_data()
    {
        QTest::addColumn<bool>("implicit");
        QTest::addColumn<bool>("fragment");
        QTest::newRow("hybrid form_post") << false << false;
        QTest::newRow("hybrid fragment") << false << true;
        QTest::newRow("implicit form_post") << true << false;
        QTest::newRow("implicit fragment") << true << true;
    }

    void oidcFlows()
    {
        QFETCH(bool, implicit);
        QFETCH(bool, fragment);
        oidc::OidcClient client(&m_transport, m_demo.service("oidc"));
        oidc::OidcDesktopFlow::Options options;
        options.clientId = m_demo.json.value(QLatin1String("oidc")).toObject().value(QLatin1String("client_id")).toString();
        options.implicit = implicit;
        options.responseMode = fragment ? oidc::ResponseMode::Fragment : oidc::ResponseMode::FormPost;
        options.timeoutSeconds = 60;
        auto *flow = new oidc::OidcDesktopFlow(&client, options, &client);
        TestBrowser browser;
        browser.email = m_demo.endUser(0).value(QLatin1String("email")).toString();
        browser.password = m_demo.endUser(0).value(QLatin1String("password")).toString();
        QUrl seenUrl;
        // Before the real answer, a forged one (another state) reaches the loopback listener:
        // refused with 400, and the sign-in carries on.
        QNetworkAccessManager forger;
        QNetworkReply *forged = nullptr;
        flow->setUrlHandler([&](const QUrl &url) {
            seenUrl = url;
            const QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            QNetworkRequest request(redirect);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            forged = forger.post(request, QByteArrayLiteral("state=forged&id_token=x.y.z&code=stolen"));
            connect(forged, &QNetworkReply::finished, &browser, [&browser, url] { browser.open(url); });
        });
        auto result = awaitFlow(flow);
        QVERIFY2(result.ok(), qPrintable((result.ok() ? QString() : result.error().message) + browser.lastError));
        QVERIFY(forged && forged->isFinished());
        QCOMPARE(forged->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        const QUrlQuery query(seenUrl);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 22);
        QVERIFY(query.queryItemValue(QStringLiteral("nonce")).size() >= 22);
        QVERIFY(query.queryItemValue(QStringLiteral("nonce")) != query.queryItemValue(QStringLiteral("state")));
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type"), QUrl::FullyDecoded),
                 implicit ? QStringLiteral("id_token") : QStringLiteral("code id_token"));
        QCOMPARE(query.queryItemValue(QStringLiteral("response_mode")), fragment ? QStringLiteral("fragment") : QStringLiteral("form_post"));
        // RFC 8252: a loopback redirect on 127.0.0.1 with a port picked for this sign-in.
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.scheme(), QStringLiteral("http"));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        QVERIFY(redirect.port() > 0);
        QCOMPARE(result->subject.toLower(), m_demo.endUser(0).value(QLatin1String("id_wallet_address")).toString().toLower());
        QCOMPARE(result->email, m_demo.endUser(0).value(QLatin1String("email")).toString());
        if (!implicit) {
            QVERIFY(m_sandbox->log().contains("GET /oidc/userinfo"));
            // The OIDC access token works on the REST API as the end-user's token (sandbox rule).
            QVERIFY(!result->token.isEmpty());
            Web3ConnectClient rest(&m_transport, m_demo.service("web3connect"));
            rest.setToken(result->token);
            QCOMPARE(ok(net::await(rest.myInfo()), "my_info with OIDC token").accountType, AccountType::EndUser);
        }
    }

    void oidcWrongPasswordTimesOut()
    {
        oidc::OidcClient client(&m_transport, m_demo.service("oidc"));
        oidc::OidcDesktopFlow::Options options;
        options.clientId = m_demo.json.value(QLatin1String("oidc")).toObject().value(QLatin1String("client_id")).toString();
        options.timeoutSeconds = 2;
        auto *flow = new oidc::OidcDesktopFlow(&client, options, &client);
        TestBrowser browser;
        browser.email = m_demo.endUser(0).value(QLatin1String("email")).toString();
        browser.password = QStringLiteral("wrong");
        flow->setUrlHandler([&](const QUrl &url) { browser.open(url); });
        auto result = awaitFlow(flow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Cancelled);
    }

    void relayedChallengeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("nonce");
        // Another service's challenge relayed by a malicious "nonce-auth" API: it names no host.
        QTest::newRow("pakt sentence") << QByteArray("I approve inkan to authenticate with token 1728505838893::5A7sFIIZM9");
        QTest::newRow("free text") << QByteArray("Welcome! Sign to continue.");
        QTest::newRow("nonce with trailing text") << QByteArray("0xdeadbeef please");
        QTest::newRow("hidden right-to-left override") << QByteArray("0xdeadbeef\u202e");
    }

    void relayedChallengeIsRefused()
    {
        QFETCH(QByteArray, nonce);
        QTcpServer evil;
        QVERIFY(evil.listen(QHostAddress::LocalHost, 0));
        int authenticates = 0;
        connect(&evil, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = evil.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &authenticates, nonce] {
                const QByteArray request = socket->readAll();
                if (request.contains("/users/authenticate"))
                    ++authenticates;
                const QByteArray body = R"({"address":"0x0000000000000000000000000000000000000000","nonce":")" + nonce + R"("})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        NonceAuthClient client(&m_transport, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(evil.serverPort())));
        auto *flow = new nonceauth::NonceAuthSignIn(&client, signerFor(m_demo.wallet(0).value(QLatin1String("private_key")).toString()), &client);
        QStringList seen;
        flow->setSignatureApprover(approveAll(&seen));
        auto result = awaitFlow(flow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Refused);
        QVERIFY(seen.isEmpty());     // never offered, not even to a person
        QCOMPARE(authenticates, 0);  // no signature left the process
    }

    void phishingMessageIsRefused()
    {
        // A "Capture" that hands out another site's sign-in text.
        QTcpServer evil;
        QVERIFY(evil.listen(QHostAddress::LocalHost, 0));
        int posts = 0;
        connect(&evil, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = evil.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &posts] {
                const QByteArray request = socket->readAll();
                if (request.startsWith("POST"))
                    ++posts;
                const QByteArray body = R"({"message":"app.uniswap.org wants you to sign in with your Ethereum account:\n0xabc\n\nURI: https://app.uniswap.org\nNonce: 1"})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        CaptureClient client(&m_transport, QUrl(QStringLiteral("http://127.0.0.1:%1/api/v3").arg(evil.serverPort())));
        auto *flow = capture::CaptureSignIn::withWallet(&client, signerFor(m_demo.wallet(0).value(QLatin1String("private_key")).toString()), &client);
        bool asked = false;
        flow->setSignatureApprover([&asked](const SigningRequest &, std::function<void(bool)> answer) {
            asked = true;
            answer(true);
        });
        QSignalSpy failed(flow, &SignInFlow::failed);
        auto result = awaitFlow(flow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Refused);
        QVERIFY(result.error().message.contains(QStringLiteral("app.uniswap.org")));
        QCOMPARE(failed.first().first().value<net::ApiError>().cause, net::ApiError::Cause::SignatureRefused);
        QVERIFY(!asked);       // never even offered for signing
        QCOMPARE(posts, 0);    // nothing was sent back
    }

    void sessionsSurviveRestartAndKeepSecretsOffDisk()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("settings.ini"));
        const crypto::SecureBytes password = bytes(QStringLiteral("correct horse"));
        QString token;
        {
            session::AccountStore accounts(settings);
            auto account = accounts.add(session::ServiceKind::Web3Connect, m_demo.service("web3connect"), QStringLiteral("org"));
            QVERIFY(account.ok());
            auto store = std::make_shared<session::EncryptedFileSecretStore>(dir.filePath(QStringLiteral("secrets.inkan")), password, 1024);
            session::SessionManager sessions(accounts, store);
            Web3ConnectClient client(&m_transport, m_demo.service("web3connect"));
            auto result = awaitFlow(new web3connect::Web3ConnectSignIn(&client, bytes(m_demo.orgSecret()), &client));
            QVERIFY(result.ok());
            token = QString::fromUtf8(result->token.constChar(), result->token.size());

            // A failed sign-in leaves the stored session untouched.
            auto saved = waitFor(sessions.saveSignIn(*account, *result));
            QVERIFY(saved.ok());
            auto wrong = awaitFlow(new web3connect::Web3ConnectSignIn(&client, bytes(QStringLiteral("wrong")), &client));
            QVERIFY(!wrong.ok());
            QCOMPARE(accounts.find(QStringLiteral("org"))->subject, saved->subject);
        }
        // Every secret used, searched for in every file of the data dir.
        const QList<QByteArray> secrets{m_demo.orgSecret().toUtf8(), token.toUtf8(), QByteArray("correct horse")};
        for (QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QByteArray &secret : secrets)
                QVERIFY2(!content.contains(secret) && !content.contains(secret.toBase64()), qPrintable(file.fileName()));
        }
        QCOMPARE(QFile(dir.filePath(QStringLiteral("secrets.inkan"))).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        {
            // "Restart": new objects read the session back.
            session::AccountStore accounts(settings);
            auto account = accounts.find(QStringLiteral("org"));
            QVERIFY(account && account->isSignedIn());
            auto store = std::make_shared<session::EncryptedFileSecretStore>(dir.filePath(QStringLiteral("secrets.inkan")), password, 1024);
            session::SessionManager sessions(accounts, store);
            auto stored = waitFor(sessions.readSecret(*account, session::secret::token));
            QVERIFY(stored.ok());
            QCOMPARE(QString::fromUtf8(stored->constChar(), stored->size()), token);
            Web3ConnectClient client(&m_transport, m_demo.service("web3connect"));
            client.setToken(*stored);
            ok(net::await(client.myInfo()), "my_info with the stored token");

            auto wrongPassword = std::make_shared<session::EncryptedFileSecretStore>(dir.filePath(QStringLiteral("secrets.inkan")), bytes(QStringLiteral("nope")), 1024);
            QCOMPARE(session::waitFor(wrongPassword->read(session::SessionManager::keyFor(*account, session::secret::token))).error().kind,
                     ErrorKind::WrongPassword);

            auto signedOut = waitFor(sessions.signOut(*account));
            QVERIFY(signedOut.ok());
            QVERIFY(!accounts.find(QStringLiteral("org"))->isSignedIn());
            QCOMPARE(waitFor(sessions.readSecret(*account, session::secret::token)).error().kind, ErrorKind::NotFound);
            QCOMPARE(waitFor(sessions.readSecret(*account, session::secret::apiKeySecret)).error().kind, ErrorKind::NotFound);
        }
        session::SecretStoreOptions options;
        options.dataDir = dir.path();
        options.keychainProbeTimeoutMs = 1000;
        // Without a session bus the keychain is not probed at all: no event loop runs during the
        // call, so a queued zero-timer is still pending afterwards (no wall-clock assertion).
        bool eventLoopRan = false;
        QTimer::singleShot(0, this, [&eventLoopRan] { eventLoopRan = true; });
        auto opened = session::openSecretStore(options, [&] { return Result<crypto::SecureBytes>(password); });
        QVERIFY(opened.ok());
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QCOMPARE((*opened)->backend(), QStringLiteral("file"));
            QVERIFY(!eventLoopRan);
        }
        QTRY_VERIFY(eventLoopRan);
    }

    void batchMintRecoversTheCrashWindow()
    {
        // A run died after sending row 2's mint but before journaling its result, and before
        // row 3's request left: the next run finds row 2 by its marker and mints row 3 once.
        auto org = clientWithSecret(m_demo.orgSecret());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("crash.csv"));
        const QString holder = m_demo.endUser(0).value(QLatin1String("id_wallet_address")).toString();
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url\n");
            for (int i = 1; i <= 3; ++i)
                file.write(QStringLiteral("%1,T,T,Crash %2,d,https://e.example/i,https://e.example/,%2,3,https://e.example/a\n").arg(holder).arg(i).toUtf8());
        }
        QString batchId;
        {
            jobs::BatchMintJob first(org.get(), {csv, {}, 2, {}, {}});
            QVERIFY(waitFor(first.prepare()).ok());
            batchId = first.batchId();
        }
        const Nft sentBeforeTheCrash = ok(net::await(org->mint(holder, staticMetadata(QStringLiteral("Crash 2"), 2),
            QJsonObject{{QString::fromLatin1(jobs::kBatchRowMarker), QString(batchId + QStringLiteral(":2"))}})), "the interrupted mint");
        {
            QFile journal(csv + QStringLiteral(".journal"));
            QVERIFY(journal.open(QIODevice::Append));
            journal.write("2\tsending\n3\tsending\n1\tsen"); // the kill cut the last line short
        }
        jobs::BatchMintJob second(org.get(), {csv, {}, 2, {}, {}});
        QVERIFY(waitFor(second.prepare()).ok());
        QCOMPARE(second.batchId(), batchId);
        QEventLoop loop;
        connect(&second, &jobs::BatchMintJob::finished, &loop, &QEventLoop::quit);
        second.start();
        loop.exec();
        QVERIFY(!second.fatalError());
        QCOMPARE(second.countIn(jobs::BatchMintJob::RowState::Done), 3);
        QCOMPARE(second.outcomes()[1].tokenId, sentBeforeTheCrash.tokenId);
        QVERIFY(second.outcomes()[1].fromEarlierRun);

        QHash<QString, int> perMarker;
        const auto recent = ok(net::await(org->mintedByMe(Page{100, 1, true})), "minted_by_me");
        for (const Nft &nft : recent) {
            const QString marker = nft.dynamicMetadata.value(QLatin1String(jobs::kBatchRowMarker)).toString();
            if (marker.startsWith(batchId))
                perMarker[marker] += 1;
        }
        QCOMPARE(perMarker.size(), 3);
        for (int count : std::as_const(perMarker))
            QCOMPARE(count, 1);

        // The journal still reads cleanly: a third run finds every row done.
        jobs::BatchMintJob third(org.get(), {csv, {}, 2, {}, {}});
        QVERIFY(waitFor(third.prepare()).ok());
        QCOMPARE(third.countIn(jobs::BatchMintJob::RowState::Done), 3);
    }

    void batchMintCancelAndResume()
    {
        auto org = clientWithSecret(m_demo.orgSecret());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("cancel.csv"));
        const QString holder = m_demo.endUser(1).value(QLatin1String("id_wallet_address")).toString();
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url\n");
            for (int i = 1; i <= 40; ++i)
                file.write(QStringLiteral("%1,T,T,Cancel %2,d,https://e.example/i,https://e.example/,%2,40,https://e.example/a\n").arg(holder).arg(i).toUtf8());
        }
        {
            jobs::BatchMintJob job(org.get(), {csv, {}, 2, {}, {}});
            QVERIFY(waitFor(job.prepare()).ok());
            QSignalSpy progress(&job, &jobs::BatchMintJob::progress);
            connect(&job, &jobs::BatchMintJob::rowFinished, &job, [&job](int, const QString &, const QString &) {
                if (job.countIn(jobs::BatchMintJob::RowState::Done) >= 5)
                    job.cancel();
            });
            QEventLoop loop;
            connect(&job, &jobs::BatchMintJob::finished, &loop, &QEventLoop::quit);
            job.start();
            loop.exec();
            const int done = job.countIn(jobs::BatchMintJob::RowState::Done);
            QVERIFY(done >= 5 && done < 40);
            QCOMPARE(job.countIn(jobs::BatchMintJob::RowState::Pending), 40 - done);
            QVERIFY(progress.count() >= 5);
            QFile result(job.resultPath());
            QVERIFY(result.open(QIODevice::ReadOnly));
            QVERIFY(result.readAll().contains(",not_sent,"));
        }
        jobs::BatchMintJob resumed(org.get(), {csv, {}, 4, {}, {}});
        QVERIFY(waitFor(resumed.prepare()).ok());
        QEventLoop loop;
        connect(&resumed, &jobs::BatchMintJob::finished, &loop, &QEventLoop::quit);
        resumed.start();
        loop.exec();
        QCOMPARE(resumed.countIn(jobs::BatchMintJob::RowState::Done), 40);
        QSet<QString> tokens;
        for (const auto &o : resumed.outcomes())
            tokens.insert(o.tokenId);
        QCOMPARE(tokens.size(), 40);
    }

    void serverStopped()
    {
        SandboxProcess doomed({QStringLiteral("--demo")});
        QVERIFY2(doomed.start(), qPrintable(doomed.errorString()));
        const QUrl base(doomed.demo().value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString());
        Web3ConnectClient client(&m_transport, base);
        client.setApiKeySecret(bytes(doomed.demo().value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString()));
        ok(net::await(client.myInfo()), "before the stop");
        const auto tokenBefore = client.token();
        doomed.terminate();
        const auto e = failure(net::await(client.myInfo()));
        QCOMPARE(e.cause, net::ApiError::Cause::ConnectionRefused);
        QCOMPARE(exitCodeFor(e.kind), 5);
        QVERIFY(client.token() == tokenBefore);
    }
};

QTEST_GUILESS_MAIN(TestServicesSandbox)
#include "tst_services_sandbox.moc"
