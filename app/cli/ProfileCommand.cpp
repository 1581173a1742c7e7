// inkan-cli profile and balances: who the signed-in account is, and its token balances.
#include "ServiceSupport.h"
#include "Tr.h"
#include "services/capture/CaptureClient.h"
#include "services/nonceauth/NonceAuthSignIn.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace inkan::cli {

using session::Account;
using session::ServiceKind;

namespace {
const QString kProfile = QStringLiteral("inkan-cli [--json] profile [--account NAME] [--name NAME] [--intended-use TEXT]");
const QString kBalances = QStringLiteral("inkan-cli [--json] balances [--account NAME]");

QString pretty(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

int runProfile(Context &ctx, const QStringList &raw)
{
    auto args = parseArguments(raw, {}, {QStringLiteral("account"), QStringLiteral("name"), QStringLiteral("intended-use")});
    if (!args || !args->positional.isEmpty())
        return ctx.usage(args ? inkan::tr("Unexpected argument.") : args.error().message, kProfile);
    ServiceSession svc(ctx);
    auto account = svc.account(*args);
    if (!account)
        return ctx.fail(account.error());
    if (!account->isSignedIn())
        return ctx.fail(makeError(ErrorKind::Refused, inkan::tr("You are not signed in to \"%1\"; run 'inkan-cli login' first.").arg(account->name)));
    const bool updating = args->has(QStringLiteral("name")) || args->has(QStringLiteral("intended-use"));
    if (updating && account->kind != ServiceKind::NonceAuth)
        return ctx.usage(inkan::tr("Only a nonce-auth profile can be changed here."), kProfile);

    switch (account->kind) {
    case ServiceKind::Web3Connect:
    case ServiceKind::Oidc: {
        auto client = svc.web3connect(*account);
        if (!client)
            return ctx.fail(client.error());
        auto info = run((*client)->myInfo());
        if (auto *e = std::get_if<net::ApiError>(&info))
            return failWith(ctx, *e);
        const auto &me = std::get<services::web3connect::MyInfo>(info);
        return ctx.succeed(inkan::tr("%1 (%2), ID wallet %3, e-mail %4").arg(me.accountId, services::web3connect::accountTypeName(me.accountType),
                                                                      me.idWalletAddress, me.email),
                           me.raw);
    }
    case ServiceKind::Capture: {
        auto client = waitFor(svc.hub().capture(account->id));
        if (!client)
            return ctx.fail(client.error());
        auto me = run((*client)->me());
        if (auto *e = std::get_if<net::ApiError>(&me))
            return failWith(ctx, *e);
        const auto &user = std::get<services::capture::CaptureUser>(me);
        return ctx.succeed(pretty(user.raw), user.raw);
    }
    case ServiceKind::NonceAuth: {
        auto client = waitFor(svc.hub().nonceAuth(account->id));
        if (!client)
            return ctx.fail(client.error());
        auto profile = updating
            ? run((*client)->updateProfile(account->subject,
                                       args->has(QStringLiteral("name")) ? std::optional<QString>(args->value(QStringLiteral("name"))) : std::nullopt,
                                       args->has(QStringLiteral("intended-use")) ? std::optional<QString>(args->value(QStringLiteral("intended-use"))) : std::nullopt))
            : run((*client)->profile(account->subject));
        if (auto *e = std::get_if<net::ApiError>(&profile))
            return failWith(ctx, *e);
        const QJsonObject json = services::nonceauth::toJson(std::get<services::nonceauth::Profile>(profile));
        return ctx.succeed(pretty(json), json);
    }
    case ServiceKind::Pakt: {
        const QJsonObject json{{QStringLiteral("account"), account->subject}, {QStringLiteral("email"), account->email}};
        return ctx.succeed(inkan::tr("Signed in to Pakt as %1.").arg(account->subject), json);
    }
    }
    return ExitFailure;
}

int runBalances(Context &ctx, const QStringList &raw)
{
    auto args = parseArguments(raw, {}, {QStringLiteral("account")});
    if (!args || !args->positional.isEmpty())
        return ctx.usage(args ? inkan::tr("Unexpected argument.") : args.error().message, kBalances);
    ServiceSession svc(ctx);
    auto account = svc.account(*args, ServiceKind::NonceAuth);
    if (!account)
        return ctx.fail(account.error());
    if (!account->isSignedIn())
        return ctx.fail(makeError(ErrorKind::Refused, inkan::tr("You are not signed in to \"%1\"; run 'inkan-cli login nonceauth' first.").arg(account->name)));
    auto client = waitFor(svc.hub().nonceAuth(account->id));
    if (!client)
        return ctx.fail(client.error());
    auto tokens = run((*client)->tokens());
    if (auto *e = std::get_if<net::ApiError>(&tokens))
        return failWith(ctx, *e);
    const auto &list = std::get<QList<services::nonceauth::TokenBalance>>(tokens);
    QStringList lines;
    for (const auto &t : list)
        lines.append(inkan::tr("%1 %2  (chain %3)").arg(services::nonceauth::formatUnits(t.balance, t.decimals), t.symbol).arg(t.chainId));
    if (lines.isEmpty())
        lines.append(inkan::tr("No token balances."));
    return ctx.succeed(lines.join(QLatin1Char('\n')), QJsonObject{{QStringLiteral("tokens"), services::nonceauth::toJson(list)}});
}

QString profileHelp()
{
    return inkan::tr("Profile:\n"
              "  %1\n      inkan-cli profile --account users --name Ada --intended-use \"testing\"\n"
              "  %2\n      inkan-cli --json balances --account users\n")
        .arg(kProfile, kBalances);
}

} // namespace inkan::cli
