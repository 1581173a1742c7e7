#include "StartPages.h"

#include "MainWindow.h"
#include "widgets/EmptyState.h"

#include <QApplication>
#include <QStyle>

namespace inkan::ui {

namespace {

struct StartPage {
    const char *id;
    const char *title;
    QStyle::StandardPixmap icon;
    const char *text;
    const char *action;
};

// TODO(lead): each action opens the flow that sets the page up (first-run wizard, sign-in,
// services settings); until then the buttons go to the page that does it.
const StartPage kStartPages[] = {
    {"wallet", QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Wallet"), QStyle::SP_DriveHDIcon,
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "You have no wallet yet. Create one, or import a keystore file, a recovery phrase or a key."),
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Set up a wallet…")},
    {"gallery", QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Gallery"), QStyle::SP_FileDialogContentsView,
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Your NFTs appear here once you are signed in to a service that holds them."),
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Sign in to a service…")},
    {"profile", QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Profile"), QStyle::SP_FileDialogInfoView,
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Your profile and balances appear here once you are signed in."),
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Sign in to a service…")},
    {"settings", QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Settings"), QStyle::SP_FileDialogDetailedView,
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "No service is set up yet. Add Web3Connect, Capture, Pakt or a nonce-auth service to begin."),
     QT_TRANSLATE_NOOP("inkan::ui::StartPages", "Add a service…")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("inkan::ui::StartPages", text);
}

} // namespace

void addStartPages(MainWindow &window)
{
    QStyle *style = QApplication::style();
    for (const StartPage &page : kStartPages) {
        const QString id = QString::fromLatin1(page.id);
        auto *state = new EmptyState(style->standardIcon(page.icon), translated(page.text), translated(page.action));
        state->setObjectName(id + QStringLiteral("EmptyState"));
        // TODO(lead): connect the wallet action to the first-run wizard and the settings action to
        // the add-service dialog; until the hub exists the sign-in actions lead to the settings
        // page, where a service is added first.
        if (id == u"gallery" || id == u"profile") {
            QObject::connect(state, &EmptyState::actionTriggered, &window,
                             [&window] { window.showPage(QStringLiteral("settings")); });
        }
        window.addPage(id, translated(page.title), style->standardIcon(page.icon), state);
    }
}

} // namespace inkan::ui
