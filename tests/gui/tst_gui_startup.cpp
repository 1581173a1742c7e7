// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The inkan executable starts, paints its window and, with --quit-when-ready, exits 0.
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
        QVERIFY(!QFileInfo::exists(dataDir.filePath(QStringLiteral("settings.ini")))); // the real folder untouched
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
