// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The shell every page lives in: a sidebar of pages, an account switcher in the toolbar, a
// status bar with the lock state and the signed-in services, "Lock now" (Ctrl+L) and privacy mode
// (Ctrl+Shift+H). The window owns no wallet or session: it says what the user asked for through
// signals and shows what it is told.
#include <QHash>
#include <QIcon>
#include <QHash>
#include <QMainWindow>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace inkan::ui { class EmptyState; }

namespace inkan::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Appends a page to the sidebar; the window takes ownership of page. The first page added is
    /// shown first. Ctrl+1 … Ctrl+9 show the first nine pages.
    void addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page);
    /// The same, with the page made by `make` only when it is first shown or asked for (a quick
    /// start: only the page shown first is built with the window).
    void addPage(const QString &id, const QString &title, const QIcon &icon, std::function<QWidget *()> make);
    /// Shows the page with that id; false when there is none.
    bool showPage(const QString &id);
    QString currentPage() const;
    /// The pages' ids in sidebar order, and the page with an id (null when there is none).
    QStringList pageIds() const { return m_pageIds; }
    /// Builds a page not built yet.
    QWidget *page(const QString &id);

    void setLockState(bool locked);
    bool isLocked() const { return m_locked; }
    /// The lock screen covers the sidebar and the pages (after "Lock now" or an auto-lock) until
    /// the user unlocks; `sentence` under it says why the last try failed (empty: none).
    void setLockScreenVisible(bool visible);
    bool isLockScreenVisible() const;
    void setLockScreenMessage(const QString &sentence);
    /// The names of the services signed in to, as shown in the status bar.
    void setSignedInServices(const QStringList &services);

    /// The account switcher, for whoever owns the accounts (it takes a model).
    QComboBox *accountSwitcher() const { return m_accounts; }

    /// A red banner above the pages for what must not go unnoticed; an empty sentence hides it.
    void showBanner(const QString &sentence);
    QString bannerText() const;

Q_SIGNALS:
    void currentPageChanged(const QString &id);
    /// The user asked to lock the wallet ("Lock now"); call setLockState() once it is locked.
    void lockRequested();
    /// The lock screen's "Unlock…" was chosen.
    void unlockRequested();

private:
    void onRowChanged(int row);
    void adoptPage(const QString &id, const QString &title, QWidget *page);
    /// Replaces a page's placeholder with the page, once.
    void build(const QString &id);
    void updatePrivacyAction(bool enabled);

    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QStackedWidget *m_body; // the sidebar and the pages, or the lock screen
    QWidget *m_workArea;
    EmptyState *m_lockScreen;
    QComboBox *m_accounts;
    QLabel *m_lockLabel;
    QLabel *m_servicesLabel;
    QLabel *m_banner;
    QAction *m_lockAction;
    QAction *m_privacyAction;
    QStringList m_pageIds;
    QHash<QString, std::pair<QString, std::function<QWidget *()>>> m_unbuilt; // id -> title, maker
    bool m_locked = true;
};

} // namespace inkan::ui
