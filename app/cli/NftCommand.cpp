// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli nft: list, show, history, search, visibility, transfer, mint, mint-batch,
// update-dynamic, on the Web3Connect account that is signed in.
#include "PlainOutput.h"
#include "ServiceSupport.h"
#include "Tr.h"
#include "jobs/BatchMintJob.h"
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <functional>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace inkan::cli {

using session::Account;
using services::web3connect::Nft;
using services::web3connect::Web3ConnectClient;

namespace {

const QString kList = QStringLiteral("inkan-cli [--json] nft list [--account NAME] [--holder ADDRESS | --minted] [--page N] [--per-page N] [--desc]");
const QString kShow = QStringLiteral("inkan-cli [--json] nft show TOKEN_ID [--account NAME]");
const QString kHistory = QStringLiteral("inkan-cli [--json] nft history TOKEN_ID [--account NAME]");
const QString kSearch = QStringLiteral("inkan-cli [--json] nft search [--minted] FIELD=VALUE… [--page N] [--per-page N] [--desc]");
const QString kVisibility = QStringLiteral("inkan-cli [--json] nft visibility TOKEN_ID public|private [--account NAME]");
const QString kTransfer = QStringLiteral("inkan-cli [--json] nft transfer TOKEN_ID RECEIVER_ADDRESS [--account NAME]");
const QString kMint = QStringLiteral("inkan-cli [--json] nft mint HOLDER_ADDRESS --metadata FILE.json [--account NAME]");
const QString kMintBatch = QStringLiteral("inkan-cli [--json] nft mint-batch FILE.csv [--map COLUMN=holder|static.F|dynamic.F|ignore,…] [--concurrency N] [--account NAME]");
const QString kUpdate = QStringLiteral("inkan-cli [--json] nft update-dynamic TOKEN_ID FIELD=VALUE… [--file FILE.json] [--account NAME]");

const QStringList kPaging = {QStringLiteral("page"), QStringLiteral("per-page")};

// Ctrl-C during mint-batch: stop sending, let the requests in flight finish and be journaled.
std::atomic_bool g_interrupted{false};
extern "C" void onInterrupt(int) { g_interrupted = true; }

services::web3connect::Page pageOf(const Arguments &args)
{
    services::web3connect::Page page;
    page.pageNum = args.value(QStringLiteral("page"), QStringLiteral("1")).toInt();
    page.perPageItemNum = args.value(QStringLiteral("per-page"), QStringLiteral("10")).toInt();
    page.descending = args.has(QStringLiteral("desc"));
    return page;
}

/// FIELD=VALUE words into an object; numbers and true/false keep their JSON type.
Result<QJsonObject> fieldsOf(const QStringList &words)
{
    QJsonObject fields;
    for (const QString &word : words) {
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return makeError(ErrorKind::InvalidInput, inkan::tr("\"%1\" is not FIELD=VALUE.").arg(word));
        const QString value = word.mid(eq + 1);
        const QJsonDocument parsed = QJsonDocument::fromJson("[" + value.toUtf8() + "]");
        const QJsonValue typed = parsed.isArray() && parsed.array().size() == 1 && !parsed.array().first().isString()
            ? parsed.array().first() : QJsonValue(value);
        fields.insert(word.left(eq), typed);
    }
    return fields;
}

QString nftName(const Nft &nft)
{
    const QString name = nft.staticMetadata.value(QLatin1String("name")).toString();
    return name.isEmpty() ? inkan::tr("(no name)") : name;
}

/// “Name” (0x…): how a sentence names an NFT.
QString nftInSentence(const Nft &nft)
{
    return QStringLiteral("%1 (%2)").arg(quoted(nftName(nft)), nft.tokenId);
}

int printList(Context &ctx, const net::ApiResult<QList<Nft>> &outcome)
{
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return failWith(ctx, *e);
    const QList<Nft> &nfts = std::get<QList<Nft>>(outcome);
    // The service's NFT object carries no visibility; the column shows only when one does.
    const bool withVisibility = std::any_of(nfts.cbegin(), nfts.cend(), [](const Nft &nft) { return !nft.visibility.isEmpty(); });
    QJsonArray array;
    QList<QStringList> rows{{inkan::tr("Token id"), inkan::tr("Name"), inkan::tr("Created")}};
    if (withVisibility)
        rows.first().append(inkan::tr("Visibility"));
    for (const Nft &nft : nfts) {
        array.append(nftToJson(nft));
        rows.append({nft.tokenId, nftName(nft), nft.createdAt});
        if (withVisibility)
            rows.last().append(nft.visibility);
    }
    const QString text = rows.size() == 1 ? inkan::tr("No NFTs.") : alignedTable(rows);
    return ctx.succeed(text, QJsonObject{{QStringLiteral("nfts"), array}});
}

/// One NFT as an aligned list of its fields and metadata (nft show).
int printNft(Context &ctx, const net::ApiResult<Nft> &outcome)
{
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return failWith(ctx, *e);
    const Nft &nft = std::get<Nft>(outcome);
    QList<std::pair<QString, QString>> fields{{inkan::tr("Token id"), nft.tokenId}, {inkan::tr("Name"), nftName(nft)}};
    if (!nft.visibility.isEmpty())
        fields.append({inkan::tr("Visibility"), nft.visibility});
    if (!nft.createdAt.isEmpty())
        fields.append({inkan::tr("Created"), nft.createdAt});
    if (!nft.tokenUri.isEmpty())
        fields.append({inkan::tr("Token URI"), nft.tokenUri});
    for (auto it = nft.staticMetadata.begin(); it != nft.staticMetadata.end(); ++it)
        fields.append({QStringLiteral("static.") + it.key(), valueText(*it, QStringLiteral("\"\""))});
    for (auto it = nft.dynamicMetadata.begin(); it != nft.dynamicMetadata.end(); ++it)
        fields.append({QStringLiteral("dynamic.") + it.key(), valueText(*it, QStringLiteral("\"\""))});
    return ctx.succeed(fieldList(fields), QJsonObject{{QStringLiteral("nft"), nftToJson(nft)}});
}

/// One sentence about an NFT that a command changed; --json keeps the whole object.
int printNftChange(Context &ctx, const net::ApiResult<Nft> &outcome, const std::function<QString(const Nft &)> &sentence)
{
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return failWith(ctx, *e);
    const Nft &nft = std::get<Nft>(outcome);
    return ctx.succeed(sentence(nft), QJsonObject{{QStringLiteral("nft"), nftToJson(nft)}});
}

int list(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {QStringLiteral("minted"), QStringLiteral("desc")}, kPaging + QStringList{QStringLiteral("holder")}, 0, 0, kList, code);
    if (!p)
        return code;
    const bool minted = p->args.has(QStringLiteral("minted"))
        || (!p->args.has(QStringLiteral("holder")) && p->account.role == QLatin1String("organization"));
    if (minted)
        return printList(ctx, run(p->client->mintedByMe(pageOf(p->args))));
    return printList(ctx, run(p->client->heldBy(p->args.value(QStringLiteral("holder"), p->account.subject), pageOf(p->args))));
}

int show(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {}, {}, 1, 1, kShow, code);
    return p ? printNft(ctx, run(p->client->nft(p->args.positional[0]))) : code;
}

QJsonObject entryJson(const services::web3connect::ChainEntry &e)
{
    return QJsonObject{{QStringLiteral("network"), e.network}, {QStringLiteral("trackId"), e.trackId},
                       {QStringLiteral("transactionId"), e.transactionId}, {QStringLiteral("blockNumber"), e.blockNumber},
                       {QStringLiteral("explorerUrl"), e.explorerUrl}, {QStringLiteral("panelUrl"), e.panelUrl}};
}

int history(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {}, {}, 1, 1, kHistory, code);
    if (!p)
        return code;
    auto outcome = run(p->client->history(p->args.positional[0]));
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return failWith(ctx, *e);
    const auto &h = std::get<services::web3connect::NftHistory>(outcome);
    QJsonArray transfers;
    QList<QStringList> rows{{inkan::tr("Event"), inkan::tr("Block"), inkan::tr("Transaction")}};
    if (h.mint)
        rows.append({inkan::tr("minted"), h.mint->blockNumber, h.mint->transactionId});
    for (const auto &t : h.transfers) {
        transfers.append(entryJson(t));
        rows.append({inkan::tr("transferred"), t.blockNumber, t.transactionId});
    }
    if (h.burn)
        rows.append({inkan::tr("burned"), h.burn->blockNumber, h.burn->transactionId});
    QJsonObject json{{QStringLiteral("token_id"), h.tokenId}, {QStringLiteral("transfers"), transfers},
                     {QStringLiteral("mint"), h.mint ? QJsonValue(entryJson(*h.mint)) : QJsonValue()},
                     {QStringLiteral("burn"), h.burn ? QJsonValue(entryJson(*h.burn)) : QJsonValue()}};
    const QString text = rows.size() == 1 ? inkan::tr("%1 has no history yet.").arg(h.tokenId) : alignedTable(rows, {1});
    return ctx.succeed(text, json);
}

int search(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {QStringLiteral("minted"), QStringLiteral("desc")}, kPaging, 0, 64, kSearch, code);
    if (!p)
        return code;
    auto fields = fieldsOf(p->args.positional);
    if (!fields)
        return ctx.usage(fields.error().message, kSearch);
    if (p->args.has(QStringLiteral("minted")))
        return printList(ctx, run(p->client->searchMintedByMe(*fields, pageOf(p->args))));
    return printList(ctx, run(p->client->search(*fields, pageOf(p->args))));
}

int visibility(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {}, {}, 2, 2, kVisibility, code);
    if (!p)
        return code;
    const QString to = p->args.positional[1];
    if (to != u"public" && to != u"private")
        return ctx.usage(inkan::tr("Visibility is public or private."), kVisibility);
    auto outcome = run(p->client->setVisibility(p->args.positional[0], to == u"public"));
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return failWith(ctx, *e);
    const QString now = std::get<QString>(outcome);
    return ctx.succeed(now == u"public" ? inkan::tr("The NFT %1 is now public.").arg(p->args.positional[0])
                                        : inkan::tr("The NFT %1 is now private.").arg(p->args.positional[0]),
                       QJsonObject{{QStringLiteral("token_id"), p->args.positional[0]}, {QStringLiteral("visibility"), now}});
}

int transfer(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {}, {}, 2, 2, kTransfer, code);
    if (!p)
        return code;
    const QString receiver = p->args.positional[1];
    auto *job = p->client->transfer(p->args.positional[0], receiver);
    bool alreadyTransferred = false;
    QObject::connect(job, &net::ApiJob::succeeded, job, [job, &alreadyTransferred] { alreadyTransferred = job->wasAlreadyTransferred(); });
    const auto outcome = run(job);
    if (alreadyTransferred && !ctx.json) {
        ctx.err() << inkan::tr("The transfer got no answer, but the NFT is with the receiver: it was already transferred.") << '\n';
        ctx.err().flush();
    }
    return printNftChange(ctx, outcome, [&receiver](const Nft &nft) {
        return inkan::tr("%1 now belongs to %2.").arg(nftInSentence(nft), receiver);
    });
}

int mint(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {}, {QStringLiteral("metadata")}, 1, 1, kMint, code);
    if (!p)
        return code;
    QFile file(p->args.value(QStringLiteral("metadata")));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(makeError(ErrorKind::NotFound, inkan::tr("Cannot read the metadata file \"%1\".").arg(file.fileName())));
    QJsonParseError error{};
    const QJsonObject metadata = QJsonDocument::fromJson(file.read(1024 * 1024), &error).object();
    if (error.error != QJsonParseError::NoError)
        return ctx.fail(makeError(ErrorKind::Malformed, inkan::tr("The metadata file is not JSON: %1").arg(error.errorString())));
    const QJsonObject staticPart = metadata.value(QLatin1String("static")).toObject();
    const QJsonObject dynamicPart = metadata.value(QLatin1String("dynamic")).toObject();
    const auto problems = jobs::validateMetadata(staticPart, dynamicPart);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const auto &problem : problems)
            messages.append(problem.message);
        return ctx.fail(makeError(ErrorKind::InvalidInput, messages.join(QLatin1Char(' '))));
    }
    const QString holder = p->args.positional[0];
    return printNftChange(ctx, run(p->client->mint(holder, staticPart, dynamicPart)), [&holder](const Nft &nft) {
        return inkan::tr("Minted %1 to %2.").arg(nftInSentence(nft), holder);
    });
}

int updateDynamic(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {}, {QStringLiteral("file")}, 1, 64, kUpdate, code);
    if (!p)
        return code;
    QJsonObject fields;
    if (p->args.has(QStringLiteral("file"))) {
        QFile file(p->args.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(makeError(ErrorKind::NotFound, inkan::tr("Cannot read \"%1\".").arg(file.fileName())));
        fields = QJsonDocument::fromJson(file.read(1024 * 1024)).object();
    }
    auto words = fieldsOf(p->args.positional.mid(1));
    if (!words)
        return ctx.usage(words.error().message, kUpdate);
    for (auto it = words->begin(); it != words->end(); ++it)
        fields.insert(it.key(), it.value());
    if (fields.isEmpty())
        return ctx.usage(inkan::tr("Give at least one FIELD=VALUE or --file."), kUpdate);
    return printNftChange(ctx, run(p->client->updateDynamicMetadata(p->args.positional[0], fields)), [&fields](const Nft &nft) {
        return inkan::tr("Updated %1: %2.").arg(nftInSentence(nft), fields.keys().join(QStringLiteral(", ")));
    });
}

Result<QHash<QString, jobs::ColumnMapping>> mappingOf(const QString &text)
{
    QHash<QString, jobs::ColumnMapping> mapping;
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return makeError(ErrorKind::InvalidInput, inkan::tr("--map wants COLUMN=TARGET, not \"%1\".").arg(entry));
        const QString column = entry.left(eq).trimmed();
        const QString target = entry.mid(eq + 1).trimmed();
        using T = jobs::ColumnMapping::Target;
        if (target == u"holder")
            mapping.insert(column, {T::Holder, {}});
        else if (target == u"ignore")
            mapping.insert(column, {T::Ignore, {}});
        else if (target.startsWith(QLatin1String("static.")) && target.size() > 7)
            mapping.insert(column, {T::Static, target.mid(7)});
        else if (target.startsWith(QLatin1String("dynamic.")) && target.size() > 8)
            mapping.insert(column, {T::Dynamic, target.mid(8)});
        else
            return makeError(ErrorKind::InvalidInput, inkan::tr("Unknown target \"%1\": use holder, static.FIELD, dynamic.FIELD or ignore.").arg(target));
    }
    return mapping;
}

int mintBatch(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {}, {QStringLiteral("map"), QStringLiteral("concurrency")}, 1, 1, kMintBatch, code);
    if (!p)
        return code;
    auto mapping = mappingOf(p->args.value(QStringLiteral("map")));
    if (!mapping)
        return ctx.usage(mapping.error().message, kMintBatch);
    jobs::BatchMintOptions options;
    options.csvPath = p->args.positional[0];
    options.mapping = *mapping;
    options.concurrency = p->args.value(QStringLiteral("concurrency"), QStringLiteral("4")).toInt();
    jobs::BatchMintJob batch(p->client, options);
    if (auto prepared = waitFor(batch.prepare()); !prepared) {
        QJsonArray problems;
        for (const auto &problem : batch.problems()) {
            problems.append(QJsonObject{{QStringLiteral("row"), problem.row}, {QStringLiteral("column"), problem.column},
                                        {QStringLiteral("message"), problem.message}});
            if (!ctx.json)
                ctx.err() << (problem.row > 0 ? inkan::tr("row %1, column %2: %3").arg(problem.row).arg(problem.column, problem.message)
                                              : problem.message) << '\n';
        }
        if (ctx.json && !problems.isEmpty()) {
            ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("error"), prepared.error().message},
                                                   {QStringLiteral("kind"), QStringLiteral("invalid-input")},
                                                   {QStringLiteral("problems"), problems}}).toJson(QJsonDocument::Compact) << '\n';
            ctx.out().flush();
            return ExitInput;
        }
        return ctx.fail(prepared.error());
    }

    const bool bar = !ctx.json && isatty(STDERR_FILENO);
    QObject::connect(&batch, &jobs::BatchMintJob::progress, &batch, [&ctx, bar](qint64 done, qint64 total) {
        if (!bar || total == 0)
            return;
        ctx.err() << progressBar(int(done), int(total));
        ctx.err().flush();
    });
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &batch, [&batch, &ctx, &interruptPoll] {
        if (!g_interrupted)
            return;
        interruptPoll.stop();
        ctx.err() << '\n' << inkan::tr("Stopping: rows in flight finish first; run the same command again to continue.") << '\n';
        ctx.err().flush();
        batch.cancel();
    });
    interruptPoll.start(100);
    (void)awaitCommand(&batch); // the outcome is read from the rows below
    std::signal(SIGINT, previousHandler);
    if (bar) {
        ctx.err() << '\n'; // the summary (on stdout) starts on a line of its own
        ctx.err().flush();
    }

    using S = jobs::BatchMintJob::RowState;
    const int minted = int(std::count_if(batch.outcomes().cbegin(), batch.outcomes().cend(),
                                         [](const auto &o) { return o.state == S::Done && !o.fromEarlierRun; }));
    const int already = batch.countIn(S::Done) - minted;
    const int failed = batch.countIn(S::Failed);
    const int unknown = batch.countIn(S::Unknown) + batch.countIn(S::Sending);
    const int notSent = batch.countIn(S::Pending);
    const QJsonObject summary{{QStringLiteral("rows"), batch.rowCount()}, {QStringLiteral("minted"), minted},
                              {QStringLiteral("already_minted"), already}, {QStringLiteral("failed"), failed},
                              {QStringLiteral("unknown"), unknown}, {QStringLiteral("not_sent"), notSent},
                              {QStringLiteral("result"), batch.resultPath()},
                              {QStringLiteral("journal"), batch.journalPath()}, {QStringLiteral("batch_id"), batch.batchId()}};
    if (batch.fatalError())
        return ctx.fail(*batch.fatalError());
    const QString text = inkan::tr("%1 rows: %2 minted now, %3 already minted, %4 failed, %5 unknown. Results in %6.")
                             .arg(batch.rowCount()).arg(minted).arg(already).arg(failed).arg(unknown).arg(batch.resultPath());
    const bool cancelled = notSent > 0 && failed == 0 && unknown == 0;
    if (cancelled || failed > 0 || unknown > 0) {
        // Not all minted: the sentence on stderr, and with --json the summary on stdout as well.
        ctx.err() << text;
        if (cancelled)
            ctx.err() << ' ' << inkan::tr("%1 rows were not sent (cancelled).").arg(notSent);
        ctx.err() << '\n';
        ctx.err().flush();
        if (ctx.json) {
            ctx.out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
            ctx.out().flush();
        }
        return cancelled ? ExitFailure : unknown > 0 ? ExitNetwork : ExitInput;
    }
    return ctx.succeed(text, summary);
}

} // namespace

int runNft(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, QStringLiteral("nft"), args,
                    {{"list", list},
                     {"show", show},
                     {"history", history},
                     {"search", search},
                     {"visibility", visibility},
                     {"transfer", transfer},
                     {"mint", mint},
                     {"mint-batch", mintBatch},
                     {"update-dynamic", updateDynamic}},
                    helpText(nftHelp()));
}

man::CommandGroup nftHelp()
{
    return {inkan::tr("NFTs (Web3Connect):"),
            {
                {kList,
                 inkan::tr("Lists the NFTs held by the signed-in holder (or ADDRESS), or those the organization minted."),
                 QStringLiteral("inkan-cli nft list --account org --minted --per-page 50")},
                {kShow,
                 inkan::tr("Prints one NFT with its metadata."),
                 QStringLiteral("inkan-cli --json nft show 0x1f…")},
                {kHistory,
                 inkan::tr("Prints who held the NFT and when."),
                 QStringLiteral("inkan-cli nft history 0x1f…")},
                {kSearch,
                 inkan::tr("Searches NFTs by metadata fields (--minted: among those the organization minted)."),
                 QStringLiteral("inkan-cli nft search name=\"Summer pass\" --per-page 20")},
                {kVisibility,
                 inkan::tr("Makes the NFT public or private."),
                 QStringLiteral("inkan-cli nft visibility 0x1f… public")},
                {kTransfer,
                 inkan::tr("Transfers the NFT to another address."),
                 QStringLiteral("inkan-cli nft transfer 0x1f… 0x5d2c54024c8f9d58059da8c47ba7e5bbdab6b249")},
                {kMint,
                 inkan::tr("Mints one NFT for a holder from a metadata JSON file (organizations)."),
                 QStringLiteral("inkan-cli nft mint 0x5d2c…b249 --metadata ticket.json")},
                {kMintBatch,
                 inkan::tr("Mints one NFT per row of a CSV file, journaled so that a killed run resumes without minting twice."),
                 QStringLiteral("inkan-cli nft mint-batch members.csv --map email=holder,level=dynamic.level --concurrency 8")},
                {kUpdate,
                 inkan::tr("Changes the dynamic metadata fields of an NFT (organizations)."),
                 QStringLiteral("inkan-cli nft update-dynamic 0x1f… points_earned=120 status=gold")},
            }};
}

} // namespace inkan::cli
