// inkan: the desktop app. A thin main: options, translations, theme, the main window.
#include "FirstPaintWatcher.h"
#include "MainWindow.h"
#include "Theme.h"
#include "Translations.h"
#include "pages/StartPages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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
    inkan::installTranslations(app);

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
    parser.addOptions({dataDirOption, themeOption, quitWhenReadyOption});
    parser.process(app);

    // TODO(lead): hand the data folder to the service hub; until then it is only made sure of.
    const QString dataDir = parser.isSet(dataDirOption)
                                ? parser.value(dataDirOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Cannot create the data folder %1.")
                                    .arg(QDir::toNativeSeparators(dataDir))));
        return 4;
    }

    inkan::ui::Theme::apply(inkan::ui::Theme::fromName(parser.value(themeOption)));

    inkan::ui::MainWindow window;
    inkan::ui::addStartPages(window);
    // TODO(lead): the hub locks the wallet and answers with setLockState(true).
    QObject::connect(&window, &inkan::ui::MainWindow::lockRequested, &window,
                     [&window] { window.setLockState(true); });

    if (parser.isSet(quitWhenReadyOption)) {
        auto *watcher = new inkan::ui::FirstPaintWatcher(&window);
        QObject::connect(watcher, &inkan::ui::FirstPaintWatcher::firstFramePainted, &app,
                         [] { QCoreApplication::exit(0); });
        // A window that is never painted is a failure, not a hang.
        QTimer::singleShot(60'000, &app, [] {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "The window was not painted within 60 seconds.")));
            QCoreApplication::exit(1);
        });
    }
    window.show();
    return app.exec();
}
