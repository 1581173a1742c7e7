// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A small wrk-like load generator for the sandbox benchmarks: N keep-alive HTTP/1.1
// connections on loopback, each sending the next request as soon as the previous answer is
// complete. Much lighter than QNetworkAccessManager (which also caps a host at 6 connections),
// so the server, not the client, is what is measured.
#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace inkan::bench {

struct LoadResult {
    int ok = 0;     // 2xx answers
    int failed = 0; // other answers, or connections lost
    double perSecond = 0;
};

/// Sends `total` copies of `request` (a complete HTTP/1.1 request, headers and body) over
/// `connections` sockets to 127.0.0.1:`port`.
inline LoadResult runLoad(quint16 port, const QByteArray &request, int total, int connections)
{
    struct Connection {
        QTcpSocket socket;
        QByteArray buffer;
    };
    QList<std::shared_ptr<Connection>> pool;
    LoadResult result;
    int sent = 0;
    int done = 0;
    QEventLoop loop;
    QElapsedTimer timer;
    auto sendNext = [&](Connection &c) {
        if (sent >= total)
            return;
        ++sent;
        c.socket.write(request);
    };
    for (int i = 0; i < connections; ++i) {
        auto c = std::make_shared<Connection>();
        Connection *raw = c.get();
        QObject::connect(&raw->socket, &QTcpSocket::readyRead, &loop, [&, raw] {
            raw->buffer += raw->socket.readAll();
            while (true) {
                const qsizetype headerEnd = raw->buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QByteArray head = raw->buffer.left(headerEnd).toLower();
                qsizetype length = 0;
                const qsizetype at = head.indexOf("content-length:");
                if (at >= 0)
                    length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (raw->buffer.size() < headerEnd + 4 + length)
                    return;
                const bool success = head.startsWith("http/1.1 2");
                (success ? result.ok : result.failed)++;
                raw->buffer.remove(0, headerEnd + 4 + length);
                if (++done == total) {
                    loop.quit();
                    return;
                }
                sendNext(*raw);
            }
        });
        QObject::connect(&raw->socket, &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError) {
            result.failed += total - done;
            loop.quit();
        });
        raw->socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!raw->socket.waitForConnected(5000))
            return {0, total, 0};
        raw->socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        pool.append(std::move(c));
    }
    timer.start();
    for (const auto &c : pool)
        sendNext(*c);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    result.perSecond = done / (double(timer.nsecsElapsed()) / 1e9);
    return result;
}

/// "GET path HTTP/1.1" with a Host and the given extra header lines ("Name: value").
inline QByteArray httpGet(const QByteArray &path, const QList<QByteArray> &headers = {})
{
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &header : headers)
        request += header + "\r\n";
    return request + "\r\n";
}

} // namespace inkan::bench
