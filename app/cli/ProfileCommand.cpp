// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli profile and balances: who the signed-in account is, and its token balances.
#include "PlainOutput.h"
#include "ServiceSupport.h"
#include "Tr.h"
#include "services/capture/CaptureClient.h"
#include "services/nonceauth/NonceAuthSignIn.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace inkan::cli {

using session::Account;
using session::ServiceKind;

namespace {
const QString kProfile = QStringLiteral("inkan-cli [--json] profile [--account NAME] [--name NAME] [--intended-use TEXT]");
const QString kBalances = QStringLiteral("inkan-cli [--json] balances [--account NAME]");

/// A profile object as aligned "key  value" lines; nested values as compact JSON.
QString pretty(const QJsonObject &object)
{
    QList<std::pair<QString, QString>> fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        fields.append({it.key(), it->isNull() ? QStringLiteral("-") : valueText(*it, QStringLiteral("-"))});
    }
    return fields.isEmpty() ? inkan::tr("The profile is empty.") : fieldList(fields);
}

/// An amount of money with two decimals and thousands separators: 12,345.67.
QString money(double amount)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(amount, 'f', 2);
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
        return ctx.succeed(fieldList({{inkan::tr("Account id"), me.accountId},
                                      {inkan::tr("Account type"), services::web3connect::accountTypeName(me.accountType)},
                                      {inkan::tr("ID wallet"), me.idWalletAddress},
                                      {inkan::tr("E-mail"), me.email.isEmpty() ? QStringLiteral("-") : me.email}}),
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
    // A table of the balances with their value at the service's price (USD, as the service's
    // USDC at 1.0 shows), then the total.
    QList<QStringList> rows{{inkan::tr("Token"), inkan::tr("Chain"), inkan::tr("Balance"), inkan::tr("Price (USD)"),
                             inkan::tr("Value (USD)")}};
    double total = 0;
    for (const auto &t : list) {
        const QString amount = services::nonceauth::formatUnits(t.balance, t.decimals);
        const double value = amount.toDouble() * t.price;
        total += value;
        rows.append({t.symbol, QString::number(t.chainId), amount, money(t.price), money(value)});
    }
    const QString text = list.isEmpty()
        ? inkan::tr("No token balances.")
        : alignedTable(rows, {2, 3, 4}) + QLatin1Char('\n') + inkan::tr("Total value: %1 USD.").arg(money(total));
    return ctx.succeed(text, QJsonObject{{QStringLiteral("tokens"), services::nonceauth::toJson(list)},
                                         {QStringLiteral("total_value"), total}});
}

man::CommandGroup profileHelp()
{
    return {inkan::tr("Profile:"),
            {
                {kProfile,
                 inkan::tr("Prints the signed-in account's profile; --name and --intended-use change a nonce-auth profile."),
                 QStringLiteral("inkan-cli profile --account users --name Ada --intended-use \"testing\"")},
                {kBalances,
                 inkan::tr("Prints the token balances of a nonce-auth account and their value in USD."),
                 QStringLiteral("inkan-cli --json balances --account users")},
            }};
}

} // namespace inkan::cli
