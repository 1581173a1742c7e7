// Requests per second of the sandbox on loopback: GET /nft/{id} and mint, each with a few
// requests in flight. Prints numbers; asserts only that the requests succeeded.
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

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

} // namespace

class SandboxBench : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestsPerSecond()
    {
        SandboxProcess sandbox({QStringLiteral("--test-hooks")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        HttpProbe http(sandbox.baseUrl());
        const QString secret = http.postJson("/_test/organizations", {{"name", "Bench"}, {"domain", "bench.example"},
                                                                      {"domain_verified", true}})
                                   .object()["api_key_secret"].toString();
        const QString holder = http.postJson("/_test/end_users", {{"email", "bench@example.com"}}).object()["id_wallet_address"].toString();
        const QByteArray token = http.postJson("/rest/v1/auth/account/access_token/refresh", {{"api_key_secret", secret}})
                                     .result().toString().toUtf8();
        const QJsonObject staticPart{{"issuer", "Bench"}, {"contents_provider", "Bench"}, {"name", "Bench NFT"},
                                     {"description", "benchmark"}, {"image", "/assets/ticket-gala.png"},
                                     {"link", "https://bench.example"}, {"serial_number", 1}, {"total_issued", 1},
                                     {"animation_url", ""}};
        const QByteArray mintBody = QJsonDocument(QJsonObject{{"metadata", QJsonObject{{"static", staticPart}}}}).toJson(QJsonDocument::Compact);
        auto request = [&](const QString &path) {
            QNetworkRequest r(http.url(path));
            r.setRawHeader("Authorization", "Bearer " + token);
            r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            return r;
        };
        const QString tokenId = http.postJson("/rest/v1/nft/mint/to/" + holder, QJsonDocument::fromJson(mintBody).object(),
                                              {{"Authorization", "Bearer " + token}}).result()["token_id"].toString();
        QVERIFY(!tokenId.isEmpty());

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

QTEST_GUILESS_MAIN(SandboxBench)
#include "bench_sandbox.moc"
