// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "HttpServer.h"

#include "SandboxState.h"
#include "Secrets.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <cstdio>

namespace inkan::sandbox {

namespace {

HttpRequest copyRequest(const QHttpServerRequest &request)
{
    HttpRequest copy;
    copy.method = request.method();
    copy.path = request.url().path(QUrl::FullyDecoded);
    copy.query = request.query();
    for (const auto &[name, value] : request.headers())
        copy.headers.insert(name.toLower(), value);
    copy.body = request.body();
    return copy;
}

// Method, path without query values, status, time: never a body, header, token or code.
QByteArray logLine(const HttpRequest &request, int status, qint64 nanoseconds)
{
    return (HttpRequest::methodName(request.method) + u' ' + request.pathForLog() + u' ' + QString::number(status)
            + u' ' + QString::number(double(nanoseconds) / 1e6, 'f', 1) + QStringLiteral("ms\n"))
        .toUtf8();
}

// Method, path, query and credential: everything a CachedRead route's answer depends on
// besides the stored data.
QByteArray cacheKey(const HttpRequest &request)
{
    return HttpRequest::methodName(request.method).toLatin1() + ' ' + request.path.toUtf8() + '?'
           + request.query.toString(QUrl::FullyEncoded).toUtf8() + '\n' + request.header("authorization");
}

QString bearerTokenOf(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization").trimmed();
    return header.toLower().startsWith("bearer ") ? QString::fromLatin1(header.mid(7).trimmed()) : QString();
}

} // namespace

HttpServer::HttpServer(const Router &router, SandboxState &state, Worker &worker,
                       QObject *parent)
    : QAbstractHttpServer(parent), m_router(router), m_state(state), m_worker(worker)
{
    m_logFlush.setSingleShot(true);
    m_logFlush.setInterval(kLogFlushMs);
    connect(&m_logFlush, &QTimer::timeout, this, &HttpServer::flushLog);
}

HttpServer::~HttpServer()
{
    flushLog();
}

void HttpServer::logRequest(const HttpRequest &request, int status, qint64 nanoseconds)
{
    m_log += logLine(request, status, nanoseconds);
    if (m_log.size() >= kLogBufferBytes)
        flushLog();
    else if (!m_logFlush.isActive())
        m_logFlush.start();
}

void HttpServer::flushLog()
{
    m_logFlush.stop();
    if (m_log.isEmpty())
        return;
    std::fwrite(m_log.constData(), 1, size_t(m_log.size()), stderr);
    std::fflush(stderr);
    m_log.clear();
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // No Nagle: the last segment of an answer goes out at once instead of waiting for the
    // client's delayed ACK (40 ms on Linux for every other page of a listing, otherwise).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto copy = std::make_shared<HttpRequest>(copyRequest(request));
    QElapsedTimer timer;
    timer.start();
    Router::Match match = m_router.match(*copy);
    // Not while this connection waits for the worker: answers go out in request order.
    if (match.readOnly() && m_readsHere && !m_pendingBySocket.contains(socket)) {
        // A read-only route: answered here, on the read-only connection, while the worker goes
        // on with writes (WAL readers do not wait for the writer).
        const bool cached = match.cachedRead();
        QByteArray key;
        qint64 dataVersion = 0;
        if (cached) {
            key = cacheKey(*copy);
            dataVersion = m_state.db().dataVersion(); // read before the handler: a write in between only misses
            if (const HttpResponse *answer = cachedAnswer(key, dataVersion)) {
                logRequest(*copy, answer->status, timer.nsecsElapsed());
                respond(request, socket, *answer);
                return true;
            }
        }
        const HttpResponse response = m_router.run(std::move(match), *copy, m_state);
        if (cached)
            keepAnswer(key, *copy, dataVersion, response);
        logRequest(*copy, response.status, timer.nsecsElapsed());
        respond(request, socket, response);
        return true;
    }
    // The request object lives as long as its socket; the guard tells us whether it still does.
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest *original = &request;
    ++m_pending;
    ++m_pendingBySocket[socket];
    m_worker.run([this, copy, match = std::move(match)]() mutable { return m_router.run(std::move(match), *copy, m_state); })
        .then(this, [this, copy, timer, guard, original, socket](const HttpResponse &response) {
            --m_pending;
            if (--m_pendingBySocket[socket] == 0)
                m_pendingBySocket.remove(socket);
            logRequest(*copy, response.status, timer.nsecsElapsed());
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                respond(*original, guard.data(), response);
        });
    return true;
}

const HttpResponse *HttpServer::cachedAnswer(const QByteArray &key, qint64 dataVersion) const
{
    const auto found = m_answers.constFind(key);
    if (found == m_answers.cend() || found->dataVersion != dataVersion
        || found->tokenExpiresAt <= secrets::nowMs() / 1000)
        return nullptr;
    return &found->response;
}

void HttpServer::keepAnswer(const QByteArray &key, const HttpRequest &request, qint64 dataVersion,
                            const HttpResponse &response)
{
    if (response.status != 200)
        return;
    // Only a token the handler verified, and only until it expires.
    const QString token = bearerTokenOf(request);
    const std::optional<SandboxState::VerifiedToken> verified =
        token.isEmpty() ? std::nullopt : m_state.verifiedToken(token);
    if (!verified)
        return;
    if (m_answers.size() >= kMaxCachedAnswers)
        m_answers.clear();
    m_answers.insert(key, CachedAnswer{dataVersion, verified->expiresAt, response});
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() takes every request; the Router answers unknown paths itself.
    respond(request, socket, errorResponse(Service::Site, {404, QString(), {}}));
}

void HttpServer::respond(const QHttpServerRequest &request, QTcpSocket *socket,
                         const HttpResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

} // namespace inkan::sandbox
