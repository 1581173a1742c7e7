// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli: global options, then one command group ("wallet", "qr", …) and its arguments.
#include "BuildInfo.h"
#include "Cli.h"
#include "ManPage.h"
#include "Tr.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>

using namespace inkan::cli;

namespace {

struct CommandGroup {
    const char *name;
    int (*run)(Context &, const QStringList &);
    inkan::man::CommandGroup (*help)();
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

/// Everything `inkan-cli help` says, and the manual page inkan-cli(1): one description of the
/// command line. `dataDir` is the default data folder as the reader should see it.
inkan::man::Page manual(const QString &dataDir)
{
    inkan::man::Page page;
    page.name = QStringLiteral("inkan-cli");
    page.summary = inkan::tr("ID wallet and NFT manager on the command line");
    page.synopsis = {kGlobalSynopsis, QStringLiteral("inkan-cli help"), QStringLiteral("inkan-cli GROUP help"),
                     QStringLiteral("inkan-cli --version")};
    page.description = {
        inkan::tr("inkan-cli is the command-line client of Inkan. It keeps self-custody keys as keystore v3 files "
                  "(compatible with geth, MetaMask and ethers), signs in to Web3Connect, Capture, nonce-auth, Pakt and "
                  "OIDC services by signing with them, and lists, mints, transfers and verifies NFTs. It shares its "
                  "data folder with the desktop app, inkan."),
        inkan::tr("Global options come before the command group. Every command prints plain text, or one JSON "
                  "object with --json, and ends with one of the exit codes below, so that scripts can rely on it."),
    };
    page.options = {
        {{QStringLiteral("data-dir")}, QStringLiteral("DIR"),
         inkan::tr("where accounts and settings live (default: %1)").arg(dataDir), {}},
        {{QStringLiteral("json")}, {}, inkan::tr("print one JSON object instead of plain text"), {}},
        {{QStringLiteral("password-file")}, QStringLiteral("FILE"), inkan::tr("read the password from the first line of FILE"), {}},
        {{QStringLiteral("help")}, {}, inkan::tr("this text; 'inkan-cli help' too, and 'inkan-cli GROUP help' shows one group"), {}},
        {{QStringLiteral("version")}, {},
         inkan::tr("the version, the commit it was built from and the versions of the libraries it runs with"), {}},
    };
    page.commandsTitle = inkan::tr("Commands");
    for (const CommandGroup &group : kCommandGroups)
        if (group.help) // groups that share another group's help text have none of their own
            page.commandGroups.append(group.help());
    page.sections = {
        {inkan::tr("Exit status"),
         {inkan::tr("Exit codes: 0 ok, 2 usage, 3 wrong password or refused, 4 invalid input, 5 network or service failure.")}},
        {inkan::tr("Environment"),
         {inkan::tr("Passwords come from --password-file, else INKAN_PASSWORD, else a prompt on the terminal."),
          inkan::tr("INKAN_API_KEY_SECRET, INKAN_CAPTURE_PASSWORD and INKAN_PAKT_BUILDER_TOKEN give the secret that "
                    "login needs when no file option names one; otherwise it is read from standard input."),
          inkan::tr("INKAN_SECRET_BACKEND=file keeps tokens in the encrypted file even where a keychain runs. "
                    "INKAN_HTTP_TIMEOUT_MS sets the time allowed for each request."),
          inkan::tr("LANGUAGE or LANG chooses the language of the messages (English or Japanese).")}},
        {inkan::tr("Files"),
         {inkan::tr("The data folder (--data-dir, by default %1) holds the keystore files under keystore/ (mode 0600), "
                    "the accounts and settings, and the encrypted secrets file where no keychain runs. Tokens, API key "
                    "secrets and passwords go to the OS keychain (Secret Service) when one runs. Removing the package "
                    "leaves this folder alone.").arg(dataDir)}},
        {inkan::tr("Example"),
         {inkan::tr("An organization's script that mints one NFT per row of a CSV file:"),
          QStringLiteral("  export INKAN_API_KEY_SECRET=\"$(cat /run/secrets/inkan)\"\n"
                         "  inkan-cli service add web3connect https://api.web3connect.jp/rest/v1 --name org\n"
                         "  inkan-cli login web3connect --account org\n"
                         "  inkan-cli --json nft mint-batch members.csv --account org --map email=holder")}},
    };
    page.seeAlso = {QStringLiteral("inkan(1)"), QStringLiteral("inkan-sandbox(1)")};
    return page;
}

int printHelp(Context &ctx)
{
    const inkan::man::Page page = manual(QDir::toNativeSeparators(ctx.dataDir));
    QTextStream &out = ctx.out();
    out << inkan::tr("Usage: %1").arg(kGlobalSynopsis) << "\n\n";
    out << inkan::tr("Global options:") << '\n';
    for (const inkan::man::Option &option : page.options) {
        QString spelled = inkan::man::optionSpelling(option);
        if (option.names.value(0) == u"help")
            spelled = QStringLiteral("help, --help");
        out << QStringLiteral("  ") << spelled.leftJustified(20) << QStringLiteral("  ") << option.description << '\n';
    }
    out << '\n';
    // The notes: the first paragraph of Environment, then Exit status.
    out << page.sections[1].paragraphs[0] << '\n' << page.sections[0].paragraphs[0] << '\n';
    for (const inkan::man::CommandGroup &group : page.commandGroups)
        out << '\n' << helpText(group);
    out.flush();
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Inkan"));
    // The manual page the build writes (--man) is the English one.
    if (!app.arguments().contains(QStringLiteral("--man")))
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
        } else if (option == u"--version") {
            ctx.out() << inkan::versionText(QStringLiteral("inkan-cli"));
            ctx.out().flush();
            return ExitOk;
        } else if (option == u"--man") {
            // Hidden: the build writes inkan-cli(1) with this, in English.
            ctx.out() << inkan::man::toRoff(manual(QStringLiteral("~/.local/share/Inkan")), inkan::buildInfo().version);
            ctx.out().flush();
            return ExitOk;
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
