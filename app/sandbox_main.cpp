// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-sandbox: parse the command line, start the sandbox, print where it listens, run until
// SIGINT/SIGTERM.
#include "BuildInfo.h"
#include "ManPage.h"
#include "Sandbox.h"
#include "Tr.h"
#include "ShutdownSignals.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <utility>

using inkan::sandbox::Sandbox;
using inkan::sandbox::SandboxOptions;

namespace {

/// The command line of inkan-sandbox: what --help lists and what inkan-sandbox(1) documents.
struct CommandLine {
    QString description = inkan::tr("A local Web3Connect, OIDC, Capture, nonce-auth and Pakt service with SQLite storage.");
    QCommandLineOption data{QStringLiteral("data"), inkan::tr("Directory for sandbox.sqlite, outbox.log, dns.json, demo.json."),
                            inkan::tr("DIR")};
    QCommandLineOption port{QStringLiteral("port"), inkan::tr("TCP port; 0 picks a free one."), inkan::tr("PORT"),
                            QStringLiteral("0")};
    QCommandLineOption bind{QStringLiteral("bind"), inkan::tr("Address to listen on."), inkan::tr("ADDR"),
                            QStringLiteral("127.0.0.1")};
    QCommandLineOption demo{QStringLiteral("demo"), inkan::tr("Seed the demo data (once) and write DIR/demo.json.")};
    QCommandLineOption demoNfts{QStringLiteral("demo-nfts"),
                                inkan::tr("With --demo: give the demo holder (alice) N NFTs in all, for scale tests. "
                                          "Running again with the same N adds none."),
                                inkan::tr("N")};
    QCommandLineOption qrTtl{QStringLiteral("qr-ttl"), inkan::tr("Lifetime of NFT verification codes."),
                             inkan::tr("SECONDS"), QStringLiteral("300")};
    QCommandLineOption tokenTtl{QStringLiteral("token-ttl"), inkan::tr("Lifetime of Web3Connect and OIDC access tokens."),
                                inkan::tr("SECONDS"), QStringLiteral("3600")};
    QCommandLineOption codeTtl{QStringLiteral("code-ttl"), inkan::tr("Lifetime of OIDC authorization codes."),
                               inkan::tr("SECONDS"), QStringLiteral("60")};
    QCommandLineOption challengeTtl{
        QStringLiteral("challenge-ttl"),
        inkan::tr("Lifetime of one-time challenges: Capture messages to sign, nonce-auth nonces, Pakt temp "
           "tokens, phone verification tmp_tokens."),
        inkan::tr("SECONDS"), QStringLiteral("600")};
    QCommandLineOption sessionTtl{QStringLiteral("session-ttl"),
                                  inkan::tr("Lifetime of nonce-auth and Pakt session tokens."), inkan::tr("SECONDS"),
                                  QStringLiteral("86400")};
    QCommandLineOption maxDistance{QStringLiteral("max-scan-distance-km"),
                                   inkan::tr("How far a scanner may be from the holder."), inkan::tr("KM"),
                                   QStringLiteral("1")};
    QCommandLineOption testHooks{QStringLiteral("test-hooks"),
                                 inkan::tr("Enable the /_test/ routes of the integration tests. Never in normal use.")};
    QCommandLineOption version{QStringList{QStringLiteral("v"), QStringLiteral("version")},
                               inkan::man::standardOptions(true).constLast().description};

    QList<QCommandLineOption> options() const
    {
        return {data, port, bind, demo, demoNfts, qrTtl, tokenTtl, codeTtl, challengeTtl, sessionTtl, maxDistance, testHooks};
    }

    inkan::man::Page manual() const
    {
        inkan::man::Page page;
        page.name = QStringLiteral("inkan-sandbox");
        page.summary = inkan::tr("local stand-in for the services Inkan talks to");
        page.synopsis = {QStringLiteral("inkan-sandbox --data DIR [--port PORT] [--bind ADDR] [--demo] [OPTIONS]")};
        page.description = {
            description,
            inkan::tr("inkan-sandbox serves the Web3Connect REST and OIDC, Capture, nonce-auth and Pakt APIs on one port, "
                      "with real persistence in DIR/sandbox.sqlite, real signature checks and the same access rules as "
                      "the hosted services. inkan --demo, the integration tests and developers trying Inkan before "
                      "pointing it at the hosted services use it. It prints \"listening on URL\" as its first line, logs "
                      "one line per request and runs until it receives SIGINT or SIGTERM."),
            inkan::tr("It is a development server: it holds custodial keys and does not limit what a peer can send. "
                      "Keep it on a loopback address."),
        };
        page.options = inkan::man::standardOptions(true);
        for (const QCommandLineOption &option : options())
            page.options.append(inkan::man::fromQt(option));
        page.sections = {
            {inkan::tr("Files"),
             {inkan::tr("DIR/sandbox.sqlite holds everything the services store. Phone verification codes go to "
                        "DIR/outbox.log instead of being sent, domain TXT records are looked up in DIR/dns.json, and "
                        "--demo writes the demo organization's credentials to DIR/demo.json.")}},
            {inkan::tr("Exit status"),
             {inkan::tr("0 after SIGINT or SIGTERM, 1 when the server cannot start, 2 for a mistake on the command line.")}},
            {inkan::tr("Example"),
             {QStringLiteral("  inkan-sandbox --data /tmp/inkan-sandbox --port 0 --demo")}},
        };
        page.seeAlso = {QStringLiteral("inkan(1)"), QStringLiteral("inkan-cli(1)")};
        return page;
    }
};

/// False with an empty error when the command line only asked for the version (printed here).
bool parseOptions(QCoreApplication &app, SandboxOptions *options, QString *error)
{
    const CommandLine cli;
    const auto &[description, data, port, bind, demo, demoNfts, qrTtl, tokenTtl, codeTtl, challengeTtl, sessionTtl, maxDistance,
                 testHooks, version] = cli;
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(version);
    parser.addOptions(cli.options());
    parser.process(app);
    if (parser.isSet(version)) {
        std::fputs(qPrintable(inkan::versionText(QStringLiteral("inkan-sandbox"))), stdout);
        return false; // nothing to start, no error: main() exits 0
    }

    options->dataDir = parser.value(data);
    if (options->dataDir.isEmpty()) {
        *error = inkan::tr("--data DIR is required.");
        return false;
    }
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        *error = inkan::tr("--port must be a number from 0 to 65535.");
        return false;
    }
    options->port = quint16(portNumber);
    if (!options->bindAddress.setAddress(parser.value(bind))) {
        *error = inkan::tr("--bind must be an IP address.");
        return false;
    }
    options->demo = parser.isSet(demo);
    if (parser.isSet(demoNfts)) {
        const int count = parser.value(demoNfts).toInt(&ok);
        if (!ok || count < 0 || count > 1'000'000) {
            *error = inkan::tr("--demo-nfts must be a number from 0 to 1000000.");
            return false;
        }
        if (!options->demo) {
            *error = inkan::tr("--demo-nfts needs --demo (the NFTs go to the demo holder).");
            return false;
        }
        options->demoNfts = count;
    }
    // Every lifetime is a whole number of seconds, at least 1.
    const std::pair<const QCommandLineOption *, int *> lifetimes[] = {
        {&qrTtl, &options->qrTtlSeconds},
        {&tokenTtl, &options->tokenTtlSeconds},
        {&codeTtl, &options->codeTtlSeconds},
        {&challengeTtl, &options->challengeTtlSeconds},
        {&sessionTtl, &options->sessionTtlSeconds},
    };
    for (const auto &[option, target] : lifetimes) {
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 1) {
            *error = inkan::tr("--%1 must be a positive number of seconds.").arg(option->names().constFirst());
            return false;
        }
    }
    options->maxScanDistanceKm = parser.value(maxDistance).toDouble(&ok);
    if (!ok || options->maxScanDistanceKm <= 0) {
        *error = inkan::tr("--max-scan-distance-km must be a positive number.");
        return false;
    }
    options->testHooks = parser.isSet(testHooks);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inkan-sandbox"));
    if (app.arguments().value(1) == u"--man") {
        // Hidden: the build writes inkan-sandbox(1) with this, in English (no translation loaded).
        std::fputs(qPrintable(inkan::man::toRoff(CommandLine().manual(), inkan::buildInfo().version)), stdout);
        return 0;
    }
    inkan::installTranslations(app);
    QTextStream err(stderr);

    SandboxOptions options;
    QString error;
    if (!parseOptions(app, &options, &error)) {
        if (error.isEmpty()) // --version
            return 0;
        err << error << '\n';
        return 2;
    }
    inkan::sandbox::ShutdownSignals signals;
    Sandbox sandbox(options);
    const inkan::Result<QString> started = sandbox.start();
    if (!started) {
        err << started.error().message << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << *started << '\n';
    out.flush();
    std::fflush(stdout);
    if (!options.bindAddress.isLoopback()) {
        err << inkan::tr("Warning: the sandbox listens on %1, which is not a loopback address. It is a development "
                         "server: it holds custodial keys, and it reads a whole request body before it can refuse it, "
                         "so it does not limit what a peer on the network can send. Bind it to 127.0.0.1 unless you "
                         "trust the network.").arg(options.bindAddress.toString())
            << '\n';
        err.flush();
    }

    QObject::connect(&signals, &inkan::sandbox::ShutdownSignals::shutdownRequested, &app,
                     [](int) { QCoreApplication::quit(); });
    const int code = app.exec();
    sandbox.stop();
    return code;
}
