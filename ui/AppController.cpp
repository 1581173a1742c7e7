// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "AppController.h"

#include "AutoLock.h"
#include "FirstPaintWatcher.h"
#include "MainWindow.h"
#include "dialogs/SignInDialog.h"
#include "models/AccountsModel.h"
#include "pages/StartPages.h"
#include "widgets/EmptyState.h"
#include "dialogs/FutureResult.h"
#include "dialogs/PasswordPrompt.h"
#include "widgets/PasswordField.h"
#include "widgets/PrivacyMode.h"
#include "session/AppSettings.h"

#include <QComboBox>
#include <algorithm>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace inkan::ui {

AppController::AppController(session::ServiceHub::Options options, QObject *parent)
    : QObject(parent), m_hub(std::make_unique<session::ServiceHub>(std::move(options))),
      m_window(std::make_unique<MainWindow>())
{
    m_accounts = new models::AccountsModel(&m_hub->accounts(), this);
    QComboBox *switcher = m_window->accountSwitcher();
    switcher->setModel(m_accounts);
    switcher->setModelColumn(0);
    connect(switcher, &QComboBox::currentIndexChanged, this, [this] {
        const QString current = currentAccountId();
        // Remembered once the window is up: the choices made while it is built are not the user's.
        if (m_pagesBuilt && !current.isEmpty())
            (void)session::AppSettings(m_hub->dataDir()).setCurrentAccount(current);
        Q_EMIT currentAccountChanged(current);
    });

    connect(m_hub.get(), &session::ServiceHub::accountsChanged, this, [this] {
        const QString current = currentAccountId();
        m_accounts->reload();
        if (!current.isEmpty())
            selectAccount(current);
        updateStatus();
    });
    connect(m_hub.get(), &session::ServiceHub::signedOut, this, &AppController::onSignedOut);
    m_passwordPrompt = new PasswordPrompt(m_window.get());
    connect(m_hub.get(), &session::ServiceHub::passwordNeeded, m_passwordPrompt, &PasswordPrompt::setReason);
    m_hub->setPasswordSource([self = QPointer<AppController>(this)](session::PasswordAnswer answer) {
        if (!self)
            return answer(makeError(ErrorKind::Cancelled, QString()));
        self->askPassword(std::move(answer));
    });

    // Locked while no secret is open: each signature asks for the password anyway, and the
    // secrets (the tokens) are open from the first use until the wallet is locked.
    m_window->setLockState(m_hub->isLocked());
    connect(m_hub.get(), &session::ServiceHub::lockChanged, m_window.get(), &MainWindow::setLockState);
    connect(m_window.get(), &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_window.get(), &MainWindow::unlockRequested, this, &AppController::unlock);
    m_autoLock = new AutoLock(this);
    connect(m_autoLock, &AutoLock::lockRequested, this, &AppController::lock);
    applyLockSettings();

    // Privacy mode as it was left.
    PrivacyMode::setEnabled(session::AppSettings(m_hub->dataDir()).privacyMode());
    connect(PrivacyMode::instance(), &PrivacyMode::changed, this, [this](bool on) {
        if (Result<void> saved = session::AppSettings(m_hub->dataDir()).setPrivacyMode(on); !saved)
            qWarning("%s", qPrintable(saved.error().message));
    });

    auto *watcher = new FirstPaintWatcher(m_window.get());
    connect(watcher, &FirstPaintWatcher::firstFramePainted, this, [this] {
        m_painted = true;
        maybeReady();
    });
    updateStatus();
}

AppController::~AppController()
{
    // Pages hold references to the hub: they go first.
    m_window.reset();
}

QString AppController::currentAccountId() const
{
    const int row = m_window->accountSwitcher()->currentIndex();
    return row < 0 ? QString() : m_accounts->accountAt(row).id;
}

bool AppController::selectAccount(const QString &accountId)
{
    const int row = m_accounts->rowOf(accountId);
    if (row < 0)
        return false;
    m_window->accountSwitcher()->setCurrentIndex(row);
    return true;
}

void AppController::registerPage(const QString &id, const QString &title, const QIcon &icon, PageFactory factory)
{
    m_registered.append(Page{id, title, icon, std::move(factory)});
}

bool AppController::isRegistered(const QString &id) const
{
    return std::any_of(m_registered.cbegin(), m_registered.cend(), [&id](const Page &page) { return page.id == id; });
}

void AppController::setStartPage(const QString &id, bool reportsReadiness)
{
    m_startPage = id;
    m_startPageReports = reportsReadiness;
}

void AppController::buildPages()
{
    if (m_pagesBuilt)
        return;
    m_pagesBuilt = true;
    const auto findRegistered = [this](const QString &id) -> const Page * {
        for (const Page &page : m_registered) {
            if (page.id == id)
                return &page;
        }
        return nullptr;
    };
    const QStringList startIds = startPageIds();
    for (const QString &id : startIds) {
        if (const Page *page = findRegistered(id)) {
            addRegisteredPage(*page);
            continue;
        }
        addStartPage(*m_window, id);
        // A placeholder's sign-in action opens the sign-in dialog.
        if (auto *state = m_window->findChild<EmptyState *>(id + QStringLiteral("EmptyState"));
            state && (id == u"gallery" || id == u"profile")) {
            state->disconnect(m_window.get());
            connect(state, &EmptyState::actionTriggered, this, &AppController::openSignIn);
        }
    }
    for (const Page &page : std::as_const(m_registered)) {
        if (!startIds.contains(page.id))
            addRegisteredPage(page);
    }
    if (!m_startPage.isEmpty())
        m_window->showPage(m_startPage);
}

void AppController::addRegisteredPage(const Page &page)
{
    // The page shown first is built now; the others when they are first shown.
    if (page.id == m_startPage) {
        m_window->addPage(page.id, page.title, page.icon, page.factory(*m_hub));
        return;
    }
    m_window->addPage(page.id, page.title, page.icon,
                      [this, factory = page.factory] { return factory(*m_hub); });
}

void AppController::chooseStartAccount()
{
    QString chosen = session::AppSettings(m_hub->dataDir()).currentAccount();
    if (m_accounts->rowOf(chosen) < 0) {
        chosen.clear();
        // A holder starts on the gallery: their own Web3Connect account, not an organization's.
        for (const session::Account &account : m_hub->accounts().accounts()) {
            if (account.kind == session::ServiceKind::Web3Connect && account.isSignedIn() && account.role != u"organization") {
                chosen = account.id;
                break;
            }
        }
    }
    if (!chosen.isEmpty())
        selectAccount(chosen);
}

void AppController::show()
{
    if (!m_pagesBuilt)
        chooseStartAccount();
    buildPages();
    m_window->show();
}

void AppController::setFixedPassword(const QString &password)
{
    m_fixedPassword = password;
}

void AppController::updateStatus()
{
    QStringList services;
    for (const session::Account &account : m_hub->accounts().accounts()) {
        if (account.isSignedIn())
            services << account.name;
    }
    m_window->setSignedInServices(services);
}

void AppController::onSignedOut(const QString &accountId, const QString &reason)
{
    const auto account = m_hub->accounts().find(accountId);
    const QString name = account ? account->name : accountId;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Sign in again"),
                                tr("%1 signed you out: %2 Sign in again to go on using it.").arg(name, reason),
                                QMessageBox::NoButton, m_window.get());
    box->setObjectName(QStringLiteral("signInAgainNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    QPushButton *again = box->addButton(tr("Sign in…"), QMessageBox::AcceptRole);
    again->setObjectName(QStringLiteral("signInAgainButton"));
    again->setAccessibleName(tr("Sign in again"));
    QPushButton *later = box->addButton(tr("Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("signInLaterButton"));
    later->setAccessibleName(tr("Later"));
    connect(again, &QPushButton::clicked, this, [this, accountId] {
        selectAccount(accountId);
        openSignIn();
    });
    box->show();
    updateStatus();
}

void AppController::askPassword(session::PasswordAnswer answer)
{
    if (!m_fixedPassword.isEmpty()) {
        QByteArray bytes = m_fixedPassword.toUtf8();
        return answer(crypto::SecureBytes::takeFrom(bytes));
    }
    m_passwordPrompt->ask(std::move(answer)); // a non-modal unlock dialog over the window
}

void AppController::openSignIn()
{
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    m_signIn = new SignInDialog(*m_hub, m_window.get());
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    if (const QString current = currentAccountId(); !current.isEmpty())
        m_signIn->selectAccount(current);
    connect(m_signIn.data(), &SignInDialog::signedIn, this, [this](const session::Account &account) {
        m_accounts->reload();
        selectAccount(account.id);
        updateStatus();
    });
    m_signIn->show();
}

void AppController::lock()
{
    if (m_hub->isLocked())
        return; // nothing is open: nothing to lock
    if (m_signIn)
        m_signIn->close();
    m_hub->lock();
    m_window->setLockScreenVisible(true);
}

void AppController::unlock()
{
    if (m_unlocking)
        return;
    m_unlocking = true;
    m_window->setLockScreenMessage(QString());
    onResult(this, m_hub->unlock(), [this](const Result<void> &unlocked) {
        m_unlocking = false;
        if (!unlocked) {
            if (!unlocked.error().isCancelled())
                m_window->setLockScreenMessage(tr("That did not unlock Inkan: %1 Try again.").arg(unlocked.error().message));
            return;
        }
        m_window->setLockScreenVisible(false);
        m_autoLock->reset();
    });
}

void AppController::applyLockSettings()
{
    const session::AppSettings settings(m_hub->dataDir());
    m_autoLock->setIdleMinutes(settings.autoLockMinutes());
    m_autoLock->setLockOnMinimize(settings.lockOnMinimise() ? m_window.get() : nullptr);
}

void AppController::pageReady(const QString &id)
{
    if (id == m_startPage) {
        m_startPageReady = true;
        maybeReady();
    }
}

void AppController::maybeReady()
{
    if (m_readyEmitted || !m_painted || (m_startPageReports && !m_startPageReady))
        return;
    m_readyEmitted = true;
    Q_EMIT readyToQuit();
}

} // namespace inkan::ui
