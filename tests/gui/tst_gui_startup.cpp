// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The inkan executable starts, paints its window and, with --quit-when-ready, exits 0.
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

class TestGuiStartup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quitsWhenReady()
    {
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        const QString data = dataDir.filePath(QStringLiteral("inkan-data"));
        QProcess inkan;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        inkan.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        inkan.start(QStringLiteral(INKAN_BIN_DIR "/inkan"), {QStringLiteral("--quit-when-ready"),
                                                            QStringLiteral("--data-dir"), data});
        QVERIFY2(inkan.waitForFinished(60'000), "inkan did not exit");
        qInfo("inkan --quit-when-ready took %lld ms", timer.elapsed());
        QCOMPARE(inkan.exitStatus(), QProcess::NormalExit);
        QVERIFY2(inkan.exitCode() == 0, inkan.readAllStandardError().constData());
        QVERIFY(QFileInfo(data).isDir()); // --data-dir was taken
    }

    void darkThemeStartsToo()
    {
        QProcess inkan;
        QTemporaryDir dataDir;
        inkan.start(QStringLiteral(INKAN_BIN_DIR "/inkan"),
                    {QStringLiteral("--quit-when-ready"), QStringLiteral("--theme"), QStringLiteral("dark"),
                     QStringLiteral("--data-dir"), dataDir.path()});
        QVERIFY(inkan.waitForFinished(60'000));
        QCOMPARE(inkan.exitCode(), 0);
    }

    void demoQuitsWhenReady()
    {
        // inkan --demo: the demo server starts beside inkan, the demo signs in, the window paints.
        QTemporaryDir dataDir;
        QProcess inkan;
        inkan.start(QStringLiteral(INKAN_BIN_DIR "/inkan"),
                    {QStringLiteral("--demo"), QStringLiteral("--quit-when-ready"), QStringLiteral("--data-dir"), dataDir.path()});
        QVERIFY2(inkan.waitForFinished(180'000), "inkan --demo did not exit");
        QVERIFY2(inkan.exitCode() == 0, inkan.readAllStandardError().constData());
        QVERIFY(QFileInfo(dataDir.filePath(QStringLiteral("demo/sandbox/demo.json"))).isFile());
        // It waited for the gallery's first thumbnails: they were downloaded (the disk cache).
        QVERIFY(!QDir(dataDir.filePath(QStringLiteral("demo/thumbnails"))).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(!QFileInfo::exists(dataDir.filePath(QStringLiteral("settings.ini")))); // the real folder untouched
    }

    void demoWithManyNftsQuitsWhenReady()
    {
        // --demo-nfts goes through to the demo server: the gallery opens on a holder of 300.
        QTemporaryDir dataDir;
        QProcess inkan;
        inkan.start(QStringLiteral(INKAN_BIN_DIR "/inkan"),
                    {QStringLiteral("--demo"), QStringLiteral("--demo-nfts"), QStringLiteral("300"),
                     QStringLiteral("--quit-when-ready"), QStringLiteral("--data-dir"), dataDir.path()});
        QVERIFY2(inkan.waitForFinished(180'000), "inkan --demo --demo-nfts did not exit");
        QVERIFY2(inkan.exitCode() == 0, inkan.readAllStandardError().constData());
        // The demo server it ran holds 300 NFTs for alice.
        inkan::test::SandboxProcess sandbox({QStringLiteral("--demo")}, dataDir.filePath(QStringLiteral("demo/sandbox")));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        inkan::test::HttpProbe http(sandbox.baseUrl());
        const QJsonObject alice = sandbox.demo().value(QStringLiteral("end_users")).toArray().at(0).toObject();
        const QString token = http.postJson(QStringLiteral("/rest/v1/auth/account/access_token/refresh"),
                                            {{"api_key_secret", alice.value(QStringLiteral("api_key_secret"))}})
                                  .result().toString();
        int held = 0;
        for (int page = 1; page <= 4; ++page)
            held += http.get(QStringLiteral("/rest/v1/nft/held_by_id_wallet/%1?perPageItemNum=100&pageNum=%2")
                                 .arg(alice.value(QStringLiteral("id_wallet_address")).toString()).arg(page),
                             inkan::test::HttpProbe::bearer(token)).result().toArray().size();
        QCOMPARE(held, 300);
        // Without --demo it is refused.
        QProcess alone;
        alone.start(QStringLiteral(INKAN_BIN_DIR "/inkan"), {QStringLiteral("--demo-nfts"), QStringLiteral("3")});
        QVERIFY(alone.waitForFinished(60'000));
        QVERIFY(alone.exitCode() != 0);
    }

    void unknownOptionIsRefused()
    {
        QProcess inkan;
        inkan.start(QStringLiteral(INKAN_BIN_DIR "/inkan"), {QStringLiteral("--no-such-option")});
        QVERIFY(inkan.waitForFinished(60'000));
        QVERIFY(inkan.exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestGuiStartup)
#include "tst_gui_startup.moc"
