// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "HttpProbe.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace inkan::test {

QJsonValue HttpReply::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    // A scalar body ("true", "\"text\""): wrap it to parse.
    const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray("[" + body + "]"));
    return wrapped.isArray() && !wrapped.array().isEmpty() ? wrapped.array().first() : QJsonValue();
}

QUrl HttpProbe::url(const QString &pathAndQuery) const
{
    return QUrl(m_base.toString() + pathAndQuery);
}

HttpReply HttpProbe::get(const QString &path, const Headers &headers)
{
    return send("GET", path, {}, {}, headers);
}

HttpReply HttpProbe::postJson(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", headers);
}

HttpReply HttpProbe::putJson(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", headers);
}

HttpReply HttpProbe::postForm(const QString &path, const QUrlQuery &form, const Headers &headers)
{
    return send("POST", path, form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded",
                headers);
}

HttpReply HttpProbe::send(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QByteArray &contentType, const Headers &headers)
{
    QNetworkRequest request(url(path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = QStringLiteral("timeout");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace inkan::test
