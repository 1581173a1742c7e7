#pragma once
// The one way routes are registered: add(service, method, "/path/{param}", body kind, handler).
// dispatch() applies the limits (1 MiB → 413, malformed JSON → 400, unknown route → 404, wrong
// method → 405), wraps the handler in one transaction and answers in the service's error shape.
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

class Router {
public:
    void add(Service service, QHttpServerRequest::Method method, const QString &pattern,
             BodyKind body, Handler handler);
    /// Runs on the worker thread.
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
    };
    static bool match(const Route &route, const QStringList &segments,
                      QHash<QString, QString> *params);

    QList<Route> m_routes;
};

} // namespace inkan::sandbox
