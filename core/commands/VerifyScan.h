// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// One scanned verification code checked with the service, as a command: step2 with the
// venue's position, retried after a transient failure (no answer, a timeout, 5xx, 429) with a
// visible attempt count, then the NFT's details for the verdict. It always ends with
// succeeded() and an outcome() (a refusal is an answer, not a failure of the command); only
// cancel() ends it with failed(). The outcome is Verified only when step2 itself answered with
// the token id: no retry, timeout or odd answer ever turns into green.
#include "commands/Command.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "session/ScanHistory.h"
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace inkan {

/// What the scanner shows for one scan.
struct ScanOutcome {
    session::ScanVerdict verdict = session::ScanVerdict::Refused;
    session::ScanReason reason = session::ScanReason::None;
    QString message;  // one sentence: what it means and what to do
    QString codeHash; // session::ScanHistory::hashCode(code); empty when there was no code
    QString tokenId;
    QDateTime time;   // UTC, when the verdict was reached
    int attempts = 0; // step2 requests sent
    bool requestSent = false;
    // The NFT, when the service showed it (Verified; Repeat from the history).
    std::optional<services::web3connect::Nft> nft;
    QString nftName;
    QString nftKind;
    QString holder;   // the holder's address when the service names it
    QString seat;     // dynamic ticketed_seat
    QString level;    // dynamic level
    // Repeat: when and where the code was first verified.
    QDateTime firstVerifiedAt;
    QString firstScanner;
};

class VerifyScan : public Command {
    Q_OBJECT
public:
    struct Policy {
        int maxAttempts = 4;                       // step2 requests at most
        QList<int> retryDelaysMs{300, 1000, 2000}; // before the 2nd, 3rd, 4th… (the last repeats)
        int attemptTimeoutMs = 8000;               // an attempt without an answer by then is a timeout
        int detailsTimeoutMs = 3000;               // GET /nft/{id} for the verdict's details
    };

    VerifyScan(services::web3connect::Web3ConnectClient *client, QString code,
               services::web3connect::Gps venuePosition, QObject *parent = nullptr);
    void setPolicy(Policy policy) { m_policy = std::move(policy); }
    QString code() const { return m_code; }
    /// Valid once succeeded() was emitted.
    const ScanOutcome &outcome() const { return m_outcome; }

    /// Maps a step2 refusal to a reason and a sentence (used by the tests as well).
    static std::pair<session::ScanReason, QString> refusal(const net::ApiError &error);
    /// Fills name, kind, holder, seat and level from the NFT object.
    static void describe(ScanOutcome &outcome, const services::web3connect::Nft &nft);

Q_SIGNALS:
    /// Step2 attempt `attempt` (from 1) of at most `maxAttempts` is being sent.
    void checking(int attempt, int maxAttempts);
    /// Attempt `failedAttempt` got no usable answer; the next one follows in `delayMs`.
    void retrying(int failedAttempt, int delayMs, const QString &why);

protected:
    void run() override;

private:
    void sendAttempt();
    void onAttemptFailed(const net::ApiError &error);
    void fetchDetails();
    void finishWith(ScanOutcome outcome);

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    QString m_code;
    services::web3connect::Gps m_position;
    Policy m_policy;
    ScanOutcome m_outcome;
    int m_attempt = 0;
    quint64 m_generation = 0; // an answer from an attempt given up on is ignored
    bool m_uncertain = false; // an earlier attempt may have reached the service
    QPointer<net::ApiJob> m_job;
    QTimer m_attemptTimer;
};

} // namespace inkan

Q_DECLARE_METATYPE(inkan::ScanOutcome)
