// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The venue scanner's core against a real sandbox: a holder's fresh code is verified (green,
// with the NFT's name, kind and seat), the same code again is a repeat (amber, no request),
// refusals map to their reasons (expired, unknown, outside the venue area), anything that is
// not a verification code is refused without a request, a service that does not answer is
// retried and never green, and the scan history on disk holds every scan, counts them and
// exports them as CSV.
#include "Blocking.h"
#include "commands/ScannerSession.h"
#include "qr/VerificationPayload.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "session/ScanHistory.h"
#include "support/SandboxProcess.h"
#include "support/VenuePosition.h"
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;
using namespace inkan::services::web3connect;
using inkan::session::ScanHistory;
using inkan::session::ScanReason;
using inkan::session::ScanVerdict;
using inkan::test::SandboxProcess;

namespace {
crypto::SecureBytes bytes(const QString &text) { return crypto::SecureBytes(text.toUtf8()); }
const Gps kOsaka{QStringLiteral("34.7025"), QStringLiteral("135.4959")};
} // namespace

class TestScannerSession : public QObject {
    Q_OBJECT

    struct World {
        std::unique_ptr<SandboxProcess> sandbox;
        std::unique_ptr<Web3ConnectClient> holder;
        std::unique_ptr<Web3ConnectClient> scanner;
        QList<Nft> nfts;
    };
    net::HttpTransport m_transport;
    World m_main;
    World m_shortLived; // --qr-ttl 1
    QTemporaryDir m_data;

    bool startWorld(World &world, const QStringList &arguments)
    {
        world.sandbox = std::make_unique<SandboxProcess>(arguments);
        if (!world.sandbox->start()) {
            qWarning() << world.sandbox->errorString();
            return false;
        }
        const QJsonObject demo = world.sandbox->demo();
        const QUrl base(demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString());
        const QJsonObject alice = demo.value(QLatin1String("end_users")).toArray().at(0).toObject();
        world.holder = std::make_unique<Web3ConnectClient>(&m_transport, base);
        world.holder->setApiKeySecret(bytes(alice.value(QLatin1String("api_key_secret")).toString()));
        world.scanner = std::make_unique<Web3ConnectClient>(&m_transport, base);
        world.scanner->setApiKeySecret(
            bytes(demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString()));
        auto held = net::await(world.holder->heldBy(alice.value(QLatin1String("id_wallet_address")).toString(), {50, 1}));
        if (held.index() != 0)
            return false;
        world.nfts = std::get<QList<Nft>>(held);
        return !world.nfts.isEmpty();
    }
    static QString codeFor(World &world, const Nft &nft)
    {
        auto code = net::await(world.holder->verificationStep1(nft.tokenId, inkan::test::venuePositionFor(nft)));
        return code.index() == 0 ? std::get<VerificationCode>(code).code : QString();
    }
    static int step2Requests(World &world)
    {
        QTest::qWait(60); // the sandbox writes its request log in batches every 20 ms
        return int(world.sandbox->log().count("qr_code/step2"));
    }
    static const Nft &ticket(const World &world)
    {
        for (const Nft &nft : world.nfts) {
            if (nft.dynamicMetadata.value(QLatin1String("category")).toString() == u"ticket")
                return nft;
        }
        return world.nfts.first();
    }
    ScanOutcome scan(ScannerSession &session, const QString &text)
    {
        QSignalSpy verdicts(&session, &ScannerSession::verdictReady);
        session.submitText(text);
        if (verdicts.isEmpty())
            verdicts.wait(30000);
        if (verdicts.isEmpty())
            return {};
        return verdicts.first().first().value<ScanOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY(startWorld(m_main, {QStringLiteral("--demo")}));
        QVERIFY(startWorld(m_shortLived, {QStringLiteral("--demo"), QStringLiteral("--qr-ttl"), QStringLiteral("1")}));
    }

    void verifiedThenRepeat()
    {
        ScanHistory history(m_data.path());
        ScannerSession session(&history);
        session.setClient(m_main.scanner.get());
        const Nft &nft = ticket(m_main);
        session.setVenuePosition(inkan::test::venuePositionFor(nft));
        session.setScannerName(QStringLiteral("Gate 2"));
        const QString code = codeFor(m_main, nft);
        QVERIFY(!code.isEmpty());
        const int before = step2Requests(m_main);

        QSignalSpy checking(&session, &ScannerSession::checking);
        const ScanOutcome green = scan(session, qr::VerificationPayload::toQrText(code));
        QCOMPARE(green.verdict, ScanVerdict::Verified);
        QCOMPARE(green.tokenId, nft.tokenId);
        QCOMPARE(green.nftName, nft.staticMetadata.value(QLatin1String("name")).toString());
        QCOMPARE(green.nftKind, QStringLiteral("ticket"));
        QVERIFY(!green.seat.isEmpty());
        QCOMPARE(green.attempts, 1);
        QCOMPARE(checking.count(), 1);
        QCOMPARE(step2Requests(m_main), before + 1);

        // The same code again (also as a bare code, as a handheld scanner might type it).
        const ScanOutcome amber = scan(session, code + QStringLiteral("\r\n"));
        QCOMPARE(amber.verdict, ScanVerdict::Repeat);
        QCOMPARE(amber.firstScanner, QStringLiteral("Gate 2"));
        QCOMPARE(amber.firstVerifiedAt, green.time);
        QCOMPARE(amber.tokenId, nft.tokenId);
        QVERIFY(amber.message.contains(QLatin1String("Gate 2")));
        QCOMPARE(step2Requests(m_main), before + 1); // no request

        // A new session (the app restarted) still knows it from the history on disk.
        ScanHistory reloaded(m_data.path());
        ScannerSession later(&reloaded);
        later.setClient(m_main.scanner.get());
        later.setVenuePosition(inkan::test::venuePositionFor(nft));
        QCOMPARE(scan(later, qr::VerificationPayload::toQrText(code)).verdict, ScanVerdict::Repeat);
        QCOMPARE(step2Requests(m_main), before + 1);
    }

    void refusalsHaveReasons()
    {
        ScanHistory history(m_data.path());
        ScannerSession session(&history);
        session.setClient(m_main.scanner.get());
        const Nft &nft = ticket(m_main);
        session.setVenuePosition(inkan::test::venuePositionFor(nft));

        const ScanOutcome unknown = scan(session, QStringLiteral("abcdef0123456789abcdef0123456789"));
        QCOMPARE(unknown.verdict, ScanVerdict::Refused);
        QCOMPARE(unknown.reason, ScanReason::UnknownCode);

        // Another scanner's code that was used elsewhere: already used, red (not a repeat here).
        const QString used = codeFor(m_main, nft);
        auto elsewhere = net::await(m_main.scanner->verificationStep2(used, inkan::test::venuePositionFor(nft)));
        QCOMPARE(elsewhere.index(), size_t(0));
        const ScanOutcome usedElsewhere = scan(session, qr::VerificationPayload::toQrText(used));
        QCOMPARE(usedElsewhere.verdict, ScanVerdict::Refused);
        QCOMPARE(usedElsewhere.reason, ScanReason::AlreadyUsed);

        // A scanner far from the holder.
        session.setVenuePosition(kOsaka);
        const ScanOutcome far = scan(session, qr::VerificationPayload::toQrText(codeFor(m_main, nft)));
        QCOMPARE(far.verdict, ScanVerdict::Refused);
        QCOMPARE(far.reason, ScanReason::OutsideVenue);

        // No venue position: nothing is sent.
        session.setVenuePosition(std::nullopt);
        const int before = step2Requests(m_main);
        const ScanOutcome unset = scan(session, qr::VerificationPayload::toQrText(codeFor(m_main, nft)));
        QCOMPARE(unset.verdict, ScanVerdict::Unchecked);
        QCOMPARE(unset.reason, ScanReason::NoVenuePosition);
        QCOMPARE(step2Requests(m_main), before);
    }

    void expiredCode()
    {
        ScanHistory history(m_data.path());
        ScannerSession session(&history);
        session.setClient(m_shortLived.scanner.get());
        const Nft &nft = ticket(m_shortLived);
        session.setVenuePosition(inkan::test::venuePositionFor(nft));
        const QString code = codeFor(m_shortLived, nft);
        QVERIFY(!code.isEmpty());
        QTest::qWait(1300);
        const ScanOutcome expired = scan(session, qr::VerificationPayload::toQrText(code));
        QCOMPARE(expired.verdict, ScanVerdict::Refused);
        QCOMPARE(expired.reason, ScanReason::Expired);
        QVERIFY(expired.message.contains(QLatin1String("expired")));
        QCOMPARE(expired.attempts, 1);
    }

    void notAVerificationCodeSendsNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("layout");
        QTest::newRow("link") << "https://example.com/login" << false;
        QTest::newRow("address") << "0x52908400098527886E0F7030069857D2E4169EE7" << false;
        QTest::newRow("other json") << R"({"p":"wifi","v":"0","c":"abcd"})" << false;
        QTest::newRow("garbage") << "%%% ### !!!" << false;
        // The payload typed by a US-layout scanner into a Japanese-layout computer.
        QTest::newRow("layout") << R"(]*c*:*0123456789abcdef0123456789abcdef*<*m*:]\<*p*:*nft?verification?code*<*v*:*0*\)" << true;
    }

    void notAVerificationCodeSendsNothing()
    {
        QFETCH(QString, text);
        QFETCH(bool, layout);
        ScanHistory history(m_data.path());
        ScannerSession session(&history);
        session.setClient(m_main.scanner.get());
        session.setVenuePosition(inkan::test::kDefaultVenue);
        const int before = step2Requests(m_main);
        const ScanOutcome refused = scan(session, text);
        QCOMPARE(refused.verdict, ScanVerdict::Refused);
        QCOMPARE(refused.reason, ScanReason::NotAVerificationCode);
        QCOMPARE(refused.requestSent, false);
        QCOMPARE(refused.message.contains(QLatin1String("keyboard layout")), layout);
        QCOMPARE(step2Requests(m_main), before);
    }

    void silentServiceIsNeverGreen()
    {
        QTcpServer silent; // accepts connections and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Web3ConnectClient client(&m_transport, QUrl(QStringLiteral("http://127.0.0.1:%1/rest/v1").arg(silent.serverPort())));
        client.setToken(bytes(QStringLiteral("token")));
        ScanHistory history(m_data.path());
        ScannerSession session(&history);
        session.setClient(&client);
        session.setVenuePosition(inkan::test::kDefaultVenue);
        VerifyScan::Policy policy;
        policy.maxAttempts = 3;
        policy.retryDelaysMs = {50};
        policy.attemptTimeoutMs = 300;
        session.setPolicy(policy);
        QSignalSpy checking(&session, &ScannerSession::checking);
        QSignalSpy retrying(&session, &ScannerSession::retrying);
        const ScanOutcome outcome = scan(session, qr::VerificationPayload::toQrText(QStringLiteral("0123456789abcdef0123456789abcdef")));
        QCOMPARE(outcome.verdict, ScanVerdict::Unchecked);
        QCOMPARE(outcome.reason, ScanReason::Unreachable);
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(checking.count(), 3);
        QCOMPARE(retrying.count(), 2);
        QVERIFY(outcome.message.contains(QLatin1String("could not be reached")));

        // Nothing listening at all: the same.
        const quint16 port = silent.serverPort();
        silent.close();
        Web3ConnectClient closed(&m_transport, QUrl(QStringLiteral("http://127.0.0.1:%1/rest/v1").arg(port)));
        closed.setToken(bytes(QStringLiteral("token")));
        session.setClient(&closed);
        const ScanOutcome refused = scan(session, qr::VerificationPayload::toQrText(QStringLiteral("fedcba9876543210fedcba9876543210")));
        QCOMPARE(refused.verdict, ScanVerdict::Unchecked);
        QCOMPARE(refused.reason, ScanReason::Unreachable);
    }

    void aNewScanReplacesTheOneBeingChecked()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Web3ConnectClient client(&m_transport, QUrl(QStringLiteral("http://127.0.0.1:%1/rest/v1").arg(silent.serverPort())));
        client.setToken(bytes(QStringLiteral("token")));
        ScanHistory history(m_data.path());
        ScannerSession session(&history);
        session.setClient(&client);
        session.setVenuePosition(inkan::test::kDefaultVenue);
        VerifyScan::Policy policy;
        policy.attemptTimeoutMs = 5000;
        session.setPolicy(policy);
        QSignalSpy verdicts(&session, &ScannerSession::verdictReady);
        session.submitText(QStringLiteral("0123456789abcdef0123456789abcdef"));
        QTRY_VERIFY(session.isChecking());
        session.submitText(QStringLiteral("0123456789abcdef0123456789abcdef")); // the same: ignored
        QVERIFY(verdicts.isEmpty());
        session.submitText(QStringLiteral("https://example.com")); // another: replaces it at once
        QCOMPARE(verdicts.count(), 1);
        QVERIFY(!session.isChecking());
        QTest::qWait(200);
        QCOMPARE(verdicts.count(), 1); // the replaced check never reports
    }

    void historyCountsAndExport()
    {
        ScanHistory history(m_data.path());
        QVERIFY(history.loadError().isEmpty());
        const auto &records = history.records();
        QVERIFY(records.size() >= 12);
        const session::ScanCounts today = history.dayCounts();
        QCOMPARE(today.total(), int(records.size()));
        QCOMPARE(today.count(ScanVerdict::Verified), 1);
        QCOMPARE(today.count(ScanVerdict::Repeat), 2);
        QVERIFY(today.count(ScanVerdict::Refused) >= 9);
        QVERIFY(today.count(ScanVerdict::Unchecked) >= 3);
        QCOMPARE(today.byKind.value(QStringLiteral("ticket"))[size_t(ScanVerdict::Verified)], 1);
        QCOMPARE(history.sessionCounts().total(), 0); // a new session
        QCOMPARE(records.first().verdict, ScanVerdict::Verified);
        QCOMPARE(records.first().scanner, QStringLiteral("Gate 2"));
        QVERIFY(!records.first().tokenId.isEmpty());

        // A torn last line (a crash mid-write) loses only itself, and the next scan still lands.
        {
            QFile file(history.path());
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"time\":\"2026-");
        }
        ScanHistory afterCrash(m_data.path());
        QCOMPARE(afterCrash.records().size(), records.size());
        session::ScanRecord extra;
        extra.time = QDateTime::currentDateTimeUtc();
        extra.verdict = ScanVerdict::Refused;
        extra.reason = ScanReason::Expired;
        extra.message = QStringLiteral("=HYPERLINK(\"x\"), with a comma");
        QVERIFY(afterCrash.append(extra).ok());
        QCOMPARE(afterCrash.sessionCounts().total(), 1);
        QCOMPARE(ScanHistory(m_data.path()).records().size(), records.size() + 1);

        const QString csvPath = m_data.filePath(QStringLiteral("scans.csv"));
        QVERIFY(afterCrash.exportCsv(csvPath).ok());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("time,scanner,verdict,reason,token_id,nft_name,nft_kind,attempts,message"));
        QCOMPARE(lines.size() - 2, int(records.size()) + 1); // header, records, trailing empty
        for (const char *word : {"verified", "repeat", "refused", "unchecked", "expired", "already_used", "unknown_code",
                                 "outside_venue", "not_a_verification_code", "unreachable"})
            QVERIFY2(lines.join('\n').contains(word), word);
        QVERIFY(lines.at(lines.size() - 2).contains("\"'=HYPERLINK(\"\"x\"\"), with a comma\""));
    }
};

QTEST_MAIN(TestScannerSession)
#include "tst_scanner_session.moc"
