// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The verification watcher against a real sandbox: step1 gives a code, the scanner's step2
// (played here through the client) verifies it, and the watcher says so; a code is renewed
// before it expires; cancelling or destroying the watcher stops the polling; a watcher for a
// code from elsewhere gives up at its deadline.
#include "Blocking.h"
#include "commands/VerificationWatcher.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "support/SandboxProcess.h"
#include "support/VenuePosition.h"
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace inkan;
using namespace inkan::services::web3connect;
using inkan::test::SandboxProcess;

namespace {
crypto::SecureBytes bytes(const QString &text) { return crypto::SecureBytes(text.toUtf8()); }
const Gps kVenue = inkan::test::kDefaultVenue;
Gps positionFor(const Nft &nft) { return inkan::test::venuePositionFor(nft); }
} // namespace

class TestVerificationWatcher : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_demo;
    net::HttpTransport m_transport;
    std::unique_ptr<Web3ConnectClient> m_holder;
    std::unique_ptr<Web3ConnectClient> m_scanner;
    QList<Nft> m_nfts;

    std::unique_ptr<Web3ConnectClient> clientWithSecret(const QString &secret)
    {
        auto client = std::make_unique<Web3ConnectClient>(
            &m_transport, QUrl(m_demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString()));
        client->setApiKeySecret(bytes(secret));
        return client;
    }

    int resultPolls() { return int(m_sandbox->log().count("/verification/qr_code/result")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_demo = m_sandbox->demo();
        const QJsonObject alice = m_demo.value(QLatin1String("end_users")).toArray().at(0).toObject();
        m_holder = clientWithSecret(alice.value(QLatin1String("api_key_secret")).toString());
        m_scanner = clientWithSecret(m_demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString());
        auto held = net::await(m_holder->heldBy(alice.value(QLatin1String("id_wallet_address")).toString()));
        QVERIFY(held.index() == 0);
        m_nfts = std::get<QList<Nft>>(held);
        QVERIFY(m_nfts.size() >= 3);
    }

    void verifiedAfterTheScan()
    {
        VerificationWatcher watcher(m_holder.get(), m_nfts[0].tokenId, positionFor(m_nfts[0]));
        watcher.setTiming({100, 5 * 60 * 1000, 30 * 1000});
        QSignalSpy codes(&watcher, &VerificationWatcher::codeChanged);
        QSignalSpy succeeded(&watcher, &Command::succeeded);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(codes.count(), 1, 30000);
        QVERIFY(!watcher.code().isEmpty());
        QVERIFY(!codes.at(0).at(1).toByteArray().isEmpty()); // the QR image
        QVERIFY(watcher.expiresAt() > QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(resultPolls() >= 2, 30000); // polling, not yet verified
        QCOMPARE(succeeded.count(), 0);
        // The scanner at the venue.
        auto scanned = net::await(m_scanner->verificationStep2(watcher.code(), positionFor(m_nfts[0])));
        QVERIFY2(scanned.index() == 0, scanned.index() ? qPrintable(std::get<net::ApiError>(scanned).toError().message) : "");
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 30000);
        QCOMPARE(watcher.verifiedTokenId(), m_nfts[0].tokenId);
    }

    void renewsBeforeExpiryAndStopsWhenCancelled()
    {
        VerificationWatcher watcher(m_holder.get(), m_nfts[1].tokenId, kVenue);
        watcher.setTiming({100, 1500, 1000}); // renew every half second
        QSignalSpy codes(&watcher, &VerificationWatcher::codeChanged);
        QSignalSpy failed(&watcher, &Command::failed);
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(codes.count() >= 3, 30000);
        QSet<QString> distinct;
        for (const auto &signal : codes)
            distinct.insert(signal.at(0).toString());
        QCOMPARE(distinct.size(), int(codes.count()));
        watcher.cancel();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).value<net::ApiError>().toError().isCancelled());
        const int polls = resultPolls();
        const int issued = int(codes.count());
        QTest::qWait(700);
        QCOMPARE(codes.count(), issued);
        QVERIFY(resultPolls() <= polls + 1); // at most the one already in flight
    }

    void destroyedWhilePolling()
    {
        auto *watcher = new VerificationWatcher(m_holder.get(), m_nfts[2].tokenId, kVenue);
        watcher->setTiming({50, 5 * 60 * 1000, 30 * 1000});
        QSignalSpy codes(watcher, &VerificationWatcher::codeChanged);
        watcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(codes.count(), 1, 30000);
        QTest::qWait(120);
        delete watcher; // the QR window closed
        const int polls = resultPolls();
        QTest::qWait(400);
        QVERIFY(resultPolls() <= polls + 1);
    }

    void codeFromElsewhereTimesOut()
    {
        auto started = net::await(m_holder->verificationStep1(m_nfts[2].tokenId, kVenue));
        QVERIFY(started.index() == 0);
        std::unique_ptr<VerificationWatcher> watcher(
            VerificationWatcher::forCode(m_holder.get(), std::get<VerificationCode>(started).code, 0));
        const Result<void> outcome = awaitCommand(watcher.get());
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().cause, ErrorCause::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestVerificationWatcher)
#include "tst_verification_watcher.moc"
