// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Cli.h"
#include "Tr.h"
#include "services/SigningPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <termios.h>
#include <unistd.h>

namespace inkan::cli {

using crypto::SecureBytes;

namespace {

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorKind::Malformed: return QStringLiteral("malformed");
    case ErrorKind::Unsupported: return QStringLiteral("unsupported");
    case ErrorKind::WrongPassword: return QStringLiteral("wrong-password");
    case ErrorKind::Refused: return QStringLiteral("refused");
    case ErrorKind::NotFound: return QStringLiteral("not-found");
    case ErrorKind::Io: return QStringLiteral("io");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

/// Drops trailing CR/LF and surrounding ASCII blanks in place.
void trim(SecureBytes &bytes)
{
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    auto blank = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (begin < end && blank(bytes.data()[begin]))
        ++begin;
    while (end > begin && blank(bytes.data()[end - 1]))
        --end;
    if (begin == 0 && end == bytes.size())
        return;
    bytes = SecureBytes(bytes.data() + begin, end - begin);
}

/// Everything a file descriptor has left, straight into SecureBytes. read(2) rather than stdio,
/// whose buffer would keep a copy of the secret that nobody wipes.
SecureBytes readAll(int fd)
{
    SecureBytes all;
    SecureBytes chunk(1024); // wiped on return, like everything else that held the secret
    for (;;) {
        const ssize_t got = ::read(fd, chunk.data(), size_t(chunk.size()));
        if (got > 0)
            all.append(QByteArrayView(chunk.data(), qsizetype(got)));
        else if (got == 0 || errno != EINTR)
            break;
    }
    return all;
}

/// One line from the terminal with echo off. The prompt goes to the terminal too, so that
/// stdout stays clean for the result.
Result<SecureBytes> promptOnTerminal(const QString &prompt, bool echo)
{
    FILE *terminal = std::fopen("/dev/tty", "r+");
    if (!terminal || !isatty(fileno(terminal))) {
        if (terminal)
            std::fclose(terminal);
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("No password was given: use --password-file FILE or INKAN_PASSWORD, or run on a terminal."));
    }
    std::setvbuf(terminal, nullptr, _IONBF, 0); // no stdio buffer keeps a copy of what is typed
    std::fputs(prompt.toLocal8Bit().constData(), terminal);
    std::fflush(terminal);
    termios saved{};
    const int fd = fileno(terminal);
    const bool restore = !echo && tcgetattr(fd, &saved) == 0;
    if (restore) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    SecureBytes line;
    int c = 0;
    while ((c = std::fgetc(terminal)) != EOF && c != '\n') {
        const char byte = char(c);
        line.append(QByteArrayView(&byte, 1));
    }
    if (restore) {
        tcsetattr(fd, TCSAFLUSH, &saved);
        std::fputc('\n', terminal);
    }
    std::fclose(terminal);
    if (!line.isEmpty() && line.data()[line.size() - 1] == '\r')
        line.resize(line.size() - 1);
    return line;
}

} // namespace


Context::Context() : m_out(stdout, QIODevice::WriteOnly), m_err(stderr, QIODevice::WriteOnly)
{
    dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

int Context::succeed(const QString &text, const QJsonObject &object)
{
    if (json)
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    else if (!text.isEmpty())
        m_out << services::escapeNonPrintable(text) << '\n'; // may quote what a server sent
    m_out.flush();
    return ExitOk;
}

int Context::fail(const Error &error)
{
    if (json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("error"), error.message},
                                           {QStringLiteral("kind"), kindName(error.kind)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        m_out.flush();
    } else {
        // Error sentences quote what servers say: no escape sequence reaches the terminal.
        m_err << services::escapeNonPrintable(error.message) << '\n';
        m_err.flush();
    }
    return exitCodeFor(error.kind);
}

int Context::usage(const QString &message, const QString &synopsis)
{
    if (json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("kind"), QStringLiteral("usage")}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        m_out.flush();
    }
    m_err << message << '\n';
    if (!synopsis.isEmpty())
        m_err << inkan::tr("Usage: %1").arg(synopsis) << '\n';
    m_err.flush();
    return ExitUsage;
}

Result<SecureBytes> Context::readPasswordFile(const QString &path)
{
    QFile file(path);
    // Unbuffered: QIODevice's read buffer would keep a copy of the password that nobody wipes.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorKind::NotFound, inkan::tr("The password file %1 cannot be read: %2.").arg(path, file.errorString()));
    QByteArray contents = file.read(64 * 1024);
    SecureBytes password = SecureBytes::takeFrom(contents);
    qsizetype end = 0;
    while (end < password.size() && password.data()[end] != '\n')
        ++end;
    if (end > 0 && password.data()[end - 1] == '\r')
        --end;
    password.resize(end);
    return password;
}

/// The second of two typed passwords, which must equal the first.
Result<SecureBytes> confirmedOnTerminal(Result<SecureBytes> first, const QString &repeatPrompt)
{
    if (!first)
        return first;
    Result<SecureBytes> second = promptOnTerminal(repeatPrompt, false);
    if (!second)
        return second;
    if (!(*first == *second))
        return makeError(ErrorKind::InvalidInput, inkan::tr("The two passwords differ."));
    return first;
}

Result<SecureBytes> Context::readPassword(const QString &prompt, bool confirm)
{
    if (!passwordFile.isEmpty())
        return readPasswordFile(passwordFile);
    // getenv rather than qEnvironmentVariable: the value goes straight into SecureBytes.
    if (const char *fromEnvironment = std::getenv("INKAN_PASSWORD"))
        return SecureBytes(QByteArrayView(fromEnvironment));
    Result<SecureBytes> first = promptOnTerminal(prompt, false);
    if (!confirm)
        return first;
    return confirmedOnTerminal(std::move(first), inkan::tr("Repeat the password: "));
}

Result<SecureBytes> Context::readNewPasswordFromTerminal(const QString &prompt)
{
    Result<SecureBytes> first = promptOnTerminal(prompt, false);
    if (!first) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("No new password was given: use --new-password-file FILE, or run on a terminal."));
    }
    return confirmedOnTerminal(std::move(first), inkan::tr("Repeat the new password: "));
}

Result<SecureBytes> Context::readSecretFromStdin(const QString &prompt)
{
    if (isatty(fileno(stdin))) {
        // Typed by hand: one line, not echoed.
        Result<SecureBytes> line = promptOnTerminal(prompt, false);
        if (!line)
            return line;
        trim(*line);
        return line;
    }
    SecureBytes all = readAll(STDIN_FILENO);
    trim(all);
    return all;
}

void Context::writeSecret(const SecureBytes &bytes)
{
    // Straight to the file descriptor: stdio's buffer would keep a copy nobody wipes.
    m_out.flush();
    std::fflush(stdout);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.data() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
}

void Context::succeedWithSecret(const QJsonObject &object, QLatin1StringView key, const SecureBytes &secret)
{
    // The object's own members, then the secret copied straight from its buffer into a JSON
    // string: it never passes through a QString, a QJsonValue or a QByteArray.
    QByteArray head = QJsonDocument(object).toJson(QJsonDocument::Compact);
    head.chop(1); // the closing brace
    if (head.size() > 1)
        head += ',';
    head += '"' + QByteArray(key.data(), key.size()) + "\":\"";
    SecureBytes line(head);
    for (qsizetype i = 0; i < secret.size(); ++i) {
        const unsigned char c = secret.data()[i];
        if (c == '"' || c == '\\') {
            const char escaped[2] = {'\\', char(c)};
            line.append(QByteArrayView(escaped, 2));
        } else if (c < 0x20) {
            char escaped[7];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
            line.append(QByteArrayView(escaped, 6));
        } else {
            line.append(QByteArrayView(secret.constChar() + i, 1)); // UTF-8 passes through as it is
        }
    }
    line.append("\"}\n");
    writeSecret(line);
}

void Context::printSecretLine(const SecureBytes &secret)
{
    SecureBytes line(secret);
    line.append("\n");
    writeSecret(line);
}

Result<Arguments> parseArguments(const QStringList &args, const QStringList &flags, const QStringList &valueOptions)
{
    Arguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (optionsEnded || !arg.startsWith(QStringLiteral("--")) || arg == u"-") {
            parsed.positional.append(arg);
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        const qsizetype equals = name.indexOf(u'=');
        const bool hasInlineValue = equals >= 0;
        if (hasInlineValue) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (flags.contains(name) && !hasInlineValue) {
            parsed.flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (hasInlineValue) {
                parsed.values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                parsed.values.insert(name, args[++i]);
            } else {
                return makeError(ErrorKind::InvalidInput, inkan::tr("The option --%1 needs a value.").arg(name));
            }
        } else {
            return makeError(ErrorKind::InvalidInput, inkan::tr("Unknown option --%1.").arg(name));
        }
    }
    return parsed;
}

std::optional<Arguments> parseCommand(Context &ctx, const QStringList &args, const QStringList &flags,
                                      const QStringList &valueOptions, qsizetype positionalCount,
                                      const QString &synopsis, int &exitCode)
{
    Result<Arguments> parsed = parseArguments(args, flags, valueOptions);
    if (!parsed) {
        exitCode = ctx.usage(parsed.error().message, synopsis);
        return std::nullopt;
    }
    if (parsed->positional.size() != positionalCount) {
        exitCode = ctx.usage(positionalCount == 0 ? inkan::tr("This command takes no arguments besides its options.")
                                                  : inkan::tr("This command takes one argument besides its options."),
                             synopsis);
        return std::nullopt;
    }
    return std::move(parsed).value();
}

man::Command helpEntry(const QString &synopsis, const QString &what, const QString &example)
{
    return man::Command{synopsis, what, example};
}

QString helpText(const man::CommandGroup &group)
{
    QString text = group.title + u'\n';
    for (const man::Command &command : group.commands) {
        text += QStringLiteral("  ") + command.synopsis + u'\n';
        if (!command.description.isEmpty())
            text += QStringLiteral("      ") + command.description + u'\n';
        if (!command.example.isEmpty())
            text += QStringLiteral("      ") + inkan::tr("e.g. %1").arg(command.example) + u'\n';
    }
    return text;
}

} // namespace inkan::cli
