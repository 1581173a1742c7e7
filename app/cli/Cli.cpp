#include "Cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

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

/// Everything a FILE* has left, straight into SecureBytes.
SecureBytes readAll(FILE *stream)
{
    SecureBytes all;
    SecureBytes chunk(1024); // wiped on return, like everything else that held the secret
    size_t got = 0;
    while ((got = std::fread(chunk.data(), 1, size_t(chunk.size()), stream)) > 0)
        all.append(QByteArrayView(chunk.data(), qsizetype(got)));
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
                         tr("No password was given: use --password-file FILE or INKAN_PASSWORD, or run on a terminal."));
    }
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

QString tr(const char *text)
{
    return QCoreApplication::translate("inkan", text);
}

Context::Context() : m_out(stdout, QIODevice::WriteOnly), m_err(stderr, QIODevice::WriteOnly)
{
    dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

int Context::succeed(const QString &text, const QJsonObject &object)
{
    if (json)
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    else if (!text.isEmpty())
        m_out << text << '\n';
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
        m_err << error.message << '\n';
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
        m_err << tr("Usage: %1").arg(synopsis) << '\n';
    m_err.flush();
    return ExitUsage;
}

Result<SecureBytes> Context::readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, tr("The password file %1 cannot be read: %2.").arg(path, file.errorString()));
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

Result<SecureBytes> Context::readPassword(const QString &prompt, bool confirm)
{
    if (!passwordFile.isEmpty())
        return readPasswordFile(passwordFile);
    // getenv rather than qEnvironmentVariable: the value goes straight into SecureBytes.
    if (const char *fromEnvironment = std::getenv("INKAN_PASSWORD"))
        return SecureBytes(QByteArrayView(fromEnvironment));
    Result<SecureBytes> first = promptOnTerminal(prompt, false);
    if (!first || !confirm)
        return first;
    Result<SecureBytes> second = promptOnTerminal(tr("Repeat the password: "), false);
    if (!second)
        return second;
    if (!(*first == *second))
        return makeError(ErrorKind::InvalidInput, tr("The two passwords differ."));
    return first;
}

Result<SecureBytes> Context::readNewPasswordFromTerminal(const QString &prompt)
{
    Result<SecureBytes> first = promptOnTerminal(prompt, false);
    if (!first) {
        return makeError(ErrorKind::InvalidInput,
                         tr("No new password was given: use --new-password-file FILE, or run on a terminal."));
    }
    Result<SecureBytes> second = promptOnTerminal(tr("Repeat the new password: "), false);
    if (!second)
        return second;
    if (!(*first == *second))
        return makeError(ErrorKind::InvalidInput, tr("The two passwords differ."));
    return first;
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
    SecureBytes all = readAll(stdin);
    trim(all);
    return all;
}

void Context::printSecretLine(const SecureBytes &secret)
{
    m_out.flush();
    std::fwrite(secret.data(), 1, size_t(secret.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
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
                return makeError(ErrorKind::InvalidInput, tr("The option --%1 needs a value.").arg(name));
            }
        } else {
            return makeError(ErrorKind::InvalidInput, tr("Unknown option --%1.").arg(name));
        }
    }
    return parsed;
}

} // namespace inkan::cli
