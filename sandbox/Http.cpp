// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Http.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace inkan::sandbox {

QString HttpRequest::methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get: return QStringLiteral("GET");
    case M::Put: return QStringLiteral("PUT");
    case M::Delete: return QStringLiteral("DELETE");
    case M::Post: return QStringLiteral("POST");
    case M::Head: return QStringLiteral("HEAD");
    case M::Options: return QStringLiteral("OPTIONS");
    case M::Patch: return QStringLiteral("PATCH");
    case M::Connect: return QStringLiteral("CONNECT");
    case M::Trace: return QStringLiteral("TRACE");
    default: return QStringLiteral("UNKNOWN");
    }
}

QString HttpRequest::pathForLog() const
{
    QString logged = QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (qsizetype i = 0; i < items.size(); ++i) {
        logged += (i == 0 ? u'?' : u'&');
        logged += QString::fromLatin1(QUrl::toPercentEncoding(items[i].first)) + u'=';
    }
    return logged;
}

HttpResponse HttpResponse::json(const QJsonValue &value, int status)
{
    HttpResponse response;
    response.status = status;
    // QJsonDocument holds only objects and arrays; scalars are written by wrapping them.
    if (value.isObject()) {
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    } else if (value.isArray()) {
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    } else {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        response.body = wrapped.mid(1, wrapped.size() - 2);
    }
    return response;
}

HttpResponse HttpResponse::html(const QString &page, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = page.toUtf8();
    // The pages carry passwords and one-time values: never cache, never frame.
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("X-Frame-Options", "DENY");
    return response;
}

HttpResponse HttpResponse::redirect(const QString &location)
{
    HttpResponse response;
    response.status = 303;
    response.contentType = "text/plain";
    response.addHeader("Location", QUrl(location).toEncoded());
    response.addHeader("Cache-Control", "no-store");
    return response;
}

namespace {

QByteArray defaultOAuthCode(int status)
{
    switch (status) {
    case 401: return "invalid_token";
    case 403: return "access_denied";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 413: return "request_too_large";
    case 500: return "server_error";
    default: return "invalid_request";
    }
}

} // namespace

HttpResponse errorResponse(Service service, const ApiError &error)
{
    QJsonObject body;
    switch (service) {
    case Service::Web3Connect:
        body = {{"status", "error"}, {"result", QJsonValue::Null}, {"error", error.message}};
        break;
    case Service::Oidc:
        body = {{"error", QString::fromLatin1(error.code.isEmpty() ? defaultOAuthCode(error.status)
                                                                   : error.code)},
                {"error_description", error.message}};
        break;
    case Service::Capture:
        body = {{"detail", error.message}};
        break;
    case Service::Pakt:
        body = {{"status", "error"}, {"message", error.message}, {"data", QJsonValue::Null}};
        break;
    case Service::NonceAuth:
    case Service::Site:
        body = {{"error", error.message}};
        break;
    }
    HttpResponse response = HttpResponse::json(body, error.status);
    if (error.status == 401 && (service == Service::Web3Connect || service == Service::Oidc))
        response.addHeader("WWW-Authenticate", "Bearer");
    if (service == Service::Oidc)
        response.addHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse successResponse(Service service, const QJsonValue &value, int status,
                             const QString &message)
{
    switch (service) {
    case Service::Web3Connect:
        return HttpResponse::json(QJsonObject{{"status", "ok"}, {"result", value},
                                              {"error", QJsonValue::Null}},
                                  status);
    case Service::Pakt:
        return HttpResponse::json(QJsonObject{{"status", "success"},
                                              {"message", message.isEmpty() ? QStringLiteral("ok") : message},
                                              {"data", value}},
                                  status);
    case Service::Oidc: {
        HttpResponse response = HttpResponse::json(value, status);
        response.addHeader("Cache-Control", "no-store");
        return response;
    }
    case Service::Capture:
    case Service::NonceAuth:
    case Service::Site:
        return HttpResponse::json(value, status);
    }
    return HttpResponse::json(value, status);
}

ApiResult<QString> requireString(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (!value.isString() || value.toString().isEmpty()) {
        return ApiError{400, QCoreApplication::translate("inkan::sandbox::Http",
                                                         "The field %1 is required and must be a "
                                                         "non-empty string.").arg(name), {}};
    }
    return value.toString();
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;"));
}

} // namespace inkan::sandbox
