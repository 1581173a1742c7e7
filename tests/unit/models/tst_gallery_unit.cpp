// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The gallery's pure pieces: which image URLs may be fetched (a table), the local hide list
// kept in the data dir, and the authenticity rule without the network.
#include "crypto/Keccak.h"
#include "crypto/PersonalSign.h"
#include "crypto/Secp256k1.h"
#include "models/NftDescription.h"
#include "models/ThumbnailCache.h"
#include "services/web3connect/Authenticity.h"
#include "session/HiddenNfts.h"
#include "../net/TinyServer.h"
#include <QBuffer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;

class TestGalleryUnit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void imageUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("service");
        QTest::addColumn<bool>("allowed");
        const QString sandbox = QStringLiteral("http://127.0.0.1:5123/rest/v1");
        const QString hosted = QStringLiteral("https://api.web3connect.jp/rest/v1");
        QTest::newRow("own origin, loopback http") << "http://127.0.0.1:5123/assets/a.png" << sandbox << true;
        QTest::newRow("own host, other port") << "http://127.0.0.1:22/x.png" << sandbox << false;
        QTest::newRow("own origin https") << "https://api.web3connect.jp/assets/a.png" << hosted << true;
        QTest::newRow("public https") << "https://images.example.com/a.png" << hosted << true;
        QTest::newRow("public https ip") << "https://93.184.216.34/a.png" << hosted << true;
        QTest::newRow("plain http elsewhere") << "http://images.example.com/a.png" << hosted << false;
        QTest::newRow("loopback v4") << "https://127.0.0.1/a.png" << hosted << false;
        QTest::newRow("loopback v4 other") << "https://127.8.0.1/a.png" << hosted << false;
        QTest::newRow("loopback v6") << "https://[::1]/a.png" << hosted << false;
        QTest::newRow("mapped loopback") << "https://[::ffff:127.0.0.1]/a.png" << hosted << false;
        QTest::newRow("private 10") << "https://10.1.2.3/a.png" << hosted << false;
        QTest::newRow("private 172") << "https://172.20.0.1/a.png" << hosted << false;
        QTest::newRow("private 192") << "https://192.168.1.1/a.png" << hosted << false;
        QTest::newRow("link-local metadata") << "https://169.254.169.254/latest" << hosted << false;
        QTest::newRow("link-local v6") << "https://[fe80::1]/a.png" << hosted << false;
        QTest::newRow("unique local v6") << "https://[fd00::1]/a.png" << hosted << false;
        QTest::newRow("cgnat") << "https://100.64.0.1/a.png" << hosted << false;
        QTest::newRow("unspecified") << "https://0.0.0.0/a.png" << hosted << false;
        QTest::newRow("localhost") << "https://localhost/a.png" << hosted << false;
        QTest::newRow("x.localhost") << "https://evil.localhost/a.png" << hosted << false;
        QTest::newRow("mdns") << "https://printer.local/a.png" << hosted << false;
        QTest::newRow("single label") << "https://intranet/a.png" << hosted << false;
        QTest::newRow("file") << "file:///etc/passwd" << hosted << false;
        QTest::newRow("data") << "data:image/png;base64,AAAA" << hosted << false;
        QTest::newRow("user info") << "https://user:pw@images.example.com/a.png" << hosted << false;
        QTest::newRow("empty") << "" << hosted << false;
        QTest::newRow("loopback when the service is elsewhere") << "http://127.0.0.1:5123/a.png" << hosted << false;
    }
    void imageUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, service);
        QFETCH(bool, allowed);
        QCOMPARE(models::isAllowedImageUrl(QUrl(url), QUrl(service)), allowed);
    }

    void refusedUrlIsUnavailableAtOnce()
    {
        models::ThumbnailCache cache({{}, QUrl(QStringLiteral("https://api.web3connect.jp/rest/v1"))});
        QCOMPARE(cache.state(QUrl(QStringLiteral("https://127.0.0.1/a.png"))), models::ThumbnailCache::State::Unavailable);
        QCOMPARE(cache.state(QUrl()), models::ThumbnailCache::State::Unavailable);
    }

    void thumbnailsDegradeSafely()
    {
        TinyServer server;
        auto png = [](QSize size) {
            QImage image(size, QImage::Format_RGB32);
            image.fill(Qt::darkCyan);
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            return bytes;
        };
        QByteArray bomb = png(QSize(1, 1)); // IHDR says 60000 x 60000
        const qsizetype ihdr = bomb.indexOf("IHDR") + 4;
        for (int i : {0, 4}) {
            bomb[ihdr + i] = 0; bomb[ihdr + i + 1] = 0; bomb[ihdr + i + 2] = char(0xea); bomb[ihdr + i + 3] = 0x60;
        }
        server.script[QStringLiteral("/big.png")] = {{200, png(QSize(3000, 1500))}};
        server.script[QStringLiteral("/bomb.png")] = {{200, bomb}};
        server.script[QStringLiteral("/broken.png")] = {{200, QByteArray("\x89PNG not really")}};
        server.script[QStringLiteral("/huge-body.png")] = {{200, QByteArray(300000, 'x')}};
        models::ThumbnailCache::Options options;
        options.serviceBaseUrl = server.url(QStringLiteral("/rest/v1"));
        options.thumbnailSize = QSize(100, 100);
        options.maxDownloadBytes = 200000;
        models::ThumbnailCache cache(options);
        const QStringList paths{QStringLiteral("/big.png"), QStringLiteral("/bomb.png"), QStringLiteral("/broken.png"),
                                QStringLiteral("/huge-body.png"), QStringLiteral("/missing.png")};
        for (const QString &path : paths)
            QCOMPARE(cache.state(server.url(path)), models::ThumbnailCache::State::Loading);
        QVERIFY(QTest::qWaitFor([&] {
            return std::none_of(paths.begin(), paths.end(), [&](const QString &p) {
                return cache.state(server.url(p)) == models::ThumbnailCache::State::Loading;
            });
        }, 20000));
        QCOMPARE(cache.state(server.url(paths.at(0))), models::ThumbnailCache::State::Ready);
        QCOMPARE(cache.image(server.url(paths.at(0))).size(), QSize(100, 50)); // scaled, aspect kept
        for (const QString &path : paths.mid(1)) {
            QCOMPARE(cache.state(server.url(path)), models::ThumbnailCache::State::Unavailable);
            QVERIFY(cache.image(server.url(path)).isNull());
        }
        QCOMPARE(server.hits.value(QStringLiteral("/big.png")), 1); // remembered
        cache.retryUnavailable();
        QCOMPARE(cache.state(server.url(QStringLiteral("/broken.png"))), models::ThumbnailCache::State::Loading);
    }

    void hiddenNftsPersist()
    {
        QTemporaryDir dir;
        const QString alice = QStringLiteral("0xAbC0000000000000000000000000000000000001");
        {
            session::HiddenNfts hidden(dir.path());
            QSignalSpy changed(&hidden, &session::HiddenNfts::changed);
            QVERIFY(!hidden.isHidden(alice, QStringLiteral("0x01")));
            QVERIFY(hidden.hide(alice, QStringLiteral("0x01")));
            QVERIFY(hidden.hide(alice, QStringLiteral("0x02")));
            QVERIFY(hidden.hide(alice, QStringLiteral("0x02"))); // twice: no change
            QCOMPARE(changed.size(), 2);
            QVERIFY(hidden.isHidden(alice.toLower(), QStringLiteral("0x01")));
            QVERIFY(!hidden.isHidden(QStringLiteral("0xother"), QStringLiteral("0x01")));
        }
        session::HiddenNfts again(dir.path()); // after a restart
        QCOMPARE(again.hidden(alice).size(), 2);
        QVERIFY(again.unhide(alice, QStringLiteral("0x01")));
        QVERIFY(!again.isHidden(alice, QStringLiteral("0x01")));
        session::HiddenNfts third(dir.path());
        QCOMPARE(third.hidden(alice), QSet<QString>{QStringLiteral("0x02")});
    }

    void knownRecipientsAreApart()
    {
        QTemporaryDir dir;
        const QString alice = QStringLiteral("0xa1"), bob = QStringLiteral("0xB0b");
        {
            session::KnownRecipients known(dir.path());
            QVERIFY(!known.isKnown(alice, bob));
            QVERIFY(known.remember(alice, bob));
        }
        session::KnownRecipients again(dir.path());
        QVERIFY(again.isKnown(alice, bob.toLower()));
        QVERIFY(!session::HiddenNfts(dir.path()).isHidden(alice, bob)); // another file
    }

    void describedForPeople()
    {
        services::web3connect::Nft nft;
        nft.staticMetadata = QJsonDocument::fromJson(
            R"({"name":"Ticket","image":"/a.png","issuer":"Inkan Live","serial_number":3,"total_issued":100,
                "expired_at":"9999-12-31T23:59:59.000Z","animation_url":""})").object();
        nft.dynamicMetadata = QJsonDocument::fromJson(
            R"({"category":"ticket","valid_latitude":"35.681","valid_longitude":"139.767","valid_radius":"500","seat":"A-12"})").object();
        QHash<QString, QString> byKey;
        for (const auto &f : models::nftfields::describe(nft))
            byKey.insert(f.key, f.value);
        QCOMPARE(byKey.value(QStringLiteral("venue")), QStringLiteral("within 500 m of 35.68, 139.77"));
        QCOMPARE(byKey.value(QStringLiteral("serial")), QStringLiteral("No. 3 of 100"));
        QCOMPARE(byKey.value(QStringLiteral("expires")), QStringLiteral("Never"));
        QCOMPARE(byKey.value(QStringLiteral("kind")), QStringLiteral("ticket"));
        QCOMPARE(byKey.value(QStringLiteral("seat")), QStringLiteral("A-12"));
        QVERIFY(!byKey.contains(QStringLiteral("animation_url")));
        QVERIFY(!byKey.contains(QStringLiteral("valid_radius")));
        nft.dynamicMetadata.insert(QStringLiteral("valid_radius"), 2);
        nft.dynamicMetadata.insert(QStringLiteral("unit_of_length"), QStringLiteral("km"));
        QCOMPARE(models::nftfields::describeVenue(*models::nftfields::venue(nft)), QStringLiteral("within 2 km of 35.68, 139.77"));
    }

    void hiddenNftsCorruptFileIsEmpty()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("hidden-nfts.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        session::HiddenNfts hidden(dir.path());
        QVERIFY(hidden.hidden(QStringLiteral("0xa")).isEmpty());
    }

    void authenticityWithoutNetwork()
    {
        using services::web3connect::Authenticity;
        using services::web3connect::Nft;
        using services::web3connect::PublicInfo;
        const crypto::PrivateKey key = crypto::PrivateKey::generate();
        Nft nft;
        nft.tokenId = QStringLiteral("0x") + QString(64, QLatin1Char('a'));
        nft.staticMetadata = QJsonDocument::fromJson(R"({"name":"Ticket","b":1,"a":"x"})").object();
        nft.minterDigitalSignature = crypto::personal::sign(key, Authenticity::signedDigest(nft));
        PublicInfo info;
        info.publicKey = key.publicKey();

        QCOMPARE(Authenticity::judge(nft, info).verdict, Authenticity::Verdict::Authentic);
        QCOMPARE(Authenticity::judge(nft, std::nullopt).verdict, Authenticity::Verdict::Forged);
        Nft altered = nft;
        altered.staticMetadata.insert(QStringLiteral("name"), QStringLiteral("Forged ticket"));
        QCOMPARE(Authenticity::judge(altered, info).verdict, Authenticity::Verdict::Forged);
        Nft unsigned_ = nft;
        unsigned_.minterDigitalSignature.clear();
        QCOMPARE(Authenticity::judge(unsigned_, info).verdict, Authenticity::Verdict::Unknown);
        QVERIFY(!Authenticity::judge(unsigned_, info).sentence.isEmpty());
        Nft garbage = nft;
        garbage.minterDigitalSignature = QStringLiteral("0x1234");
        QCOMPARE(Authenticity::precheck(garbage).verdict, Authenticity::Verdict::Forged);
    }
};

int main(int argc, char **argv)
{
    QLocale::setDefault(QLocale::c()); // numbers and dates as the table expects
    QCoreApplication app(argc, argv);
    TestGalleryUnit test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gallery_unit.moc"
