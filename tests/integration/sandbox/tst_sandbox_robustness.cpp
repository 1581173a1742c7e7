// The sandbox as a process: limits and error shapes, racing transfers, a kill -9 in the middle of
// a burst of mints, a clean SIGTERM, an idempotent --demo, and a log without secrets.
#include "SandboxFixture.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <set>

using namespace inkan;
using namespace inkan::test;

class SandboxRobustnessTest : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{QStringLiteral("--demo"), QStringLiteral("--test-hooks")}};
    std::unique_ptr<HttpProbe> m_http;
    QJsonValue m_demo; // demo.json

    HttpProbe &http() { return *m_http; }
    QString orgToken() { return accessToken(http(), m_demo["organization"]["api_key_secret"].toString()); }
    QString userToken(int i) { return accessToken(http(), m_demo["end_users"][i]["api_key_secret"].toString()); }
    QString address(int i) { return m_demo["end_users"][i]["id_wallet_address"].toString(); }

    static QNetworkRequest jsonRequest(const QUrl &url, const QString &token)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl());
        m_demo = m_sandbox.demo();
        QVERIFY(QRegularExpression("^http://127\\.0\\.0\\.1:\\d+$").match(m_sandbox.baseUrl().toString()).hasMatch());
    }

    void limitsAndErrorShapes()
    {
        const QByteArray big(1024 * 1024 + 1, 'x');
        const HttpReply tooBig = http().send("POST", "/rest/v1/account/import", big, "application/json",
                                             HttpProbe::bearer(orgToken()));
        QCOMPARE(tooBig.status, 413);
        QCOMPARE(keysOf(tooBig.object()), sorted({"status", "result", "error"}));
        const HttpReply malformed = http().send("POST", "/rest/v1/account/import", "{\"email\": ", "application/json",
                                                HttpProbe::bearer(orgToken()));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.object()["status"].toString(), QStringLiteral("error"));
        QCOMPARE(http().send("POST", "/rest/v1/account/import", "[1,2]", "application/json", HttpProbe::bearer(orgToken())).status, 400);

        const HttpReply restMissing = http().get("/rest/v1/no/such/thing");
        QCOMPARE(restMissing.status, 404);
        QCOMPARE(keysOf(restMissing.object()), sorted({"status", "result", "error"}));
        const HttpReply oidcMissing = http().get("/oidc/nothing");
        QCOMPARE(oidcMissing.status, 404);
        QCOMPARE(keysOf(oidcMissing.object()), sorted({"error", "error_description"}));
        QCOMPARE(keysOf(http().get("/api/v3/nothing/").object()), QStringList{"detail"});
        QCOMPARE(keysOf(http().get("/users/a/b/c").object()), QStringList{"error"});
        const HttpReply paktMissing = http().postJson("/v1/auth/web3/nothing", {});
        QCOMPARE(paktMissing.status, 404);
        QCOMPARE(keysOf(paktMissing.object()), sorted({"status", "message", "data"}));
        QCOMPARE(http().get("/nothing/at/all").status, 404);
        QCOMPARE(http().send("POST", "/oidc/oauth2/token", QByteArray(2 * 1024 * 1024, 'a'),
                             "application/x-www-form-urlencoded").status, 413);

        const HttpReply wrongMethod = http().send("DELETE", "/rest/v1/account/my_info", {}, {});
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("allow"), QByteArray("GET"));
    }

    void concurrentTransfersOneWins()
    {
        QNetworkAccessManager network;
        const QString org = orgToken();
        const QString alice = userToken(0);
        for (int round = 0; round < 5; ++round) {
            const QString tokenId = mint(http(), org, address(0), staticMetadata(round)).result()["token_id"].toString();
            QVERIFY(!tokenId.isEmpty());
            QList<QNetworkReply *> replies;
            for (int receiver : {1, 2}) {
                const QUrl url = http().url("/rest/v1/nft/" + tokenId + "/transfer/to/" + address(receiver));
                replies << network.put(jsonRequest(url, alice), QByteArray());
            }
            QEventLoop loop;
            int finished = 0;
            for (QNetworkReply *reply : replies) {
                connect(reply, &QNetworkReply::finished, &loop, [&] {
                    if (++finished == 2)
                        loop.quit();
                });
            }
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            loop.exec();
            QList<int> statuses;
            for (QNetworkReply *reply : replies) {
                statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
            }
            QCOMPARE(statuses.count(200), 1);
            QVERIFY2(statuses.count(404) + statuses.count(403) + statuses.count(409) == 1,
                     qPrintable(QStringLiteral("%1 %2").arg(statuses[0]).arg(statuses[1])));
            const HttpReply history = http().get("/rest/v1/nft/" + tokenId + "/history", HttpProbe::bearer(org));
            QCOMPARE(history.result()["transfers"].toArray().size(), 1);
        }
    }

    void requestLogHasNoSecrets()
    {
        const QString alice = userToken(0);
        const QString tokenId = mint(http(), orgToken(), address(0), staticMetadata(1)).result()["token_id"].toString();
        const QString code = http().postJson("/rest/v1/nft/" + tokenId + "/verification/qr_code/step1",
                                             {{"gps", QJsonObject{{"latitude", "35"}, {"longitude", "139"}}}},
                                             HttpProbe::bearer(alice)).result()["code"].toString();
        http().get("/rest/v1/nft/verification/qr_code/result?c=" + code, HttpProbe::bearer(alice));
        QTest::qWait(200);
        const QByteArray log = m_sandbox.log();
        QVERIFY(log.contains("GET /rest/v1/nft/verification/qr_code/result?c= 200 "));
        QVERIFY(!log.contains(code.toUtf8()));
        QVERIFY(!log.contains(alice.toUtf8()));
        QVERIFY(!log.contains(m_demo["end_users"][0]["password"].toString().toUtf8()));
        QVERIFY(QRegularExpression("(?m)^POST /rest/v1/nft/mint/to/0x[0-9a-f]{40} 200 \\d+\\.\\dms$")
                    .match(QString::fromUtf8(log)).hasMatch());
    }

    void crashDuringMintBurst()
    {
        QTemporaryDir dir;
        QString organization;
        QString holder;
        QStringList confirmed; // token ids of mints answered 200
        {
            SandboxProcess victim({QStringLiteral("--test-hooks")}, dir.path());
            QVERIFY2(victim.start(), qPrintable(victim.errorString()));
            HttpProbe probe(victim.baseUrl());
            organization = createOrganization(probe, "Crash Org", "crash.example", true)["api_key_secret"].toString();
            holder = createEndUser(probe, "crash-holder@example.com")["id_wallet_address"].toString();
            const QString token = accessToken(probe, organization);

            QNetworkAccessManager network;
            const QByteArray body = QJsonDocument(QJsonObject{{"metadata", QJsonObject{{"static", staticMetadata(1)}}}})
                                        .toJson(QJsonDocument::Compact);
            const QUrl url = probe.url("/rest/v1/nft/mint/to/" + holder);
            int inFlight = 0;
            std::function<void()> sendOne = [&] {
                ++inFlight;
                QNetworkReply *reply = network.post(jsonRequest(url, token), body);
                connect(reply, &QNetworkReply::finished, this, [&, reply] {
                    --inFlight;
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                        confirmed << QJsonDocument::fromJson(reply->readAll()).object().value("result")["token_id"].toString();
                    }
                    reply->deleteLater();
                    if (victim.isRunning())
                        sendOne();
                });
            };
            for (int i = 0; i < 12; ++i)
                sendOne();
            // Let the burst run, then kill the process while requests are in flight.
            QTest::qWait(2000);
            QVERIFY(inFlight > 0);
            victim.kill();
            QTest::qWait(200);
            network.clearConnectionCache();
        }
        QVERIFY2(confirmed.size() > 5, "too few mints finished before the kill to say anything");

        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "crash-check");
            db.setDatabaseName(dir.filePath("sandbox.sqlite"));
            QVERIFY(db.open());
            QSqlQuery integrity(db);
            QVERIFY(integrity.exec("PRAGMA integrity_check"));
            QVERIFY(integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
            std::set<QString> stored;
            QSqlQuery tokens(db);
            QVERIFY(tokens.exec("SELECT token_id FROM nfts"));
            while (tokens.next())
                stored.insert(tokens.value(0).toString());
            for (const QString &tokenId : confirmed)
                QVERIFY2(stored.count(tokenId) == 1, qPrintable(tokenId));
            db.close();
        }
        QSqlDatabase::removeDatabase("crash-check");

        SandboxProcess restarted({}, dir.path());
        QVERIFY2(restarted.start(), qPrintable(restarted.errorString()));
        HttpProbe probe(restarted.baseUrl());
        const QString token = accessToken(probe, organization);
        for (const QString &tokenId : confirmed)
            QCOMPARE(probe.get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(token)).status, 200);
        QCOMPARE(restarted.terminate(), 0);
    }

    void sigtermAndIdempotentDemo()
    {
        QTemporaryDir dir;
        QString organizationId;
        int count = 0;
        for (int run = 0; run < 2; ++run) {
            SandboxProcess sandbox({QStringLiteral("--demo")}, dir.path());
            QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
            const QJsonObject demo = sandbox.demo();
            QCOMPARE(demo["base_url"].toString(), sandbox.baseUrl().toString());
            HttpProbe probe(sandbox.baseUrl());
            const QString token = accessToken(probe, demo["organization"]["api_key_secret"].toString());
            const int minted = probe.get("/rest/v1/nft/minted_by_me?perPageItemNum=100", HttpProbe::bearer(token)).result().toArray().size();
            QVERIFY(minted >= 35 && minted <= 60);
            if (run == 0) {
                organizationId = demo["organization"]["account_id"].toString();
                count = minted;
            } else {
                QCOMPARE(demo["organization"]["account_id"].toString(), organizationId);
                QCOMPARE(minted, count);
                // The end-users' passwords still work (the second run wrote the same demo.json).
                QCOMPARE(probe.postJson("/api/v3/auth/token/login/", {{"email", "bob@example.com"},
                                                                      {"password", demo["end_users"][1]["password"]}}).status,
                         200);
            }
            if (run == 0) {
                QCOMPARE(sandbox.terminate(), 0); // SIGTERM
            } else {
                QCOMPARE(::kill(pid_t(sandbox.processId()), SIGINT), 0);
                QCOMPARE(sandbox.waitForExit(), 0);
            }
        }
        // Closed cleanly: the file checks out.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "after-shutdown");
            db.setDatabaseName(dir.filePath("sandbox.sqlite"));
            QVERIFY(db.open());
            QSqlQuery integrity(db);
            QVERIFY(integrity.exec("PRAGMA integrity_check") && integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase("after-shutdown");
    }
};

QTEST_GUILESS_MAIN(SandboxRobustnessTest)
#include "tst_sandbox_robustness.moc"
