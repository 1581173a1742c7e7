// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Strict readers for service replies: a missing or mistyped field is a BadReply ApiError naming
// the field, never a silent default. Also the envelope unwrapping (Web3Connect, Pakt, plain),
// kept free of any network type so the fuzzers can drive it with arbitrary bytes.
#include "net/ApiError.h"
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <variant>

namespace inkan::net {

enum class Envelope {
    Plain,       // the body is the result itself (Capture, nonce-auth, OIDC)
    Web3Connect, // {"status": "ok"|"error", "result": …, "error": null|string|object}
    Pakt,        // {"status": "success"|…, "message": string, "data": …}
};

/// What came back from the service once the envelope is taken off.
struct HttpReply {
    int status = 0;
    QJsonValue payload;     // `result` / `data` / the whole body
    QString message;        // Pakt's `message`; empty elsewhere
};

using ReplyOrError = std::variant<HttpReply, ApiError>;

/// Turns an HTTP status and body into the payload or the ApiError the service meant. A 2xx
/// whose body does not match the envelope is a BadReply; a 4xx/5xx keeps its status mapping
/// and the server's message when the body has one.
ReplyOrError unwrapEnvelope(Envelope envelope, int httpStatus, const QByteArray &body);

/// A JSON value as one line of text: a string as it is, a number in its shortest exact form,
/// true/false, an array or object as compact JSON, and null as an empty string.
QString jsonValueText(const QJsonValue &value);

/// Field readers. Each returns the value or records the first problem in `error`, so a parser
/// reads every field and then checks once.
class JsonReader {
public:
    explicit JsonReader(const QJsonValue &value, QString context = {});
    bool isObject() const { return m_value.isObject(); }
    QJsonObject object() const { return m_value.toObject(); }

    QString string(const char *key);
    QString optionalString(const char *key);          // null/absent -> empty
    qint64 integer(const char *key);
    double number(const char *key);
    bool boolean(const char *key);
    QJsonObject objectField(const char *key);
    QJsonObject optionalObject(const char *key);
    QJsonArray array(const char *key);
    bool has(const char *key) const;

    /// The first problem found, as a BadReply; empty when every read succeeded.
    std::optional<ApiError> error() const { return m_error; }
    void fail(const QString &what);

private:
    QJsonValue field(const char *key, bool required);
    QJsonValue m_value;
    QString m_context;
    std::optional<ApiError> m_error;
};

/// A JSON value of the expected type or a BadReply naming what was expected.
std::optional<ApiError> expectObject(const QJsonValue &value, const QString &what);

/// A JSON number as a whole number, clamped to qint64 (a server may send 1e300); 0 for non-numbers.
qint64 clampedInteger(const QJsonValue &value);
std::optional<ApiError> expectArray(const QJsonValue &value, const QString &what);

} // namespace inkan::net
