// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The shared frame of every inkan-cli command: global options, output (text or --json),
// password input and the exit-code contract (0 ok, 2 usage, 3 auth, 4 input, 5 network).
//
// Adding a command group: write FooCommand.cpp with `int runFoo(Context &, const QStringList &)`
// and `man::CommandGroup fooHelp()` (a title, then per command its synopsis, what it does and an
// example), declare both below, and add one row to kCommandGroups in main.cpp. The same table
// makes `inkan-cli help` and the manual page inkan-cli(1) (`inkan-cli --man`, run by the build).
#include "Error.h"
#include "ManPage.h"
#include "Tr.h"
#include "crypto/SecureBytes.h"
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace inkan::cli {

enum Exit { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitAuth = 3, ExitInput = 4, ExitNetwork = 5 };

class Context {
public:
    Context();
    QString dataDir;          // --data-dir, default: the platform's app data location
    bool json = false;        // --json
    QString passwordFile;     // --password-file (a command may also take its own)

    QString keystoreDir() const { return dataDir + QStringLiteral("/keystore"); }

    /// Prints the plain result (text mode) or the JSON object (json mode) on stdout.
    int succeed(const QString &text, const QJsonObject &json);
    /// One clear sentence on stderr (or {"error":…, "kind":…} on stdout with --json) and the
    /// exit code for the error's kind.
    int fail(const Error &error);
    int usage(const QString &message, const QString &synopsis);

    /// Password: --password-file FILE, else $INKAN_PASSWORD, else a no-echo prompt on a
    /// terminal. `confirm` asks twice on a terminal. Error when none of those is available.
    Result<crypto::SecureBytes> readPassword(const QString &prompt, bool confirm = false);
    /// A second, new password typed twice on the terminal (--password-file and INKAN_PASSWORD
    /// already hold the current one); an error when there is no terminal.
    Result<crypto::SecureBytes> readNewPasswordFromTerminal(const QString &prompt);
    /// A password from an explicit file (first line, trailing newline dropped).
    Result<crypto::SecureBytes> readPasswordFile(const QString &path);
    /// All of stdin (for mnemonics and keys), trimmed, held in SecureBytes.
    Result<crypto::SecureBytes> readSecretFromStdin(const QString &prompt);
    /// Writes secret bytes and a newline straight to stdout, without passing through a QString.
    void printSecretLine(const crypto::SecureBytes &secret);
    /// --json success output holding one secret: `object` plus "key": secret, written straight
    /// from the SecureBytes (JSON-escaped) without passing through a QString.
    void succeedWithSecret(const QJsonObject &object, QLatin1StringView key, const crypto::SecureBytes &secret);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    void writeSecret(const crypto::SecureBytes &bytes);

    QTextStream m_out;
    QTextStream m_err;
};

/// A command's own arguments after its name: --flag, --option VALUE (or --option=VALUE) and
/// positional words. "--" ends the options.
struct Arguments {
    QStringList positional;
    QHash<QString, QString> values; // option name without "--" -> value
    QSet<QString> flags;            // flag names without "--"

    bool has(const QString &name) const { return flags.contains(name) || values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return values.value(name, fallback); }
};
/// Parses `args` against the flags and valued options a command accepts; an unknown option or a
/// missing value is an error whose message names it (report it with Context::usage).
Result<Arguments> parseArguments(const QStringList &args, const QStringList &flags, const QStringList &valueOptions);

/// parseArguments plus the number of positional arguments the command takes; on a mistake prints
/// the usage (with `synopsis`), puts its exit code in `exitCode` and returns nothing.
std::optional<Arguments> parseCommand(Context &ctx, const QStringList &args, const QStringList &flags,
                                      const QStringList &valueOptions, qsizetype positionalCount,
                                      const QString &synopsis, int &exitCode);
/// One command in a group's help: its synopsis, what it does, an example.
man::Command helpEntry(const QString &synopsis, const QString &what, const QString &example);
/// A group's part of the --help text: its title, then per command the synopsis, what it does
/// and "e.g. EXAMPLE", indented.
QString helpText(const man::CommandGroup &group);


/// Each command group: args are what follows the group name ("wallet", "qr", …).
int runWallet(Context &ctx, const QStringList &args);
int runQr(Context &ctx, const QStringList &args);
int runService(Context &ctx, const QStringList &args);
int runLogin(Context &ctx, const QStringList &args);
int runLogout(Context &ctx, const QStringList &args);
int runProfile(Context &ctx, const QStringList &args);
int runBalances(Context &ctx, const QStringList &args);
int runNft(Context &ctx, const QStringList &args);
int runOrg(Context &ctx, const QStringList &args);
int runVerify(Context &ctx, const QStringList &args);

/// Each group's part of `inkan-cli help` and of inkan-cli(1): its commands, each with an example.
man::CommandGroup walletHelp();
man::CommandGroup qrHelp();
man::CommandGroup serviceHelp();
man::CommandGroup loginHelp();      // login and logout
man::CommandGroup profileHelp();    // profile and balances
man::CommandGroup nftHelp();
man::CommandGroup orgHelp();
man::CommandGroup verifyHelp();

} // namespace inkan::cli
