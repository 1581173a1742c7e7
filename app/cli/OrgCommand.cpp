// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli org: what an organization does with its API key secret and access token: import
// end-users by e-mail (one, or a batch polled until done), verify its phone and domain, and
// generate the Web3Connect button's JavaScript.
#include "PlainOutput.h"
#include "ServiceSupport.h"
#include "Tr.h"
#include "jobs/BatchImportJob.h"
#include "jobs/Csv.h"
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace inkan::cli {

using session::Account;
using session::ServiceKind;

namespace {

const QString kImport = QStringLiteral("inkan-cli [--json] org import EMAIL [--account NAME]");
const QString kImportBatch = QStringLiteral("inkan-cli [--json] org import-batch FILE [--poll-ms N] [--account NAME]");
const QString kPhone = QStringLiteral("inkan-cli [--json] org verify-phone (+E164 | --tmp-token T --code C) [--account NAME]");
const QString kDomain = QStringLiteral("inkan-cli [--json] org verify-domain [--check] [--account NAME]");
const QString kButton = QStringLiteral("inkan-cli [--json] org button-js --redirect-url URL [--account NAME]");

QJsonObject importedJson(const services::web3connect::ImportedAccount &a)
{
    return QJsonObject{{QStringLiteral("email"), a.email}, {QStringLiteral("id_wallet_address"), a.idWalletAddress},
                       {QStringLiteral("id_wallet_address_eth"), a.idWalletAddressEth},
                       {QStringLiteral("id_wallet_address_suri"), a.idWalletAddressSuri}, {QStringLiteral("ok"), a.ok}};
}

/// E-mails from a text file (one per line) or a CSV with an "email" column.
Result<QStringList> emailsFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, inkan::tr("Cannot read \"%1\".").arg(path));
    const QByteArray bytes = file.read(64 * 1024 * 1024);
    QStringList emails;
    auto table = jobs::parseCsv(bytes);
    if (table && table->header.contains(QStringLiteral("email"))) {
        const qsizetype column = table->header.indexOf(QStringLiteral("email"));
        for (const QStringList &row : table->rows)
            emails.append(row[column].trimmed());
    } else {
        for (const QByteArray &line : bytes.split('\n'))
            if (!line.trimmed().isEmpty())
                emails.append(QString::fromUtf8(line.trimmed()));
    }
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (int i = 0; i < emails.size(); ++i)
        if (!pattern.match(emails[i]).hasMatch())
            return makeError(ErrorKind::InvalidInput, inkan::tr("Entry %1 (\"%2\") is not an e-mail address.").arg(i + 1).arg(emails[i].left(80)));
    if (emails.isEmpty() || emails.size() > 10000)
        return makeError(ErrorKind::InvalidInput, inkan::tr("A batch takes 1 to 10,000 e-mail addresses; this file has %1.").arg(emails.size()));
    return emails;
}

int import(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto org = svc.openWeb3(raw, {}, {}, 0, 1, kImport, code, ServiceKind::Web3Connect);
    if (!org)
        return code;
    if (org->args.positional.size() != 1)
        return ctx.usage(inkan::tr("org import takes one e-mail address."), kImport);
    auto outcome = run(org->client->importAccount(org->args.positional[0]));
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return failWith(ctx, *e);
    const auto &a = std::get<services::web3connect::ImportedAccount>(outcome);
    return ctx.succeed(inkan::tr("%1 has the ID wallet %2.").arg(a.email, a.idWalletAddress), importedJson(a));
}

int importBatch(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto org = svc.openWeb3(raw, {}, {QStringLiteral("poll-ms")}, 0, 1, kImportBatch, code, ServiceKind::Web3Connect);
    if (!org)
        return code;
    if (org->args.positional.size() != 1)
        return ctx.usage(inkan::tr("org import-batch takes one file."), kImportBatch);
    auto emails = emailsFrom(org->args.positional[0]);
    if (!emails)
        return ctx.fail(emails.error());
    auto secret = svc.secret(org->account, session::secret::apiKeySecret);
    if (!secret)
        return ctx.fail(secret.error().kind == ErrorKind::NotFound
                            ? makeError(ErrorKind::Refused, inkan::tr("Batch import needs the organization's API key secret: sign in with 'inkan-cli login web3connect'."))
                            : secret.error());
    jobs::BatchImportJob job(org->client, *secret, *emails, org->args.value(QStringLiteral("poll-ms"), QStringLiteral("1000")).toInt());
    QObject::connect(&job, &jobs::BatchImportJob::submitted, &job, [&ctx](const QString &id) {
        if (!ctx.json) {
            ctx.err() << inkan::tr("Submitted batch %1; waiting for it to finish…").arg(id) << '\n';
            ctx.err().flush();
        }
    });
    (void)awaitCommand(&job);
    if (job.error())
        return failWith(ctx, *job.error());
    QJsonArray results;
    QList<QStringList> rows{{inkan::tr("E-mail"), inkan::tr("ID wallet")}};
    int failed = 0;
    for (const auto &a : job.results()) {
        results.append(importedJson(a));
        rows.append({a.email, a.ok ? a.idWalletAddress : inkan::tr("(failed)")});
        failed += a.ok ? 0 : 1;
    }
    const QString summary = inkan::tr("%1 imported, %2 failed (batch %3).").arg(job.results().size() - failed).arg(failed).arg(job.batchId());
    return ctx.succeed(rows.size() > 1 ? alignedTable(rows) + QLatin1Char('\n') + summary : summary,
                       QJsonObject{{QStringLiteral("batch_id"), job.batchId()}, {QStringLiteral("results"), results},
                                   {QStringLiteral("failed"), failed}});
}

int verifyPhone(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto org = svc.openWeb3(raw, {}, {QStringLiteral("tmp-token"), QStringLiteral("code")}, 0, 1, kPhone, code, ServiceKind::Web3Connect);
    if (!org)
        return code;
    if (org->args.has(QStringLiteral("tmp-token"))) {
        auto outcome = run(org->client->verifyPhoneStep2(org->args.value(QStringLiteral("tmp-token")), org->args.value(QStringLiteral("code"))));
        if (auto *e = std::get_if<net::ApiError>(&outcome))
            return failWith(ctx, *e);
        return ctx.succeed(inkan::tr("The phone number is verified."), QJsonObject{{QStringLiteral("verified"), std::get<bool>(outcome)}});
    }
    if (org->args.positional.size() != 1)
        return ctx.usage(inkan::tr("Give the phone number, or --tmp-token and --code."), kPhone);
    auto outcome = run(org->client->verifyPhoneStep1(org->args.positional[0]));
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return failWith(ctx, *e);
    const auto &started = std::get<services::web3connect::PhoneVerificationStarted>(outcome);
    return ctx.succeed(inkan::tr("A code was sent. Confirm with: inkan-cli org verify-phone --tmp-token %1 --code CODE").arg(started.tmpToken),
                       QJsonObject{{QStringLiteral("tmp_token"), started.tmpToken}, {QStringLiteral("code_sent"), started.codeSent}});
}

int verifyDomain(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto org = svc.openWeb3(raw, {QStringLiteral("check")}, {}, 0, 0, kDomain, code, ServiceKind::Web3Connect);
    if (!org)
        return code;
    if (org->args.has(QStringLiteral("check"))) {
        auto outcome = run(org->client->verifyDomainStep2());
        if (auto *e = std::get_if<net::ApiError>(&outcome))
            return failWith(ctx, *e);
        return ctx.succeed(inkan::tr("The domain is verified."), QJsonObject{{QStringLiteral("verified"), std::get<bool>(outcome)}});
    }
    auto outcome = run(org->client->verifyDomainStep1());
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return failWith(ctx, *e);
    const auto &d = std::get<services::web3connect::DomainVerification>(outcome);
    return ctx.succeed(inkan::tr("Add this TXT record to %1, then run 'inkan-cli org verify-domain --check':\n%2").arg(d.domain, d.txtRecord),
                       QJsonObject{{QStringLiteral("domain"), d.domain}, {QStringLiteral("txt_record"), d.txtRecord}});
}

int buttonJs(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto org = svc.openWeb3(raw, {}, {QStringLiteral("redirect-url")}, 0, 0, kButton, code, ServiceKind::Web3Connect);
    if (!org)
        return code;
    if (!org->args.has(QStringLiteral("redirect-url")))
        return ctx.usage(inkan::tr("org button-js needs --redirect-url."), kButton);
    auto secret = svc.secret(org->account, session::secret::apiKeySecret);
    if (!secret)
        return ctx.fail(secret.error());
    auto outcome = run(org->client->generateButtonJs(*secret, QUrl(org->args.value(QStringLiteral("redirect-url")), QUrl::StrictMode)));
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return failWith(ctx, *e);
    return ctx.succeed(std::get<QString>(outcome), QJsonObject{{QStringLiteral("javascript"), std::get<QString>(outcome)}});
}

} // namespace

int runOrg(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, QStringLiteral("org"), args,
                    {{"import", import},
                     {"import-batch", importBatch},
                     {"verify-phone", verifyPhone},
                     {"verify-domain", verifyDomain},
                     {"button-js", buttonJs}},
                    helpText(orgHelp()));
}

man::CommandGroup orgHelp()
{
    return {inkan::tr("Organization (Web3Connect):"),
            {
                {kImport,
                 inkan::tr("Imports the end-user with this e-mail address and prints their ID wallet."),
                 QStringLiteral("inkan-cli org import ada@example.com")},
                {kImportBatch,
                 inkan::tr("Imports 1 to 10,000 e-mail addresses, one per line, and waits for the batch."),
                 QStringLiteral("inkan-cli org import-batch members.txt")},
                {kPhone,
                 inkan::tr("Sends a code to the organization's phone number, or confirms it with --tmp-token and --code."),
                 QStringLiteral("inkan-cli org verify-phone +818012345678")},
                {kDomain,
                 inkan::tr("Prints the TXT record that proves the organization's domain, or checks it with --check."),
                 QStringLiteral("inkan-cli org verify-domain --check")},
                {kButton,
                 inkan::tr("Prints the JavaScript of a sign-in button for the organization's web site."),
                 QStringLiteral("inkan-cli org button-js --redirect-url \"https://company.example/after?userId=42\"")},
            }};
}

} // namespace inkan::cli
