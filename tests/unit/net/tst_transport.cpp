// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// HttpTransport, ApiJob and ApiError against a scripted local server: every failure maps to
// its ApiError; retries only for idempotent requests; the auth schemes; plain http refused
// except to loopback; the Web3Connect token refreshed once on 401.
#include "Blocking.h"
#include "TinyServer.h"
#include "jobs/BatchImportJob.h"
#include "jobs/BatchMintJob.h"
#include "net/ApiJob.h"
#include "net/Json.h"
#include "net/Jwt.h"
#include "services/web3connect/Web3ConnectClient.h"
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace inkan;
using namespace inkan::net;

namespace {

RequestJob<QJsonValue> *rawJob(HttpTransport &transport, const QUrl &base, ApiRequest request,
                               Envelope envelope = Envelope::Plain, AuthScheme scheme = AuthScheme::None,
                               std::shared_ptr<CredentialSource> credentials = {})
{
    ServiceContext context{&transport, {base, scheme, envelope}, std::move(credentials)};
    return new RequestJob<QJsonValue>(context, std::move(request), [](const HttpReply &reply) -> ApiResult<QJsonValue> {
        return reply.payload;
    });
}

ApiRequest get(const QString &path)
{
    ApiRequest r;
    r.path = path;
    r.authenticated = false;
    return r;
}

/// A 300 ms transfer timeout (the server under test hangs on purpose) and quick retries.
TransportLimits quickTimeout(int maxRetries)
{
    TransportLimits limits;
    limits.transferTimeoutMs = 300;
    limits.maxRetries = maxRetries;
    limits.initialBackoffMs = 10;
    return limits;
}

ApiError errorOf(const ApiResult<QJsonValue> &outcome)
{
    const auto *e = std::get_if<ApiError>(&outcome);
    return e ? *e : ApiError{ErrorKind::Internal, ApiError::Cause::Local, 0, {}, QStringLiteral("no error")};
}

} // namespace

class TestTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void okEnvelope()
    {
        TinyServer server;
        server.script[QStringLiteral("/x")] = {{200, R"({"status":"ok","result":{"a":1},"error":null})"}};
        HttpTransport transport;
        auto outcome = await(rawJob(transport, server.url(), get(QStringLiteral("/x")), Envelope::Web3Connect));
        QVERIFY(std::holds_alternative<QJsonValue>(outcome));
        QCOMPARE(std::get<QJsonValue>(outcome).toObject().value(QLatin1String("a")).toInt(), 1);
    }

    void serverError500()
    {
        TinyServer server;
        server.script[QStringLiteral("/x")] = {{500, R"({"status":"error","result":null,"error":"boom"})"}};
        HttpTransport transport;
        ApiRequest post = get(QStringLiteral("/x"));
        post.verb = "POST";
        const ApiError e = errorOf(await(rawJob(transport, server.url(), post, Envelope::Web3Connect)));
        QCOMPARE(e.cause, ApiError::Cause::Http);
        QCOMPARE(e.httpStatus, 500);
        QCOMPARE(e.kind, ErrorKind::Network);
        QCOMPARE(e.serverMessage, QStringLiteral("boom"));
        QCOMPARE(server.hits.value(QStringLiteral("/x")), 1); // a POST is never retried
        QCOMPARE(exitCodeFor(e.kind), 5);
    }

    void malformedJson()
    {
        TinyServer server;
        server.script[QStringLiteral("/x")] = {{200, "{\"status\": \"ok\", \"result\": "}};
        HttpTransport transport;
        const ApiError e = errorOf(await(rawJob(transport, server.url(), get(QStringLiteral("/x")), Envelope::Web3Connect)));
        QCOMPARE(e.cause, ApiError::Cause::BadReply);
        QVERIFY(!e.userMessage.isEmpty());
    }

    void envelopeWithoutStatus()
    {
        TinyServer server;
        server.script[QStringLiteral("/x")] = {{200, R"({"result":1})"}};
        HttpTransport transport;
        QCOMPARE(errorOf(await(rawJob(transport, server.url(), get(QStringLiteral("/x")), Envelope::Web3Connect))).cause,
                 ApiError::Cause::BadReply);
    }

    void oversizedBody()
    {
        TinyServer server;
        server.script[QStringLiteral("/big")] = {{200, QByteArray(300 * 1024, 'a')}};
        HttpTransport transport;
        TransportLimits limits;
        limits.maxResponseBytes = 64 * 1024;
        transport.setLimits(limits);
        QCOMPARE(errorOf(await(rawJob(transport, server.url(), get(QStringLiteral("/big"))))).cause, ApiError::Cause::TooLarge);
    }

    void timeoutOnHang()
    {
        // A server that accepts and never answers: the transfer timeout ends the call with the
        // Timeout cause. Behaviour is asserted, not wall-clock time (the QTRY bound is generous).
        TinyServer server;
        server.script[QStringLiteral("/hang")] = {{200, {}, true}};
        HttpTransport transport;
        transport.setLimits(quickTimeout(1));
        auto *job = rawJob(transport, server.url(), get(QStringLiteral("/hang")));
        QSignalSpy failed(job, &ApiJob::failed);
        auto future = job->future();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
        QCOMPARE(failed.count(), 1);
        const ApiError e = failed.first().first().value<ApiError>();
        QCOMPARE(e.cause, ApiError::Cause::Timeout);
        QCOMPARE(e.kind, ErrorKind::Network);
        QCOMPARE(future.result().error().kind, ErrorKind::Network);
        QCOMPARE(server.hits.value(QStringLiteral("/hang")), 2); // a GET is retried once here
        QCOMPARE(exitCodeFor(e.kind), 5);
    }

    void timedOutPostIsNotRetried()
    {
        // A POST that timed out may have been applied (a mint, an import): never sent twice.
        TinyServer server;
        server.script[QStringLiteral("/mint")] = {{200, {}, true}};
        HttpTransport transport;
        transport.setLimits(quickTimeout(3));
        ApiRequest post = get(QStringLiteral("/mint"));
        post.verb = "POST";
        post.json = QJsonObject{{QStringLiteral("a"), 1}};
        QVERIFY(!post.isIdempotent());
        auto *job = rawJob(transport, server.url(), post);
        QSignalSpy failed(job, &ApiJob::failed);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 60000);
        QCOMPARE(failed.first().first().value<ApiError>().cause, ApiError::Cause::Timeout);
        QCOMPARE(server.hits.value(QStringLiteral("/mint")), 1);
    }

    void postToAServerKilledMidRequestIsUncertain()
    {
        // The server reads the POST and dies before answering. Qt resends the request on its
        // own and that copy finds nothing listening: the outcome is still "no answer" (the first
        // copy may have been applied), never "connection refused" (which means nothing arrived).
        TinyServer server;
        TinyServer::Reply drop;
        drop.dropAndStop = true;
        server.script[QStringLiteral("/mint")] = {drop};
        HttpTransport transport;
        transport.setLimits(quickTimeout(3));
        ApiRequest post = get(QStringLiteral("/mint"));
        post.verb = "POST";
        post.json = QJsonObject{{QStringLiteral("a"), 1}};
        auto *job = rawJob(transport, server.url(), post);
        QSignalSpy failed(job, &ApiJob::failed);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 60000);
        const ApiError e = failed.first().first().value<ApiError>();
        QCOMPARE(server.hits.value(QStringLiteral("/mint")), 1);
        QVERIFY2(e.cause != ApiError::Cause::ConnectionRefused, qPrintable(e.userMessage));
        QCOMPARE(e.cause, ApiError::Cause::Network);
    }

    void idempotentVerbsAreRetried()
    {
        // PUT and DELETE are idempotent (visibility, transfer to the same holder, dynamic metadata
        // set to the same values): retried on 502/503/504 and transport failures, up to maxRetries.
        TinyServer server;
        server.script[QStringLiteral("/put")] = {{502, "{}"}, {504, "{}"}, {200, R"({"ok":true})"}};
        server.script[QStringLiteral("/del")] = {{503, "{}"}, {200, "{}"}};
        server.script[QStringLiteral("/always")] = {{503, "{}"}};
        HttpTransport transport;
        TransportLimits limits;
        limits.initialBackoffMs = 5;
        limits.maxRetries = 2;
        transport.setLimits(limits);
        ApiRequest put = get(QStringLiteral("/put"));
        put.verb = "PUT";
        QVERIFY(std::holds_alternative<QJsonValue>(await(rawJob(transport, server.url(), put))));
        QCOMPARE(server.hits.value(QStringLiteral("/put")), 3);
        ApiRequest del = get(QStringLiteral("/del"));
        del.verb = "DELETE";
        QVERIFY(std::holds_alternative<QJsonValue>(await(rawJob(transport, server.url(), del))));
        QCOMPARE(server.hits.value(QStringLiteral("/del")), 2);
        // Retries end: 1 + maxRetries attempts, then the last answer's error.
        const ApiError e = errorOf(await(rawJob(transport, server.url(), get(QStringLiteral("/always")))));
        QCOMPARE(e.httpStatus, 503);
        QCOMPARE(server.hits.value(QStringLiteral("/always")), 3);
        // A 500 is the server's own failure, not a transient one: not retried even for a GET.
        server.script[QStringLiteral("/500")] = {{500, "{}"}};
        QCOMPARE(errorOf(await(rawJob(transport, server.url(), get(QStringLiteral("/500"))))).httpStatus, 500);
        QCOMPARE(server.hits.value(QStringLiteral("/500")), 1);
        // A PATCH is not idempotent.
        ApiRequest patch = get(QStringLiteral("/always"));
        patch.verb = "PATCH";
        QVERIFY(!patch.isIdempotent());
        errorOf(await(rawJob(transport, server.url(), patch)));
        QCOMPARE(server.hits.value(QStringLiteral("/always")), 4);
    }

    void sentencesAreActionable()
    {
        // Every sentence says what happened and, where the user can do something, what to do;
        // each comes from ApiError::tr().
        const QList<ApiError> errors{ApiError::fromHttpStatus(400), ApiError::fromHttpStatus(401), ApiError::fromHttpStatus(403),
                                     ApiError::fromHttpStatus(404), ApiError::fromHttpStatus(409), ApiError::fromHttpStatus(410),
                                     ApiError::fromHttpStatus(429), ApiError::fromHttpStatus(500), ApiError::fromHttpStatus(418),
                                     ApiError::fromNetworkError(QNetworkReply::ConnectionRefusedError),
                                     ApiError::fromNetworkError(QNetworkReply::HostNotFoundError),
                                     ApiError::fromNetworkError(QNetworkReply::SslHandshakeFailedError, QStringLiteral("self-signed")),
                                     ApiError::timeout(), ApiError::badReply(QStringLiteral("x")), ApiError::tooLarge(1 << 20),
                                     ApiError::insecure(QStringLiteral("example.com")), ApiError::cancelled(),
                                     ApiError::signatureRefused({})};
        for (const ApiError &e : errors) {
            QVERIFY2(e.userMessage.endsWith(QLatin1Char('.')) || e.userMessage.endsWith(QLatin1Char(')')) || e.userMessage.contains(QLatin1String(": ")),
                     qPrintable(e.userMessage));
            QVERIFY2(e.userMessage.size() > 8 && e.userMessage.at(0).isUpper(), qPrintable(e.userMessage));
            QVERIFY2(!e.userMessage.contains(QLatin1String("QNetworkReply")) && !e.userMessage.contains(QLatin1String("Error(")),
                     qPrintable(e.userMessage));
        }
        QVERIFY(ApiError::fromNetworkError(QNetworkReply::SslHandshakeFailedError, QStringLiteral("self-signed")).userMessage.contains(QLatin1String("self-signed")));
        QVERIFY(ApiError::insecure(QStringLiteral("example.com")).userMessage.contains(QLatin1String("example.com")));
        QVERIFY(ApiError::fromHttpStatus(401).userMessage.contains(QLatin1String("sign in again")));
    }

    void serverStopped()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        HttpTransport transport;
        TransportLimits limits;
        limits.initialBackoffMs = 10;
        transport.setLimits(limits);
        const ApiError e = errorOf(await(rawJob(transport, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), get(QStringLiteral("/x")))));
        QCOMPARE(e.cause, ApiError::Cause::ConnectionRefused);
        QCOMPARE(exitCodeFor(e.toError().kind), 5);
    }

    void retriesIdempotentOn503()
    {
        TinyServer server;
        server.script[QStringLiteral("/flaky")] = {{503, "{}"}, {200, R"({"ok":true})"}};
        HttpTransport transport;
        TransportLimits limits;
        limits.initialBackoffMs = 10;
        transport.setLimits(limits);
        auto outcome = await(rawJob(transport, server.url(), get(QStringLiteral("/flaky"))));
        QVERIFY(std::holds_alternative<QJsonValue>(outcome));
        QCOMPARE(server.hits.value(QStringLiteral("/flaky")), 2);

        server.script[QStringLiteral("/flakypost")] = {{503, "{}"}, {200, R"({"ok":true})"}};
        ApiRequest post = get(QStringLiteral("/flakypost"));
        post.verb = "POST";
        QCOMPARE(errorOf(await(rawJob(transport, server.url(), post))).httpStatus, 503);
        QCOMPARE(server.hits.value(QStringLiteral("/flakypost")), 1);
    }

    void plainHttpOnlyToLoopback()
    {
        QVERIFY(!HttpTransport::checkUrlAllowed(QUrl(QStringLiteral("http://127.0.0.1:9/x"))));
        QVERIFY(!HttpTransport::checkUrlAllowed(QUrl(QStringLiteral("http://localhost/x"))));
        QVERIFY(!HttpTransport::checkUrlAllowed(QUrl(QStringLiteral("http://[::1]:80/x"))));
        QVERIFY(!HttpTransport::checkUrlAllowed(QUrl(QStringLiteral("https://api.web3connect.jp/rest/v1"))));
        QVERIFY(HttpTransport::checkUrlAllowed(QUrl(QStringLiteral("http://api.web3connect.jp/rest/v1"))));
        QVERIFY(HttpTransport::checkUrlAllowed(QUrl(QStringLiteral("http://127.0.0.1.example.com/"))));
        QVERIFY(HttpTransport::checkUrlAllowed(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
        HttpTransport transport;
        const ApiError e = errorOf(await(rawJob(transport, QUrl(QStringLiteral("http://example.com")), get(QStringLiteral("/x")))));
        QCOMPARE(e.cause, ApiError::Cause::Insecure);
        QCOMPARE(exitCodeFor(e.kind), 4);
    }

    void tlsErrorsAreSurfaced()
    {
        // A plain TCP server spoken to as https: the handshake fails and is reported, not ignored.
        TinyServer server;
        HttpTransport transport;
        TransportLimits limits;
        limits.maxRetries = 0;
        limits.transferTimeoutMs = 3000;
        transport.setLimits(limits);
        QUrl url = server.url();
        url.setScheme(QStringLiteral("https"));
        const ApiError e = errorOf(await(rawJob(transport, url, get(QStringLiteral("/x")))));
        QCOMPARE(e.kind, ErrorKind::Network);
        QVERIFY(e.cause == ApiError::Cause::Tls || e.cause == ApiError::Cause::Network || e.cause == ApiError::Cause::Timeout);

        // A server that answers the TLS hello with plain text: a handshake failure, reported as
        // Cause::Tls with a sentence about the secure connection (not a timeout, not ignored).
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        limits.transferTimeoutMs = 60000;
        transport.setLimits(limits);
        const ApiError handshake = errorOf(await(rawJob(transport, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort())),
                                                        get(QStringLiteral("/x")))));
        QCOMPARE(handshake.cause, ApiError::Cause::Tls);
        QCOMPARE(handshake.kind, ErrorKind::Network);
        QVERIFY2(handshake.userMessage.contains(QLatin1String("secure connection")), qPrintable(handshake.userMessage));
    }

    void selfSignedCertificateIsRefused()
    {
        // A real TLS server with a self-signed certificate: the certificate error is shown in the
        // sentence and the request fails; it is never ignored.
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed, so no test certificate can be made");
        QTemporaryDir dir;
        QProcess make;
        make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                             QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                             QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("1"),
                             QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem"))).value(0));
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int requests = 0;
        connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server, &requests] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                    ++requests;
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
                });
            }
        });
        HttpTransport transport;
        TransportLimits limits;
        limits.maxRetries = 0;
        transport.setLimits(limits);
        const ApiError e = errorOf(await(rawJob(transport, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())),
                                                get(QStringLiteral("/x")))));
        QCOMPARE(e.cause, ApiError::Cause::Tls);
        QVERIFY2(e.userMessage.contains(QLatin1String("self-signed"), Qt::CaseInsensitive)
                     || e.userMessage.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(e.userMessage));
        QCOMPARE(requests, 0); // no request went over the untrusted connection
    }

    void authSchemes()
    {
        TinyServer server;
        server.script[QStringLiteral("/a")] = {{200, "{}"}};
        HttpTransport transport;
        const auto token = std::make_shared<StaticCredential>(crypto::SecureBytes(QByteArrayView("T0K")));
        for (auto [scheme, expected] : {std::pair{AuthScheme::Bearer, QByteArray("authorization: Bearer T0K")},
                                        std::pair{AuthScheme::Token, QByteArray("authorization: token T0K")},
                                        std::pair{AuthScheme::XAuthToken, QByteArray("x-auth-token: T0K")}}) {
            ApiRequest r = get(QStringLiteral("/a"));
            r.authenticated = true;
            QVERIFY(std::holds_alternative<QJsonValue>(await(rawJob(transport, server.url(), r, Envelope::Plain, scheme, token))));
            QVERIFY2(server.headers.last().toLower().contains(expected.toLower()), server.headers.last().constData());
        }
    }

    void redirectWithinOriginKeepsCredentials()
    {
        TinyServer server;
        server.script[QStringLiteral("/old")] = {{302, "{}", false, "/new"}};
        server.script[QStringLiteral("/new")] = {{200, R"({"v":1})"}};
        HttpTransport transport;
        const auto token = std::make_shared<StaticCredential>(crypto::SecureBytes(QByteArrayView("T0K")));
        ApiRequest r = get(QStringLiteral("/old"));
        r.authenticated = true;
        const auto outcome = await(rawJob(transport, server.url(), r, Envelope::Plain, AuthScheme::Bearer, token));
        QVERIFY(std::holds_alternative<QJsonValue>(outcome));
        QCOMPARE(server.hits.value(QStringLiteral("/new")), 1);
        QVERIFY(server.headers.last().toLower().contains("authorization: bearer t0k"));
    }

    void redirectToAnotherOriginDropsCredentials_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("reachesSecond"); // false: refused before anything is sent there
        for (auto [scheme, name] : {std::pair{AuthScheme::Bearer, "bearer"}, std::pair{AuthScheme::Token, "token"},
                                    std::pair{AuthScheme::XAuthToken, "x-auth-token"}}) {
            QTest::addRow("%s GET 302", name) << int(scheme) << QByteArray("GET") << 302 << true;
            QTest::addRow("%s GET 307", name) << int(scheme) << QByteArray("GET") << 307 << true;
            QTest::addRow("%s POST 303", name) << int(scheme) << QByteArray("POST") << 303 << true;
            QTest::addRow("%s POST 307", name) << int(scheme) << QByteArray("POST") << 307 << false;
            QTest::addRow("%s PUT 308", name) << int(scheme) << QByteArray("PUT") << 308 << false;
        }
    }
    void redirectToAnotherOriginDropsCredentials()
    {
        QFETCH(int, scheme);
        QFETCH(QByteArray, verb);
        QFETCH(int, status);
        QFETCH(bool, reachesSecond);
        TinyServer second; // another port on 127.0.0.1: another origin
        second.script[QStringLiteral("/landing")] = {{200, R"({"v":2})"}};
        TinyServer first;
        first.script[QStringLiteral("/login")] = {{status, "{}", false, second.url(QStringLiteral("/landing")).toEncoded()}};
        HttpTransport transport;
        const auto token = std::make_shared<StaticCredential>(crypto::SecureBytes(QByteArrayView("T0K-SECRET")));
        ApiRequest r = get(QStringLiteral("/login"));
        r.verb = verb;
        r.authenticated = true;
        if (verb != "GET")
            r.json = QJsonObject{{QStringLiteral("api_key_secret"), QStringLiteral("BODY-SECRET")}};
        const auto outcome = await(rawJob(transport, first.url(), r, Envelope::Plain, AuthScheme(scheme), token));
        QCOMPARE(first.hits.value(QStringLiteral("/login")), 1);
        QVERIFY(first.headers.first().contains("T0K-SECRET")); // the service itself got it
        if (!reachesSecond) {
            QCOMPARE(second.hits.value(QStringLiteral("/landing")), 0);
            QVERIFY(std::holds_alternative<ApiError>(outcome));
            QVERIFY(!errorOf(outcome).userMessage.isEmpty());
            return;
        }
        QVERIFY(std::holds_alternative<QJsonValue>(outcome));
        QCOMPARE(second.hits.value(QStringLiteral("/landing")), 1);
        for (const QByteArray &headers : second.headers) {
            QVERIFY2(!headers.contains("T0K-SECRET"), headers.constData());
            QVERIFY(!headers.toLower().contains("authorization:"));
            QVERIFY(!headers.toLower().contains("x-auth-token:"));
        }
        for (const QByteArray &body : second.bodies)
            QVERIFY(!body.contains("BODY-SECRET"));
    }

    void redirectHopsAreCheckedLikeTheFirst()
    {
        TinyServer server;
        // Plain http to a host that is not loopback: refused without a connection attempt.
        server.script[QStringLiteral("/a")] = {{302, "{}", false, "http://example.com/steal"}};
        server.script[QStringLiteral("/loop")] = {{302, "{}", false, "/loop"}};
        HttpTransport transport;
        ApiError e = errorOf(await(rawJob(transport, server.url(), get(QStringLiteral("/a")))));
        QCOMPARE(e.cause, ApiError::Cause::Insecure);
        // A redirect loop ends.
        e = errorOf(await(rawJob(transport, server.url(), get(QStringLiteral("/loop")))));
        QCOMPARE(e.kind, ErrorKind::Refused);
        QCOMPARE(server.hits.value(QStringLiteral("/loop")), transport.limits().maxRedirects + 1);
    }

    void abortIsCancelled()
    {
        TinyServer server;
        server.script[QStringLiteral("/hang")] = {{200, {}, true}};
        HttpTransport transport;
        auto *job = rawJob(transport, server.url(), get(QStringLiteral("/hang")));
        QTimer::singleShot(100, job, [job] { job->cancel(); });
        auto future = job->future();
        const ApiError e = errorOf(await(job));
        QCOMPARE(e.cause, ApiError::Cause::Cancelled);
        QVERIFY(future.isFinished());
        QCOMPARE(future.result().error().kind, ErrorKind::Cancelled);
    }

    void futureAndSignals()
    {
        TinyServer server;
        server.script[QStringLiteral("/x")] = {{200, R"({"v":7})"}};
        HttpTransport transport;
        auto *job = rawJob(transport, server.url(), get(QStringLiteral("/x")));
        QSignalSpy succeeded(job, &ApiJob::succeeded);
        QSignalSpy finished(job, &ApiJob::finished);
        auto future = job->future();
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(succeeded.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(future.result()->toObject().value(QLatin1String("v")).toInt(), 7);
    }

    void transferIsNeverRepeatedBlindly_data()
    {
        QTest::addColumn<bool>("wentThrough");
        QTest::newRow("first attempt went through") << true;
        QTest::newRow("first attempt lost") << false;
    }
    void transferIsNeverRepeatedBlindly()
    {
        // The PUT times out. Repeating it could fail ("not the holder any more") for a transfer
        // that happened: instead the receiver's NFTs are looked up.
        QFETCH(bool, wentThrough);
        const QString tokenId = QStringLiteral("0x1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e");
        const QString receiver = QStringLiteral("0x5d2c54024c8f9d58059da8c47ba7e5bbdab6b249");
        TinyServer server;
        const QString put = QStringLiteral("/nft/%1/transfer/to/%2").arg(tokenId, receiver);
        server.script[put] = {{200, {}, true}}; // never answers
        const QByteArray nft = R"({"token_id":"0x1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e1f2e","token_uri":"u","minter_digital_signature":"0x","created_at":"2026-01-01T00:00:00Z","metadata":{"static":{"name":"n"},"dynamic":{}}})";
        const QByteArray other = R"({"token_id":"0x9999999999999999999999999999999999999999999999999999999999999999","token_uri":"u","minter_digital_signature":"0x","created_at":"2026-01-01T00:00:00Z","metadata":{"static":{"name":"o"},"dynamic":{}}})";
        server.script[QStringLiteral("/nft/held_by_id_wallet/%1").arg(receiver)] = {
            {200, R"({"status":"ok","error":null,"result":[)" + other + (wentThrough ? "," + nft : QByteArray()) + "]}"}};
        HttpTransport transport;
        transport.setLimits(quickTimeout(3));
        services::web3connect::Web3ConnectClient client(&transport, server.url());
        client.setToken(crypto::SecureBytes(QByteArrayView("token")));
        auto *job = client.transfer(tokenId, receiver);
        bool already = false;
        connect(job, &ApiJob::succeeded, job, [job, &already] { already = job->wasAlreadyTransferred(); });
        const auto outcome = await(job);
        QCOMPARE(server.hits.value(put), 1); // sent once, never repeated
        QCOMPARE(server.hits.value(QStringLiteral("/nft/held_by_id_wallet/%1").arg(receiver)), 1);
        if (wentThrough) {
            QVERIFY(std::holds_alternative<services::web3connect::Nft>(outcome));
            QCOMPARE(std::get<services::web3connect::Nft>(outcome).tokenId, tokenId);
            QVERIFY(already);
        } else {
            QVERIFY(std::holds_alternative<ApiError>(outcome));
            const ApiError e = std::get<ApiError>(outcome);
            QCOMPARE(e.cause, ApiError::Cause::Timeout);
            QVERIFY2(e.userMessage.contains(QStringLiteral("not transferred")), qPrintable(e.userMessage));
        }
    }

    void web3connectRefreshesOnceOn401()
    {
        TinyServer server;
        server.script[QStringLiteral("/auth/account/access_token/refresh")] = {{200, R"({"status":"ok","result":"fresh-token","error":null})"}};
        server.script[QStringLiteral("/account/my_info")] = {
            {401, R"({"status":"error","result":null,"error":"expired"})"},
            {200, R"({"status":"ok","result":{"account_id":"a","account_type":"organization","id_wallet":{"address":"0x01"}},"error":null})"}};
        HttpTransport transport;
        services::web3connect::Web3ConnectClient client(&transport, server.url());
        client.setApiKeySecret(crypto::SecureBytes(QByteArrayView("secret")));
        client.setToken(crypto::SecureBytes(QByteArrayView("stale-token")));
        QSignalSpy changed(&client, &services::web3connect::Web3ConnectClient::tokenChanged);
        auto outcome = await(client.myInfo());
        QVERIFY(std::holds_alternative<services::web3connect::MyInfo>(outcome));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(QByteArray(client.token().constChar(), client.token().size()), QByteArray("fresh-token"));
        QCOMPARE(server.hits.value(QStringLiteral("/auth/account/access_token/refresh")), 1);
        QVERIFY(server.headers.last().contains("Bearer fresh-token"));
        QVERIFY(server.bodies.at(1).contains("\"api_key_secret\":\"secret\""));

        // Still 401 after the refresh: one refresh only, then the error.
        server.script[QStringLiteral("/account/my_info")] = {{401, R"({"status":"error","result":null,"error":"no"})"}};
        const auto again = await(client.myInfo());
        QVERIFY(std::holds_alternative<ApiError>(again));
        QCOMPARE(std::get<ApiError>(again).httpStatus, 401);
        QCOMPARE(server.hits.value(QStringLiteral("/auth/account/access_token/refresh")), 2);
    }

    void batchImportPollsUntilDone()
    {
        // Submit, then check until the service says done; the per-e-mail outcome is reported.
        TinyServer server;
        server.script[QStringLiteral("/account/import/batch/submit")] = {{200, R"({"status":"ok","result":{"batch_id":"b-1"},"error":null})"}};
        const QByteArray running = R"({"status":"ok","result":{"batch_result":{"batch_id":"b-1","started_at":"t","finished_at":null,"status":"running","result":[]}},"error":null})";
        server.script[QStringLiteral("/account/import/batch/check")] = {
            {200, running}, {200, running},
            {200, R"({"status":"ok","result":{"batch_result":{"batch_id":"b-1","started_at":"t","finished_at":"u","status":"done","result":[)"
                  R"({"email":"a@example.com","id_wallet_address":"0x01","id_wallet_address_eth":"0x01","id_wallet_address_suri":"s","ok":true},)"
                  R"({"email":"bad@","id_wallet_address":"","id_wallet_address_eth":"","id_wallet_address_suri":"","ok":false}]}},"error":null})"}};
        HttpTransport transport;
        services::web3connect::Web3ConnectClient client(&transport, server.url());
        client.setToken(crypto::SecureBytes(QByteArrayView("token")));
        jobs::BatchImportJob job(&client, crypto::SecureBytes(QByteArrayView("org-secret")),
                                 {QStringLiteral("a@example.com"), QStringLiteral("bad@")}, 1);
        QSignalSpy submitted(&job, &jobs::BatchImportJob::submitted);
        QSignalSpy polled(&job, &jobs::BatchImportJob::polled);
        QSignalSpy finished(&job, &jobs::BatchImportJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(!job.error(), job.error() ? qPrintable(job.error()->userMessage) : "");
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.first().first().toString(), QStringLiteral("b-1"));
        QCOMPARE(polled.count(), 3);
        QCOMPARE(server.hits.value(QStringLiteral("/account/import/batch/check")), 3);
        QCOMPARE(job.batchId(), QStringLiteral("b-1"));
        QCOMPARE(job.results().size(), 2);
        QVERIFY(job.results()[0].ok);
        QCOMPARE(job.results()[0].idWalletAddress, QStringLiteral("0x01"));
        QVERIFY(!job.results()[1].ok);
        QVERIFY(server.bodies.at(0).contains("\"emails\":[\"a@example.com\",\"bad@\"]"));
        QVERIFY(server.bodies.at(1).contains("\"batch_id\":\"b-1\""));
        QVERIFY(server.bodies.at(1).contains("\"api_key_secret\":\"org-secret\""));
    }

    void batchImportGivesUpAfterMaxPolls()
    {
        TinyServer server;
        server.script[QStringLiteral("/account/import/batch/submit")] = {{200, R"({"status":"ok","result":{"batch_id":"b-2"},"error":null})"}};
        server.script[QStringLiteral("/account/import/batch/check")] = {
            {200, R"({"status":"ok","result":{"batch_result":{"batch_id":"b-2","status":"running","result":[]}},"error":null})"}};
        HttpTransport transport;
        services::web3connect::Web3ConnectClient client(&transport, server.url());
        client.setToken(crypto::SecureBytes(QByteArrayView("token")));
        jobs::BatchImportJob job(&client, crypto::SecureBytes(QByteArrayView("org-secret")), {QStringLiteral("a@example.com")}, 1);
        job.setMaxPolls(4);
        QSignalSpy finished(&job, &jobs::BatchImportJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(job.error());
        QCOMPARE(job.error()->cause, ApiError::Cause::Timeout);
        QVERIFY(job.error()->userMessage.contains(QStringLiteral("b-2")));
        QCOMPARE(server.hits.value(QStringLiteral("/account/import/batch/check")), 4);

        // A failing check ends the job with that error (no endless polling).
        server.script[QStringLiteral("/account/import/batch/check")] = {{403, R"({"status":"error","result":null,"error":"not yours"})"}};
        jobs::BatchImportJob refused(&client, crypto::SecureBytes(QByteArrayView("org-secret")), {QStringLiteral("a@example.com")}, 1);
        QSignalSpy refusedFinished(&refused, &jobs::BatchImportJob::finished);
        refused.start();
        QTRY_COMPARE_WITH_TIMEOUT(refusedFinished.count(), 1, 30000);
        QCOMPARE(refused.error()->httpStatus, 403);
    }

    void batchMintConcurrencyIsBounded()
    {
        // A service that never answers a mint: exactly `concurrency` requests are in flight, no
        // more; after a cancel they end by the transfer timeout, are journaled as unknown (a
        // POST that timed out may have minted), and the rest were never sent.
        TinyServer server;
        const QString holder = QStringLiteral("0x5d2c54024c8f9d58059da8c47ba7e5bbdab6b249");
        const QString mintPath = QStringLiteral("/nft/mint/to/") + holder;
        server.script[mintPath] = {{200, {}, true}};
        HttpTransport transport;
        TransportLimits limits;
        limits.transferTimeoutMs = 1500;
        transport.setLimits(limits);
        services::web3connect::Web3ConnectClient client(&transport, server.url());
        client.setToken(crypto::SecureBytes(QByteArrayView("token")));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("rows.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url\n");
        for (int i = 1; i <= 10; ++i)
            file.write(QStringLiteral("%1,T,T,N%2,d,https://e.example/i,https://e.example/,%2,10,https://e.example/a\n").arg(holder).arg(i).toUtf8());
        file.close();
        jobs::BatchMintOptions options;
        options.csvPath = csv;
        options.concurrency = 3;
        jobs::BatchMintJob job(&client, options);
        QVERIFY(waitFor(job.prepare()).ok());
        QSignalSpy finished(&job, &jobs::BatchMintJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.hits.value(mintPath), 3, 30000);
        QTest::qWait(200); // give a fourth request the chance to appear: it must not
        QCOMPARE(server.hits.value(mintPath), 3);
        QCOMPARE(job.countIn(jobs::BatchMintJob::RowState::Sending), 3);
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(server.hits.value(mintPath), 3);
        QCOMPARE(job.countIn(jobs::BatchMintJob::RowState::Unknown), 3);
        QCOMPARE(job.countIn(jobs::BatchMintJob::RowState::Pending), 7);
        QFile result(job.resultPath());
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray text = result.readAll();
        QCOMPARE(text.count("unknown"), 3);
        QCOMPARE(text.count("not_sent"), 7);
    }

    void statusMapping()
    {
        QCOMPARE(ApiError::fromHttpStatus(401).kind, ErrorKind::Refused);
        QCOMPARE(ApiError::fromHttpStatus(403).kind, ErrorKind::Refused);
        QCOMPARE(ApiError::fromHttpStatus(404).kind, ErrorKind::NotFound);
        QCOMPARE(ApiError::fromHttpStatus(400).kind, ErrorKind::InvalidInput);
        QCOMPARE(ApiError::fromHttpStatus(410).kind, ErrorKind::InvalidInput);
        QCOMPARE(ApiError::fromHttpStatus(503).kind, ErrorKind::Network);
        const Error e = ApiError::fromHttpStatus(400, QStringLiteral("name is required")).toError();
        QVERIFY(e.message.contains(QStringLiteral("name is required")));
    }

    void jwtParsing()
    {
        const QByteArray header = base64UrlEncode(R"({"alg":"ES256K"})");
        const QByteArray payload = base64UrlEncode(R"({"exp":1700000000,"sub":"x"})");
        auto jwt = Jwt::parse(QByteArray(header + '.' + payload + ".AAAA"));
        QVERIFY(jwt.ok());
        QCOMPARE(jwt->expiresAt(), qint64(1700000000));
        QVERIFY(!Jwt::parse("a.b").ok());
        QVERIFY(!Jwt::parse(QByteArray(header + ".!!!.AA")).ok());
        QVERIFY(!Jwt::parse(QByteArray(base64UrlEncode("[1]") + '.' + payload + ".AA")).ok());
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
