// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Requests per second of the sandbox on loopback: GET /nft/{id} and mint, each with a few
// requests in flight; and GET /nft/{id} with a bearer token against a bare QHttpServer route
// answering the same bytes, in a child process, over the same N keep-alive connections: the
// ratio of the two rates is the sandbox's own cost (issue #9: at least 0.6). Prints numbers;
// asserts only that the requests succeeded.
#include "LoadClient.h"
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <functional>

using namespace inkan::test;

namespace {

constexpr int kInFlight = 8;

struct Rate {
    int ok = 0;
    int failed = 0;
    double perSecond = 0;
};

// Sends `total` requests made by `make`, kInFlight at a time.
Rate measure(int total, const std::function<QNetworkReply *(QNetworkAccessManager &)> &make)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    Rate rate;
    int sent = 0;
    int done = 0;
    QElapsedTimer timer;
    std::function<void()> next = [&] {
        if (sent >= total)
            return;
        ++sent;
        QNetworkReply *reply = make(network);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? rate.ok : rate.failed)++;
            reply->deleteLater();
            if (++done == total)
                loop.quit();
            else
                next();
        });
    };
    timer.start();
    for (int i = 0; i < kInFlight; ++i)
        next();
    loop.exec();
    rate.perSecond = total / (double(timer.nsecsElapsed()) / 1e9);
    return rate;
}

// A verified organization, an end-user, an access token, and one NFT minted with them.
struct Minted {
    QByteArray token;
    QString holder;
    QByteArray mintBody;
    QString tokenId;
};

Minted mintOne(HttpProbe &http)
{
    Minted minted;
    const QString secret = http.postJson("/_test/organizations", {{"name", "Bench"}, {"domain", "bench.example"},
                                                                  {"domain_verified", true}})
                               .object()["api_key_secret"].toString();
    minted.holder = http.postJson("/_test/end_users", {{"email", "bench@example.com"}}).object()["id_wallet_address"].toString();
    minted.token = http.postJson("/rest/v1/auth/account/access_token/refresh", {{"api_key_secret", secret}})
                       .result().toString().toUtf8();
    const QJsonObject staticPart{{"issuer", "Bench"}, {"contents_provider", "Bench"}, {"name", "Bench NFT"},
                                 {"description", "benchmark"}, {"image", "/assets/ticket-gala.png"},
                                 {"link", "https://bench.example"}, {"serial_number", 1}, {"total_issued", 1},
                                 {"animation_url", ""}};
    const QJsonObject body{{"metadata", QJsonObject{{"static", staticPart},
                                                    {"dynamic", QJsonObject{{"level", "gold"}, {"points_earned", 120}}}}}};
    minted.mintBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    minted.tokenId = http.postJson("/rest/v1/nft/mint/to/" + minted.holder, body, {{"Authorization", "Bearer " + minted.token}})
                         .result()["token_id"].toString();
    if (minted.tokenId.isEmpty())
        qFatal("the benchmark's first mint failed");
    return minted;
}

} // namespace

// The child process: a bare QHttpServer route that answers GET /rest/v1/nft/<id> with the bytes
// of `bodyFile`, nothing else. Prints "port N" once it listens.
int runBareServer(const QString &bodyFile)
{
    QFile file(bodyFile);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray body = file.readAll();
    QHttpServer server;
    server.route(QStringLiteral("/rest/v1/nft/<arg>"), [body](const QString &) {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return 1;
    QTextStream(stdout) << "port " << port << Qt::endl;
    return QCoreApplication::exec();
}

class SandboxBench : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fetchAgainstBareRoute()
    {
        SandboxProcess sandbox({QStringLiteral("--test-hooks")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        HttpProbe http(sandbox.baseUrl());
        const Minted minted = mintOne(http);
        const QString &tokenId = minted.tokenId;
        const QByteArray &token = minted.token;
        const QByteArray path = "/rest/v1/nft/" + tokenId.toLatin1();
        const QByteArray request = inkan::bench::httpGet(path, {"Authorization: Bearer " + token});

        // The bare route answers exactly what the sandbox answers.
        QNetworkAccessManager network;
        QNetworkRequest get(http.url(QString::fromLatin1(path)));
        get.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = network.get(get);
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        QVERIFY(answer.contains(tokenId.toLatin1()));
        QTemporaryDir dir;
        QFile bodyFile(dir.filePath(QStringLiteral("body.json")));
        QVERIFY(bodyFile.open(QIODevice::WriteOnly));
        bodyFile.write(answer);
        bodyFile.close();
        QProcess bare;
        bare.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        bare.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--bare-server"), bodyFile.fileName()});
        QVERIFY(bare.waitForReadyRead(10000));
        const quint16 barePort = quint16(bare.readLine().trimmed().mid(5).toUInt());
        QVERIFY(barePort != 0);

        const int connections = qEnvironmentVariableIntValue("INKAN_BENCH_CONNECTIONS") ? qEnvironmentVariableIntValue("INKAN_BENCH_CONNECTIONS") : 8;
        const int total = qEnvironmentVariableIntValue("INKAN_BENCH_FETCHES") ? qEnvironmentVariableIntValue("INKAN_BENCH_FETCHES") : 20000;
        const quint16 sandboxPort = quint16(sandbox.baseUrl().port());
        // Warm both up, then five rounds, each measuring both sides back to back (in turn
        // first): the ratio of a round compares two runs under the same load of the shared
        // machine, and the median ratio of the rounds is the figure.
        inkan::bench::runLoad(barePort, request, total / 10, connections);
        inkan::bench::runLoad(sandboxPort, request, total / 10, connections);
        QList<double> ratios;
        double bestBare = 0;
        double bestSandbox = 0;
        for (int round = 0; round < 5; ++round) {
            inkan::bench::LoadResult b;
            inkan::bench::LoadResult s;
            if (round % 2 == 0) {
                b = inkan::bench::runLoad(barePort, request, total, connections);
                s = inkan::bench::runLoad(sandboxPort, request, total, connections);
            } else {
                s = inkan::bench::runLoad(sandboxPort, request, total, connections);
                b = inkan::bench::runLoad(barePort, request, total, connections);
            }
            QCOMPARE(b.failed, 0);
            QCOMPARE(s.failed, 0);
            bestBare = std::max(bestBare, b.perSecond);
            bestSandbox = std::max(bestSandbox, s.perSecond);
            ratios.append(s.perSecond / b.perSecond);
            sandbox.log(); // drain the request log as it comes
        }
        std::sort(ratios.begin(), ratios.end());
        bare.kill();
        bare.waitForFinished();
        QStringList each;
        for (double ratio : std::as_const(ratios))
            each << QString::number(ratio, 'f', 2);
        qInfo().noquote() << QStringLiteral("GET /nft/{id} with a bearer token, %1 connections, %2 requests a side a round:"
                                            " best bare QHttpServer route %3 req/s, best sandbox %4 req/s;"
                                            " ratio median %5 (rounds: %6)")
                                 .arg(connections).arg(total).arg(bestBare, 0, 'f', 0).arg(bestSandbox, 0, 'f', 0)
                                 .arg(ratios[ratios.size() / 2], 0, 'f', 2).arg(each.join(QStringLiteral(", ")));
    }

    void requestsPerSecond()
    {
        SandboxProcess sandbox({QStringLiteral("--test-hooks")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        HttpProbe http(sandbox.baseUrl());
        const Minted minted = mintOne(http);
        const QString &tokenId = minted.tokenId;
        const QString &holder = minted.holder;
        const QByteArray &mintBody = minted.mintBody;
        auto request = [&](const QString &path) {
            QNetworkRequest r(http.url(path));
            r.setRawHeader("Authorization", "Bearer " + minted.token);
            r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            return r;
        };

        const int fetches = qEnvironmentVariableIntValue("INKAN_BENCH_FETCHES") ? qEnvironmentVariableIntValue("INKAN_BENCH_FETCHES") : 3000;
        const int mints = qEnvironmentVariableIntValue("INKAN_BENCH_MINTS") ? qEnvironmentVariableIntValue("INKAN_BENCH_MINTS") : 1000;
        const Rate fetch = measure(fetches, [&](QNetworkAccessManager &network) {
            return network.get(request("/rest/v1/nft/" + tokenId));
        });
        const Rate mint = measure(mints, [&](QNetworkAccessManager &network) {
            return network.post(request("/rest/v1/nft/mint/to/" + holder), mintBody);
        });
        qInfo().noquote() << QStringLiteral("GET /nft/{id}: %1 requests, %2 req/s (%3 in flight)")
                                 .arg(fetches).arg(fetch.perSecond, 0, 'f', 0).arg(kInFlight);
        qInfo().noquote() << QStringLiteral("POST /nft/mint/to/{holder}: %1 requests, %2 req/s (%3 in flight)")
                                 .arg(mints).arg(mint.perSecond, 0, 'f', 0).arg(kInFlight);
        QCOMPARE(fetch.failed, 0);
        QCOMPARE(mint.failed, 0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--bare-server")
        return runBareServer(QString::fromLocal8Bit(argv[2]));
    SandboxBench bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_sandbox.moc"
