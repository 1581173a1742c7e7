// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Blocking HTTP for tests over a real QNetworkAccessManager (loopback). Redirects are not
// followed, so a test sees the 303 and its Location.
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace inkan::test {

struct HttpReply {
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;

    QJsonValue json() const;
    // const, so that reply.object()["a"]["b"] reads (a non-const QJsonObject's [] gives a ref).
    const QJsonObject object() const { return json().toObject(); }
    const QJsonArray array() const { return json().toArray(); }
    /// Web3Connect's envelope: `result`.
    QJsonValue result() const { return object().value(QStringLiteral("result")); }
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

class HttpProbe {
public:
    explicit HttpProbe(QUrl baseUrl) : m_base(std::move(baseUrl)) {}

    QUrl url(const QString &pathAndQuery) const;
    HttpReply get(const QString &path, const Headers &headers = {});
    HttpReply postJson(const QString &path, const QJsonObject &body, const Headers &headers = {});
    HttpReply putJson(const QString &path, const QJsonObject &body, const Headers &headers = {});
    HttpReply postForm(const QString &path, const QUrlQuery &form, const Headers &headers = {});
    /// Any method with a raw body.
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &contentType, const Headers &headers = {});

    static Headers bearer(const QString &token) { return {{"Authorization", "Bearer " + token.toUtf8()}}; }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

} // namespace inkan::test
