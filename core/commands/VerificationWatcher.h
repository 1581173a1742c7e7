// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Shows an NFT for verification and waits for the scan, as a command: step1 gives a code (and
// its QR image), then the result is polled until the scanner's step2 has verified it. A code
// lives five minutes: shortly before it expires a new one is fetched (codeChanged again), so a
// holder can keep the QR window open. Succeeds with the verified token id; a watcher for a
// code from elsewhere (forCode) only polls, and fails with Cause::Timeout at its deadline.
// Polling stops when the watcher is cancelled or destroyed (the QR window closed).
#include "commands/Command.h"
#include "services/web3connect/Web3ConnectClient.h"
#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace inkan {

class VerificationWatcher : public Command {
    Q_OBJECT
public:
    struct Timing {
        int pollIntervalMs = 1000;
        qint64 codeLifetimeMs = 5 * 60 * 1000; // API.md: codes live five minutes
        qint64 renewBeforeMs = 30 * 1000;      // fetch the next code this long before expiry
    };

    /// step1 for `tokenId` at the holder's position, then poll and renew.
    VerificationWatcher(services::web3connect::Web3ConnectClient *client, QString tokenId,
                        services::web3connect::Gps holderPosition, QObject *parent = nullptr);
    /// Polls an existing code until it is verified or `waitMs` has passed (0: one poll).
    static VerificationWatcher *forCode(services::web3connect::Web3ConnectClient *client, QString code, qint64 waitMs,
                                        QObject *parent = nullptr);

    void setTiming(Timing timing) { m_timing = timing; }
    QString code() const { return m_code; }
    QDateTime expiresAt() const { return m_expiresAt; }
    /// Valid once succeeded() was emitted.
    QString verifiedTokenId() const { return m_verifiedTokenId; }

Q_SIGNALS:
    /// A new code to show (the first, or one that replaced a code about to expire).
    void codeChanged(const QString &code, const QByteArray &qrPng, const QDateTime &expiresAt);

protected:
    void run() override;

private:
    VerificationWatcher(services::web3connect::Web3ConnectClient *client, QObject *parent);
    void requestCode();
    void poll();

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    QString m_tokenId;
    services::web3connect::Gps m_position;
    Timing m_timing;
    bool m_renews = true;
    QDeadlineTimer m_deadline = QDeadlineTimer::Forever;
    QString m_code;
    QDateTime m_expiresAt;
    QString m_verifiedTokenId;
    QTimer m_pollTimer;
    QTimer m_renewTimer;
};

} // namespace inkan
