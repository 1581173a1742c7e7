// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The sandbox's storage rules, in process against a real SQLite file: WAL, foreign keys, the
// schema version and its migrations, one transaction per request (rolled back on an error,
// kept where a failure must stick, rolled back on a throw), the request limits applied before a
// handler runs, and the conditional UPDATE that decides racing transfers whatever the order of
// the reads (the process tests send truly concurrent requests; here the interleaving that
// concurrency could produce is made on purpose).
#include "Accounts.h"
#include "Database.h"
#include "NftStore.h"
#include "Router.h"
#include "SandboxState.h"
#include "Worker.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;
using namespace inkan::sandbox;

namespace {

QJsonObject staticMetadata()
{
    return {{"issuer", "Race Issuer"}, {"contents_provider", "Race"}, {"name", "Race NFT"},
            {"description", "raced"}, {"image", "/assets/ticket-concert.png"}, {"link", "https://example.com/"},
            {"serial_number", 1}, {"total_issued", 1}, {"animation_url", ""}};
}

// A sandbox state (not yet opened) on its own data directory, with its worker.
struct StateInDir {
    Worker worker;
    SandboxState state;
    explicit StateInDir(const QString &dataDir) : state(optionsFor(dataDir), worker) {}
    static SandboxOptions optionsFor(const QString &dataDir)
    {
        QDir().mkpath(dataDir);
        SandboxOptions options;
        options.dataDir = dataDir;
        return options;
    }
};

// An organization whose domain (NAME.example) is verified: it may mint.
Account verifiedOrganization(Database &db, const QString &name)
{
    const NewAccount org = accounts::create(db, accounts::kOrganization, QStringLiteral("staff@%1.example").arg(name),
                                            name, QStringLiteral("%1.example").arg(name), {}, true);
    db.exec(QStringLiteral("UPDATE accounts SET domain_verified = 1 WHERE id = ?"), {org.account.id});
    return *accounts::byId(db, org.account.id);
}

HttpRequest jsonRequest(const QString &path, const QByteArray &body)
{
    HttpRequest request;
    request.method = QHttpServerRequest::Method::Post;
    request.path = path;
    request.headers.insert("content-type", "application/json");
    request.body = body;
    return request;
}

} // namespace

class SandboxStorageTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void walForeignKeysAndSchemaVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("pragmas.sqlite"));
        {
            Database db(QStringLiteral("pragmas"));
            QVERIFY(db.open(path).ok());
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
            QVERIFY(Database::currentSchemaVersion() >= 1);
            QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
            // Foreign keys are enforced: an NFT needs an existing minter and holder.
            QVERIFY_THROWS_EXCEPTION(DatabaseError,
                db.exec(QStringLiteral("INSERT INTO nfts (token_id, minter_id, holder_id, visibility, static_json,"
                                       " dynamic_json, minter_signature, created_at)"
                                       " VALUES ('0x1', 'nobody', 'nobody', 'private', '{}', '{}', '', 0)")));
            db.setSetting(QStringLiteral("marker"), "kept");
            db.close();
        }
        {
            // Opening again migrates nothing (a re-run would fail on CREATE TABLE) and keeps the data.
            Database db(QStringLiteral("pragmas"));
            QVERIFY(db.open(path).ok());
            QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
            QCOMPARE(db.setting(QStringLiteral("marker")), QByteArray("kept"));
            // A file from a newer sandbox is refused rather than misread.
            db.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::currentSchemaVersion() + 1));
            db.close();
            const Result<void> newer = db.open(path);
            QVERIFY(!newer.ok());
            QVERIFY(newer.error().message.contains(QString::number(Database::currentSchemaVersion() + 1)));
        }
        {
            // An empty file (version 0) is migrated step by step to the current version.
            const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                raw.setDatabaseName(fresh);
                QVERIFY(raw.open());
                QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE unrelated (x)"));
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            Database db(QStringLiteral("fresh"));
            QVERIFY(db.open(fresh).ok());
            QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
            QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'nfts'"))->toInt() == 1);
            QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'unrelated'"))->toInt() == 1);
        }
    }

    void oneTransactionPerRequest()
    {
        Worker worker;
        SandboxOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("router"));
        QVERIFY(QDir().mkpath(options.dataDir));
        SandboxState state(options, worker);
        QVERIFY(state.open().ok()); // this thread owns the connection for the whole test

        Router router;
        int handled = 0;
        auto write = [&handled](RequestContext &context, const char *key) {
            ++handled;
            context.state.db().setSetting(QString::fromLatin1(key), "written");
        };
        router.add(Service::Web3Connect, QHttpServerRequest::Method::Post, QStringLiteral("/rest/v1/ok"), BodyKind::Json,
                   [&](RequestContext &context) { write(context, "ok"); return context.ok(true); });
        router.add(Service::Web3Connect, QHttpServerRequest::Method::Post, QStringLiteral("/rest/v1/fails"), BodyKind::Json,
                   [&](RequestContext &context) { write(context, "fails"); return context.fail(403, QStringLiteral("no")); });
        router.add(Service::NonceAuth, QHttpServerRequest::Method::Post, QStringLiteral("/users/sticks"), BodyKind::Json,
                   [&](RequestContext &context) {
                       write(context, "sticks");
                       HttpResponse response = context.fail(401, QStringLiteral("spent"));
                       response.keepChanges = true;
                       return response;
                   });
        router.add(Service::Pakt, QHttpServerRequest::Method::Post, QStringLiteral("/v1/auth/web3/throws"), BodyKind::Json,
                   [&](RequestContext &context) -> HttpResponse {
                       write(context, "throws");
                       context.state.db().exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
                       return context.ok(true);
                   });

        QCOMPARE(router.dispatch(jsonRequest("/rest/v1/ok", "{}"), state).status, 200);
        QCOMPARE(state.db().setting("ok"), QByteArray("written"));

        const HttpResponse failed = router.dispatch(jsonRequest("/rest/v1/fails", "{}"), state);
        QCOMPARE(failed.status, 403);
        QVERIFY(state.db().setting("fails").isEmpty()); // rolled back

        QCOMPARE(router.dispatch(jsonRequest("/users/sticks", "{}"), state).status, 401);
        QCOMPARE(state.db().setting("sticks"), QByteArray("written")); // a spent nonce stays spent

        const HttpResponse thrown = router.dispatch(jsonRequest("/v1/auth/web3/throws", "{}"), state);
        QCOMPARE(thrown.status, 500);
        const QJsonObject body = QJsonDocument::fromJson(thrown.body).object();
        QCOMPARE(body.value("status").toString(), QStringLiteral("error")); // Pakt's own shape
        QVERIFY(body.contains("message") && body.contains("data"));
        QVERIFY(!thrown.body.contains("no_such_table")); // the SQL stays in the log
        QVERIFY(state.db().setting("throws").isEmpty());
        QVERIFY(!state.db().inTransaction());
        QCOMPARE(handled, 4);

        // Limits are applied before any handler runs.
        QCOMPARE(router.dispatch(jsonRequest("/rest/v1/ok", QByteArray(kMaxBodyBytes + 1, ' ')), state).status, 413);
        QCOMPARE(router.dispatch(jsonRequest("/rest/v1/ok", "{\"a\":"), state).status, 400);
        QCOMPARE(router.dispatch(jsonRequest("/rest/v1/ok", "\"text\""), state).status, 400);
        QCOMPARE(handled, 4);
        // Exactly 1 MiB is allowed (the limit is "over 1 MiB").
        QByteArray oneMiB(kMaxBodyBytes, ' ');
        oneMiB[0] = '{';
        oneMiB[kMaxBodyBytes - 1] = '}';
        QCOMPARE(router.dispatch(jsonRequest("/rest/v1/ok", oneMiB), state).status, 200);
        QCOMPARE(handled, 5);
        state.close();
    }

    void conditionalUpdateDecidesRacingTransfers()
    {
        StateInDir opened(m_dir.filePath(QStringLiteral("race")));
        SandboxState &state = opened.state;
        QVERIFY(state.open().ok());
        Database &db = state.db();

        const Account minter = verifiedOrganization(db, QStringLiteral("race"));
        QList<Account> users;
        for (const char *email : {"alice@race.example", "bob@race.example", "carol@race.example"})
            users << accounts::create(db, accounts::kEndUser, QString::fromLatin1(email), {}, {}, {}, true).account;

        for (const bool minterRaces : {false, true}) {
            ApiResult<Nft> nft = nfts::mint(state, minter, users[0].walletAddress,
                                            QJsonObject{{"metadata", QJsonObject{{"static", staticMetadata()}}}});
            QVERIFY(nft.ok());
            // Two transactions read the NFT before either writes: both pass every check…
            const Account &second = minterRaces ? minter : users[0];
            ApiResult<nfts::TransferPlan> toBob = nfts::checkTransfer(db, users[0], nft->tokenId, users[1].walletAddress);
            ApiResult<nfts::TransferPlan> toCarol = nfts::checkTransfer(db, second, nft->tokenId, users[2].walletAddress);
            QVERIFY(toBob.ok());
            QVERIFY(toCarol.ok());
            // …and the conditional UPDATE lets exactly one of them move it.
            QVERIFY(nfts::applyTransfer(state, *toBob).ok());
            const ApiResult<Nft> loser = nfts::applyTransfer(state, *toCarol);
            QVERIFY(!loser.ok());
            QCOMPARE(loser.error().status, 409);
            QCOMPARE(nfts::byTokenId(db, nft->tokenId)->holderId, users[1].id);
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM nft_transactions WHERE token_id = ? AND kind = 'transfer'"),
                               {nft->tokenId})->toInt(),
                     1);
        }
        state.close();
    }

    // GET /nft/{id} sends the stored metadata text instead of parsing and writing it again: the
    // bytes are the same as serialising the parsed NFT, quotes, escapes and Japanese included.
    void storedMetadataIsSentUnchanged()
    {
        StateInDir opened(m_dir.filePath(QStringLiteral("stored")));
        SandboxState &state = opened.state;
        QVERIFY(state.open().ok());
        Database &db = state.db();
        const Account minter = verifiedOrganization(db, QStringLiteral("stored"));
        const Account holder = accounts::create(db, accounts::kEndUser, QStringLiteral("h@stored.example"), {}, {}, {}, true).account;
        QJsonObject metadata = staticMetadata();
        metadata.insert("name", QStringLiteral("東京 \"night\" \\ pass\n\t\u0001 ✓"));
        metadata.insert("description", QStringLiteral("\"metadata\":{\"dynamic\":{},\"static\":{}}"));
        const QJsonObject dynamic{{"level", "金"}, {"points_earned", 12.5}, {"attributes", QJsonArray{1, "x", QJsonObject{}}},
                                  {"properties", QJsonObject{{"b", 1}, {"a", QJsonValue::Null}}}};
        ApiResult<Nft> nft = nfts::mint(state, minter, holder.walletAddress,
                                        QJsonObject{{"metadata", QJsonObject{{"static", metadata}, {"dynamic", dynamic}}}});
        QVERIFY2(nft.ok(), nft.ok() ? "" : qPrintable(nft.error().message));
        const QString base = QStringLiteral("http://127.0.0.1:1");
        const Nft parsed = *nfts::byTokenId(db, nft->tokenId);
        const Nft stored = *nfts::byTokenId(db, nft->tokenId, nfts::Metadata::AsStored);
        QVERIFY(stored.staticMetadata.isEmpty());
        const QByteArray expected = QJsonDocument(QJsonObject{{"result", nfts::toJson(parsed, base)}}).toJson(QJsonDocument::Compact);
        const QByteArray spliced = nfts::withStoredMetadata(
            QJsonDocument(QJsonObject{{"result", nfts::toJson(stored, base)}}).toJson(QJsonDocument::Compact), stored);
        QCOMPARE(spliced, expected);
        state.close();
    }

    // Issue #9: a holder with 10,000 NFTs pages as fast as one with 10. Every list and search
    // query walks an index in the order it sorts on (no full scan of nfts, no sort of all a
    // holder's NFTs to find one page), as EXPLAIN QUERY PLAN shows; and the pages are right.
    void listQueriesWalkAnIndex()
    {
        StateInDir opened(m_dir.filePath(QStringLiteral("paging")));
        SandboxState &state = opened.state;
        QVERIFY(state.open().ok());
        Database &db = state.db();
        const Account minter = verifiedOrganization(db, QStringLiteral("paging"));
        const Account many = accounts::create(db, accounts::kEndUser, QStringLiteral("many@paging.example"), {}, {}, {}, true).account;
        const Account few = accounts::create(db, accounts::kEndUser, QStringLiteral("few@paging.example"), {}, {}, {}, true).account;
        // 10,000 NFTs for one holder and 10 for another, written directly (signing each would
        // only slow the test); every third one public.
        db.begin();
        db.exec(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10010)"
                    " INSERT INTO nfts (token_id, minter_id, holder_id, visibility, static_json, dynamic_json,"
                    " minter_signature, created_at)"
                    " SELECT printf('0x%064x', i), ?, CASE WHEN i <= 10000 THEN ? ELSE ? END,"
                    " CASE WHEN i % 3 = 0 THEN 'public' ELSE 'private' END,"
                    " json_object('name', 'NFT ' || i), json_object('level', CASE WHEN i % 2 = 0 THEN 'gold' ELSE 'silver' END),"
                    " '', i FROM n"),
                {minter.id, many.id, few.id});
        db.commit();

        const auto plan = [&](const QString &where, QVariantList values, bool descending) {
            values << 10 << 20;
            QSqlQuery rows = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + nfts::pageSql(where, {10, 3, descending}), values);
            QStringList steps;
            while (rows.next())
                steps << rows.value(3).toString();
            return steps.join(QStringLiteral("; "));
        };
        const auto search = nfts::searchFilter(QJsonObject{{"level", "gold"}});
        QVERIFY(search.ok());
        const struct {
            const char *name;
            QString where;
            QVariantList values;
            const char *index;
        } queries[] = {
            {"held by", nfts::kHeldByVisibleTo, {many.id, few.id, few.id}, "nfts_holder"},
            {"minted by me", nfts::kMintedBy, {minter.id}, "nfts_minter"},
            {"public search", nfts::kPublicNfts + search->first, search->second, "nfts_visibility"},
            {"search minted by me", nfts::kMintedBy + search->first, QVariantList{minter.id} + search->second, "nfts_minter"},
        };
        for (const auto &query : queries) {
            for (const bool descending : {false, true}) {
                const QString steps = plan(query.where, query.values, descending);
                QVERIFY2(steps.contains(QStringLiteral("USING INDEX %1").arg(QLatin1String(query.index))),
                         qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(query.name), steps)));
                QVERIFY2(!steps.contains(QLatin1String("TEMP B-TREE")), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(query.name), steps)));
                QVERIFY2(!steps.contains(QLatin1String("SCAN nfts")) || steps.contains(QLatin1String("USING INDEX")),
                         qPrintable(steps));
            }
        }

        // The pages themselves: in mint order, the right slice, for the big and the small holder.
        const QList<Nft> page3 = nfts::listPage(db, nfts::kHeldByVisibleTo, {many.id, many.id, many.id}, {10, 3, false});
        QCOMPARE(page3.size(), 10);
        QCOMPARE(page3.first().tokenId, QStringLiteral("0x%1").arg(21, 64, 16, QLatin1Char('0')));
        const QList<Nft> last = nfts::listPage(db, nfts::kHeldByVisibleTo, {many.id, many.id, many.id}, {100, 100, true});
        QCOMPARE(last.size(), 100);
        QCOMPARE(last.last().tokenId, QStringLiteral("0x%1").arg(1, 64, 16, QLatin1Char('0')));
        const QList<Nft> small = nfts::listPage(db, nfts::kHeldByVisibleTo, {few.id, minter.id, minter.id}, {10, 1, false});
        QCOMPARE(small.size(), 10);
        // Someone else sees only the public ones among the 10 (i = 10002, 10005, 10008).
        const QList<Nft> others = nfts::listPage(db, nfts::kHeldByVisibleTo, {few.id, many.id, many.id}, {10, 1, false});
        QCOMPARE(others.size(), 3);
        state.close();
    }
};

QTEST_GUILESS_MAIN(SandboxStorageTest)
#include "tst_sandbox_storage.moc"
