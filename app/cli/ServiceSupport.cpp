// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "ServiceSupport.h"
#include "Tr.h"
#include <QDir>
#include <QJsonDocument>
#include <cstdio>
#include <unistd.h>

namespace inkan::cli {

using session::Account;
using session::ServiceKind;

namespace {

session::ServiceHub::Options hubOptions(const Context &ctx)
{
    session::ServiceHub::Options options;
    options.dataDir = ctx.dataDir;
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("INKAN_HTTP_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        options.httpTimeoutMs = timeout;
    const int cost = qEnvironmentVariableIntValue("INKAN_SECRET_SCRYPT_N", &ok);
    if (ok && cost >= 1024)
        options.secrets.scryptN = quint64(cost);
    return options;
}

} // namespace

ServiceSession::ServiceSession(Context &ctx)
    : m_ctx(ctx), m_hub(hubOptions(ctx))
{
    m_hub.setPasswordSource([this](session::PasswordAnswer answer) { answer(password()); });
    QObject::connect(&m_hub, &session::ServiceHub::tokenSaveFailed, &m_hub, [this](const QString &, const Error &error) {
        m_ctx.err() << inkan::tr("Warning: the refreshed access token could not be stored: %1").arg(error.message) << '\n';
    });
}

ServiceSession::~ServiceSession()
{
    waitFor(m_hub.settled());
    m_ctx.err().flush();
}

int dispatch(Context &ctx, const QString &group, const QStringList &args, std::initializer_list<Subcommand> commands,
             const QString &help)
{
    const QString wanted = args.value(0);
    QStringList names;
    for (const Subcommand &command : commands) {
        if (wanted == QLatin1String(command.name))
            return command.run(ctx, args.mid(1));
        names.append(QLatin1String(command.name));
    }
    const QString last = names.takeLast();
    const QString choices = names.isEmpty() ? last : inkan::tr("%1 or %2").arg(names.join(QLatin1String(", ")), last);
    return ctx.usage(inkan::tr("%1 takes %2.").arg(group, choices), help);
}

QStringList serviceValueOptions(QStringList extra)
{
    extra << QStringLiteral("account") << QStringLiteral("key");
    return extra;
}

QStringList serviceFlags(QStringList extra)
{
    extra << QStringLiteral("yes");
    return extra;
}

Result<Account> ServiceSession::account(const Arguments &args, std::optional<ServiceKind> kind)
{
    const QString wanted = args.value(QStringLiteral("account"));
    if (!wanted.isEmpty()) {
        auto found = accounts().find(wanted);
        if (!found)
            return makeError(ErrorKind::NotFound, inkan::tr("There is no account named \"%1\"; 'inkan-cli service list' shows them.").arg(wanted));
        if (kind && found->kind != *kind)
            return makeError(ErrorKind::InvalidInput, inkan::tr("The account \"%1\" is a %2 account, not %3.")
                                                          .arg(wanted, session::serviceKindName(found->kind), session::serviceKindName(*kind)));
        return *found;
    }
    QList<Account> candidates;
    for (const Account &a : accounts().accounts())
        if (!kind || a.kind == *kind)
            candidates.append(a);
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty())
        return makeError(ErrorKind::NotFound, inkan::tr("No account is set up for this; add one with 'inkan-cli service add'."));
    return makeError(ErrorKind::InvalidInput, inkan::tr("Several accounts fit; choose one with --account NAME."));
}

Result<crypto::SecureBytes> ServiceSession::password()
{
    if (!m_password) {
        auto read = m_ctx.readPassword(inkan::tr("Wallet password: "));
        if (!read)
            return read.error();
        m_password = std::move(*read);
    }
    return *m_password;
}

Result<crypto::SecureBytes> ServiceSession::secret(const Account &account, const QString &name)
{
    return waitFor(m_hub.readSecret(account.id, name));
}

std::optional<Web3Command> ServiceSession::openWeb3(const QStringList &raw, const QStringList &flags, const QStringList &values,
                                                   qsizetype minPositional, qsizetype maxPositional, const QString &synopsis,
                                                   int &exitCode, std::optional<ServiceKind> kind)
{
    auto args = parseArguments(raw, flags, serviceValueOptions(values));
    if (!args || args->positional.size() < minPositional || args->positional.size() > maxPositional) {
        exitCode = m_ctx.usage(args ? inkan::tr("Wrong number of arguments.") : args.error().message, synopsis);
        return std::nullopt;
    }
    auto found = account(*args, kind);
    if (!found) {
        exitCode = m_ctx.fail(found.error());
        return std::nullopt;
    }
    auto client = web3connect(*found);
    if (!client) {
        exitCode = m_ctx.fail(client.error());
        return std::nullopt;
    }
    return Web3Command{*args, *found, *client};
}

QString progressBar(int done, int total, int width)
{
    if (total <= 0 || width <= 0)
        return {};
    const int clamped = std::clamp(done, 0, total);
    const int filled = int(qint64(clamped) * width / total);
    return QLatin1Char('\r') + QLatin1Char('[') + QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char(' '))
        + QLatin1String("] ") + QString::number(done) + QLatin1Char('/') + QString::number(total);
}

Result<services::web3connect::Web3ConnectClient *> ServiceSession::web3connect(const Account &account, bool requireSignedIn)
{
    if (requireSignedIn && !account.isSignedIn()
        && (account.kind == ServiceKind::Web3Connect || account.kind == ServiceKind::Oidc))
        return makeError(ErrorKind::Refused, inkan::tr("You are not signed in to \"%1\"; run 'inkan-cli login' first.").arg(account.name));
    return waitFor(m_hub.web3connect(account.id, requireSignedIn ? session::ServiceHub::Use::SignedIn
                                                                 : session::ServiceHub::Use::SigningIn));
}

Result<std::shared_ptr<services::MessageSigner>> ServiceSession::signer(const Arguments &args, const Account &account)
{
    return waitFor(m_hub.signer(args.value(QStringLiteral("key"), account.keyAddress)));
}

services::SignatureApprover ServiceSession::approver(const Arguments &args)
{
    const bool preApproved = args.has(QStringLiteral("yes"));
    return [this, preApproved](const services::SigningRequest &request, std::function<void(bool)> answer) {
        QTextStream &err = m_ctx.err();
        err << inkan::tr("The service at %1 asks you to sign this text:").arg(services::escapeNonPrintable(request.serviceHost))
            << "\n----\n" << services::escapeNonPrintable(request.message) << "\n----\n";
        if (request.siwe)
            err << inkan::tr("Sign-In with Ethereum for %1, chain ID %2.").arg(request.siwe->domain).arg(request.siwe->chainId) << '\n';
        err.flush();
        // --yes stands for a person only where the text passed the flow's strict grammar.
        if (preApproved && request.matchesGrammar)
            return answer(true);
        FILE *terminal = isatty(STDIN_FILENO) ? std::fopen("/dev/tty", "r+") : nullptr;
        if (!terminal) {
            err << (preApproved ? inkan::tr("Not signing: this text is not in the form this service's sign-in uses, "
                                            "so --yes does not cover it; approve it on a terminal.")
                                : inkan::tr("Not signing: pass --yes to approve when not on a terminal."))
                << '\n';
            err.flush();
            return answer(false);
        }
        std::fputs(inkan::tr("Sign it? [y/N] ").toLocal8Bit().constData(), terminal);
        std::fflush(terminal);
        char line[16] = {};
        const bool yes = std::fgets(line, sizeof line, terminal) && (line[0] == 'y' || line[0] == 'Y');
        std::fclose(terminal);
        answer(yes);
    };
}

int failWith(Context &ctx, const net::ApiError &error)
{
    return ctx.fail(error.toError());
}

QJsonObject nftToJson(const services::web3connect::Nft &nft)
{
    QJsonObject o = nft.raw;
    if (o.isEmpty()) {
        o.insert(QStringLiteral("token_id"), nft.tokenId);
        o.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("static"), nft.staticMetadata},
                                                         {QStringLiteral("dynamic"), nft.dynamicMetadata}});
    }
    return o;
}

} // namespace inkan::cli
