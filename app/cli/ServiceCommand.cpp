// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli service add|list|remove: the services (kind + base URL + name) Inkan signs in to.
#include "PlainOutput.h"
#include "ServiceSupport.h"
#include "Tr.h"
#include <QJsonArray>

namespace inkan::cli {

using session::Account;

namespace {

const QString kAdd = QStringLiteral("inkan-cli [--json] service add KIND URL --name NAME [--client-id ID]");
const QString kList = QStringLiteral("inkan-cli [--json] service list");
const QString kRemove = QStringLiteral("inkan-cli [--json] service remove NAME");

QJsonObject accountJson(const Account &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("kind"), session::serviceKindName(a.kind)},
                       {QStringLiteral("base_url"), a.baseUrl.toString()},
                       {QStringLiteral("signed_in"), a.isSignedIn()},
                       {QStringLiteral("subject"), a.subject},
                       {QStringLiteral("role"), a.role},
                       {QStringLiteral("key_address"), a.keyAddress},
                       {QStringLiteral("client_id"), a.clientId}};
}

int add(Context &ctx, const QStringList &raw)
{
    auto args = parseArguments(raw, {}, {QStringLiteral("name"), QStringLiteral("client-id")});
    if (!args)
        return ctx.usage(args.error().message, kAdd);
    if (args->positional.size() != 2 || !args->has(QStringLiteral("name")))
        return ctx.usage(inkan::tr("service add takes KIND and URL, and --name."), kAdd);
    const auto kind = session::serviceKindFromName(args->positional[0]);
    if (!kind)
        return ctx.usage(inkan::tr("KIND is one of web3connect, capture, nonceauth, pakt, oidc."), kAdd);
    const QUrl url(args->positional[1], QUrl::StrictMode);
    ServiceSession svc(ctx);
    auto account = svc.hub().addAccount(*kind, url, args->value(QStringLiteral("name")));
    if (!account)
        return ctx.fail(account.error());
    if (args->has(QStringLiteral("client-id"))) {
        account->clientId = args->value(QStringLiteral("client-id"));
        if (auto updated = svc.hub().updateAccount(*account); !updated)
            return ctx.fail(updated.error());
    }
    return ctx.succeed(inkan::tr("Added %1 (%2 at %3).").arg(account->name, session::serviceKindName(*kind), account->baseUrl.toString()),
                       accountJson(*account));
}

int list(Context &ctx, const QStringList &raw)
{
    auto args = parseArguments(raw, {}, {});
    if (!args || !args->positional.isEmpty())
        return ctx.usage(args ? inkan::tr("service list takes no arguments.") : args.error().message, kList);
    ServiceSession svc(ctx);
    QJsonArray array;
    QList<QStringList> rows{{inkan::tr("Name"), inkan::tr("Kind"), inkan::tr("URL"), inkan::tr("Status")}};
    for (const Account &a : svc.accounts().accounts()) {
        array.append(accountJson(a));
        rows.append({a.name, session::serviceKindName(a.kind), a.baseUrl.toString(),
                     a.isSignedIn() ? inkan::tr("signed in as %1").arg(a.subject) : inkan::tr("signed out")});
    }
    const QString text = rows.size() == 1 ? inkan::tr("No services yet; add one with 'inkan-cli service add'.") : alignedTable(rows);
    return ctx.succeed(text, QJsonObject{{QStringLiteral("accounts"), array}});
}

int remove(Context &ctx, const QStringList &raw)
{
    auto args = parseArguments(raw, {}, {});
    if (!args || args->positional.size() != 1)
        return ctx.usage(args ? inkan::tr("service remove takes the account's NAME.") : args.error().message, kRemove);
    ServiceSession svc(ctx);
    auto account = svc.accounts().find(args->positional[0]);
    if (!account)
        return ctx.fail(makeError(ErrorKind::NotFound, inkan::tr("There is no account named \"%1\".").arg(args->positional[0])));
    if (account->secretBackend.isEmpty()) {
        if (auto removed = svc.accounts().remove(account->id); !removed)
            return ctx.fail(removed.error());
    } else {
        if (auto removed = waitFor(svc.hub().removeAccount(account->id)); !removed)
            return ctx.fail(removed.error());
    }
    return ctx.succeed(inkan::tr("Removed %1 and forgot its secrets.").arg(account->name), QJsonObject{{QStringLiteral("removed"), account->name}});
}

} // namespace

int runService(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, QStringLiteral("service"), args,
                    {{"add", add},
                     {"list", list},
                     {"remove", remove}},
                    helpText(serviceHelp()));
}

man::CommandGroup serviceHelp()
{
    return {inkan::tr("Services:"),
            {
                {kAdd,
                 inkan::tr("Adds an account for a service: its kind (web3connect, oidc, capture, nonceauth, pakt) and base URL."),
                 QStringLiteral("inkan-cli service add web3connect https://api.web3connect.jp/rest/v1 --name org")},
                {kList,
                 inkan::tr("Lists the accounts of every service."),
                 QStringLiteral("inkan-cli --json service list")},
                {kRemove,
                 inkan::tr("Removes the account and forgets its secrets."),
                 QStringLiteral("inkan-cli service remove org")},
            }};
}

} // namespace inkan::cli
