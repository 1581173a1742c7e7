// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The organization's half of bench_gui (bench_gui.cpp runs it last), against a real sandbox,
// signed in as the demo museum:
// - scan_to_verdict_ms: a synthetic 1280×720 NV12 camera frame holding a holder's fresh code is
//   handed to the scanner page's frame source; the clock stops when the page has painted the
//   verdict (ScannerPage::verdictShown, emitted after the repaint). Decoding off the GUI
//   thread, step2 over loopback and the NFT's details are all inside. Median and worst of 15.
// - batch_mint_1000_s: 1,000 CSV rows through the organization page's batch mint.
#include "Blocking.h"
#include "commands/ScannerSession.h"
#include "pages/BatchMintPanel.h"
#include "pages/OrganizationPage.h"
#include "pages/ScannerPage.h"
#include "qr/FrameSource.h"
#include "qr/VerificationPayload.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "services/web3connect/Web3ConnectSignIn.h"
#include "session/AppSettings.h"
#include "session/ServiceHub.h"
#include "support/SandboxProcess.h"
#include "support/VenuePosition.h"
#include "unit/qr/QrTestImages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace inkan;
using namespace inkan::session;
using namespace inkan::qr::testing;
using inkan::services::web3connect::Nft;
using inkan::services::web3connect::Web3ConnectClient;

namespace {
crypto::SecureBytes bytes(const QString &text) { return crypto::SecureBytes(text.toUtf8()); }
} // namespace

class BenchGui : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    net::HttpTransport m_transport;
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<ServiceHub> m_hub;
    std::unique_ptr<Web3ConnectClient> m_holder;
    QString m_scanner;
    Nft m_ticket;
    QString m_holderAddress;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("INKAN_SECRET_BACKEND", "file");
        m_sandbox = std::make_unique<test::SandboxProcess>(QStringList{QStringLiteral("--demo")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        const QJsonObject demo = m_sandbox->demo();
        const QUrl base(demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString());
        const QJsonObject alice = demo.value(QLatin1String("end_users")).toArray().at(0).toObject();
        m_holder = std::make_unique<Web3ConnectClient>(&m_transport, base);
        m_holder->setApiKeySecret(bytes(alice.value(QLatin1String("api_key_secret")).toString()));
        m_holderAddress = alice.value(QLatin1String("id_wallet_address")).toString();
        auto held = net::await(m_holder->heldBy(m_holderAddress, {50, 1}));
        QCOMPARE(held.index(), size_t(0));
        for (const Nft &nft : std::get<QList<Nft>>(held))
            if (nft.dynamicMetadata.value(QLatin1String("category")).toString() == u"ticket") {
                m_ticket = nft;
                break;
            }
        QVERIFY(!m_ticket.tokenId.isEmpty());

        ServiceHub::Options options;
        options.dataDir = m_dir.path();
        options.secrets.preferred = QStringLiteral("file");
        options.secrets.scryptN = 1024;
        m_hub = std::make_unique<ServiceHub>(options);
        m_hub->setPasswordSource([this](PasswordAnswer answer) {
            QTimer::singleShot(1, m_hub.get(), [answer] { answer(bytes(QStringLiteral("pw"))); });
        });
        auto account = m_hub->addAccount(ServiceKind::Web3Connect, base, QStringLiteral("Museum"));
        QVERIFY(account.ok());
        auto client = waitFor(m_hub->web3connect(account->id, ServiceHub::Use::SigningIn));
        QVERIFY(client.ok());
        auto *flow = new services::web3connect::Web3ConnectSignIn(
            *client, bytes(demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString()),
            *client);
        auto saved = waitFor(m_hub->signIn(account->id, flow));
        QVERIFY(saved.ok());
        m_scanner = saved->id;
        const auto venue = test::venuePositionFor(m_ticket);
        QVERIFY(AppSettings(m_dir.path()).setVenuePosition(GeoPosition{venue.latitude.toDouble(), venue.longitude.toDouble()}).ok());
    }

    void scanToVerdict()
    {
        ui::ScannerPage page(*m_hub);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setAccount(m_scanner);
        QTRY_VERIFY_WITH_TIMEOUT(page.scannerSession()->client() != nullptr, 30000);
        auto *frames = new qr::SyntheticFrameSource(true);
        page.setLiveSource(frames);
        QSignalSpy shown(&page, &ui::ScannerPage::verdictShown);

        constexpr int kRounds = 15;
        QList<double> times;
        for (int round = 0; round < kRounds; ++round) {
            auto code = net::await(m_holder->verificationStep1(m_ticket.tokenId, test::venuePositionFor(m_ticket)));
            QCOMPARE(code.index(), size_t(0));
            const QVideoFrame frame = makeFrame(
                scene(codeImage(qr::VerificationPayload::toQrText(std::get<services::web3connect::VerificationCode>(code).code), 6)),
                QVideoFrameFormat::Format_NV12); // 1280×720
            shown.clear();
            QElapsedTimer clock;
            clock.start();
            frames->push(frame);
            QVERIFY(shown.wait(30000) || !shown.isEmpty());
            times << double(clock.nsecsElapsed()) / 1e6;
            QCOMPARE(shown.first().first().value<ScanOutcome>().verdict, ScanVerdict::Verified);
            page.scanNext();
        }
        std::sort(times.begin(), times.end());
        qInfo("scan_to_verdict_ms=%.1f (median of %d; best %.1f, worst %.1f)", times.at(times.size() / 2), kRounds,
              times.first(), times.last());
    }

    // 1,000 CSV rows through the organization page's batch mint, from pressing "Mint" (the rows
    // already checked by the dry run) to the finished run painted.
    void batchMint1000()
    {
        const QString csv = m_dir.filePath(QStringLiteral("bench-1000.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray out = "holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url,level\n";
        for (int i = 1; i <= 1000; ++i)
            out += m_holderAddress.toUtf8() + ",Bench,Bench,Bench card " + QByteArray::number(i)
                   + ",A benchmark card,/assets/membership-gold.png,," + QByteArray::number(i) + ",1000,,gold\n";
        file.write(out);
        file.close();

        ui::OrganizationPage page(*m_hub);
        page.resize(1100, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setAccount(m_scanner);
        QTRY_VERIFY_WITH_TIMEOUT(page.isVerified(), 30000);
        ui::BatchMintPanel *batch = page.batchPanel();
        QSignalSpy checked(batch, &ui::BatchMintPanel::checked);
        batch->setCsvPath(csv);
        QVERIFY(checked.wait(60000));
        QVERIFY(checked.first().first().toBool());
        QSignalSpy finished(batch, &ui::BatchMintPanel::runFinished);
        QElapsedTimer clock;
        clock.start();
        batch->findChild<QPushButton *>(QStringLiteral("batchRunButton"))->click();
        QVERIFY(finished.wait(600000));
        QCoreApplication::processEvents(); // the last rows painted
        qInfo("batch_mint_1000_s=%.2f", double(clock.nsecsElapsed()) / 1e9);
    }
};

int runScannerBench(int argc, char *argv[])
{
    BenchGui bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "scanner_bench.moc"
