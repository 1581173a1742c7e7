// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "Icons.h"
#include "delegates/SidebarDelegate.h"
#include "widgets/EmptyState.h"
#include "widgets/PrivacyMode.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace inkan::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_sidebar(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_accounts(new QComboBox(this)), m_lockLabel(new QLabel(this)), m_servicesLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Inkan"));
    setAccessibleName(tr("Inkan"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->setMouseTracking(true);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setFixedWidth(190);
    m_sidebar->setAutoFillBackground(true);
    m_sidebar->setBackgroundRole(QPalette::Window);
    // Ctrl+Tab is the usual way to leave a list that eats Tab; here Tab moves on as anywhere.
    m_sidebar->setTabKeyNavigation(false);

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setAccessibleName(tr("Page"));

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    // A banner above everything for what must not go unnoticed (a demo server that stopped).
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("windowBanner"));
    m_banner->setAccessibleName(tr("Notice"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral("background: #b71c1c; color: white; font-weight: bold;"));
    m_banner->hide();
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_banner);
    m_body = new QStackedWidget(central);
    m_body->setObjectName(QStringLiteral("windowBody"));
    m_workArea = new QWidget(m_body);
    m_workArea->setObjectName(QStringLiteral("workArea"));
    auto *layout = new QHBoxLayout(m_workArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    // The lock screen: nothing of the wallet or the accounts shows until the password is given.
    m_lockScreen = new EmptyState(icon(IconKind::Lock), tr("Inkan is locked. Unlock it with your wallet password to go on."),
                                  tr("&Unlock…"), m_body);
    m_lockScreen->setObjectName(QStringLiteral("lockScreen"));
    m_lockScreen->setAccessibleName(tr("Locked"));
    m_lockScreen->actionButton()->setObjectName(QStringLiteral("lockScreenUnlockButton"));
    m_lockScreen->actionButton()->setAccessibleName(tr("Unlock"));
    connect(m_lockScreen, &EmptyState::actionTriggered, this, &MainWindow::unlockRequested);
    m_body->addWidget(m_workArea);
    m_body->addWidget(m_lockScreen);
    outer->addWidget(m_body, 1);
    setCentralWidget(central);

    // Toolbar: the account switcher, then the actions.
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->setMovable(false);
    toolbar->setFloatable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *accountCaption = new QLabel(tr("Account:"), toolbar);
    accountCaption->setObjectName(QStringLiteral("accountSwitcherCaption"));
    accountCaption->setContentsMargins(6, 0, 6, 0);
    accountCaption->setBuddy(m_accounts);
    m_accounts->setObjectName(QStringLiteral("accountSwitcher"));
    m_accounts->setAccessibleName(tr("Account"));
    m_accounts->setToolTip(tr("The account the pages show"));
    m_accounts->setPlaceholderText(tr("No account yet"));
    m_accounts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accounts->setMinimumContentsLength(18);
    toolbar->addWidget(accountCaption);
    toolbar->addWidget(m_accounts);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);

    m_privacyAction = new QAction(icon(IconKind::Privacy), tr("Privacy mode"), this);
    m_privacyAction->setObjectName(QStringLiteral("privacyAction"));
    m_privacyAction->setCheckable(true);
    m_privacyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_privacyAction->setToolTip(tr("Hide addresses, balances and personal data, for screen sharing (%1)")
                                    .arg(m_privacyAction->shortcut().toString(QKeySequence::NativeText)));
    m_privacyAction->setChecked(PrivacyMode::isEnabled());
    connect(m_privacyAction, &QAction::toggled, this, [](bool on) { PrivacyMode::setEnabled(on); });
    connect(PrivacyMode::instance(), &PrivacyMode::changed, this, &MainWindow::updatePrivacyAction);
    toolbar->addAction(m_privacyAction);

    m_lockAction = new QAction(icon(IconKind::Lock), tr("Lock now"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setToolTip(tr("Lock the wallet now (%1)").arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);
    toolbar->addAction(m_lockAction);
    // The same actions in the menus, where keyboard users look for them.
    QMenu *walletMenu = menuBar()->addMenu(tr("&Wallet"));
    walletMenu->setObjectName(QStringLiteral("walletMenu"));
    walletMenu->addAction(m_lockAction);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_privacyAction);
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    // QToolBar gives its buttons no names; tests and screen readers need them.
    for (QAction *action : {m_privacyAction, m_lockAction}) {
        if (QWidget *button = toolbar->widgetForAction(action)) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(action->text());
        }
    }

    m_lockLabel->setObjectName(QStringLiteral("lockStateLabel"));
    m_lockLabel->setContentsMargins(6, 0, 0, 0);
    m_lockLabel->setAccessibleName(tr("Lock state"));
    m_servicesLabel->setObjectName(QStringLiteral("signedInServicesLabel"));
    m_servicesLabel->setContentsMargins(0, 0, 6, 0);
    m_servicesLabel->setAccessibleName(tr("Signed-in services"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_lockLabel);
    statusBar()->addPermanentWidget(m_servicesLabel);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onRowChanged);

    setLockState(true);
    setSignedInServices({});
    m_sidebar->setFocus(); // keyboard users start in the sidebar
    resize(1100, 720);
}

void MainWindow::adoptPage(const QString &id, const QString &title, QWidget *page)
{
    page->setParent(m_pages);
    if (page->objectName().isEmpty())
        page->setObjectName(id + QStringLiteral("Page"));
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(title);
}

void MainWindow::addPage(const QString &id, const QString &title, const QIcon &icon, std::function<QWidget *()> make)
{
    auto *placeholder = new QWidget;
    placeholder->setObjectName(id + QStringLiteral("PageNotBuilt"));
    placeholder->setAccessibleName(title);
    m_unbuilt.insert(id, {title, std::move(make)});
    addPage(id, title, icon, placeholder);
}

void MainWindow::build(const QString &id)
{
    const auto found = m_unbuilt.find(id);
    if (found == m_unbuilt.end())
        return;
    const auto [title, make] = *found;
    m_unbuilt.erase(found);
    const int row = int(m_pageIds.indexOf(id));
    QWidget *placeholder = m_pages->widget(row);
    const bool current = m_pages->currentIndex() == row;
    QWidget *page = make();
    adoptPage(id, title, page);
    m_pages->insertWidget(row, page);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
    if (current)
        m_pages->setCurrentIndex(row);
}

void MainWindow::addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page)
{
    adoptPage(id, title, page);
    m_pages->addWidget(page);
    m_pageIds << id;
    auto *item = new QListWidgetItem(icon, title, m_sidebar);
    item->setData(Qt::UserRole, id);
    const int index = int(m_pageIds.size());
    if (index <= 9) {
        auto *shortcut = new QAction(this);
        shortcut->setObjectName(QStringLiteral("showPageAction_") + id);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index)));
        connect(shortcut, &QAction::triggered, this, [this, id] { showPage(id); });
        addAction(shortcut);
        item->setToolTip(tr("%1 (%2)").arg(title, shortcut->shortcut().toString(QKeySequence::NativeText)));
    }
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
}

bool MainWindow::showPage(const QString &id)
{
    const qsizetype row = m_pageIds.indexOf(id);
    if (row < 0)
        return false;
    m_sidebar->setCurrentRow(int(row));
    return true;
}

QString MainWindow::currentPage() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_pageIds.size() ? m_pageIds.at(row) : QString();
}

void MainWindow::onRowChanged(int row)
{
    if (row < 0 || row >= m_pageIds.size())
        return;
    build(m_pageIds.at(row));
    m_pages->setCurrentIndex(row);
    Q_EMIT currentPageChanged(m_pageIds.at(row));
}

void MainWindow::setLockState(bool locked)
{
    m_locked = locked;
    m_lockLabel->setText(locked ? tr("Wallet locked") : tr("Wallet unlocked"));
    m_lockLabel->setAccessibleDescription(m_lockLabel->text());
    m_lockAction->setEnabled(!locked);
}

void MainWindow::setLockScreenVisible(bool visible)
{
    if (visible == isLockScreenVisible())
        return;
    if (visible) {
        setLockScreenMessage(QString());
        m_body->setCurrentWidget(m_lockScreen);
        m_lockScreen->actionButton()->setFocus();
    } else {
        m_body->setCurrentWidget(m_workArea);
        m_sidebar->setFocus();
    }
    m_accounts->setEnabled(!visible);
}

bool MainWindow::isLockScreenVisible() const
{
    return m_body->currentWidget() == m_lockScreen;
}

void MainWindow::setLockScreenMessage(const QString &sentence)
{
    const QString base = tr("Inkan is locked. Unlock it with your wallet password to go on.");
    m_lockScreen->setText(sentence.isEmpty() ? base : base + QStringLiteral("\n\n") + sentence);
}

void MainWindow::setSignedInServices(const QStringList &services)
{
    m_servicesLabel->setText(services.isEmpty() ? tr("Not signed in to any service")
                                                : tr("Signed in: %1").arg(services.join(QStringLiteral(", "))));
    m_servicesLabel->setAccessibleDescription(m_servicesLabel->text());
}

void MainWindow::updatePrivacyAction(bool enabled)
{
    m_privacyAction->setChecked(enabled);
}

void MainWindow::showBanner(const QString &sentence)
{
    m_banner->setText(sentence);
    m_banner->setVisible(!sentence.isEmpty());
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

QWidget *MainWindow::page(const QString &id)
{
    build(id);
    const qsizetype row = m_pageIds.indexOf(id);
    return row < 0 ? nullptr : m_pages->widget(int(row));
}

} // namespace inkan::ui
