#pragma once
// The shared frame of every inkan-cli command: global options, output (text or --json),
// password input and the exit-code contract (0 ok, 2 usage, 3 auth, 4 input, 5 network).
#include "Error.h"
#include "crypto/SecureBytes.h"
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

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
    /// A password from an explicit file (first line, trailing newline dropped).
    Result<crypto::SecureBytes> readPasswordFile(const QString &path);
    /// All of stdin (for mnemonics and keys), trimmed, held in SecureBytes.
    Result<crypto::SecureBytes> readSecretFromStdin(const QString &prompt);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QTextStream m_out;
    QTextStream m_err;
};

/// Each command group: args are what follows the group name ("wallet", "qr", …).
int runWallet(Context &ctx, const QStringList &args);
int runQr(Context &ctx, const QStringList &args);

} // namespace inkan::cli
