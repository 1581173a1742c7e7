// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// AppController: registered pages replace the placeholders, the rest stay; readyToQuit waits for
// the first frame and, when the start page reports readiness, for that page; the account chosen
// in the switcher is chosen again at the next start.
#include "AppController.h"
#include "MainWindow.h"
#include "session/AccountStore.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace inkan;

class TestGuiApp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registeredPagesReplacePlaceholders()
    {
        QTemporaryDir dir;
        session::ServiceHub::Options options;
        options.dataDir = dir.path();
        ui::AppController app(options);
        app.registerPage(QStringLiteral("gallery"), QStringLiteral("Gallery"), {}, [](session::ServiceHub &) {
            auto *page = new QLabel(QStringLiteral("real gallery"));
            page->setObjectName(QStringLiteral("realGallery"));
            return page;
        });
        app.setStartPage(QStringLiteral("gallery"));
        app.show();
        QCOMPARE(app.window().currentPage(), QStringLiteral("gallery"));
        QVERIFY(app.window().findChild<QLabel *>(QStringLiteral("realGallery")));
        QVERIFY(!app.window().findChild<QWidget *>(QStringLiteral("galleryEmptyState")));
        QVERIFY(app.window().findChild<QWidget *>(QStringLiteral("walletEmptyState")));
        QVERIFY(app.window().findChild<QWidget *>(QStringLiteral("settingsEmptyState")));
        QVERIFY(app.window().showPage(QStringLiteral("profile")));
    }

    void readyWaitsForTheStartPage()
    {
        QTemporaryDir dir;
        session::ServiceHub::Options options;
        options.dataDir = dir.path();
        ui::AppController app(options);
        app.registerPage(QStringLiteral("gallery"), QStringLiteral("Gallery"), {},
                         [](session::ServiceHub &) { return new QLabel(QStringLiteral("gallery")); });
        app.setStartPage(QStringLiteral("gallery"), true);
        QSignalSpy ready(&app, &ui::AppController::readyToQuit);
        app.show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        QTest::qWait(300); // painted, but the gallery has not said it is ready
        QCOMPARE(ready.count(), 0);
        app.pageReady(QStringLiteral("wallet")); // not the start page
        QCOMPARE(ready.count(), 0);
        QTimer::singleShot(0, &app, [&app] { app.pageReady(QStringLiteral("gallery")); });
        QTRY_COMPARE(ready.count(), 1);
        app.pageReady(QStringLiteral("gallery"));
        QCOMPARE(ready.count(), 1); // once
    }

    void theChosenAccountIsChosenAgainAtTheNextStart()
    {
        QTemporaryDir dir;
        session::ServiceHub::Options options;
        options.dataDir = dir.path();
        QString organization, holder;
        {
            // An organization's account first in the list, then a holder's; both signed in.
            session::AccountStore store(QDir(dir.path()).filePath(QStringLiteral("settings.ini")));
            const QUrl base(QStringLiteral("http://127.0.0.1:9"));
            auto org = store.add(session::ServiceKind::Web3Connect, base, QStringLiteral("A museum"));
            auto user = store.add(session::ServiceKind::Web3Connect, base, QStringLiteral("B holder"));
            QVERIFY(org && user);
            org->subject = QStringLiteral("museum@example.com");
            org->role = QStringLiteral("organization");
            user->subject = QStringLiteral("ada@example.com");
            user->role = QStringLiteral("end_user");
            QVERIFY(store.update(*org) && store.update(*user));
            organization = org->id;
            holder = user->id;
        }
        {
            // The first start: the holder's own account, for the gallery.
            ui::AppController app(options);
            app.show();
            QCOMPARE(app.currentAccountId(), holder);
            QVERIFY(app.selectAccount(organization));
        }
        ui::AppController again(options);
        again.show();
        QCOMPARE(again.currentAccountId(), organization);
    }

    void readyAfterTheFirstFrameWithoutAReportingPage()
    {
        QTemporaryDir dir;
        session::ServiceHub::Options options;
        options.dataDir = dir.path();
        ui::AppController app(options);
        QSignalSpy ready(&app, &ui::AppController::readyToQuit);
        app.show();
        QTRY_COMPARE(ready.count(), 1);
    }
};

QTEST_MAIN(TestGuiApp)
#include "tst_gui_app.moc"
