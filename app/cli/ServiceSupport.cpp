#include "ServiceSupport.h"
#include "Tr.h"
#include "crypto/WalletStore.h"
#include <QDir>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdio>
#include <unistd.h>

namespace inkan::cli {

using session::Account;
using session::ServiceKind;

ServiceSession::ServiceSession(Context &ctx)
    : m_ctx(ctx), m_accounts(QDir(ctx.dataDir).filePath(QStringLiteral("settings.ini")))
{
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("INKAN_HTTP_TIMEOUT_MS", &ok);
    if (ok && timeout > 0) {
        net::TransportLimits limits = m_transport.limits();
        limits.transferTimeoutMs = timeout;
        m_transport.setLimits(limits);
    }
}

ServiceSession::~ServiceSession()
{
    if (m_tokenRefreshed && m_web3 && m_web3Account && m_sessions) {
        if (auto saved = m_sessions->writeSecretAndWait(*m_web3Account, session::secret::token, m_web3->accessToken()); !saved)
            m_ctx.err() << inkan::tr("Warning: the refreshed access token could not be stored: %1").arg(saved.error().message) << '\n';
    }
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
        auto found = m_accounts.find(wanted);
        if (!found)
            return makeError(ErrorKind::NotFound, inkan::tr("There is no account named \"%1\"; 'inkan-cli service list' shows them.").arg(wanted));
        if (kind && found->kind != *kind)
            return makeError(ErrorKind::InvalidInput, inkan::tr("The account \"%1\" is a %2 account, not %3.")
                                                          .arg(wanted, session::serviceKindName(found->kind), session::serviceKindName(*kind)));
        return *found;
    }
    QList<Account> candidates;
    for (const Account &a : m_accounts.accounts())
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

Result<session::SessionManager *> ServiceSession::sessions()
{
    if (!m_sessions) {
        session::SecretStoreOptions options;
        options.dataDir = m_ctx.dataDir;
        bool ok = false;
        const int cost = qEnvironmentVariableIntValue("INKAN_SECRET_SCRYPT_N", &ok);
        if (ok && cost >= 1024)
            options.scryptN = quint64(cost);
        auto store = session::openSecretStore(options, [this] { return password(); });
        if (!store)
            return store.error();
        m_secrets = *store;
        m_sessions = std::make_unique<session::SessionManager>(m_accounts, m_secrets);
    }
    return m_sessions.get();
}

Result<crypto::SecureBytes> ServiceSession::secret(const Account &account, const QString &name)
{
    auto manager = sessions();
    if (!manager)
        return manager.error();
    return (*manager)->readSecretAndWait(account, name);
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

Result<services::web3connect::Web3ConnectClient *> ServiceSession::web3connect(Account &account, bool requireSignedIn)
{
    if (account.kind != ServiceKind::Web3Connect && account.kind != ServiceKind::Oidc)
        return makeError(ErrorKind::InvalidInput, inkan::tr("The account \"%1\" is not a Web3Connect account.").arg(account.name));
    QUrl base = account.baseUrl;
    if (account.kind == ServiceKind::Oidc) // OIDC tokens are used on the REST API beside it
        base.setPath(QStringLiteral("/rest/v1"));
    m_web3 = std::make_unique<services::web3connect::Web3ConnectClient>(&m_transport, base);
    m_web3Account = account;
    if (requireSignedIn) {
        if (!account.isSignedIn())
            return makeError(ErrorKind::Refused, inkan::tr("You are not signed in to \"%1\"; run 'inkan-cli login' first.").arg(account.name));
        auto token = secret(account, session::secret::token);
        if (!token && token.error().kind != ErrorKind::NotFound)
            return token.error();
        if (token)
            m_web3->setAccessToken(*token);
        auto apiKeySecret = secret(account, session::secret::apiKeySecret);
        if (!apiKeySecret && apiKeySecret.error().kind != ErrorKind::NotFound)
            return apiKeySecret.error();
        if (apiKeySecret)
            m_web3->setApiKeySecret(*apiKeySecret);
        QObject::connect(m_web3.get(), &services::web3connect::Web3ConnectClient::accessTokenChanged,
                         [this] { m_tokenRefreshed = true; });
    }
    return m_web3.get();
}

Result<std::shared_ptr<services::MessageSigner>> ServiceSession::signer(const Arguments &args, const Account &account)
{
    crypto::WalletStore wallet(m_ctx.keystoreDir());
    QString wanted = args.value(QStringLiteral("key"), account.keyAddress);
    crypto::Address address;
    if (!wanted.isEmpty()) {
        auto parsed = crypto::Address::parse(wanted);
        if (!parsed)
            return parsed.error();
        address = *parsed;
    } else {
        auto keys = wallet.list();
        if (!keys)
            return keys.error();
        if (keys->size() != 1)
            return makeError(ErrorKind::InvalidInput, keys->isEmpty()
                ? inkan::tr("The wallet has no key; create one with 'inkan-cli wallet create'.")
                : inkan::tr("The wallet has several keys; choose one with --key ADDRESS."));
        address = keys->first().address;
    }
    auto pw = password();
    if (!pw)
        return pw.error();
    // Unlocking runs the keystore's KDF: never on the thread that runs the event loop.
    Result<crypto::PrivateKey> key = session::waitFor(QtConcurrent::run([wallet, address, pw = *pw] {
        return wallet.unlock(address, pw);
    }));
    if (!key)
        return key.error();
    return std::shared_ptr<services::MessageSigner>(std::make_shared<services::LocalKeySigner>(std::move(*key)));
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

QString nftLine(const services::web3connect::Nft &nft)
{
    QString line = nft.tokenId + QLatin1String("  ") + nft.staticMetadata.value(QLatin1String("name")).toString();
    if (!nft.visibility.isEmpty())
        line += QLatin1String("  [") + nft.visibility + QLatin1Char(']');
    return line;
}

} // namespace inkan::cli
