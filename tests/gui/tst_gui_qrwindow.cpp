// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The holder's verification QR window against a real sandbox: it shows a code (the QR drawn
// here from the code's text) and the time left, turns "Verified" once the scanner (played here
// through the organization's client) has verified it, records that in the verification log and
// lists it, and stops polling when closed.
#include "GuiTestSupport.h"

#include "Blocking.h"
#include "commands/VerificationWatcher.h"
#include "dialogs/VerificationQrWindow.h"
#include "qr/QrDecoder.h"
#include "qr/VerificationPayload.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "session/VerificationLog.h"
#include "Theme.h"
#include <QApplication>
#include "support/SandboxProcess.h"
#include "support/VenuePosition.h"
#include "widgets/CountdownLabel.h"
#include "widgets/QrView.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;
using namespace inkan::ui;
using namespace inkan::services::web3connect;
using inkan::test::SandboxProcess;

namespace {
const Gps kVenue = inkan::test::kDefaultVenue;
Gps positionFor(const Nft &nft) { return inkan::test::venuePositionFor(nft); }
} // namespace

class TestGuiQrWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_demo;
    net::HttpTransport m_transport;
    std::unique_ptr<Web3ConnectClient> m_holder;
    std::unique_ptr<Web3ConnectClient> m_scanner;
    QList<Nft> m_nfts;
    QTemporaryDir m_data;

    std::unique_ptr<Web3ConnectClient> clientWithSecret(const QString &secret)
    {
        auto client = std::make_unique<Web3ConnectClient>(
            &m_transport, QUrl(m_demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString()));
        client->setApiKeySecret(crypto::SecureBytes(secret.toUtf8()));
        return client;
    }
    int resultPolls() { return int(m_sandbox->log().count("/verification/qr_code/result")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_demo = m_sandbox->demo();
        const QJsonObject alice = m_demo.value(QLatin1String("end_users")).toArray().at(0).toObject();
        m_holder = clientWithSecret(alice.value(QLatin1String("api_key_secret")).toString());
        m_scanner = clientWithSecret(m_demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString());
        auto held = net::await(m_holder->heldBy(alice.value(QLatin1String("id_wallet_address")).toString()));
        QVERIFY(held.index() == 0);
        m_nfts = std::get<QList<Nft>>(held);
        QVERIFY(!m_nfts.isEmpty());
    }

    void showsACodeAndTurnsVerified()
    {
        const Nft &nft = m_nfts.first();
        const Gps position = positionFor(nft);
        auto *window = new VerificationQrWindow(m_holder.get(), nft.tokenId, nft.staticMetadata.value(QLatin1String("name")).toString(), position);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setVerificationLog(m_data.path());
        window->setPollInterval(200);
        window->resize(520, 760);
        window->show();
        QCOMPARE(inkan::test::unnamedControls(window), QStringList());
        QTRY_COMPARE_WITH_TIMEOUT(window->state(), VerificationQrWindow::State::Showing, 30000);

        // The QR code carries the verification payload for the code, and scans back to it.
        auto *qr = window->findChild<QrView *>(QStringLiteral("verificationQr"));
        QVERIFY(qr && qr->hasCode());
        QCOMPARE(qr->text(), qr::VerificationPayload::toQrText(window->code()));
        const auto decoded = qr::QrDecoder::decode(qr->moduleImage().scaled(qr->moduleImage().size() * 4));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
        QCOMPARE(decoded->text, qr::VerificationPayload::toQrText(window->code()));
        auto *countdown = window->findChild<CountdownLabel *>(QStringLiteral("codeCountdown"));
        QVERIFY(countdown->remainingSeconds() > 200 && countdown->remainingSeconds() <= 300);
        QVERIFY(countdown->text().startsWith(QLatin1String("0")));
        auto *list = window->findChild<QListWidget *>(QStringLiteral("verificationLogList"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole), QVariant()); // "No verification recorded yet."

        // Full screen and back.
        auto *fullScreen = window->findChild<QPushButton *>(QStringLiteral("fullScreenButton"));
        QTest::mouseClick(fullScreen, Qt::LeftButton);
        QTRY_VERIFY(window->isFullScreen());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!window->isFullScreen());
        QVERIFY(window->isVisible());
        QVERIFY(!fullScreen->isChecked());

        // The scanner at the venue.
        QTRY_VERIFY_WITH_TIMEOUT(resultPolls() >= 2, 30000);
        auto scanned = net::await(m_scanner->verificationStep2(window->code(), position));
        QVERIFY2(scanned.index() == 0, scanned.index() ? qPrintable(std::get<net::ApiError>(scanned).toError().message) : "");
        QTRY_COMPARE_WITH_TIMEOUT(window->state(), VerificationQrWindow::State::Verified, 30000);
        auto *status = window->findChild<QLabel *>(QStringLiteral("verificationStatus"));
        QCOMPARE(status->text(), QStringLiteral("Verified"));
        QVERIFY(!qr->isVisible()); // a spent code is not shown
        // A green banner in the palette of the moment, and again after the theme changes.
        QVERIFY(status->autoFillBackground());
        QCOMPARE(status->palette().color(QPalette::Window),
                 Theme::bannerColor(QApplication::palette(), Theme::successColor(QApplication::palette())));
        Theme::apply(Theme::isDark(QApplication::palette()) ? Theme::Light : Theme::Dark);
        QCOMPARE(status->palette().color(QPalette::Window),
                 Theme::bannerColor(QApplication::palette(), Theme::successColor(QApplication::palette())));
        QCOMPARE(status->palette().color(QPalette::WindowText), QApplication::palette().color(QPalette::WindowText));
        Theme::apply(Theme::Light);

        // Recorded and listed.
        const auto records = session::VerificationLog(m_data.path()).read();
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().tokenId, nft.tokenId);
        QCOMPARE(records->first().position.latitude, position.latitude);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), nft.tokenId);

        if (qEnvironmentVariableIsSet("INKAN_SCREENSHOT_DIR"))
            window->grab().save(qEnvironmentVariable("INKAN_SCREENSHOT_DIR") + QStringLiteral("/qrwindow.png"));
        window->close();
    }

    void closingStopsPolling()
    {
        const Nft &nft = m_nfts.last();
        auto *window = new VerificationQrWindow(m_holder.get(), nft.tokenId, nft.staticMetadata.value(QLatin1String("name")).toString(), kVenue);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setPollInterval(50);
        window->show();
        QTRY_COMPARE_WITH_TIMEOUT(window->state(), VerificationQrWindow::State::Showing, 30000);
        // Opened at its own default size: a code large enough to show across a counter.
        auto *qr = window->findChild<QrView *>(QStringLiteral("verificationQr"));
        QVERIFY2(qMin(qr->width(), qr->height()) >= 360, qPrintable(QStringLiteral("%1x%2").arg(qr->width()).arg(qr->height())));
        QPointer<VerificationWatcher> watcher = window->watcher();
        QVERIFY(watcher);
        QTest::qWait(150);
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
        QTRY_VERIFY(watcher.isNull()); // the window and its watcher are gone
        const int polls = resultPolls();
        QTest::qWait(400);
        QVERIFY(resultPolls() <= polls + 1);
    }
};

QTEST_MAIN(TestGuiQrWindow)
#include "tst_gui_qrwindow.moc"
