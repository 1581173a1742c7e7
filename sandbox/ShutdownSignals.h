// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// SIGINT and SIGTERM as a Qt signal, through a self-pipe: the handler only writes a byte, the
// event loop does the rest.
#include <QObject>

class QSocketNotifier;

namespace inkan::sandbox {

class ShutdownSignals : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace inkan::sandbox
