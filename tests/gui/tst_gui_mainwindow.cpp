// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The main window shell: pages by sidebar, keyboard and shortcut; the status bar; Lock now and
// privacy mode; every control named.
#include "GuiTestSupport.h"

#include "FirstPaintWatcher.h"
#include "MainWindow.h"
#include "Theme.h"
#include "pages/StartPages.h"
#include "widgets/EmptyState.h"
#include "widgets/PrivacyMode.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace inkan::ui;

class TestGuiMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Theme::apply(Theme::Light); }

    void init()
    {
        m_window = new MainWindow;
        addStartPages(*m_window);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanup()
    {
        delete m_window;
        PrivacyMode::setEnabled(false);
    }

    void startsOnTheFirstPageWithAnAction()
    {
        QCOMPARE(m_window->currentPage(), QStringLiteral("wallet"));
        auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        QCOMPARE(pages->count(), 4);
        // No page is an empty grey area: each offers its next step.
        for (int i = 0; i < pages->count(); ++i) {
            auto *state = qobject_cast<EmptyState *>(pages->widget(i));
            QVERIFY(state);
            QVERIFY(!state->text().isEmpty());
            QVERIFY(!state->actionButton()->text().isEmpty());
        }
        QVERIFY2(inkan::test::unnamedControls(m_window).isEmpty(),
                 qPrintable(inkan::test::unnamedControls(m_window).join(u", ")));
    }

    void switchesPagesByKeyboard()
    {
        auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(sidebar && pages);
        QSignalSpy changed(m_window, &MainWindow::currentPageChanged);
        sidebar->setFocus();
        QVERIFY(sidebar->hasFocus());

        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(m_window->currentPage(), QStringLiteral("gallery"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("galleryEmptyState"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("gallery"));

        QTest::keyClick(sidebar, Qt::Key_End);
        QCOMPARE(m_window->currentPage(), QStringLiteral("settings"));
        QTest::keyClick(sidebar, Qt::Key_Up);
        QCOMPARE(m_window->currentPage(), QStringLiteral("profile"));
        QTest::keyClick(sidebar, Qt::Key_Home);
        QCOMPARE(m_window->currentPage(), QStringLiteral("wallet"));

        // Ctrl+N goes to the Nth page from anywhere in the window.
        QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), QStringLiteral("profile"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("profileEmptyState"));

        // Tab leaves the sidebar for the page.
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Tab);
        QVERIFY(!sidebar->hasFocus());
    }

    void showPageByIdAndEmptyStateAction()
    {
        QVERIFY(m_window->showPage(QStringLiteral("gallery")));
        QVERIFY(!m_window->showPage(QStringLiteral("nonsense")));
        QCOMPARE(m_window->currentPage(), QStringLiteral("gallery"));
        auto *state = m_window->findChild<EmptyState *>(QStringLiteral("galleryEmptyState"));
        QVERIFY(state);
        // Signing in starts from the services in Settings (until the sign-in dialog exists).
        QTest::mouseClick(state->actionButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), QStringLiteral("settings"));
    }

    void statusBarShowsLockAndServices()
    {
        auto *lock = m_window->findChild<QLabel *>(QStringLiteral("lockStateLabel"));
        auto *services = m_window->findChild<QLabel *>(QStringLiteral("signedInServicesLabel"));
        auto *lockAction = m_window->findChild<QAction *>(QStringLiteral("lockAction"));
        QVERIFY(lock && services && lockAction);
        QVERIFY(m_window->isLocked());
        const QString lockedText = lock->text();
        QVERIFY(!lockAction->isEnabled()); // nothing to lock

        m_window->setLockState(false);
        QVERIFY(lock->text() != lockedText);
        QVERIFY(lockAction->isEnabled());
        QSignalSpy lockRequested(m_window, &MainWindow::lockRequested);
        QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(lockRequested.count(), 1);
        m_window->setLockState(true);
        QCOMPARE(lock->text(), lockedText);

        const QString none = services->text();
        m_window->setSignedInServices({QStringLiteral("Web3Connect"), QStringLiteral("Pakt")});
        QVERIFY(services->text().contains(QStringLiteral("Web3Connect")));
        QVERIFY(services->text().contains(QStringLiteral("Pakt")));
        m_window->setSignedInServices({});
        QCOMPARE(services->text(), none);
    }

    void privacyModeAction()
    {
        auto *privacy = m_window->findChild<QAction *>(QStringLiteral("privacyAction"));
        QVERIFY(privacy && privacy->isCheckable());
        QVERIFY(!PrivacyMode::isEnabled());
        privacy->trigger();
        QVERIFY(PrivacyMode::isEnabled());
        PrivacyMode::setEnabled(false); // flipped elsewhere: the action follows
        QVERIFY(!privacy->isChecked());
    }

    void firstPaintIsReportedOnce()
    {
        MainWindow window;
        auto *watcher = new FirstPaintWatcher(&window);
        QSignalSpy painted(watcher, &FirstPaintWatcher::firstFramePainted);
        window.show();
        QVERIFY(painted.wait(5000));
        window.update();
        QTest::qWait(100);
        QCOMPARE(painted.count(), 1);
    }

    void accountSwitcherIsThere()
    {
        auto *accounts = m_window->findChild<QComboBox *>(QStringLiteral("accountSwitcher"));
        QVERIFY(accounts);
        QCOMPARE(accounts, m_window->accountSwitcher());
        QVERIFY(!accounts->accessibleName().isEmpty());
    }

private:
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
