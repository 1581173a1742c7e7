// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The app's composition: the ServiceHub for one data folder, the main window and its pages, the
// account switcher (an AccountsModel), the status bar (lock state, signed-in services), the
// wallet password asked from a non-modal dialog, a "sign in again" notice when a service
// refuses an account's credential for good, locking (Lock now, after the idle minutes from the
// settings, on minimise when chosen) and privacy mode kept in the settings.
//
//   AppController app({dataDir});
//   app.registerPage("gallery", tr("Gallery"), icon(IconKind::Gallery),
//                    [](ServiceHub &hub) { return new GalleryPage(hub, nullptr); });
//   app.setStartPage("gallery", /*reportsReadiness=*/true); // the page calls app.pageReady("gallery")
//   app.show();
#include "session/ServiceHub.h"
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QWidget;

namespace inkan::models { class AccountsModel; }

namespace inkan::ui {

class AutoLock;
class PasswordPrompt;

class MainWindow;
class SignInDialog;

class AppController : public QObject {
    Q_OBJECT
public:
    using PageFactory = std::function<QWidget *(session::ServiceHub &)>;

    explicit AppController(session::ServiceHub::Options options, QObject *parent = nullptr);
    ~AppController() override;

    session::ServiceHub &hub() { return *m_hub; }
    MainWindow &window() { return *m_window; }
    models::AccountsModel &accountsModel() { return *m_accounts; }
    /// The account chosen in the toolbar's switcher (empty when there is none).
    QString currentAccountId() const;
    bool selectAccount(const QString &accountId);

    /// Registers a page before show(); pages are added in the start pages' order (wallet,
    /// gallery, profile, settings), then any other in registration order. A start page no one
    /// registered keeps its placeholder.
    void registerPage(const QString &id, const QString &title, const QIcon &icon, PageFactory factory);
    /// Whether registerPage() was called for `id` (a start page no one registered is a placeholder).
    bool isRegistered(const QString &id) const;
    /// The page shown first; with reportsReadiness, readyToQuit() waits for pageReady(id).
    void setStartPage(const QString &id, bool reportsReadiness = false);
    /// Builds the pages (once) and shows the window.
    void show();

    /// Answers the wallet password itself (the demo's known password) instead of asking.
    void setFixedPassword(const QString &password);

    /// The idle and minimise locking, set from the settings (applyLockSettings()).
    AutoLock &autoLock() { return *m_autoLock; }

public Q_SLOTS:
    /// Opens the sign-in dialog (non-modal), on the current account.
    void openSignIn();
    /// Locks the wallet ("Lock now", idle, minimised): the hub forgets the secrets and the
    /// clients, and the lock screen covers the pages until unlock() succeeds. Nothing happens
    /// when nothing is unlocked.
    void lock();
    /// Asks for the password (through the hub) and, when it is right, takes the lock screen
    /// away; the pages load again.
    void unlock();
    /// Reads the auto-lock minutes and "lock on minimise" from the settings again.
    void applyLockSettings();
    /// A page says it has shown what it first had to show (e.g. the gallery's first thumbnails).
    void pageReady(const QString &id);

Q_SIGNALS:
    void currentAccountChanged(const QString &accountId);
    /// The window has been painted and the start page (when it reports readiness) is ready.
    void readyToQuit();

private:
    void buildPages();
    /// The account remembered from the last run, or else a holder's signed-in Web3Connect account.
    void chooseStartAccount();
    struct Page;
    void addRegisteredPage(const Page &page);
    void updateStatus();
    void onSignedOut(const QString &accountId, const QString &reason);
    void askPassword(session::PasswordAnswer answer);
    void maybeReady();

    struct Page {
        QString id;
        QString title;
        QIcon icon;
        PageFactory factory;
    };
    std::unique_ptr<session::ServiceHub> m_hub;
    std::unique_ptr<MainWindow> m_window;
    models::AccountsModel *m_accounts;
    QList<Page> m_registered;
    QString m_startPage;
    bool m_startPageReports = false;
    bool m_pagesBuilt = false;
    bool m_painted = false;
    bool m_startPageReady = false;
    bool m_readyEmitted = false;
    QString m_fixedPassword;
    QPointer<SignInDialog> m_signIn;
    PasswordPrompt *m_passwordPrompt = nullptr; // a child of the window
    AutoLock *m_autoLock = nullptr;
    bool m_unlocking = false;
};

} // namespace inkan::ui
