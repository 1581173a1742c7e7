// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The venue scanner's logic, without widgets: what was scanned (a decoded QR code, a burst from
// a handheld scanner, a typed code) becomes a verdict. Anything that is not a verification code
// is refused at once and nothing is sent. A code already verified at this scanner is a repeat
// (amber, with when and at which scanner), also without a request. Otherwise a VerifyScan
// command asks the service. Every verdict goes to the scan history. A new code replaces the
// one being checked, so a queue never builds; the same code again while it is being checked is
// ignored.
//
//     ScanHistory history(dataDir);
//     ScannerSession session(&history);
//     session.setClient(web3connect);           // the signed-in scanner account
//     session.setVenuePosition(gps);            // AppSettings::venuePosition()
//     session.setScannerName(settings.scannerName());
//     connect(&session, &ScannerSession::verdictReady, view, &View::show);
//     connect(&controller, &ScanController::codeFound, &session, &ScannerSession::submitDecoded);
#include "commands/VerifyScan.h"
#include "qr/QrDecoder.h"
#include "session/ScanHistory.h"
#include <QObject>
#include <QPointer>
#include <optional>

namespace inkan {

class ScannerSession : public QObject {
    Q_OBJECT
public:
    explicit ScannerSession(session::ScanHistory *history, QObject *parent = nullptr);
    ~ScannerSession() override;

    void setClient(services::web3connect::Web3ConnectClient *client) { m_client = client; }
    services::web3connect::Web3ConnectClient *client() const { return m_client; }
    void setVenuePosition(std::optional<services::web3connect::Gps> position) { m_position = std::move(position); }
    void setScannerName(const QString &name) { m_scannerName = name; }
    QString scannerName() const { return m_scannerName; }
    void setPolicy(VerifyScan::Policy policy) { m_policy = std::move(policy); }

    session::ScanHistory *history() const { return m_history; }
    bool isChecking() const { return m_current != nullptr; }
    /// The newest verdict (nullopt before the first).
    const std::optional<ScanOutcome> &lastOutcome() const { return m_last; }

    /// True when `text` looks like the verification JSON typed through a keyboard layout that
    /// is not the one the handheld scanner assumes (braces and quotes turned into other keys).
    static bool looksLayoutGarbled(const QString &text);

public Q_SLOTS:
    void submitDecoded(const inkan::qr::DecodedQr &code);
    /// What a handheld scanner typed, a typed code, or decoded text.
    void submitText(const QString &text, bool binary = false);

Q_SIGNALS:
    /// A code is being sent (attempt from 1); the view shows "checking…".
    void checking(int attempt, int maxAttempts);
    /// An attempt failed for want of an answer and is retried.
    void retrying(int failedAttempt, int delayMs, const QString &why);
    void verdictReady(const inkan::ScanOutcome &outcome);
    /// The history changed: counts to refresh.
    void historyChanged();
    /// A scan could not be written to disk (it is kept in memory and still counted).
    void historyError(const QString &message);

private:
    void conclude(ScanOutcome outcome);

    session::ScanHistory *m_history;
    QPointer<services::web3connect::Web3ConnectClient> m_client;
    std::optional<services::web3connect::Gps> m_position;
    QString m_scannerName;
    VerifyScan::Policy m_policy;
    QPointer<VerifyScan> m_current;
    std::optional<ScanOutcome> m_last;
};

} // namespace inkan
