// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The gallery's core against a real inkan-sandbox --demo, without a window: the authenticity
// of a demo NFT and of the same NFT altered, ToggleVisibility (optimistic, and rolled back when
// refused), TransferNft (the NFT leaves the holder's model), and thumbnails fetched, decoded off
// the GUI thread and cached, with unavailable ones for what is not an image.
#include "Blocking.h"
#include "commands/NftCommands.h"
#include "models/NftModel.h"
#include "models/ThumbnailCache.h"
#include "services/web3connect/Authenticity.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "support/ApiExpect.h"
#include "support/DemoData.h"
#include "support/SandboxProcess.h"
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;
using namespace inkan::models;
using namespace inkan::services::web3connect;
using inkan::test::SandboxProcess;
using inkan::test::bytes;
using inkan::test::failure;
using inkan::test::ok;

namespace {

Authenticity checkOne(AuthenticityChecker &checker, const Nft &nft)
{
    QSignalSpy checked(&checker, &AuthenticityChecker::checked);
    checker.check(nft);
    if (!QTest::qWaitFor([&] { return !checked.isEmpty(); }, 30000))
        qFatal("no verdict");
    return checked.first().at(1).value<Authenticity>();
}

} // namespace

class TestGallerySandbox : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    test::DemoData m_demo;
    net::HttpTransport m_transport;

    std::unique_ptr<Web3ConnectClient> userClient(int i)
    {
        auto client = std::make_unique<Web3ConnectClient>(&m_transport, m_demo.service("web3connect"));
        client->setApiKeySecret(bytes(m_demo.endUser(i).value(QLatin1String("api_key_secret")).toString()));
        return client;
    }
    QString address(int i) const { return m_demo.endUser(i).value(QLatin1String("id_wallet_address")).toString(); }

    /// Alice's NFTs in a model, every page loaded.
    void loadAll(NftModel &model, const QString &holder)
    {
        model.reset(NftModel::Source::heldBy(holder, 100));
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 30000));
        }
        QVERIFY(model.rowCount() > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<net::ApiError>();
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_demo = {m_sandbox->demo()};
        QVERIFY(!m_demo.json.isEmpty());
    }

    void authenticity()
    {
        auto alice = userClient(0);
        const QList<Nft> nfts = ok(net::await(alice->heldBy(address(0), Page{10, 1, true})), "held_by");
        QVERIFY(!nfts.isEmpty());
        AuthenticityChecker checker(alice.get());
        const Authenticity real = checkOne(checker, nfts.first());
        QVERIFY2(real.isAuthentic(), qPrintable(real.sentence));
        QVERIFY(real.sentence.contains(real.signer));
        QVERIFY(checker.hasResult(nfts.first().tokenId));

        Nft forged = nfts.first();
        QString sig = forged.minterDigitalSignature;
        sig[10] = sig[10] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a'); // one digit of r
        forged.minterDigitalSignature = sig;
        forged.tokenId = QStringLiteral("0x") + QString(64, QLatin1Char('f')); // kept apart in the checker
        const Authenticity f = checkOne(checker, forged);
        QCOMPARE(f.verdict, Authenticity::Verdict::Forged);
        QVERIFY(!f.sentence.isEmpty());

        Nft altered = nfts.first();
        altered.staticMetadata.insert(QStringLiteral("name"), QStringLiteral("Front row, for free"));
        QCOMPARE(checkOne(checker, altered).verdict, Authenticity::Verdict::Forged);

        Nft unsignedNft = nfts.first();
        unsignedNft.minterDigitalSignature.clear();
        QCOMPARE(checkOne(checker, unsignedNft).verdict, Authenticity::Verdict::Unknown);
    }

    void toggleVisibilityIsOptimistic()
    {
        auto alice = userClient(0);
        NftModel model(alice.get());
        loadAll(model, address(0));
        const Nft nft = model.nftAt(0);
        // NFT objects do not say their visibility: someone else can see a public one only.
        auto carol = userClient(2);
        auto seenByCarol = [&] { return net::await(carol->nft(nft.tokenId)).index() == 0; };
        const bool wasPublic = seenByCarol();

        auto *toggle = new ToggleVisibility(alice.get(), nft, !wasPublic, &model);
        QSignalSpy succeeded(toggle, &Command::succeeded);
        toggle->start();
        QTRY_COMPARE(model.index(0).data(NftModel::IsPublicRole).toBool(), !wasPublic); // at once
        QVERIFY(QTest::qWaitFor([&] { return toggle->isFinished(); }, 30000));
        QCOMPARE(succeeded.size(), 1);
        QCOMPARE(model.index(0).data(NftModel::IsPublicRole).toBool(), !wasPublic);
        QCOMPARE(model.index(0).data(NftModel::RowStateRole).toInt(), int(NftModel::RowState::Ready));
        QCOMPARE(seenByCarol(), !wasPublic);
        delete toggle;
    }

    void refusedToggleRollsBack()
    {
        auto alice = userClient(0);
        auto carol = userClient(2); // neither holder nor minter: the service refuses
        NftModel model(alice.get());
        loadAll(model, address(0));
        Nft nft = model.nftAt(0);
        nft.visibility = QStringLiteral("private");
        model.updateNft(nft);
        auto *toggle = new ToggleVisibility(carol.get(), nft, true, &model);
        QSignalSpy failed(toggle, &Command::failed);
        toggle->start();
        QVERIFY(QTest::qWaitFor([&] { return toggle->isFinished(); }, 30000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.index(0).data(NftModel::VisibilityRole).toString(), QStringLiteral("private"));
        QCOMPARE(model.index(0).data(NftModel::RowStateRole).toInt(), int(NftModel::RowState::Failed));
        QVERIFY(model.index(0).data(NftModel::RowErrorRole).toString().contains(QStringLiteral("public")));
        delete toggle;
    }

    void dynamicMetadataEditIsShownAtOnceAndRolledBackWhenRefused()
    {
        auto organization = std::make_unique<Web3ConnectClient>(&m_transport, m_demo.service("web3connect"));
        organization->setApiKeySecret(bytes(m_demo.orgSecret()));
        NftModel model(organization.get());
        model.reset(NftModel::Source::mintedByMe(20));
        model.fetchMore({});
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 30000));
        QVERIFY(model.rowCount() > 0);
        const Nft nft = model.nftAt(0);

        auto *edit = new UpdateDynamicMetadata(organization.get(), nft, {{QStringLiteral("points_earned"), 42.5}}, &model);
        QSignalSpy succeeded(edit, &Command::succeeded);
        edit->start();
        QTRY_COMPARE(model.nftAt(0).dynamicMetadata.value(QLatin1String("points_earned")).toDouble(), 42.5); // at once
        QVERIFY(QTest::qWaitFor([&] { return edit->isFinished(); }, 30000));
        QCOMPARE(succeeded.size(), 1);
        QCOMPARE(model.index(0).data(NftModel::RowStateRole).toInt(), int(NftModel::RowState::Ready));
        const Nft stored = ok(net::await(organization->nft(nft.tokenId)), "nft");
        QCOMPARE(stored.dynamicMetadata.value(QLatin1String("points_earned")).toDouble(), 42.5);
        delete edit;

        // Someone who did not mint it: shown, then rolled back with a sentence.
        auto alice = userClient(0);
        auto *refused = new UpdateDynamicMetadata(alice.get(), model.nftAt(0), {{QStringLiteral("points_earned"), 7.0}}, &model);
        QSignalSpy failed(refused, &Command::failed);
        refused->start();
        QVERIFY(QTest::qWaitFor([&] { return refused->isFinished(); }, 30000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.nftAt(0).dynamicMetadata.value(QLatin1String("points_earned")).toDouble(), 42.5);
        QCOMPARE(model.index(0).data(NftModel::RowStateRole).toInt(), int(NftModel::RowState::Failed));
        QVERIFY(model.index(0).data(NftModel::RowErrorRole).toString().startsWith(QLatin1String("The change was not saved")));
        delete refused;

        // A wrong type is refused before anything is sent.
        auto *wrong = new UpdateDynamicMetadata(organization.get(), model.nftAt(0), {{QStringLiteral("points_earned"), QStringLiteral("many")}}, &model);
        QSignalSpy wrongFailed(wrong, &Command::failed);
        wrong->start();
        QVERIFY(QTest::qWaitFor([&] { return wrong->isFinished(); }, 30000));
        QCOMPARE(wrongFailed.size(), 1);
        QCOMPARE(wrong->error()->httpStatus, 0);
        QCOMPARE(model.nftAt(0).dynamicMetadata.value(QLatin1String("points_earned")).toDouble(), 42.5);
        delete wrong;
    }

    void transferLeavesTheModel()
    {
        auto alice = userClient(0);
        NftModel model(alice.get());
        loadAll(model, address(0));
        const int before = model.rowCount();
        const QString tokenId = model.nftAt(before - 1).tokenId;

        TransferNft self(alice.get(), tokenId, address(0), address(0), &model);
        QSignalSpy selfFailed(&self, &Command::failed);
        self.start();
        QVERIFY(QTest::qWaitFor([&] { return self.isFinished(); }, 10000));
        QCOMPARE(selfFailed.size(), 1);
        QCOMPARE(self.error()->kind, ErrorKind::InvalidInput);
        QCOMPARE(model.rowCount(), before);

        TransferNft transfer(alice.get(), tokenId, address(1), address(0), &model);
        QSignalSpy succeeded(&transfer, &Command::succeeded);
        transfer.start();
        QVERIFY(QTest::qWaitFor([&] { return transfer.isFinished(); }, 30000));
        QCOMPARE(succeeded.size(), 1);
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(model.rowOf(tokenId), -1);
        auto bob = userClient(1);
        const QList<Nft> bobs = ok(net::await(bob->heldBy(address(1), Page{100, 1, true})), "held_by bob");
        QVERIFY(std::any_of(bobs.begin(), bobs.end(), [&](const Nft &n) { return n.tokenId == tokenId; }));
    }

    void thumbnails()
    {
        auto alice = userClient(0);
        NftModel model(alice.get());
        loadAll(model, address(0));
        const QUrl url = model.index(0).data(NftModel::ImageUrlRole).toUrl();
        QVERIFY(url.isValid());
        QTemporaryDir cacheDir;
        ThumbnailCache cache({cacheDir.path(), m_demo.service("web3connect"), QSize(64, 64)});
        QSignalSpy changed(&cache, &ThumbnailCache::stateChanged);
        QCOMPARE(cache.state(url), ThumbnailCache::State::Loading);
        QCOMPARE(cache.state(url), ThumbnailCache::State::Loading); // one download
        QVERIFY(QTest::qWaitFor([&] { return cache.state(url) != ThumbnailCache::State::Loading; }, 30000));
        QCOMPARE(cache.state(url), ThumbnailCache::State::Ready);
        QCOMPARE(changed.size(), 1);
        const QImage image = cache.image(url);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() <= 64 && image.height() <= 64);

        QUrl missing = url;
        missing.setPath(QStringLiteral("/assets/no-such-image.png"));
        QCOMPARE(cache.state(missing), ThumbnailCache::State::Loading);
        QVERIFY(QTest::qWaitFor([&] { return cache.state(missing) != ThumbnailCache::State::Loading; }, 30000));
        QCOMPARE(cache.state(missing), ThumbnailCache::State::Unavailable);

        QUrl notAnImage = url;
        notAnImage.setPath(QStringLiteral("/rest/v1/nft/") + model.nftAt(0).tokenId);
        cache.state(notAnImage);
        QVERIFY(QTest::qWaitFor([&] { return cache.state(notAnImage) != ThumbnailCache::State::Loading; }, 30000));
        QCOMPARE(cache.state(notAnImage), ThumbnailCache::State::Unavailable);
        QVERIFY(cache.image(notAnImage).isNull());
    }
};

QTEST_GUILESS_MAIN(TestGallerySandbox)
#include "tst_gallery_sandbox.moc"
