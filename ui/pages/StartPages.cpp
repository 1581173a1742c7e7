// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "StartPages.h"

#include "Icons.h"
#include "MainWindow.h"
#include "widgets/EmptyState.h"

#include <QCoreApplication>

namespace inkan::ui {

namespace {

struct StartPage {
    const char *id;
    const char *title;
    IconKind icon;
    const char *text;
    const char *action;
};

// TODO(lead): each action opens the flow that sets the page up (first-run wizard, sign-in,
// services settings); until then the buttons go to the page that does it.
const StartPage kStartPages[] = {
    {"wallet", QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Wallet"), IconKind::Wallet,
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "You have no wallet yet. Create one, or import a keystore file, a recovery phrase or a key."),
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Set up a wallet…")},
    {"gallery", QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Gallery"), IconKind::Gallery,
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Your NFTs appear here once you are signed in to a service that holds them."),
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Sign in to a service…")},
    {"profile", QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Profile"), IconKind::Profile,
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Your profile and balances appear here once you are signed in."),
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Sign in to a service…")},
    {"settings", QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Settings"), IconKind::Settings,
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "No service is set up yet. Add Web3Connect, Capture, Pakt or a nonce-auth service to begin."),
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Add a service…")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("inkan::ui::StartPages", text);
}

} // namespace

bool addStartPage(MainWindow &window, const QString &wanted)
{
    for (const StartPage &page : kStartPages) {
        const QString id = QString::fromLatin1(page.id);
        if (id != wanted)
            continue;
        auto *state = new EmptyState(icon(page.icon), translated(page.text), translated(page.action));
        state->setObjectName(id + QStringLiteral("EmptyState"));
        // TODO(lead): connect the wallet action to the first-run wizard and the settings action to
        // the add-service dialog; until the hub exists the sign-in actions lead to the settings
        // page, where a service is added first.
        if (id == u"gallery" || id == u"profile") {
            QObject::connect(state, &EmptyState::actionTriggered, &window,
                             [&window] { window.showPage(QStringLiteral("settings")); });
        }
        window.addPage(id, translated(page.title), icon(page.icon), state);
        return true;
    }
    return false;
}

QStringList startPageIds()
{
    QStringList ids;
    for (const StartPage &page : kStartPages)
        ids << QString::fromLatin1(page.id);
    return ids;
}

void addStartPages(MainWindow &window)
{
    for (const QString &id : startPageIds())
        addStartPage(window, id);
}

} // namespace inkan::ui
