// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli: global options, then one command group ("wallet", "qr", …) and its arguments.
#include "Cli.h"
#include "Tr.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>

using namespace inkan::cli;

namespace {

struct CommandGroup {
    const char *name;
    int (*run)(Context &, const QStringList &);
    QString (*help)();
};

// One row per group; a new group adds its row here (see Cli.h).
const CommandGroup kCommandGroups[] = {
    {"wallet", runWallet, walletHelp},
    {"qr", runQr, qrHelp},
    {"service", runService, serviceHelp},
    {"login", runLogin, loginHelp},
    {"logout", runLogout, nullptr},
    {"profile", runProfile, profileHelp},
    {"balances", runBalances, nullptr},
    {"nft", runNft, nftHelp},
    {"org", runOrg, orgHelp},
    {"verify", runVerify, verifyHelp},
};

const QString kGlobalSynopsis =
    QStringLiteral("inkan-cli [--data-dir DIR] [--json] [--password-file FILE] GROUP COMMAND [ARGS…]");

int printHelp(Context &ctx)
{
    QTextStream &out = ctx.out();
    out << inkan::tr("Usage: %1").arg(kGlobalSynopsis) << "\n\n";
    out << inkan::tr("Global options:") << '\n'
        << inkan::tr("  --data-dir DIR        where accounts and settings live (default: %1)")
               .arg(QDir::toNativeSeparators(ctx.dataDir))
        << '\n'
        << inkan::tr("  --json                print one JSON object instead of plain text") << '\n'
        << inkan::tr("  --password-file FILE  read the password from the first line of FILE") << '\n'
        << inkan::tr("  help, --help          this text; GROUP help shows one group") << "\n\n";
    out << inkan::tr("Passwords come from --password-file, else INKAN_PASSWORD, else a prompt on the terminal.") << '\n';
    out << inkan::tr("Exit codes: 0 ok, 2 usage, 3 wrong password or refused, 4 invalid input, 5 network or service failure.")
        << "\n";
    for (const CommandGroup &group : kCommandGroups)
        if (group.help) // groups that share another group's help text have none of their own
            out << '\n' << group.help();
    out.flush();
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Inkan"));
    inkan::installTranslations(app);

    Context ctx;
    QStringList args = app.arguments().mid(1);
    // Global options come before the group name.
    while (!args.isEmpty() && args.first().startsWith(QStringLiteral("--"))) {
        const QString option = args.takeFirst();
        if (option == u"--json") {
            ctx.json = true;
        } else if (option == u"--help") {
            return printHelp(ctx);
        } else if (option == u"--data-dir" || option == u"--password-file") {
            if (args.isEmpty())
                return ctx.usage(inkan::tr("The option %1 needs a value.").arg(option), kGlobalSynopsis);
            (option == u"--data-dir" ? ctx.dataDir : ctx.passwordFile) = args.takeFirst();
        } else if (option.startsWith(QStringLiteral("--data-dir="))) {
            ctx.dataDir = option.mid(int(sizeof("--data-dir=")) - 1);
        } else if (option.startsWith(QStringLiteral("--password-file="))) {
            ctx.passwordFile = option.mid(int(sizeof("--password-file=")) - 1);
        } else {
            return ctx.usage(inkan::tr("Unknown global option %1.").arg(option), kGlobalSynopsis);
        }
    }
    if (args.isEmpty())
        return ctx.usage(inkan::tr("No command given; 'inkan-cli help' lists them."), kGlobalSynopsis);

    const QString groupName = args.takeFirst();
    if (groupName == u"help")
        return printHelp(ctx);
    for (const CommandGroup &group : kCommandGroups) {
        if (groupName == QLatin1String(group.name))
            return group.run(ctx, args);
    }
    return ctx.usage(inkan::tr("Unknown command group '%1'; 'inkan-cli help' lists them.").arg(groupName), kGlobalSynopsis);
}
