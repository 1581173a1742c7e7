// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The sandbox as a process: limits and error shapes, racing transfers, a kill -9 in the middle of
// a burst of mints, a clean SIGTERM, an idempotent --demo, and a log without secrets.
#include "SandboxFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <sys/stat.h>
#include <memory>
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

    // Sends each request on its own connection: first all of every request but its last byte,
    // then the last bytes back to back, so the server holds every request complete at once and
    // none is answered before the others are sent. Their HTTP statuses, in order.
    QList<int> raceRequests(const QList<QByteArray> &requests)
    {
        const QUrl base = m_sandbox.baseUrl();
        QList<std::shared_ptr<QTcpSocket>> sockets;
        QList<QByteArray> received(requests.size());
        for (qsizetype i = 0; i < requests.size(); ++i) {
            auto socket = std::make_shared<QTcpSocket>();
            socket->connectToHost(base.host(), quint16(base.port()));
            if (!socket->waitForConnected(30000))
                return {};
            sockets << socket;
        }
        for (qsizetype i = 0; i < requests.size(); ++i) {
            sockets[i]->write(requests[i].chopped(1));
            sockets[i]->waitForBytesWritten(30000);
        }
        for (qsizetype i = 0; i < requests.size(); ++i)
            sockets[i]->write(requests[i].right(1));
        for (const auto &socket : sockets)
            socket->flush();

        // A response is complete once its headers and Content-Length bytes of body are in.
        auto complete = [](const QByteArray &data) {
            const qsizetype end = data.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            const QRegularExpressionMatch length =
                QRegularExpression("(?im)^content-length:\\s*(\\d+)\\s*$").match(QString::fromLatin1(data.left(end)));
            return length.hasMatch() && data.size() >= end + 4 + length.captured(1).toLongLong();
        };
        QEventLoop loop;
        auto check = [&] {
            if (std::all_of(received.begin(), received.end(), complete))
                loop.quit();
        };
        for (qsizetype i = 0; i < sockets.size(); ++i) {
            QTcpSocket *socket = sockets[i].get();
            connect(socket, &QTcpSocket::readyRead, &loop, [&, socket, i] {
                received[i] += socket->readAll();
                check();
            });
            received[i] += socket->readAll();
        }
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        check();
        if (!std::all_of(received.begin(), received.end(), complete))
            loop.exec();
        QList<int> statuses;
        for (const QByteArray &response : received) {
            const QList<QByteArray> statusLine = response.left(response.indexOf("\r\n")).split(' ');
            statuses << (statusLine.size() >= 2 ? statusLine[1].toInt() : 0);
        }
        return statuses;
    }

    QByteArray transferRequest(const QString &tokenId, int receiver, const QString &token)
    {
        return "PUT /rest/v1/nft/" + tokenId.toLatin1() + "/transfer/to/" + address(receiver).toLatin1()
               + " HTTP/1.1\r\nHost: " + m_sandbox.baseUrl().authority().toLatin1()
               + "\r\nAuthorization: Bearer " + token.toLatin1() + "\r\nContent-Length: 0\r\n\r\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl());
        m_demo = m_sandbox.demo();
        QVERIFY(QRegularExpression("^http://127\\.0\\.0\\.1:\\d+$").match(m_sandbox.baseUrl().toString()).hasMatch());
    }

    void firstLineExactAndPortZero()
    {
        // Two sandboxes on --port 0: each prints exactly "listening on http://127.0.0.1:PORT\n"
        // as its first stdout line, with a free port of its own that it really serves.
        QTemporaryDir first;
        QTemporaryDir second;
        QList<std::shared_ptr<QProcess>> processes;
        QList<int> ports;
        for (const QString &dir : {first.path(), second.path()}) {
            auto process = std::make_shared<QProcess>();
            process->start(SandboxProcess::binaryPath(), {QStringLiteral("--data"), dir, QStringLiteral("--port"), QStringLiteral("0")});
            QVERIFY(process->waitForStarted(60000));
            QTRY_VERIFY_WITH_TIMEOUT(process->canReadLine(), 60000);
            const QByteArray line = process->readLine();
            const QRegularExpressionMatch match = QRegularExpression("^listening on http://127\\.0\\.0\\.1:([1-9][0-9]*)\n$")
                                                      .match(QString::fromLatin1(line));
            QVERIFY2(match.hasMatch(), line.constData());
            ports << match.captured(1).toInt();
            processes << process;
            HttpProbe probe(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ports.last())));
            QCOMPARE(probe.get("/oidc/.well-known/openid-configuration").status, 200);
        }
        QVERIFY(ports[0] != ports[1]);
        for (const auto &process : processes) {
            process->terminate();
            QVERIFY(process->waitForFinished(30000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
            QVERIFY(process->readAllStandardOutput().isEmpty()); // nothing after the first line
        }
    }

    void dataFilesArePrivate()
    {
        // Custodial keys live in sandbox.sqlite: the folder is 0700, the database and its WAL
        // files 0600, whatever the umask (here the permissive 022 default, and a folder made 0755).
        QTemporaryDir parent;
        const QString dir = parent.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::Permissions(0x7755)));
        SandboxProcess sandbox({QStringLiteral("--demo")}, dir);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        const QFileDevice::Permissions dirMode = QFileInfo(dir).permissions();
        QVERIFY2(!(dirMode & others), qPrintable(QString::number(int(dirMode), 16)));
        for (const char *name : {"sandbox.sqlite", "sandbox.sqlite-wal", "sandbox.sqlite-shm"}) {
            const QFileInfo file(QDir(dir).filePath(QLatin1String(name)));
            QVERIFY2(file.exists(), name);
            QVERIFY2(!(file.permissions() & others), name);
            QVERIFY((file.permissions() & owner) == owner);
        }
        QCOMPARE(sandbox.terminate(), 0);

        // A shared folder (sticky, like /tmp) is refused, not chmodded.
        const QString shared = parent.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(shared));
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), 01777) == 0);
        SandboxProcess refused({}, shared);
        QVERIFY(!refused.start());
        QVERIFY2(refused.log().contains("shared with other users"), refused.log().constData());
        QVERIFY(QFileInfo(shared).permissions() & QFileDevice::WriteOther);
    }

    void nonLoopbackBindWarns()
    {
        SandboxProcess loopback;
        QVERIFY2(loopback.start(), qPrintable(loopback.errorString()));
        SandboxProcess open({QStringLiteral("--bind"), QStringLiteral("0.0.0.0")});
        QVERIFY2(open.start(), qPrintable(open.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(open.log().contains("not a loopback address"), 30000);
        QCOMPARE(open.terminate(), 0);
        QCOMPARE(loopback.terminate(), 0);
        QVERIFY(!loopback.log().contains("not a loopback address"));
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
        // The sandbox answers requests one at a time on its worker thread, but the requests
        // below are all in its hands at once; that exactly one wins rests on the transfer's
        // conditional UPDATE (tst_sandbox_storage interleaves the reads to prove it).
        const QString org = orgToken();
        const QString alice = userToken(0);
        const QList<int> receivers = {1, 2, 1, 2};
        for (int round = 0; round < 6; ++round) {
            const QString tokenId = mint(http(), org, address(0), staticMetadata(round)).result()["token_id"].toString();
            QVERIFY(!tokenId.isEmpty());
            const bool isPublic = round % 2 == 1; // a loser then gets 403 instead of 404
            if (isPublic) {
                QCOMPARE(http().putJson("/rest/v1/nft/" + tokenId + "/visibility", {{"to", "public"}}, HttpProbe::bearer(alice)).status,
                         200);
            }
            QList<QByteArray> requests;
            for (int receiver : receivers)
                requests << transferRequest(tokenId, receiver, alice);
            const QList<int> statuses = raceRequests(requests);
            QCOMPARE(statuses.size(), receivers.size());
            QCOMPARE(statuses.count(200), 1);
            QVERIFY2(statuses.count(404) + statuses.count(403) + statuses.count(409) == receivers.size() - 1,
                     qPrintable(QStringLiteral("%1 %2 %3 %4").arg(statuses[0]).arg(statuses[1]).arg(statuses[2]).arg(statuses[3])));
            QCOMPARE(statuses.count(isPublic ? 404 : 403), 0);
            const HttpReply history = http().get("/rest/v1/nft/" + tokenId + "/history", HttpProbe::bearer(org));
            QCOMPARE(history.result()["transfers"].toArray().size(), 1);
            // The winner's receiver holds it now.
            const int winner = receivers[statuses.indexOf(200)];
            QCOMPARE(http().get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(userToken(winner))).status, 200);
            const QJsonArray held = http().get("/rest/v1/nft/held_by_id_wallet/" + address(winner) + "?perPageItemNum=100&order=desc",
                                               HttpProbe::bearer(org)).result().toArray();
            QVERIFY(containsToken(held, tokenId));
            QCOMPARE(http().get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(alice)).status, isPublic ? 200 : 404);
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

    void requestLogOneLinePerRequestNothingSecret()
    {
        // Secrets in every place a request can carry them: body (JSON and form), headers, query.
        const QByteArray bodyMarker = "body-marker-7f3a";
        const QString password = m_demo["end_users"][1]["password"].toString();
        const QString secret = m_demo["end_users"][1]["api_key_secret"].toString();
        const QString bob = userToken(1);
        http().postJson("/api/v3/auth/token/login/", {{"email", "bob@example.com"}, {"password", password}});
        http().postJson("/rest/v1/auth/account/access_token/check_account_type_and_address", {{"api_key_secret", secret}});
        http().postJson("/rest/v1/nft/search", {{"brand", QString::fromLatin1(bodyMarker)}}, HttpProbe::bearer(bob));
        QUrlQuery form;
        form.addQueryItem("grant_type", "authorization_code");
        form.addQueryItem("code", QString::fromLatin1(bodyMarker));
        form.addQueryItem("code_verifier", QString(43, u'v'));
        form.addQueryItem("redirect_uri", "http://127.0.0.1:9/cb");
        form.addQueryItem("client_id", "x");
        QCOMPARE(http().postForm("/oidc/oauth2/token", form).status, 400);
        QCOMPARE(http().get(QString::fromLatin1("/oidc/oauth2/auth?client_id=x&state=" + bodyMarker + "&nonce=" + bodyMarker)).status, 400);
        http().get("/users/api-key", {{"x-auth-token", bodyMarker}});
        http().get("/api/v3/auth/users/me/", {{"Authorization", "token " + bodyMarker}});
        // Exactly one line per request, this path three times (two of them unknown routes).
        const QString unknown = QStringLiteral("/rest/v1/nft/0x%1").arg(QString(64, u'e'));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http().get(unknown + "?marker=" + bodyMarker, HttpProbe::bearer(bob)).status, 404);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(http().get(QString::fromLatin1("/no/such/route/marker?x=" + bodyMarker)).status, 404);
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.log().count("GET /no/such/route/marker?x= 404 ") == 2, 30000);

        const QString log = QString::fromUtf8(m_sandbox.log());
        QCOMPARE(log.count(QRegularExpression(QStringLiteral("(?m)^GET %1\\?marker= 404 \\d+\\.\\dms$").arg(unknown))), 3);
        QVERIFY(log.contains("POST /oidc/oauth2/token 400 "));
        QVERIFY(log.contains("GET /oidc/oauth2/auth?client_id=&state=&nonce= 400 "));
        QVERIFY(log.contains("GET /users/api-key 401 "));
        QVERIFY(!log.contains(QString::fromLatin1(bodyMarker)));
        QVERIFY(!log.contains(password));
        QVERIFY(!log.contains(secret));
        QVERIFY(!log.contains(bob));
        QVERIFY(!log.contains("eyJ")); // no JWT of any kind
        // Every line is a request line: method, path, status, milliseconds; nothing else.
        static const QRegularExpression line(QStringLiteral("^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) /\\S* \\d{3} \\d+\\.\\dms$"));
        for (const QString &entry : log.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(line.match(entry).hasMatch(), qPrintable(entry));
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
