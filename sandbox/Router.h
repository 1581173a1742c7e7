// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The one way routes are registered: add(service, method, "/path/{param}", body kind, handler
// [, access]). dispatch() applies the limits (1 MiB → 413, malformed JSON → 400, unknown route →
// 404, wrong method → 405), wraps the handler in one transaction and answers in the service's
// error shape. A route registered Access::ReadOnly never writes: the server runs it on its own
// thread with the read-only connection, beside the worker.
#include "Http.h"

#include <QHttpServerRequest>
#include <QStringList>

#include <functional>

namespace inkan::sandbox {

class SandboxState;

using Handler = std::function<HttpResponse(RequestContext &)>;

enum class BodyKind {
    None, // nothing expected; a body is ignored
    Json, // a JSON object (an empty body counts as {})
    Form, // application/x-www-form-urlencoded
};

enum class Access {
    ReadWrite, // on the worker thread, in a write transaction (BEGIN IMMEDIATE)
    ReadOnly,  // on the server thread, read-only connection, in a read transaction
    // As ReadOnly, and a 200 answer to a bearer-token request is kept (per method, path, query
    // and token) until the database changes or the token expires: an answer that depends on
    // nothing but the stored data and the caller.
    CachedRead,
};

class Router {
    struct Route;

public:
    void add(Service service, QHttpServerRequest::Method method, const QString &pattern,
             BodyKind body, Handler handler, Access access = Access::ReadWrite);

    /// The route a request goes to, with its path parameters, or the error answer (404, 405,
    /// 413). Any thread (the routes do not change once the server runs).
    struct Match {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        HttpResponse error;
        bool readOnly() const;
        bool cachedRead() const;
    };
    Match match(const HttpRequest &request) const;
    /// Runs a matched request (or returns its error answer): on the worker thread, or for a
    /// read-only route on the thread that opened the state's reader.
    HttpResponse run(Match match, const HttpRequest &request, SandboxState &state) const;
    /// match() then run(), on the worker thread.
    HttpResponse dispatch(const HttpRequest &request, SandboxState &state) const;
    /// The service whose base path `path` lies under (Site when none).
    static Service serviceForPath(const QString &path);

private:
    struct Route {
        Service service;
        QHttpServerRequest::Method method;
        QStringList segments; // "{name}" segments capture one path segment
        BodyKind body;
        Handler handler;
        Access access;
    };
    static bool matches(const Route &route, const QStringList &segments,
                        QHash<QString, QString> *params);

    QList<Route> m_routes;
};

} // namespace inkan::sandbox
