// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan: the desktop app. A thin main: options, translations, theme, the app controller.
#include "AppController.h"
#include "AutoLock.h"
#include "BuildInfo.h"
#include "ManPage.h"
#include "DemoLauncher.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "Theme.h"
#include "Translations.h"
#include "dialogs/VerificationQrWindow.h"
#include "pages/GalleryPage.h"
#include "pages/ProfilePage.h"
#include "pages/OrganizationPage.h"
#include "pages/ScannerPage.h"
#include "pages/WalletPage.h"
#include "pages/SettingsPage.h"
#include "session/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <memory>
#include <utility>
#include <cstdio>
#include <string_view>

namespace {

/// The command line of inkan: what --help lists and what inkan(1) documents.
struct CommandLine {
    explicit CommandLine(const QString &defaultDataDir)
        : dataDir(QStringList{QStringLiteral("data-dir")},
                  QCoreApplication::translate("main", "Where accounts, wallets and settings live (default: %1).").arg(defaultDataDir),
                  QCoreApplication::translate("main", "DIR")),
          theme(QStringList{QStringLiteral("theme")}, QCoreApplication::translate("main", "system, light or dark."),
                QCoreApplication::translate("main", "THEME"), QStringLiteral("system")),
          quitWhenReady(QStringList{QStringLiteral("quit-when-ready")},
                        QCoreApplication::translate("main", "Exit with status 0 once the window has been painted (smoke tests, benchmarks).")),
          demo(QStringList{QStringLiteral("demo")},
               QCoreApplication::translate("main", "Start a demo server and sign in to its services, in a separate demo folder.")),
          demoNfts(QStringList{QStringLiteral("demo-nfts")},
                   QCoreApplication::translate("main", "With --demo: the demo holder holds N NFTs (scale tests, benchmarks)."),
                   QCoreApplication::translate("main", "N")),
          screenshots(QStringList{QStringLiteral("screenshots")},
                      QCoreApplication::translate("main", "Once ready, save every main page, in the light and the dark theme, as PNG "
                                                          "files in DIR, then exit (with --demo: make screenshots)."),
                      QCoreApplication::translate("main", "DIR")),
          version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                  inkan::man::standardOptions(true).constLast().description)
    {
    }

    QCommandLineOption dataDir;
    QCommandLineOption theme;
    QCommandLineOption quitWhenReady;
    QCommandLineOption demo;
    QCommandLineOption demoNfts;
    QCommandLineOption screenshots;
    QCommandLineOption version;

    QString description() const { return QCoreApplication::translate("main", "Inkan: an ID wallet and NFT manager."); }
    QList<QCommandLineOption> options() const { return {dataDir, theme, quitWhenReady, demo, demoNfts, screenshots}; }

    inkan::man::Page manual() const
    {
        inkan::man::Page page;
        page.name = QStringLiteral("inkan");
        page.summary = QCoreApplication::translate("main", "ID wallet and NFT manager for the desktop");
        page.synopsis = {QStringLiteral("inkan [--data-dir DIR] [--theme THEME] [--demo [--demo-nfts N]] [--quit-when-ready] [--screenshots DIR]")};
        page.description = {
            description(),
            QCoreApplication::translate(
                "main", "inkan is the desktop app of Inkan. Holders keep a self-custody key (keystore v3 files that open "
                        "in geth, MetaMask and ethers, or BIP-39 recovery words), sign in to services by signing a "
                        "one-time message, browse their NFTs, make one public or private, transfer it, and show a "
                        "time-limited verification QR code at a venue."),
            QCoreApplication::translate(
                "main", "With --demo it starts its own inkan-sandbox and signs in to it as the demo holder, in a demo "
                        "folder inside the data folder, without touching the user's own accounts."),
        };
        page.options = inkan::man::standardOptions(true);
        for (const QCommandLineOption &option : options())
            page.options.append(inkan::man::fromQt(option));
        page.sections = {
            {QCoreApplication::translate("main", "Files"),
             {QCoreApplication::translate(
                 "main", "The data folder, by default ~/.local/share/Inkan ($XDG_DATA_HOME/Inkan), is shared with "
                         "inkan-cli. It holds the keystore files (mode 0600), the accounts and settings, and the "
                         "encrypted secrets file where no keychain runs. Tokens, API key secrets and passwords go to the "
                         "OS keychain (Secret Service) when one runs. Removing the package leaves this folder alone.")}},
            {QCoreApplication::translate("main", "Environment"),
             {QCoreApplication::translate("main", "LANGUAGE or LANG chooses the language (English or Japanese) unless one "
                                                  "is chosen in Settings. QT_QPA_PLATFORM=offscreen runs without a display.")}},
        };
        page.seeAlso = {QStringLiteral("inkan-cli(1)"), QStringLiteral("inkan-sandbox(1)")};
        return page;
    }
};

/// --man (hidden; the build writes inkan(1) with it, in English) and --version answer without a
/// display, before the QApplication exists.
int answerWithoutDisplay(int argc, char *argv[], bool *answered)
{
    *answered = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            break;
        if (arg != "--man" && arg != "--version" && arg != "-v")
            continue;
        *answered = true;
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Inkan"));
        if (arg == "--man") {
            const CommandLine cli(QStringLiteral("~/.local/share/Inkan"));
            std::fputs(qPrintable(inkan::man::toRoff(cli.manual(), inkan::buildInfo().version)), stdout);
        } else {
            inkan::installTranslations(core);
            std::fputs(qPrintable(inkan::versionText(QStringLiteral("inkan"))), stdout);
        }
        return 0;
    }
    return 0;
}

} // namespace

namespace {

// A page that shows the account chosen in the switcher: it follows the switcher and the account
// list, asks for sign-in through the controller and, unless it reloads by itself, takes its
// account again once the wallet is unlocked (locking drops the hub's clients).
enum class FollowLock { Yes, No };

template <typename Page>
Page *followAccount(Page *page, inkan::ui::AppController &controller, inkan::session::ServiceHub &hub,
                    FollowLock followLock = FollowLock::Yes)
{
    QObject::connect(&controller, &inkan::ui::AppController::currentAccountChanged, page, &Page::setAccount);
    QObject::connect(&hub, &inkan::session::ServiceHub::accountsChanged, page,
                     [page, &controller] { page->setAccount(controller.currentAccountId()); });
    QObject::connect(page, &Page::signInRequested, &controller, &inkan::ui::AppController::openSignIn);
    if (followLock == FollowLock::Yes) {
        auto stale = std::make_shared<bool>(false);
        QObject::connect(&hub, &inkan::session::ServiceHub::lockChanged, page, [page, stale, &controller](bool locked) {
            if (locked)
                *stale = true;
            else if (std::exchange(*stale, false))
                page->setAccount(controller.currentAccountId());
        });
    }
    page->setAccount(controller.currentAccountId());
    return page;
}

} // namespace

int main(int argc, char *argv[])
{
    bool answered = false;
    const int answer = answerWithoutDisplay(argc, argv, &answered);
    if (answered)
        return answer;
    QApplication app(argc, argv);
    // The same name as inkan-cli's, so both find the same data folder by default.
    QCoreApplication::setApplicationName(QStringLiteral("Inkan"));
    QCoreApplication::setApplicationVersion(inkan::buildInfo().version);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Inkan"));
    QGuiApplication::setDesktopFileName(QStringLiteral("jp.inkan.Inkan")); // packaging/jp.inkan.Inkan.desktop
    // The language chosen in Settings (AppSettings in the data folder) wins over the system's.
    {
        QCommandLineParser early;
        early.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        const QCommandLineOption dir(QStringList{QStringLiteral("data-dir")}, QString(), QStringLiteral("DIR"));
        early.addOption(dir);
        early.addOption(QCommandLineOption(QStringList{QStringLiteral("theme")}, QString(), QStringLiteral("THEME")));
        early.parse(QCoreApplication::arguments()); // unknown options are the real parser's business
        const QString language = inkan::session::AppSettings(
            early.isSet(dir) ? early.value(dir) : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).language();
        inkan::installTranslations(app, language.isEmpty() ? QLocale::system() : QLocale(language));
    }

    const CommandLine cli(QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    const QCommandLineOption &dataDirOption = cli.dataDir;
    const QCommandLineOption &themeOption = cli.theme;
    const QCommandLineOption &quitWhenReadyOption = cli.quitWhenReady;
    const QCommandLineOption &demoOption = cli.demo;
    const QCommandLineOption &demoNftsOption = cli.demoNfts;
    const QCommandLineOption &screenshotsOption = cli.screenshots;
    QCommandLineParser parser;
    parser.setApplicationDescription(cli.description());
    parser.addHelpOption();
    parser.addOption(cli.version); // answered before the QApplication exists
    parser.addOptions(cli.options());
    parser.process(app);

    const QString dataDir = parser.isSet(dataDirOption)
                                ? parser.value(dataDirOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const bool demo = parser.isSet(demoOption);
    QStringList sandboxArguments;
    if (parser.isSet(demoNftsOption)) {
        bool ok = false;
        const int count = parser.value(demoNftsOption).toInt(&ok);
        if (!demo || !ok || count < 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "--demo-nfts N needs --demo and a number of NFTs.")));
            return 2;
        }
        sandboxArguments << QStringLiteral("--demo-nfts") << QString::number(count);
    }
    const QString hubDir = demo ? inkan::ui::DemoLauncher::demoDataDir(dataDir) : dataDir;
    if (!QDir().mkpath(hubDir)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Cannot create the data folder %1.")
                                    .arg(QDir::toNativeSeparators(hubDir))));
        return 4;
    }

    // --theme, else the one chosen in Settings.
    inkan::ui::Theme::apply(inkan::ui::Theme::fromName(
        parser.isSet(themeOption) ? parser.value(themeOption) : inkan::session::AppSettings(hubDir).theme()));

    inkan::session::ServiceHub::Options options;
    options.dataDir = dataDir;
    if (demo)
        options = inkan::ui::DemoLauncher::hubOptions(dataDir);
    inkan::ui::AppController controller(options);
    controller.registerPage(QStringLiteral("settings"), QCoreApplication::translate("main", "Settings"),
                            inkan::ui::icon(inkan::ui::IconKind::Settings), [&controller](inkan::session::ServiceHub &hub) {
                                auto *page = new inkan::ui::SettingsPage(hub);
                                QObject::connect(page, &inkan::ui::SettingsPage::lockSettingsChanged, &controller,
                                                 &inkan::ui::AppController::applyLockSettings);
                                QObject::connect(page, &inkan::ui::SettingsPage::signInRequested, &controller,
                                                 [&controller](const QString &accountId) {
                                                     controller.selectAccount(accountId);
                                                     controller.openSignIn();
                                                 });
                                return page;
                            });
    controller.registerPage(QStringLiteral("wallet"), QCoreApplication::translate("main", "Wallet"),
                            inkan::ui::icon(inkan::ui::IconKind::Wallet),
                            [](inkan::session::ServiceHub &hub) { return new inkan::ui::WalletPage(hub); });
    controller.registerPage(QStringLiteral("gallery"), QCoreApplication::translate("main", "Gallery"),
                            inkan::ui::icon(inkan::ui::IconKind::Gallery), [&controller](inkan::session::ServiceHub &hub) {
                                auto *page = new inkan::ui::GalleryPage(hub);
                                QObject::connect(page, &inkan::ui::GalleryPage::showVerificationQrRequested, page,
                                                 [page, &hub](const QString &tokenId, const QString &name) {
                                                     inkan::ui::showVerificationQr(hub, page->accountId(), tokenId, name, page);
                                                 });
                                // --quit-when-ready waits for the first thumbnails when the gallery opens first.
                                QObject::connect(page, &inkan::ui::GalleryPage::firstPageShown, &controller,
                                                 [&controller] { controller.pageReady(QStringLiteral("gallery")); });
                                return followAccount(page, controller, hub);
                            });
    // The demo, and anyone signed in to Web3Connect, starts on the gallery; a first run on the
    // wallet (the first start page).
    bool web3SignedIn = demo;
    for (const inkan::session::Account &account : controller.hub().accounts().accounts())
        web3SignedIn = web3SignedIn || (account.kind == inkan::session::ServiceKind::Web3Connect && account.isSignedIn());
    if (web3SignedIn)
        controller.setStartPage(QStringLiteral("gallery"), /*reportsReadiness=*/true);
    controller.registerPage(QStringLiteral("profile"), QCoreApplication::translate("inkan::ui::StartPages", "Profile"),
                            inkan::ui::icon(inkan::ui::IconKind::Profile), [&controller](inkan::session::ServiceHub &hub) {
                                // The profile reloads by itself after an unlock.
                                return followAccount(new inkan::ui::ProfilePage(hub), controller, hub, FollowLock::No);
                            });

    controller.registerPage(QStringLiteral("scanner"), QCoreApplication::translate("main", "Scanner"),
                            inkan::ui::icon(inkan::ui::IconKind::Qr), [&controller](inkan::session::ServiceHub &hub) {
                                auto *page = new inkan::ui::ScannerPage(hub);
                                // A kiosk at a gate is guarded by its PIN; the idle lock would stop it.
                                QObject::connect(page, &inkan::ui::ScannerPage::kioskChanged, &controller.autoLock(),
                                                 &inkan::ui::AutoLock::setSuspended);
                                return followAccount(page, controller, hub);
                            });

    controller.registerPage(QStringLiteral("organization"), QCoreApplication::translate("main", "Organization"),
                            inkan::ui::icon(inkan::ui::IconKind::Organization), [&controller](inkan::session::ServiceHub &hub) {
                                return followAccount(new inkan::ui::OrganizationPage(hub), controller, hub);
                            });

    if (parser.isSet(screenshotsOption)) {
        const QString screenshotDir = parser.value(screenshotsOption);
        QObject::connect(&controller, &inkan::ui::AppController::readyToQuit, &app, [&controller, screenshotDir] {
            auto *screenshots = new inkan::ui::Screenshots(controller, screenshotDir, &controller);
            QObject::connect(screenshots, &inkan::ui::Screenshots::finished, &controller, [](const QStringList &problems) {
                for (const QString &problem : problems)
                    std::fprintf(stderr, "%s\n", qPrintable(problem));
                QCoreApplication::exit(problems.isEmpty() ? 0 : 1);
            });
            screenshots->start();
        });
        QTimer::singleShot(600'000, &app, [] {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "The screenshots took too long.")));
            QCoreApplication::exit(1);
        });
    } else if (parser.isSet(quitWhenReadyOption)) {
        // A window that came up with a problem banner (the demo failed) is not "ready".
        QObject::connect(&controller, &inkan::ui::AppController::readyToQuit, &app, [&controller] {
            const QString problem = controller.window().bannerText();
            if (!problem.isEmpty())
                std::fprintf(stderr, "%s\n", qPrintable(problem));
            QCoreApplication::exit(problem.isEmpty() ? 0 : 1);
        });
        // A window that is never painted is a failure, not a hang.
        QTimer::singleShot(demo ? 180'000 : 60'000, &app, [] {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "The window was not painted within the time allowed.")));
            QCoreApplication::exit(1);
        });
    }
    if (demo)
        inkan::ui::DemoLauncher::launch(controller, dataDir, {}, sandboxArguments);
    else
        controller.show();
    return app.exec();
}
