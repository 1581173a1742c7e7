// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A scripted HTTP/1.1 server on 127.0.0.1 for failure modes the sandbox never produces: a
// hang, a 500, malformed JSON, an oversized body, a 503 then a 200, a redirect.
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class TinyServer : public QObject {
public:
    struct Reply {
        int status = 200;
        QByteArray body;
        bool hang = false;      // accept and never answer
        QByteArray location = {}; // sent as a Location header (redirects)
        bool dropAndStop = false; // read the request, close the connection and stop listening (a killed server)
    };

    TinyServer()
    {
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QList<QByteArray> first = buffer->left(buffer->indexOf("\r\n")).split(' ');
                    const QString path = QUrl::fromEncoded(first.value(1)).path();
                    headers.append(buffer->left(end));
                    bodies.append(buffer->mid(end + 4, length));
                    buffer->clear();
                    hits[path] += 1;
                    QList<Reply> &queue = script[path];
                    const Reply reply = queue.size() > 1 ? queue.takeFirst() : queue.value(0, Reply{404, "{}"});
                    if (reply.hang)
                        return;
                    if (reply.dropAndStop) {
                        server.close();
                        socket->abort();
                        return;
                    }
                    const QByteArray location = reply.location.isEmpty() ? QByteArray() : "Location: " + reply.location + "\r\n";
                    socket->write("HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n" + location
                                  + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(reply.body.size()) + "\r\n\r\n");
                    socket->write(reply.body);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.serverPort()).arg(path));
    }

    QTcpServer server;
    QHash<QString, QList<Reply>> script; // the last reply of a path repeats
    QHash<QString, int> hits;
    QList<QByteArray> headers;
    QList<QByteArray> bodies;
};
