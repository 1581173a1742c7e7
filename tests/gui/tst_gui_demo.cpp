// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan --demo end to end, in-process: a real inkan-sandbox child, the demo accounts added,
// the demo key imported and every demo account signed in before the window shows; a second
// run re-points the same accounts at the new port; the user's own data folder is untouched;
// a child that dies shows a banner; closing stops the child.
#include "AppController.h"
#include "DemoLauncher.h"
#include "session/AppSettings.h"
#include "MainWindow.h"
#include "support/SandboxProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace inkan;

class TestGuiDemo : public QObject {
    Q_OBJECT

private:
    /// Runs the demo once in `dataDir`; the signed-in accounts' names.
    static QStringList signedInNames(ui::AppController &app)
    {
        QStringList names;
        for (const session::Account &account : app.hub().accounts().accounts()) {
            if (account.isSignedIn())
                names << account.name;
        }
        return names;
    }

private Q_SLOTS:
    void demoEndToEnd()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qint64 firstPid = 0;
        QUrl firstUrl;
        {
            ui::AppController app(ui::DemoLauncher::hubOptions(dir.path()));
            ui::DemoLauncher *launcher = ui::DemoLauncher::launch(app, dir.path(), test::SandboxProcess::binaryPath());
            QSignalSpy failed(launcher, &ui::DemoLauncher::failed);
            QTRY_VERIFY_WITH_TIMEOUT(app.window().isVisible(), 120'000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            QCOMPARE(app.window().bannerText(), QString());
            QCOMPARE(app.hub().dataDir(), QDir(dir.path()).filePath(QStringLiteral("demo")));
            QCOMPARE(app.hub().accounts().accounts().size(), 5);
            QCOMPARE(signedInNames(app).size(), 5);
            // The holder and the scanner stand at the demo museum.
            const session::AppSettings settings(app.hub().dataDir());
            QVERIFY(settings.holderPosition() && settings.venuePosition());
            QCOMPARE(settings.holderPosition()->latitude, 35.7188);
            QCOMPARE(settings.venuePosition()->longitude, 139.7765);
            // The user's own folder has no accounts of the demo.
            QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("settings.ini"))));
            firstPid = launcher->processId();
            firstUrl = launcher->baseUrl();
            QVERIFY(firstPid > 0);
        }
        // Closing the app stopped the child.
        QVERIFY(::kill(pid_t(firstPid), 0) != 0);

        // A second run: same accounts, re-pointed to the new port, signed in still.
        ui::AppController app(ui::DemoLauncher::hubOptions(dir.path()));
        ui::DemoLauncher *launcher = ui::DemoLauncher::launch(app, dir.path(), test::SandboxProcess::binaryPath());
        QTRY_VERIFY_WITH_TIMEOUT(app.window().isVisible(), 120'000);
        QCOMPARE(app.window().bannerText(), QString());
        QCOMPARE(app.hub().accounts().accounts().size(), 5);
        for (const session::Account &account : app.hub().accounts().accounts())
            QCOMPARE(account.baseUrl.port(), launcher->baseUrl().port());

        // A child that dies is reported in the window.
        ::kill(pid_t(launcher->processId()), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window().bannerText().isEmpty(), 10'000);
        QVERIFY(app.window().findChild<QWidget *>(QStringLiteral("windowBanner"))->isVisible());
    }
};

QTEST_MAIN(TestGuiDemo)
#include "tst_gui_demo.moc"
