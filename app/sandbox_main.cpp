// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-sandbox: parse the command line, start the sandbox, print where it listens, run until
// SIGINT/SIGTERM.
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

bool parseOptions(QCoreApplication &app, SandboxOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        inkan::tr("A local Web3Connect, OIDC, Capture, nonce-auth and Pakt service with SQLite storage."));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), inkan::tr("Directory for sandbox.sqlite, outbox.log, dns.json, demo.json."),
                                  inkan::tr("DIR"));
    const QCommandLineOption port(QStringLiteral("port"), inkan::tr("TCP port; 0 picks a free one."), inkan::tr("PORT"),
                                  QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"), inkan::tr("Address to listen on."), inkan::tr("ADDR"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption demo(QStringLiteral("demo"), inkan::tr("Seed the demo data (once) and write DIR/demo.json."));
    const QCommandLineOption demoNfts(QStringLiteral("demo-nfts"),
                                      inkan::tr("With --demo: give the demo holder (alice) N NFTs in all, for scale tests. "
                                                "Running again with the same N adds none."),
                                      inkan::tr("N"));
    const QCommandLineOption qrTtl(QStringLiteral("qr-ttl"), inkan::tr("Lifetime of NFT verification codes."),
                                   inkan::tr("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"), inkan::tr("Lifetime of Web3Connect and OIDC access tokens."),
                                      inkan::tr("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption codeTtl(QStringLiteral("code-ttl"), inkan::tr("Lifetime of OIDC authorization codes."),
                                     inkan::tr("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption challengeTtl(
        QStringLiteral("challenge-ttl"),
        inkan::tr("Lifetime of one-time challenges: Capture messages to sign, nonce-auth nonces, Pakt temp "
           "tokens, phone verification tmp_tokens."),
        inkan::tr("SECONDS"), QStringLiteral("600"));
    const QCommandLineOption sessionTtl(QStringLiteral("session-ttl"),
                                        inkan::tr("Lifetime of nonce-auth and Pakt session tokens."), inkan::tr("SECONDS"),
                                        QStringLiteral("86400"));
    const QCommandLineOption maxDistance(QStringLiteral("max-scan-distance-km"),
                                         inkan::tr("How far a scanner may be from the holder."), inkan::tr("KM"),
                                         QStringLiteral("1"));
    const QCommandLineOption testHooks(QStringLiteral("test-hooks"),
                                       inkan::tr("Enable the /_test/ routes of the integration tests. Never in normal use."));
    parser.addOptions({data, port, bind, demo, demoNfts, qrTtl, tokenTtl, codeTtl, challengeTtl, sessionTtl, maxDistance,
                       testHooks});
    parser.process(app);

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
    inkan::installTranslations(app);
    QTextStream err(stderr);

    SandboxOptions options;
    QString error;
    if (!parseOptions(app, &options, &error)) {
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
