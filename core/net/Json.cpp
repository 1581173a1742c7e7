// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "net/Json.h"

#include <limits>
#include <QJsonDocument>
#include <QLocale>
#include <QJsonParseError>
#include <cmath>

namespace inkan::net {

namespace {

QString serverMessageFrom(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const char *key : {"message", "detail", "error", "error_description"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                return v.toString();
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (value.isArray())
        return jsonValueText(value);
    return {};
}

} // namespace

QString jsonValueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

ReplyOrError unwrapEnvelope(Envelope envelope, int httpStatus, const QByteArray &body)
{
    const bool success = httpStatus >= 200 && httpStatus < 300;
    QJsonParseError parseError{};
    const QJsonDocument doc = body.trimmed().isEmpty() ? QJsonDocument()
                                                       : QJsonDocument::fromJson(body, &parseError);
    const bool parsed = !body.trimmed().isEmpty() && parseError.error == QJsonParseError::NoError;

    if (!success) {
        QString message;
        if (parsed) {
            const QJsonObject o = doc.object();
            switch (envelope) {
            case Envelope::Web3Connect: message = serverMessageFrom(o.value(QLatin1String("error"))); break;
            case Envelope::Pakt: message = serverMessageFrom(o.value(QLatin1String("message"))); break;
            case Envelope::Plain: message = doc.isObject() ? serverMessageFrom(o) : QString(); break;
            }
        }
        return ApiError::fromHttpStatus(httpStatus, message);
    }

    if (envelope == Envelope::Plain && body.trimmed().isEmpty())
        return HttpReply{httpStatus, QJsonValue(), {}};
    if (!parsed)
        return ApiError::badReply(ApiError::tr("not JSON: %1").arg(parseError.errorString()));

    HttpReply reply;
    reply.status = httpStatus;
    switch (envelope) {
    case Envelope::Plain:
        reply.payload = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        return reply;
    case Envelope::Web3Connect: {
        if (!doc.isObject())
            return ApiError::badReply(ApiError::tr("the envelope is not an object"));
        const QJsonObject o = doc.object();
        const QJsonValue status = o.value(QLatin1String("status"));
        if (!status.isString())
            return ApiError::badReply(ApiError::tr("the envelope has no status"));
        if (status.toString() != QLatin1String("ok")) {
            // An error inside a 2xx: the service refused; treat it as a bad request.
            ApiError e = ApiError::fromHttpStatus(400, serverMessageFrom(o.value(QLatin1String("error"))));
            e.httpStatus = httpStatus;
            return e;
        }
        if (!o.contains(QLatin1String("result")))
            return ApiError::badReply(ApiError::tr("the envelope has no result"));
        reply.payload = o.value(QLatin1String("result"));
        return reply;
    }
    case Envelope::Pakt: {
        if (!doc.isObject())
            return ApiError::badReply(ApiError::tr("the envelope is not an object"));
        const QJsonObject o = doc.object();
        const QJsonValue status = o.value(QLatin1String("status"));
        if (!status.isString())
            return ApiError::badReply(ApiError::tr("the envelope has no status"));
        reply.message = o.value(QLatin1String("message")).toString();
        if (status.toString() != QLatin1String("success")) {
            ApiError e = ApiError::fromHttpStatus(400, reply.message);
            e.httpStatus = httpStatus;
            return e;
        }
        reply.payload = o.value(QLatin1String("data"));
        return reply;
    }
    }
    return ApiError::badReply(ApiError::tr("an unknown envelope kind"));
}

JsonReader::JsonReader(const QJsonValue &value, QString context)
    : m_value(value), m_context(std::move(context))
{
    if (!m_value.isObject())
        fail(ApiError::tr("expected an object"));
}

void JsonReader::fail(const QString &what)
{
    if (m_error)
        return;
    m_error = ApiError::badReply(m_context.isEmpty() ? what : m_context + QLatin1String(": ") + what);
}

bool JsonReader::has(const char *key) const
{
    const QJsonValue v = m_value.toObject().value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QJsonValue JsonReader::field(const char *key, bool required)
{
    const QJsonValue v = m_value.toObject().value(QLatin1String(key));
    if (required && (v.isUndefined() || v.isNull()) && m_value.isObject())
        fail(ApiError::tr("missing field \"%1\"").arg(QLatin1String(key)));
    return v;
}

QString JsonReader::string(const char *key)
{
    const QJsonValue v = field(key, true);
    if (!v.isString() && !v.isUndefined() && !v.isNull())
        fail(ApiError::tr("field \"%1\" is not text").arg(QLatin1String(key)));
    return v.toString();
}

QString JsonReader::optionalString(const char *key)
{
    const QJsonValue v = field(key, false);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(ApiError::tr("field \"%1\" is not text").arg(QLatin1String(key)));
    return v.toString();
}

qint64 JsonReader::integer(const char *key)
{
    const QJsonValue v = field(key, true);
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d) {
        if (!v.isUndefined() && !v.isNull())
            fail(ApiError::tr("field \"%1\" is not an integer").arg(QLatin1String(key)));
        return 0;
    }
    return v.toInteger();
}

double JsonReader::number(const char *key)
{
    const QJsonValue v = field(key, true);
    if (!v.isDouble() && !v.isUndefined() && !v.isNull())
        fail(ApiError::tr("field \"%1\" is not a number").arg(QLatin1String(key)));
    return v.toDouble();
}

bool JsonReader::boolean(const char *key)
{
    const QJsonValue v = field(key, true);
    if (!v.isBool() && !v.isUndefined() && !v.isNull())
        fail(ApiError::tr("field \"%1\" is not true or false").arg(QLatin1String(key)));
    return v.toBool();
}

QJsonObject JsonReader::objectField(const char *key)
{
    const QJsonValue v = field(key, true);
    if (!v.isObject() && !v.isUndefined() && !v.isNull())
        fail(ApiError::tr("field \"%1\" is not an object").arg(QLatin1String(key)));
    return v.toObject();
}

QJsonObject JsonReader::optionalObject(const char *key)
{
    const QJsonValue v = field(key, false);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        fail(ApiError::tr("field \"%1\" is not an object").arg(QLatin1String(key)));
    return v.toObject();
}

QJsonArray JsonReader::array(const char *key)
{
    const QJsonValue v = field(key, true);
    if (!v.isArray() && !v.isUndefined() && !v.isNull())
        fail(ApiError::tr("field \"%1\" is not a list").arg(QLatin1String(key)));
    return v.toArray();
}

std::optional<ApiError> expectObject(const QJsonValue &value, const QString &what)
{
    if (value.isObject())
        return std::nullopt;
    return ApiError::badReply(ApiError::tr("%1 is not an object").arg(what));
}

std::optional<ApiError> expectArray(const QJsonValue &value, const QString &what)
{
    if (value.isArray())
        return std::nullopt;
    return ApiError::badReply(ApiError::tr("%1 is not a list").arg(what));
}

qint64 clampedInteger(const QJsonValue &value)
{
    const double number = value.toDouble();
    // Casting a double outside qint64's range is undefined behaviour, so clamp first.
    if (!(number > -9.2e18))
        return number < 0 ? std::numeric_limits<qint64>::min() : 0; // NaN is 0
    if (number >= 9.2e18)
        return std::numeric_limits<qint64>::max();
    return qint64(number);
}

} // namespace inkan::net
