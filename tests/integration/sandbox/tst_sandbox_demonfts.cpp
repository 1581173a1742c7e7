// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-sandbox --demo --demo-nfts N: the demo holder (alice) holds N NFTs, listed page by page
// like any other, each with a valid minter signature; starting again with the same N adds none;
// a larger N tops up; a bad N is refused.
#include "SandboxFixture.h"

#include "crypto/Keccak.h"
#include "crypto/PersonalSign.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

using namespace inkan::test;

class TestSandboxDemoNfts : public QObject {
    Q_OBJECT

    /// Every NFT alice holds, paging 100 at a time as she sees them.
    static QJsonArray aliceNfts(SandboxProcess &sandbox)
    {
        HttpProbe http(sandbox.baseUrl());
        const QJsonObject alice = sandbox.demo().value("end_users").toArray().at(0).toObject();
        const QString token = accessToken(http, alice.value("api_key_secret").toString());
        const QString address = alice.value("id_wallet_address").toString();
        QJsonArray all;
        for (int page = 1; page < 100; ++page) {
            const HttpReply reply = http.get(QStringLiteral("/rest/v1/nft/held_by_id_wallet/%1?perPageItemNum=100&pageNum=%2")
                                                 .arg(address).arg(page),
                                             HttpProbe::bearer(token));
            if (reply.status != 200)
                qFatal("page %d: HTTP %d %s", page, reply.status, reply.body.constData());
            const QJsonArray list = reply.result().toArray();
            for (const QJsonValue &nft : list)
                all.append(nft);
            if (list.size() < 100)
                break;
        }
        return all;
    }

private Q_SLOTS:
    void aliceHoldsTheNftsAsked()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QElapsedTimer timer;
        timer.start();
        {
            SandboxProcess sandbox({QStringLiteral("--demo"), QStringLiteral("--demo-nfts"), QStringLiteral("300")}, dir.path());
            QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
            qInfo("seeded the demo and 300 NFTs in %lld ms", timer.elapsed());
            const QJsonArray nfts = aliceNfts(sandbox);
            QCOMPARE(nfts.size(), 300);
            QSet<QString> ids;
            QSet<QString> names;
            int generated = 0;
            for (const QJsonValue &value : nfts) {
                const QJsonObject nft = value.toObject();
                ids.insert(nft.value("token_id").toString());
                const QString name = nft.value("metadata").toObject().value("static").toObject().value("name").toString();
                if (name.contains(u'#')) {
                    ++generated;
                    names.insert(name);
                }
            }
            QCOMPARE(ids.size(), 300);
            // Beside the demo's own few, the rest generated, "… #n": each card can be told apart.
            QVERIFY(generated >= 250);
            QCOMPARE(names.size(), generated);
            // The generated ones are signed like minted ones: keccak256(token id ‖ canonical static).
            const QJsonObject organization = sandbox.demo().value("organization").toObject();
            const QString minterAddress = organization.value("id_wallet_address").toString();
            int checked = 0;
            for (const QJsonValue &value : nfts) {
                const QJsonObject nft = value.toObject();
                const QJsonObject staticPart = nft.value("metadata").toObject().value("static").toObject();
                if (!staticPart.value("name").toString().contains(u'#'))
                    continue;
                const QByteArray canonical = QJsonDocument(staticPart).toJson(QJsonDocument::Compact);
                const QByteArray signedBytes = QByteArray::fromHex(nft.value("token_id").toString().mid(2).toLatin1()) + canonical;
                const QByteArray digest = inkan::crypto::keccak256(signedBytes);
                auto signer = inkan::crypto::personal::recover(digest, nft.value("minter_digital_signature").toString());
                QVERIFY(signer);
                QCOMPARE(signer->toLower(), minterAddress.toLower());
                if (++checked == 5)
                    break;
            }
            QCOMPARE(checked, 5);
            QCOMPARE(sandbox.terminate(), 0);
        }
        // The same N again: nothing added. A larger one tops up.
        {
            SandboxProcess sandbox({QStringLiteral("--demo"), QStringLiteral("--demo-nfts"), QStringLiteral("300")}, dir.path());
            QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
            QCOMPARE(aliceNfts(sandbox).size(), 300);
            QCOMPARE(sandbox.terminate(), 0);
        }
        {
            SandboxProcess sandbox({QStringLiteral("--demo"), QStringLiteral("--demo-nfts"), QStringLiteral("350")}, dir.path());
            QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
            QCOMPARE(aliceNfts(sandbox).size(), 350);
        }
    }

    void badCountIsRefused()
    {
        for (const QStringList &arguments : {QStringList{"--demo", "--demo-nfts", "many"}, QStringList{"--demo-nfts", "10"}}) {
            SandboxProcess sandbox(arguments);
            QVERIFY(!sandbox.start(20000));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxDemoNfts)
#include "tst_sandbox_demonfts.moc"
