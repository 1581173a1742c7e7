// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan: the desktop app. A thin main: options, translations, theme, the app controller.
#include "AppController.h"
#include "DemoLauncher.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Theme.h"
#include "Translations.h"
#include "dialogs/VerificationQrWindow.h"
#include "pages/GalleryPage.h"
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
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The same name as inkan-cli's, so both find the same data folder by default.
    QCoreApplication::setApplicationName(QStringLiteral("Inkan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Inkan"));
    QGuiApplication::setDesktopFileName(QStringLiteral("inkan"));
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

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Inkan: an ID wallet and NFT manager."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringList{QStringLiteral("data-dir")},
        QCoreApplication::translate("main", "Where accounts, wallets and settings live (default: %1).")
            .arg(QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))),
        QCoreApplication::translate("main", "DIR"));
    const QCommandLineOption themeOption(QStringList{QStringLiteral("theme")},
                                         QCoreApplication::translate("main", "system, light or dark."),
                                         QCoreApplication::translate("main", "THEME"), QStringLiteral("system"));
    const QCommandLineOption quitWhenReadyOption(
        QStringList{QStringLiteral("quit-when-ready")},
        QCoreApplication::translate("main", "Exit with status 0 once the window has been painted (smoke tests, benchmarks)."));
    const QCommandLineOption demoOption(
        QStringList{QStringLiteral("demo")},
        QCoreApplication::translate("main", "Start a demo server and sign in to its services, in a separate demo folder."));
    parser.addOptions({dataDirOption, themeOption, quitWhenReadyOption, demoOption});
    parser.process(app);

    const QString dataDir = parser.isSet(dataDirOption)
                                ? parser.value(dataDirOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const bool demo = parser.isSet(demoOption);
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
                                QObject::connect(&controller, &inkan::ui::AppController::currentAccountChanged, page,
                                                 &inkan::ui::GalleryPage::setAccount);
                                QObject::connect(&hub, &inkan::session::ServiceHub::accountsChanged, page,
                                                 [page, &controller] { page->setAccount(controller.currentAccountId()); });
                                QObject::connect(page, &inkan::ui::GalleryPage::signInRequested, &controller,
                                                 &inkan::ui::AppController::openSignIn);
                                QObject::connect(page, &inkan::ui::GalleryPage::showVerificationQrRequested, page,
                                                 [page, &hub](const QString &tokenId, const QString &name) {
                                                     inkan::ui::showVerificationQr(hub, page->accountId(), tokenId, name, page);
                                                 });
                                page->setAccount(controller.currentAccountId());
                                return page;
                            });

    controller.registerPage(QStringLiteral("scanner"), QCoreApplication::translate("main", "Scanner"),
                            inkan::ui::icon(inkan::ui::IconKind::Qr), [&controller](inkan::session::ServiceHub &hub) {
                                auto *page = new inkan::ui::ScannerPage(hub);
                                QObject::connect(&controller, &inkan::ui::AppController::currentAccountChanged, page,
                                                 &inkan::ui::ScannerPage::setAccount);
                                QObject::connect(&hub, &inkan::session::ServiceHub::accountsChanged, page,
                                                 [page, &controller] { page->setAccount(controller.currentAccountId()); });
                                QObject::connect(page, &inkan::ui::ScannerPage::signInRequested, &controller,
                                                 &inkan::ui::AppController::openSignIn);
                                page->setAccount(controller.currentAccountId());
                                return page;
                            });

    controller.registerPage(QStringLiteral("organization"), QCoreApplication::translate("main", "Organization"),
                            inkan::ui::icon(inkan::ui::IconKind::Profile), [&controller](inkan::session::ServiceHub &hub) {
                                auto *page = new inkan::ui::OrganizationPage(hub);
                                QObject::connect(&controller, &inkan::ui::AppController::currentAccountChanged, page,
                                                 &inkan::ui::OrganizationPage::setAccount);
                                QObject::connect(&hub, &inkan::session::ServiceHub::accountsChanged, page,
                                                 [page, &controller] { page->setAccount(controller.currentAccountId()); });
                                QObject::connect(page, &inkan::ui::OrganizationPage::signInRequested, &controller,
                                                 &inkan::ui::AppController::openSignIn);
                                page->setAccount(controller.currentAccountId());
                                return page;
                            });

    if (parser.isSet(quitWhenReadyOption)) {
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
        inkan::ui::DemoLauncher::launch(controller, dataDir);
    else
        controller.show();
    return app.exec();
}
