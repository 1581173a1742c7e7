// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The scanner page against real sandboxes, fed synthetic camera frames through FrameSource:
// a holder's fresh code gives green with the NFT's name and seat; the same code again gives
// amber naming this scanner; an expired code gives red with its reason; a garbled QR code (and
// a handheld scanner's burst typed through the wrong keyboard layout) gives red without any
// request; a service that does not answer shows "checking…" and never green; the verdict
// closes itself after its countdown and Space closes it at once; the history list, the counts
// and the CSV export hold every one of these.
#include "GuiTestSupport.h"

#include "Blocking.h"
#include "commands/ScannerSession.h"
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
#include "widgets/CameraView.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QInputDialog>
#include <QMainWindow>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <signal.h>
#include <sys/types.h>

using namespace inkan;
using namespace inkan::session;
using inkan::services::web3connect::Gps;
using inkan::services::web3connect::Nft;
using inkan::services::web3connect::Web3ConnectClient;
using inkan::test::SandboxProcess;
using inkan::ui::ScannerPage;
using namespace inkan::qr::testing;

namespace {
crypto::SecureBytes bytes(const QString &text) { return crypto::SecureBytes(text.toUtf8()); }
} // namespace

class TestGuiScanner : public QObject {
    Q_OBJECT

    struct World {
        std::unique_ptr<SandboxProcess> sandbox;
        std::unique_ptr<Web3ConnectClient> holder;
        QString scannerAccount; // the organization, signed in through the hub
        Nft ticket;
    };
    QTemporaryDir m_dir;
    net::HttpTransport m_transport;
    std::unique_ptr<ServiceHub> m_hub;
    World m_main;
    World m_shortLived; // --qr-ttl 1
    std::unique_ptr<ScannerPage> m_page;
    qr::SyntheticFrameSource *m_frames = nullptr;

    bool startWorld(World &world, const QStringList &arguments, const QString &name)
    {
        world.sandbox = std::make_unique<SandboxProcess>(arguments);
        if (!world.sandbox->start())
            return false;
        const QJsonObject demo = world.sandbox->demo();
        const QUrl base(demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString());
        const QJsonObject alice = demo.value(QLatin1String("end_users")).toArray().at(0).toObject();
        world.holder = std::make_unique<Web3ConnectClient>(&m_transport, base);
        world.holder->setApiKeySecret(bytes(alice.value(QLatin1String("api_key_secret")).toString()));
        auto held = net::await(world.holder->heldBy(alice.value(QLatin1String("id_wallet_address")).toString(), {50, 1}));
        if (held.index() != 0)
            return false;
        for (const Nft &nft : std::get<QList<Nft>>(held))
            if (nft.dynamicMetadata.value(QLatin1String("category")).toString() == u"ticket") {
                world.ticket = nft;
                break;
            }
        if (world.ticket.tokenId.isEmpty())
            return false;
        // The venue's organization signs in through the hub, as staff would in Settings.
        auto account = m_hub->addAccount(ServiceKind::Web3Connect, base, name);
        if (!account)
            return false;
        auto client = waitFor(m_hub->web3connect(account->id, ServiceHub::Use::SigningIn));
        if (!client)
            return false;
        auto *flow = new services::web3connect::Web3ConnectSignIn(
            *client, bytes(demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString()),
            *client);
        auto saved = waitFor(m_hub->signIn(account->id, flow));
        if (!saved)
            return false;
        world.scannerAccount = saved->id;
        return true;
    }
    static QString codeFor(World &world)
    {
        auto code = net::await(world.holder->verificationStep1(world.ticket.tokenId, inkan::test::venuePositionFor(world.ticket)));
        return code.index() == 0 ? std::get<services::web3connect::VerificationCode>(code).code : QString();
    }
    static int step2Requests(World &world)
    {
        QTest::qWait(60); // the sandbox writes its request log in batches every 20 ms
        return int(world.sandbox->log().count("qr_code/step2"));
    }
    /// A 640×480 NV12 camera frame showing the holder's QR code.
    static QVideoFrame cameraFrame(const QString &text)
    {
        return makeFrame(scene(codeImage(text, 4), {640, 480}), QVideoFrameFormat::Format_NV12);
    }
    void useAccount(const QString &accountId)
    {
        m_page->setAccount(accountId);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->scannerSession()->client() != nullptr, 30000);
    }
    QString text(const char *name) { return m_page->findChild<QLabel *>(QLatin1String(name))->text(); }
    QString overlayStyle() { return m_page->findChild<QFrame *>(QStringLiteral("verdictOverlay"))->styleSheet(); }
    /// Shows `frame` to the camera until a verdict (not "checking") is up.
    bool verdictFor(const QVideoFrame &frame)
    {
        m_frames->push(frame);
        return QTest::qWaitFor([&] { return m_page->view() == ScannerPage::View::Verdict; }, 30000);
    }
    void scanNextBySpace()
    {
        QTest::keyClick(m_page->findChild<QLineEdit *>(QStringLiteral("scanField")), Qt::Key_Space);
        QCOMPARE(m_page->view(), ScannerPage::View::Scanning);
        QVERIFY(!m_page->findChild<QFrame *>(QStringLiteral("verdictOverlay"))->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("INKAN_SECRET_BACKEND", "file");
        QVERIFY(m_dir.isValid());
        ServiceHub::Options options;
        options.dataDir = m_dir.path();
        options.secrets.preferred = QStringLiteral("file");
        options.secrets.scryptN = 1024;
        m_hub = std::make_unique<ServiceHub>(options);
        m_hub->setPasswordSource([this](PasswordAnswer answer) {
            QTimer::singleShot(1, m_hub.get(), [answer] { answer(bytes(QStringLiteral("pw"))); });
        });
        QVERIFY(startWorld(m_main, {QStringLiteral("--demo")}, QStringLiteral("Museum")));
        QVERIFY(startWorld(m_shortLived, {QStringLiteral("--demo"), QStringLiteral("--qr-ttl"), QStringLiteral("1")},
                           QStringLiteral("Museum (short codes)")));

        AppSettings settings(m_dir.path());
        const Gps venue = inkan::test::venuePositionFor(m_main.ticket);
        QVERIFY(settings.setVenuePosition(GeoPosition{venue.latitude.toDouble(), venue.longitude.toDouble()}).ok());
        QVERIFY(settings.setScannerName(QStringLiteral("Gate 2")).ok());

        m_page = std::make_unique<ScannerPage>(*m_hub);
        m_page->resize(1000, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        useAccount(m_main.scannerAccount);
        if (qr::CameraFrameSource::availableCameras().isEmpty()) {
            // No camera here: said plainly, with a refresh button, and the chooser says so.
            auto *status = m_page->findChild<QLabel *>(QStringLiteral("cameraStatus"));
            QTRY_VERIFY(status->isVisible());
            QVERIFY2(status->text().startsWith(QLatin1String("No camera is connected. Connect a webcam and press Refresh")),
                     qPrintable(status->text()));
            QCOMPARE(m_page->findChild<QComboBox *>(QStringLiteral("cameraCombo"))->currentText(), QStringLiteral("No camera"));
            QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("refreshCamerasButton"))->isVisible());
        }
        m_frames = new qr::SyntheticFrameSource(true);
        m_page->setLiveSource(m_frames);
        QCOMPARE(m_frames->state(), qr::FrameSource::State::Running);
    }

    void controlsAreNamedAndTheScanFieldHasTheFocus()
    {
        QVERIFY2(inkan::test::unnamedControls(m_page.get()).isEmpty(),
                 qPrintable(inkan::test::unnamedControls(m_page.get()).join(u'\n')));
        QTRY_COMPARE(QApplication::focusWidget(), m_page->findChild<QLineEdit *>(QStringLiteral("scanField")));
        // The verdict sounds are built in (resources/sounds, made by make_sounds.py).
        for (const char *name : {"verified", "refused", "repeat"}) {
            QFile wav(QStringLiteral(":/sounds/%1.wav").arg(QLatin1String(name)));
            QVERIFY2(wav.open(QIODevice::ReadOnly) && wav.read(4) == "RIFF", name);
        }
        // Clicking a control leaves the focus with the scan field.
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("refreshCamerasButton")), Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), m_page->findChild<QLineEdit *>(QStringLiteral("scanField")));
    }

    void validCodeIsGreenThenAmber()
    {
        const QString code = codeFor(m_main);
        QVERIFY(!code.isEmpty());
        const int before = step2Requests(m_main);
        const QVideoFrame frame = cameraFrame(qr::VerificationPayload::toQrText(code));
        QVERIFY(verdictFor(frame));
        QCOMPARE(text("verdictTitle"), QStringLiteral("Verified"));
        QVERIFY(overlayStyle().contains(QLatin1String("#1b7f3b")));
        QCOMPARE(text("verdictNft"), m_main.ticket.staticMetadata.value(QLatin1String("name")).toString());
        QVERIFY2(text("verdictDetails").contains(QLatin1String("Seat ")), qPrintable(text("verdictDetails")));
        QVERIFY(text("verdictDetails").contains(QLatin1String("ticket")));
        QCOMPARE(step2Requests(m_main), before + 1);
        if (qEnvironmentVariableIsSet("INKAN_SCREENSHOT_DIR"))
            m_page->grab().save(qEnvironmentVariable("INKAN_SCREENSHOT_DIR") + QStringLiteral("/scanner-verified.png"));

        // The code stays in front of the camera: no second report while the verdict is up.
        m_frames->push(frame);
        QTest::qWait(300);
        QCOMPARE(step2Requests(m_main), before + 1);

        // Space: scan next at once; the same code again is a repeat, without a request.
        scanNextBySpace();
        QVERIFY(verdictFor(frame));
        QCOMPARE(text("verdictTitle"), QStringLiteral("Already verified"));
        QVERIFY(overlayStyle().contains(QLatin1String("#a85f00")));
        QVERIFY2(text("verdictReason").contains(QLatin1String("Gate 2")), qPrintable(text("verdictReason")));
        QCOMPARE(step2Requests(m_main), before + 1);
        if (qEnvironmentVariableIsSet("INKAN_SCREENSHOT_DIR"))
            m_page->grab().save(qEnvironmentVariable("INKAN_SCREENSHOT_DIR") + QStringLiteral("/scanner-repeat.png"));
        scanNextBySpace();
    }

    void verdictClosesItselfAfterItsCountdown()
    {
        m_page->setVerdictDuration(1500);
        QVERIFY(verdictFor(cameraFrame(QStringLiteral("https://example.com/not-a-code"))));
        QVERIFY2(text("verdictCountdown").startsWith(QLatin1String("Scanning again in ")), qPrintable(text("verdictCountdown")));
        QTRY_VERIFY_WITH_TIMEOUT(text("verdictCountdown").contains(QLatin1String("1 s")), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->view(), ScannerPage::View::Scanning, 5000);
        m_page->setVerdictDuration(30000);
    }

    void expiredCodeIsRedWithItsReason()
    {
        useAccount(m_shortLived.scannerAccount);
        const QString code = codeFor(m_shortLived);
        QVERIFY(!code.isEmpty());
        QTest::qWait(1300);
        QVERIFY(verdictFor(cameraFrame(qr::VerificationPayload::toQrText(code))));
        QCOMPARE(text("verdictTitle"), QStringLiteral("Not valid"));
        QVERIFY(overlayStyle().contains(QLatin1String("#b3261e")));
        QVERIFY2(text("verdictReason").contains(QLatin1String("expired")), qPrintable(text("verdictReason")));
        QVERIFY2(text("verdictCountdown").startsWith(QLatin1String("Scanning again in")), qPrintable(text("verdictCountdown")));
        if (qEnvironmentVariableIsSet("INKAN_SCREENSHOT_DIR"))
            m_page->grab().save(qEnvironmentVariable("INKAN_SCREENSHOT_DIR") + QStringLiteral("/scanner-refused.png"));
        scanNextBySpace();
        if (qEnvironmentVariableIsSet("INKAN_SCREENSHOT_DIR")) {
            QImage empty(640, 480, QImage::Format_RGB32); // a camera picture without a code
            empty.fill(QColor(90, 100, 110));
            m_frames->push(makeFrame(empty, QVideoFrameFormat::Format_NV12));
            QTest::qWait(100);
            m_page->grab().save(qEnvironmentVariable("INKAN_SCREENSHOT_DIR") + QStringLiteral("/scanner.png"));
        }
        useAccount(m_main.scannerAccount);
    }

    void garbledCodesAreRedWithoutARequest()
    {
        const int main = step2Requests(m_main);
        const int shortLived = step2Requests(m_shortLived);
        // A QR code that is not a verification code.
        QVERIFY(verdictFor(cameraFrame(QStringLiteral("{\"c\":\"abcd\",\"p\":\"wifi\",\"v\":\"0\"}"))));
        QCOMPARE(text("verdictTitle"), QStringLiteral("Not valid"));
        QVERIFY(text("verdictReason").contains(QLatin1String("Nothing was sent")));
        scanNextBySpace();
        // A handheld scanner typing the payload through the wrong keyboard layout, then Enter.
        auto *field = m_page->findChild<QLineEdit *>(QStringLiteral("scanField"));
        QTest::keyClicks(field, QStringLiteral("]*c*:*0123456789abcdef0123456789abcdef*<*m*:]\\<*p*:*nft?verification?code*<*v*:*0*\\"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(m_page->view(), ScannerPage::View::Verdict);
        QCOMPARE(text("verdictTitle"), QStringLiteral("Not valid"));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("layoutWarning"))->isVisible());
        QVERIFY(text("layoutWarning").contains(QLatin1String("keyboard layout")));
        QVERIFY(field->text().isEmpty());
        // Enter on its own: scan next.
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(m_page->view(), ScannerPage::View::Scanning);
        QCOMPARE(step2Requests(m_main), main);
        QCOMPARE(step2Requests(m_shortLived), shortLived);
    }

    void silentServiceIsNeverGreen()
    {
        const QString code = codeFor(m_main);
        QVERIFY(!code.isEmpty());
        VerifyScan::Policy policy;
        policy.maxAttempts = 3;
        policy.retryDelaysMs = {100};
        policy.attemptTimeoutMs = 700;
        m_page->scannerSession()->setPolicy(policy);
        // The service stops answering (the process is frozen, its port still accepts).
        QCOMPARE(::kill(pid_t(m_main.sandbox->processId()), SIGSTOP), 0);
        m_frames->push(cameraFrame(qr::VerificationPayload::toQrText(code)));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->view(), ScannerPage::View::Checking, 10000);
        QCOMPARE(text("verdictTitle"), QStringLiteral("Checking…"));
        bool sawGreen = false;
        bool sawRetry = false;
        const bool ended = QTest::qWaitFor([&] {
            sawGreen = sawGreen || text("verdictTitle") == u"Verified";
            sawRetry = sawRetry || text("verdictReason").startsWith(QLatin1String("Attempt"));
            return m_page->view() == ScannerPage::View::Verdict;
        }, 30000);
        ::kill(pid_t(m_main.sandbox->processId()), SIGCONT);
        QVERIFY(ended);
        QCOMPARE(m_page->view(), ScannerPage::View::Verdict);
        QVERIFY(!sawGreen);
        QVERIFY(sawRetry);
        QCOMPARE(text("verdictTitle"), QStringLiteral("Not checked"));
        QVERIFY2(text("verdictReason").contains(QLatin1String("could not be reached")), qPrintable(text("verdictReason")));
        QVERIFY(!overlayStyle().contains(QLatin1String("#1b7f3b")));
        m_page->scannerSession()->setPolicy({});
        scanNextBySpace();
    }

    void cameraLostMidScanIsNamed()
    {
        // A live source that fails the way CameraFrameSource does when its camera is unplugged.
        class LosableSource : public qr::SyntheticFrameSource {
        public:
            void unplug() { fail(qr::CameraFrameSource::tr("The camera \"%1\" was disconnected.").arg(QStringLiteral("USB Cam"))); }
            void refuse() { fail(qr::CameraFrameSource::tr("The camera stopped working: %1").arg(QStringLiteral("Permission denied"))); }
        };
        // The system refuses the camera: said as such, with what to do.
        auto *refused = new LosableSource;
        m_page->setLiveSource(refused);
        refused->refuse();
        QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("cameraStatus"))->isVisible());
        QVERIFY(text("cameraStatus").contains(QLatin1String("permission was denied")));
        QVERIFY(text("cameraStatus").contains(QLatin1String("press Refresh")));
        auto *losable = new LosableSource;
        m_page->setLiveSource(losable);
        auto *status = m_page->findChild<QLabel *>(QStringLiteral("cameraStatus"));
        QTRY_VERIFY(!status->isVisible()); // a running source clears the last problem
        losable->unplug();
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QLatin1String("USB Cam")) && status->text().contains(QLatin1String("Plug it back in")),
                 qPrintable(status->text()));
        // Nothing was lost: a handheld scanner still works meanwhile, and a source that runs again clears it.
        QCOMPARE(m_page->view(), ScannerPage::View::Scanning);
        m_frames = new qr::SyntheticFrameSource(true);
        m_page->setLiveSource(m_frames);
        QTRY_VERIFY(!status->isVisible());
    }

    void kioskModeIsLeftOnlyWithThePin()
    {
        // The page inside a main window's page stack, as the app has it.
        QMainWindow main;
        auto *stack = new QStackedWidget;
        stack->addWidget(new QWidget);
        auto *page = new ScannerPage(*m_hub);
        stack->addWidget(page);
        stack->setCurrentWidget(page);
        main.setCentralWidget(stack);
        main.resize(900, 700);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        const auto pinDialog = [page] { return page->findChild<QInputDialog *>(QStringLiteral("kioskPinDialog")); };
        const auto answer = [&](const QString &pin) {
            QTRY_VERIFY(pinDialog());
            pinDialog()->setTextValue(pin);
            pinDialog()->accept();
            QTRY_VERIFY(!pinDialog());
        };

        // No PIN yet: one is asked for first; a bad one starts nothing.
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("kioskButton")), Qt::LeftButton);
        answer(QStringLiteral("12"));
        QVERIFY(!page->isKiosk());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("scanStatus"))->text().contains(QLatin1String("4 to 8 digits")));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("kioskButton")), Qt::LeftButton);
        answer(QStringLiteral("2468"));
        QVERIFY(page->isKiosk());
        QVERIFY(page->isWindow());
        QTRY_VERIFY(page->isFullScreen());
        QVERIFY(!main.isVisible());
        QVERIFY(!page->findChild<QListWidget *>(QStringLiteral("scanHistoryList"))->isVisible());
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("scanCounts"))->isVisible());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("exportHistoryButton"))->isVisible());
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("leaveKioskButton"))->isVisible());
        QVERIFY(inkan::test::unnamedControls(page).isEmpty());

        // Closing the window is refused: it asks for the PIN instead.
        QVERIFY(!page->close());
        QVERIFY(page->isVisible());
        QTRY_VERIFY(pinDialog());
        pinDialog()->reject();
        QTRY_VERIFY(!pinDialog());
        QVERIFY(page->isKiosk());
        // Escape asks for the PIN; a wrong one keeps kiosk mode.
        auto *field = page->findChild<QLineEdit *>(QStringLiteral("scanField"));
        QTest::keyClick(field, Qt::Key_Escape);
        answer(QStringLiteral("0000"));
        QVERIFY(page->isKiosk());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("scanStatus"))->text().contains(QLatin1String("not the kiosk PIN")));
        QTest::keyClick(field, Qt::Key_Escape);
        answer(QStringLiteral("2468"));
        QVERIFY(!page->isKiosk());
        QVERIFY(!page->isWindow());
        QCOMPARE(stack->indexOf(page), 1);
        QCOMPARE(stack->currentWidget(), page);
        QTRY_VERIFY(main.isVisible());
        QVERIFY(page->findChild<QListWidget *>(QStringLiteral("scanHistoryList"))->isVisible());
    }

    void historyCountsAndExportHoldEveryScan()
    {
        auto *list = m_page->findChild<QListWidget *>(QStringLiteral("scanHistoryList"));
        QCOMPARE(list->count(), 7); // verified, repeat, not a code (countdown), expired, wifi, layout, unchecked
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("unchecked"));
        QCOMPARE(list->item(6)->data(Qt::UserRole).toString(), QStringLiteral("verified"));
        QVERIFY2(text("scanCounts").contains(QStringLiteral("This session: 1 verified · 4 refused · 1 repeated · 1 not checked")),
                 qPrintable(text("scanCounts")));
        QVERIFY(text("scanKindCounts").contains(QLatin1String("ticket: 1 verified")));

        const QString path = m_dir.filePath(QStringLiteral("export/scans.csv"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_page->exportHistory(path);
        QVERIFY2(text("scanStatus").contains(QLatin1String("Scans exported: 7")), qPrintable(text("scanStatus")));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        const QByteArray all = lines.join('\n');
        for (const char *word : {",verified,", ",repeat,already_used,", ",refused,expired,", ",refused,not_a_verification_code,",
                                 ",unchecked,unreachable,", "Gate 2"})
            QVERIFY2(all.contains(word), word);
        QVERIFY(all.contains(m_main.ticket.tokenId.toLatin1()));

        // A restart (a new page on the same data folder) lists the same history.
        ScannerPage again(*m_hub);
        QCOMPARE(again.findChild<QListWidget *>(QStringLiteral("scanHistoryList"))->count(), 7);
        QCOMPARE(again.history()->dayCounts().total(), 7);
    }

    void otherSourcesAndSwitches()
    {
        const int before = int(m_page->history()->records().size());
        const QString notACode = QStringLiteral("https://example.com/other-source");
        // A picture file, read off the GUI thread, while the camera keeps streaming frames
        // (which must not push the picture out of the decoder's queue).
        const QString png = m_dir.filePath(QStringLiteral("code.png"));
        QVERIFY(scene(codeImage(notACode, 5), {800, 600}).save(png));
        QImage empty(640, 480, QImage::Format_RGB32);
        empty.fill(QColor(90, 100, 110));
        const QVideoFrame emptyFrame = makeFrame(empty, QVideoFrameFormat::Format_NV12);
        QTimer stream;
        connect(&stream, &QTimer::timeout, this, [&] { m_frames->push(emptyFrame); });
        stream.start(5);
        m_page->scanImageFile(png);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->view(), ScannerPage::View::Verdict, 10000);
        stream.stop();
        QVERIFY(text("verdictReason").contains(QLatin1String("a link")));
        scanNextBySpace();
        // A picture without a code says so.
        const QString blank = m_dir.filePath(QStringLiteral("blank.png"));
        QImage white(400, 300, QImage::Format_RGB32);
        white.fill(Qt::white);
        QVERIFY(white.save(blank));
        m_page->scanImageFile(blank);
        QTRY_VERIFY_WITH_TIMEOUT(!text("scanStatus").isEmpty() && !text("scanStatus").startsWith(QLatin1String("Reading")), 10000);
        QCOMPARE(m_page->view(), ScannerPage::View::Scanning);
        // Text on the clipboard is taken as typed.
        QApplication::clipboard()->setText(QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7"));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("scanClipboardButton")), Qt::LeftButton);
        QTRY_COMPARE(m_page->view(), ScannerPage::View::Verdict);
        QVERIFY(text("verdictReason").contains(QLatin1String("wallet address")));
        scanNextBySpace();
        QCOMPARE(int(m_page->history()->records().size()), before + 2);

        // Flip the picture: remembered, and a mirrored code in front of the camera still reads.
        auto *mirror = m_page->findChild<QCheckBox *>(QStringLiteral("mirrorCheck"));
        QTest::mouseClick(mirror, Qt::LeftButton);
        QVERIFY(mirror->isChecked());
        QVERIFY(AppSettings(m_dir.path()).scannerMirrored());
        QVERIFY(m_page->findChild<ui::CameraView *>(QStringLiteral("cameraPreview"))->isMirrored());
        m_frames->push(makeFrame(scene(codeImage(QStringLiteral("https://example.com/mirrored"), 4), {640, 480}).mirrored(true, false),
                                 QVideoFrameFormat::Format_NV12));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->view(), ScannerPage::View::Verdict, 10000);
        scanNextBySpace();
        QTest::mouseClick(mirror, Qt::LeftButton);
        QVERIFY(!AppSettings(m_dir.path()).scannerMirrored());

        // Hide personal data keeps the holder off the verdict screen.
        ScanOutcome outcome;
        outcome.verdict = ScanVerdict::Verified;
        outcome.nftName = QStringLiteral("Friends of the Museum — Gold");
        outcome.nftKind = QStringLiteral("membership");
        outcome.level = QStringLiteral("Gold");
        outcome.holder = QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
        Q_EMIT m_page->scannerSession()->verdictReady(outcome);
        QVERIFY(text("verdictDetails").contains(QLatin1String("Level Gold")));
        QVERIFY(text("verdictDetails").contains(outcome.holder));
        scanNextBySpace();
        auto *hide = m_page->findChild<QCheckBox *>(QStringLiteral("hidePersonalCheck"));
        QTest::mouseClick(hide, Qt::LeftButton);
        QVERIFY(AppSettings(m_dir.path()).scannerHidesPersonalData());
        Q_EMIT m_page->scannerSession()->verdictReady(outcome);
        QVERIFY(!text("verdictDetails").contains(outcome.holder));
        QVERIFY(text("verdictDetails").contains(QLatin1String("Holder hidden")));
        scanNextBySpace();
    }

    void cleanupTestCase()
    {
        m_page.reset();
    }
};

QTEST_MAIN(TestGuiScanner)
#include "tst_gui_scanner.moc"
