// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The small HTTP layer every service file uses: a copied request, a response, the one error
// helper (each service answers in its own error shape) and the per-request context.
#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

#include <utility>
#include <variant>

namespace inkan::sandbox {

class SandboxState;

/// Which API a route belongs to: it decides the success and error shapes.
enum class Service {
    Web3Connect, // {status, result, error}
    Oidc,        // OAuth 2.0 {error, error_description}
    Capture,     // Django REST {detail}
    NonceAuth,   // {error}
    Pakt,        // {status, message, data}
    Site,        // the sandbox's own pages and assets: {error}
};

constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

struct HttpRequest {
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;  // percent-decoded
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    static QString methodName(QHttpServerRequest::Method method);
    /// The path with query keys but no values, for the request log.
    QString pathForLog() const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// Commit the request's transaction even though it failed: a spent try, a used nonce.
    bool keepChanges = false;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(std::pair(name, value)); }

    static HttpResponse json(const QJsonValue &value, int status = 200);
    static HttpResponse html(const QString &page, int status = 200);
    static HttpResponse redirect(const QString &location); // 303 See Other
};

/// An error a handler returns: HTTP status, one translated sentence, and for OAuth the
/// machine-readable code (invalid_grant, …).
struct ApiError {
    int status = 400;
    QString message;
    QByteArray code;
};

/// A value or an ApiError, for the helpers handlers share.
template <typename T>
class [[nodiscard]] ApiResult {
public:
    ApiResult(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    ApiResult(ApiError error) : m_state(std::in_place_index<1>, std::move(error)) {}
    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_state); }
    const T &value() const { return std::get<0>(m_state); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const ApiError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

/// The one error helper: `error` in the shape of `service`.
HttpResponse errorResponse(Service service, const ApiError &error);
/// A success in the shape of `service` (Pakt also carries a message).
HttpResponse successResponse(Service service, const QJsonValue &value, int status = 200,
                             const QString &message = {});

struct RequestContext {
    const HttpRequest &request;
    SandboxState &state;
    Service service;
    QHash<QString, QString> params; // path parameters by name
    QJsonObject json;               // the body of a JSON route ({} when empty)
    QUrlQuery form;                 // the body of a form route

    QString param(const QString &name) const { return params.value(name); }
    HttpResponse ok(const QJsonValue &value, int status = 200, const QString &message = {}) const
    {
        return successResponse(service, value, status, message);
    }
    HttpResponse fail(const ApiError &error) const { return errorResponse(service, error); }
    HttpResponse fail(int status, const QString &message, const QByteArray &code = {}) const
    {
        return errorResponse(service, ApiError{status, message, code});
    }
};

/// `object[name]` as a non-empty string, else 400 naming the field.
ApiResult<QString> requireString(const QJsonObject &object, const QString &name);

/// Escapes text for HTML element content and attribute values.
QString htmlEscape(const QString &text);

} // namespace inkan::sandbox
