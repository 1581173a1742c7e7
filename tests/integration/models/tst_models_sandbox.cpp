// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The network-fed models against a real inkan-sandbox --demo, each watched by
// QAbstractItemModelTester while it loads, pages and changes: NftModel paged through every
// source with small pages, reset while a page is in flight, destroyed while a page is in
// flight; NftHistoryModel; BalancesModel from nonce-auth and Capture.
#include "Blocking.h"
#include "models/BalancesModel.h"
#include "models/NftHistoryModel.h"
#include "models/NftModel.h"
#include "crypto/Secp256k1.h"
#include "net/ApiJob.h"
#include "services/capture/CaptureSignIn.h"
#include "services/nonceauth/NonceAuthSignIn.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "support/ApiExpect.h"
#include "support/DemoData.h"
#include "support/SandboxProcess.h"
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace inkan;
using namespace inkan::models;
using namespace inkan::services::web3connect;
using inkan::test::SandboxProcess;
using inkan::test::bytes;
using inkan::test::failure;
using inkan::test::ok;

namespace {

QStringList tokenIds(const QList<Nft> &nfts)
{
    QStringList ids;
    for (const Nft &n : nfts)
        ids.append(n.tokenId);
    return ids;
}

QStringList tokenIds(const NftModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(NftModel::TokenIdRole).toString());
    return ids;
}

/// Pages through the model as a view would (QAbstractItemModelTester, like a view, also calls
/// fetchMore() after a reset and after rows were inserted); returns the number of pages that
/// arrived. Fails the test on an error. Checks that no second fetch starts while one is loading.
int fetchAll(NftModel &model)
{
    QSignalSpy pages(&model, &NftModel::pageLoaded);
    QSignalSpy failures(&model, &NftModel::loadFailed);
    for (;;) {
        if (!model.isLoading()) {
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
            if (!model.isLoading())
                return -1;
        }
        if (model.canFetchMore({}))
            return -2;
        const int rows = model.rowCount();
        model.fetchMore({}); // ignored while loading
        if (model.rowCount() != rows)
            return -3;
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 30000))
            return -4;
        if (!failures.isEmpty())
            qFatal("a page failed: %s", qPrintable(failures.last().at(0).value<net::ApiError>().toError().message));
        if (pages.size() > 200)
            return -5;
    }
    return int(pages.size());
}

int expectedFetches(qsizetype items, int pageSize)
{
    // Every full page is followed by one more fetch; the short (or empty) page ends the listing.
    return int(items / pageSize) + 1;
}

} // namespace

class TestModelsSandbox : public QObject {
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
    std::unique_ptr<Web3ConnectClient> aliceClient() { return clientWithSecret(m_demo.endUser(0).value(QLatin1String("api_key_secret")).toString()); }
    QString aliceAddress() const { return m_demo.endUser(0).value(QLatin1String("id_wallet_address")).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<net::ApiError>();
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_demo = {m_sandbox->demo()};
        QVERIFY(!m_demo.json.isEmpty());
    }

    void heldByPagesThroughEverything_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
        QTest::newRow("7") << 7;
        QTest::newRow("100") << 100;
    }

    void heldByPagesThroughEverything()
    {
        QFETCH(int, pageSize);
        auto alice = aliceClient();
        const QList<Nft> all = ok(net::await(alice->heldBy(aliceAddress(), Page{100, 1, true})), "held_by");
        QVERIFY(all.size() > 3);

        NftModel model(alice.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.canFetchMore({})); // no source yet
        model.reset(NftModel::Source::heldBy(aliceAddress(), pageSize));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isLoading() || model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const int fetches = fetchAll(model);
        QCOMPARE(fetches, expectedFetches(all.size(), pageSize));
        QVERIFY(model.isComplete());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(tokenIds(model), tokenIds(all)); // same order: newest first
        QVERIFY(inserted.size() <= fetches);
    }

    void rolesOfARow()
    {
        auto alice = aliceClient();
        NftModel model(alice.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(NftModel::Source::heldBy(aliceAddress(), 100));
        QVERIFY(fetchAll(model) > 0);
        QVERIFY(model.rowCount() > 0);
        bool sawExpiry = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            const Nft nft = i.data(NftModel::NftRole).value<Nft>();
            QCOMPARE(i.data(NftModel::TokenIdRole).toString(), nft.tokenId);
            QVERIFY(nft.tokenId.startsWith(QLatin1String("0x")));
            QCOMPARE(nft.tokenId.size(), 66);
            QCOMPARE(i.data(NftModel::NameRole).toString(), nft.staticMetadata.value(QLatin1String("name")).toString());
            QCOMPARE(i.data(Qt::DisplayRole).toString(), i.data(NftModel::NameRole).toString());
            QVERIFY(!i.data(NftModel::DescriptionRole).toString().isEmpty());
            const QUrl image = i.data(NftModel::ImageUrlRole).toUrl();
            QCOMPARE(image.host(), m_demo.service("web3connect").host());
            QCOMPARE(image.port(), m_demo.service("web3connect").port());
            QVERIFY2(image.path().startsWith(QLatin1String("/assets/")), qPrintable(image.toString()));
            QVERIFY(QStringList({QStringLiteral("ticket"), QStringLiteral("membership"), QStringLiteral("loyalty")})
                        .contains(i.data(NftModel::KindRole).toString())
                    || !i.data(NftModel::KindRole).toString().isEmpty());
            QVERIFY(i.data(NftModel::MintedAtRole).toDateTime().isValid());
            // The service's NFT objects do not say whether they are public.
            QCOMPARE(i.data(NftModel::VisibilityRole).toString(), nft.visibility);
            QCOMPARE(i.data(NftModel::IsPublicRole).isValid(), !nft.visibility.isEmpty());
            sawExpiry |= i.data(NftModel::ExpiresAtRole).toDateTime().isValid();
            QCOMPARE(i.data(NftModel::RawRole).toJsonObject().value(QLatin1String("token_id")).toString(), nft.tokenId);
            QCOMPARE(i.data(NftModel::RowStateRole).toInt(), int(NftModel::RowState::Ready));
        }
        QVERIFY(sawExpiry);               // the tickets' dynamic "expires"
    }

    void mintedByMe()
    {
        auto org = clientWithSecret(m_demo.orgSecret());
        const QList<Nft> all = ok(net::await(org->mintedByMe(Page{100, 1, true})), "minted_by_me");
        QVERIFY(all.size() >= 40);
        NftModel model(org.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(NftModel::Source::mintedByMe(7));
        QCOMPARE(fetchAll(model), expectedFetches(all.size(), 7));
        QCOMPARE(tokenIds(model), tokenIds(all));
    }

    void search()
    {
        const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("Winter Gala")}};
        auto bob = clientWithSecret(m_demo.endUser(1).value(QLatin1String("api_key_secret")).toString());
        const QList<Nft> found = ok(net::await(bob->search(fields, Page{100, 1, true})), "search");
        QVERIFY(!found.isEmpty()); // the public ones
        NftModel model(bob.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(NftModel::Source::search(fields, 1));
        QCOMPARE(fetchAll(model), expectedFetches(found.size(), 1));
        QCOMPARE(tokenIds(model), tokenIds(found));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(NftModel::IsPublicRole).toBool());

        auto org = clientWithSecret(m_demo.orgSecret());
        const QList<Nft> mine = ok(net::await(org->searchMintedByMe(fields, Page{100, 1, true})), "search mine");
        QVERIFY(mine.size() > found.size()); // the private ones too
        NftModel minted(org.get());
        QAbstractItemModelTester mintedTester(&minted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        minted.reset(NftModel::Source::searchMintedByMe(fields, 2));
        QCOMPARE(fetchAll(minted), expectedFetches(mine.size(), 2));
        QCOMPARE(tokenIds(minted), tokenIds(mine));
    }

    void localChanges()
    {
        auto alice = aliceClient();
        NftModel model(alice.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(NftModel::Source::heldBy(aliceAddress(), 4));
        QVERIFY(fetchAll(model) > 0);
        const int rows = model.rowCount();
        QVERIFY(rows > 2);

        Nft changed = model.nftAt(1);
        changed.visibility = changed.visibility == QLatin1String("public") ? QStringLiteral("private") : QStringLiteral("public");
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setRowState(changed.tokenId, NftModel::RowState::Updating));
        QCOMPARE(model.index(1).data(NftModel::RowStateRole).toInt(), int(NftModel::RowState::Updating));
        QVERIFY(model.updateNft(changed));
        QCOMPARE(model.index(1).data(NftModel::VisibilityRole).toString(), changed.visibility);
        QCOMPARE(model.index(1).data(NftModel::RowStateRole).toInt(), int(NftModel::RowState::Ready));
        QVERIFY(model.setRowState(changed.tokenId, NftModel::RowState::Failed, QStringLiteral("refused")));
        QCOMPARE(model.index(1).data(NftModel::RowErrorRole).toString(), QStringLiteral("refused"));
        QCOMPARE(dataChanged.size(), 3);

        Nft stranger = changed;
        stranger.tokenId = QStringLiteral("0x") + QString(64, QLatin1Char('0'));
        QVERIFY(!model.updateNft(stranger));
        QVERIFY(!model.removeNft(stranger.tokenId));

        QVERIFY(model.removeNft(changed.tokenId));
        QCOMPARE(model.rowCount(), rows - 1);
        QCOMPARE(model.rowOf(changed.tokenId), -1);

        // A fresh listing brings it back.
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(fetchAll(model) > 0);
        QCOMPARE(model.rowCount(), rows);
    }

    void failuresAreReportedAndRetried()
    {
        auto alice = aliceClient();
        NftModel model(alice.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &NftModel::loadFailed);

        // Refused before sending: a malformed address.
        model.reset(NftModel::Source::heldBy(QStringLiteral("0x1234"), 5));
        model.fetchMore({});
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.last().at(0).value<net::ApiError>().cause, net::ApiError::Cause::Local);
        QVERIFY(model.lastError().has_value());
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({})); // a view does not retry in a loop
        model.retry();
        QVERIFY(model.isLoading());
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.size(), 2);

        // Refused by the server: a page size out of range.
        model.reset(NftModel::Source::heldBy(aliceAddress(), 500));
        QVERIFY(!model.lastError().has_value());
        model.fetchMore({});
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.last().at(0).value<net::ApiError>().httpStatus, 400);
        QCOMPARE(model.rowCount(), 0);
    }

    void resetWhileAPageIsInFlight()
    {
        auto alice = aliceClient();
        const QList<Nft> all = ok(net::await(alice->heldBy(aliceAddress(), Page{100, 1, true})), "held_by");
        auto org = clientWithSecret(m_demo.orgSecret());
        const QList<Nft> minted = ok(net::await(org->mintedByMe(Page{100, 1, true})), "minted_by_me");

        for (int turns : {0, 1, 3}) {
            auto client = clientWithSecret(m_demo.orgSecret()); // a fresh client: its first job refreshes the token first
            NftModel model(client.get());
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy pages(&model, &NftModel::pageLoaded);
            QSignalSpy failed(&model, &NftModel::loadFailed);
            QSignalSpy loading(&model, &NftModel::loadingChanged);
            model.reset(NftModel::Source::mintedByMe(5));
            model.fetchMore({}); // the tester may have started it already
            QVERIFY(model.isLoading());
            for (int i = 0; i < turns; ++i)
                QCoreApplication::processEvents(); // the job starts: token refresh, then the page
            model.reset(NftModel::Source::heldBy(aliceAddress(), 100));
            QVERIFY(loading.size() >= 2);
            QCOMPARE(loading.at(0).at(0).toBool(), true);
            QCOMPARE(loading.at(1).at(0).toBool(), false); // the cancelled page
            QCOMPARE(model.rowCount(), 0);
            QVERIFY(model.isLoading() || model.canFetchMore({}));
            QCOMPARE(fetchAll(model), expectedFetches(all.size(), 100));
            // Let whatever the cancelled page would have brought arrive: nothing from it shows.
            ok(net::await(client->mintedByMe(Page{5, 1, true})), "minted_by_me");
            QCOMPARE(tokenIds(model), tokenIds(all));
            QCOMPARE(pages.size(), 1);
            QCOMPARE(pages.first().at(0).toInt(), 1);
            QCOMPARE(failed.size(), 0); // a cancelled fetch is not a failure
        }
        QVERIFY(!minted.isEmpty());
    }

    void destroyedWhileAPageIsInFlight()
    {
        for (int turns : {0, 1, 2, 5}) {
            auto client = clientWithSecret(m_demo.orgSecret());
            auto *model = new NftModel(client.get());
            bool called = false;
            connect(model, &NftModel::pageLoaded, this, [&called] { called = true; });
            connect(model, &NftModel::loadFailed, this, [&called] { called = true; });
            model->reset(NftModel::Source::mintedByMe(3));
            model->fetchMore({});
            for (int i = 0; i < turns; ++i)
                QCoreApplication::processEvents();
            delete model;
            // The client keeps working, and the cancelled page's reply (if any) lands nowhere.
            const QList<Nft> page = ok(net::await(client->mintedByMe(Page{3, 1, true})), "minted_by_me");
            QCOMPARE(page.size(), 3);
            QTest::qWait(50);
            QVERIFY(!called);
        }
        // The client itself goes first: the model stops fetching, nothing dangles.
        auto client = clientWithSecret(m_demo.orgSecret());
        NftModel model(client.get());
        model.reset(NftModel::Source::mintedByMe(3));
        model.fetchMore({});
        QCoreApplication::processEvents();
        client.reset();
        model.reset(NftModel::Source::mintedByMe(3));
        QVERIFY(!model.canFetchMore({}));
    }

    void history()
    {
        auto org = clientWithSecret(m_demo.orgSecret());
        auto alice = aliceClient();
        const QString bobAddress = m_demo.endUser(1).value(QLatin1String("id_wallet_address")).toString();
        const QJsonObject staticFields{{QStringLiteral("issuer"), QStringLiteral("Inkan tests")},
                                       {QStringLiteral("contents_provider"), QStringLiteral("Inkan tests")},
                                       {QStringLiteral("name"), QStringLiteral("History pass")},
                                       {QStringLiteral("description"), QStringLiteral("made by tst_models_sandbox")},
                                       {QStringLiteral("image"), QStringLiteral("https://example.com/a.png")},
                                       {QStringLiteral("link"), QStringLiteral("https://example.com/")},
                                       {QStringLiteral("serial_number"), 1},
                                       {QStringLiteral("total_issued"), 1},
                                       {QStringLiteral("animation_url"), QStringLiteral("https://example.com/a.mp4")}};
        const Nft minted = ok(net::await(org->mint(aliceAddress(), staticFields, {})), "mint");
        ok(net::await(alice->transfer(minted.tokenId, bobAddress)), "transfer");

        NftHistoryModel model(org.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &NftHistoryModel::loaded);
        model.load(minted.tokenId);
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(model.tokenId(), minted.tokenId);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(NftHistoryModel::EventKindRole).toInt(), int(NftHistoryModel::EventKind::Mint));
        QCOMPARE(model.index(1).data(NftHistoryModel::EventKindRole).toInt(), int(NftHistoryModel::EventKind::Transfer));
        QVERIFY(!model.index(0).data(NftHistoryModel::TransactionIdRole).toString().isEmpty());
        QVERIFY(!model.index(1).data(Qt::DisplayRole).toString().isEmpty());

        // Reloaded mid-flight: the first load never lands.
        QSignalSpy failed(&model, &NftHistoryModel::loadFailed);
        model.load(minted.tokenId);
        QCoreApplication::processEvents();
        model.load(QStringLiteral("0x") + QString(64, QLatin1Char('e')));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.last().at(0).value<net::ApiError>().httpStatus, 404);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(loaded.size(), 1);

        // Destroyed mid-flight.
        auto *doomed = new NftHistoryModel(org.get());
        doomed->load(minted.tokenId);
        QCoreApplication::processEvents();
        delete doomed;
        ok(net::await(org->history(minted.tokenId)), "history");
    }

    void nonceAuthBalances()
    {
        services::nonceauth::NonceAuthClient client(&m_transport, m_demo.service("nonceauth"));
        auto key = crypto::PrivateKey::fromBytes(crypto::SecureBytes::fromHex(m_demo.wallet(0).value(QLatin1String("private_key")).toString().toLatin1()));
        QVERIFY(key.ok());
        auto *flow = new services::nonceauth::NonceAuthSignIn(&client, std::make_shared<services::LocalKeySigner>(std::move(*key)), &client);
        flow->setSignatureApprover([](const services::SigningRequest &, std::function<void(bool)> answer) { answer(true); });
        auto signedIn = services::awaitFlow(flow);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));
        const auto tokens = ok(net::await(client.tokens()), "tokens");
        QVERIFY(!tokens.isEmpty());

        BalancesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &BalancesModel::loaded);
        model.load(&client);
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(model.rowCount(), tokens.size());
        bool sawPrice = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            QCOMPARE(i.data(BalancesModel::SymbolRole).toString(), tokens[row].symbol);
            QCOMPARE(i.data(BalancesModel::AmountRole).toString(),
                     services::nonceauth::formatUnits(tokens[row].balance, tokens[row].decimals));
            if (tokens[row].price > 0) {
                sawPrice = true;
                QVERIFY(qAbs(i.data(BalancesModel::FiatValueRole).toDouble()
                             - i.data(BalancesModel::AmountRole).toString().toDouble() * tokens[row].price) < 1e-6);
            }
        }
        QVERIFY(sawPrice);

        // Destroyed while loading.
        auto *doomed = new BalancesModel;
        doomed->load(&client);
        QCoreApplication::processEvents();
        delete doomed;
        ok(net::await(client.tokens()), "tokens");
    }

    void captureBalances()
    {
        services::capture::CaptureClient client(&m_transport, m_demo.service("capture"));
        auto *flow = services::capture::CaptureSignIn::withPassword(&client, m_demo.endUser(0).value(QLatin1String("email")).toString(),
                                                                     bytes(m_demo.endUser(0).value(QLatin1String("password")).toString()), &client);
        auto signedIn = services::awaitFlow(flow);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));
        BalancesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &BalancesModel::loaded);
        model.load(&client);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(BalancesModel::SymbolRole).toString(), QStringLiteral("NUM"));
        QCOMPARE(model.index(2).data(BalancesModel::AmountRole).toString(), QStringLiteral("100")); // alice's demo credits
        QVERIFY(!model.index(2).data(BalancesModel::FiatValueRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestModelsSandbox)
#include "tst_models_sandbox.moc"
