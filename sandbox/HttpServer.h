// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// QAbstractHttpServer underneath the Router: each request is copied, handed to the worker
// thread, and its response written back on this (the main) thread; a read-only route is
// answered right here on the state's read-only connection (once readsHere is set), unless its
// connection still waits for an earlier answer; a CachedRead route's answer is kept until the
// database changes (SQLite's data_version) or the token expires. One log line per request, on
// stderr; lines are gathered and written at most kLogFlushMs later (or each 16 KiB), one write
// for many requests.
//
// Body limit: Qt 6.4's QAbstractHttpServer reads a request to its end, body included, before it
// calls handleRequest(); it has no hook on the headers and no size limit. So the 413 for a body
// over 1 MiB (Router::dispatch) comes after the body was buffered, though it is never parsed,
// stored or logged. Refusing earlier would take a second HTTP parser in front of Qt's (for
// keep-alive, pipelining and chunked bodies); the sandbox listens on loopback, so it does not.
#include "Router.h"
#include "Worker.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace inkan::sandbox {

class HttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    HttpServer(const Router &router, SandboxState &state, Worker &worker,
               QObject *parent = nullptr);
    ~HttpServer() override;

    static constexpr int kLogFlushMs = 20;
    static constexpr qsizetype kLogBufferBytes = 16 * 1024;

    /// Requests handed to the worker and not yet answered.
    int pendingRequests() const { return m_pending; }
    /// Answer read-only routes on this thread: the state's reader is open here.
    void setReadsHere(bool here) { m_readsHere = here; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void logRequest(const HttpRequest &request, int status, qint64 nanoseconds);
    void flushLog();
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response);
    /// A CachedRead route's kept answer, while the database and the token are unchanged.
    const HttpResponse *cachedAnswer(const QByteArray &key, qint64 dataVersion) const;
    void keepAnswer(const QByteArray &key, const HttpRequest &request, qint64 dataVersion, const HttpResponse &response);

    struct CachedAnswer {
        qint64 dataVersion = 0;
        qint64 tokenExpiresAt = 0; // seconds since the epoch
        HttpResponse response;
    };
    static constexpr qsizetype kMaxCachedAnswers = 4096;

    const Router &m_router;
    SandboxState &m_state;
    Worker &m_worker;
    int m_pending = 0;
    QHash<QTcpSocket *, int> m_pendingBySocket; // a key only while its count is above 0
    bool m_readsHere = false;
    QHash<QByteArray, CachedAnswer> m_answers;
    QByteArray m_log;
    QTimer m_logFlush;
};

} // namespace inkan::sandbox
