// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Router.h"
#include "Tr.h"

#include "SandboxState.h"

#include <QCoreApplication>
#include <QDebug>
#include <QJsonDocument>
#include <QJsonParseError>

namespace inkan::sandbox {

namespace {

QStringList splitPath(const QString &path)
{
    // A leading "/" gives an empty first part; keep a trailing empty part, because
    // "/auth/token/login/" and "/auth/token/login" are different routes (Capture keeps the slash).
    QStringList parts = path.split(u'/');
    if (!parts.isEmpty() && parts.first().isEmpty())
        parts.removeFirst();
    return parts;
}

QUrlQuery parseForm(const QByteArray &body)
{
    // QUrlQuery does not know that a form encodes spaces as '+'.
    QByteArray normalized = body;
    normalized.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(normalized));
}

} // namespace

void Router::add(Service service, QHttpServerRequest::Method method, const QString &pattern,
                 BodyKind body, Handler handler, Access access)
{
    m_routes.append(Route{service, method, splitPath(pattern), body, std::move(handler), access});
}

bool Router::Match::readOnly() const
{
    return route && (route->access == Access::ReadOnly || route->access == Access::CachedRead);
}

bool Router::Match::cachedRead() const
{
    return route && route->access == Access::CachedRead;
}

Service Router::serviceForPath(const QString &path)
{
    auto under = [&path](QStringView prefix) {
        return path == prefix || path.startsWith(prefix + u'/');
    };
    if (under(u"/rest/v1"))
        return Service::Web3Connect;
    if (under(u"/oidc"))
        return Service::Oidc;
    if (under(u"/api/v3"))
        return Service::Capture;
    if (under(u"/v1/auth/web3"))
        return Service::Pakt;
    if (under(u"/users"))
        return Service::NonceAuth;
    return Service::Site;
}

bool Router::matches(const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments[i];
        if (expected.startsWith(u'{') && expected.endsWith(u'}')) {
            if (segments[i].isEmpty())
                return false;
            captured.insert(expected.mid(1, expected.size() - 2), segments[i]);
        } else if (expected != segments[i]) {
            return false;
        }
    }
    *params = std::move(captured);
    return true;
}

Router::Match Router::match(const HttpRequest &request) const
{
    Match result;
    const Service prefixService = serviceForPath(request.path);
    if (request.body.size() > kMaxBodyBytes) {
        result.error = errorResponse(prefixService, {413, inkan::tr("The request body is larger than 1 MiB."), {}});
        return result;
    }

    const QStringList segments = splitPath(request.path);
    QStringList allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> candidate;
        if (!matches(route, segments, &candidate))
            continue;
        if (route.method == request.method) {
            result.route = &route;
            result.params = std::move(candidate);
            return result;
        }
        allowed << HttpRequest::methodName(route.method);
    }
    if (!allowed.isEmpty()) {
        result.error = errorResponse(
            prefixService, {405, inkan::tr("This path does not accept the %1 method.")
                                     .arg(HttpRequest::methodName(request.method)), {}});
        result.error.addHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        return result;
    }
    result.error = errorResponse(prefixService, {404, inkan::tr("There is no such endpoint."), {}});
    return result;
}

HttpResponse Router::dispatch(const HttpRequest &request, SandboxState &state) const
{
    return run(match(request), request, state);
}

HttpResponse Router::run(Match match, const HttpRequest &request, SandboxState &state) const
{
    const Route *found = match.route;
    if (!found)
        return match.error;
    QHash<QString, QString> params = std::move(match.params);
    RequestContext context{request, state, found->service, std::move(params), {}, {}};
    if (found->body == BodyKind::Json && !request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return context.fail(400, inkan::tr("The request body is not valid JSON: %1.")
                                         .arg(parseError.errorString()));
        if (!document.isObject())
            return context.fail(400, inkan::tr("The request body must be a JSON object."));
        context.json = document.object();
    } else if (found->body == BodyKind::Form) {
        context.form = parseForm(request.body);
    }

    Database &db = state.db();
    try {
        if (found->access != Access::ReadWrite)
            db.beginRead();
        else
            db.begin();
        HttpResponse response = found->handler(context);
        if (response.status < 400 || response.keepChanges)
            db.commit();
        else
            db.rollback();
        return response;
    } catch (const std::exception &error) {
        db.rollback();
        qWarning().noquote() << "request failed:" << error.what();
        return context.fail(500, inkan::tr("The sandbox failed to handle this request; see its log."));
    }
}

} // namespace inkan::sandbox
