// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A venue scanner's history: one record per scan (time, scanner, token, verdict, reason, the
// NFT's name and kind), counts per verdict and per NFT kind for this session and for today,
// and a CSV export. Kept as append-only JSON lines in the data directory (DATA/scans.jsonl,
// mode 0600): each scan is one write of one whole line, flushed at once, so a crash of the app
// loses nothing that was already shown. Lines that do not parse (a torn last line) are skipped.
// The code itself is never stored, only a hash of it, enough to recognise a repeated code.
#include "Error.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <array>
#include <optional>

namespace inkan::session {

/// What the scanner showed.
enum class ScanVerdict {
    Verified,  // green: the service said verified
    Refused,   // red: not valid (see ScanReason)
    Repeat,    // amber: this code was already verified at this scanner
    Unchecked, // red: the service could not be asked (unreachable, not signed in)
};
inline constexpr int kScanVerdictCount = 4;

/// Why a scan was not green.
enum class ScanReason {
    None,
    NotAVerificationCode, // refused locally: nothing was sent
    Expired,              // 410
    AlreadyUsed,          // 409, and not verified here before
    OutsideVenue,         // 403: the scanner is too far from the holder or the venue
    Transferred,          // 403: the NFT changed hands after the code was made
    UnknownCode,          // 404 (or 400)
    NotAllowed,           // another 403
    SignInNeeded,         // 401
    Unreachable,          // no answer after the retries
    ServiceError,         // the service answered something else
    NoVenuePosition,      // the venue's position is not set: nothing was sent
};

QString verdictKey(ScanVerdict verdict);
std::optional<ScanVerdict> verdictFromKey(const QString &key);
QString reasonKey(ScanReason reason);
ScanReason reasonFromKey(const QString &key);

struct ScanRecord {
    QDateTime time;   // UTC
    QString scanner;  // AppSettings::scannerName()
    QString codeHash; // ScanHistory::hashCode(code); empty when the scan held no code
    QString tokenId;  // empty unless the service named it
    ScanVerdict verdict = ScanVerdict::Refused;
    ScanReason reason = ScanReason::None;
    QString message;  // the sentence shown
    QString nftName;
    QString nftKind;  // "ticket", "membership"…; empty when unknown
    int attempts = 0; // step2 requests sent
};

struct ScanCounts {
    std::array<int, kScanVerdictCount> byVerdict{};
    /// Per NFT kind ("" for scans without a known NFT), the counts per verdict.
    QMap<QString, std::array<int, kScanVerdictCount>> byKind;

    int count(ScanVerdict verdict) const { return byVerdict[size_t(verdict)]; }
    int total() const;
    void add(const ScanRecord &record);
};

class ScanHistory {
    Q_DECLARE_TR_FUNCTIONS(ScanHistory)
public:
    /// Reads DATA/scans.jsonl (an absent file is an empty history; loadError() says when it
    /// could not be read). The session starts now.
    explicit ScanHistory(const QString &dataDir);

    QString path() const { return m_path; }
    QString loadError() const { return m_loadError; }

    /// Writes the record (one flushed line) and keeps it; a record that could not be written is
    /// still kept in memory and counted, and the error says so.
    Result<void> append(const ScanRecord &record);
    /// Oldest first.
    const QList<ScanRecord> &records() const { return m_records; }
    /// The first scan at which this code was verified (green), if any.
    std::optional<ScanRecord> firstVerified(const QString &codeHash) const;

    /// Scans since this object was made.
    ScanCounts sessionCounts() const;
    /// Scans on `day` in local time (today by default).
    ScanCounts dayCounts(QDate day = QDate::currentDate()) const;

    /// Writes every record as CSV (UTF-8, a header line, RFC 4180 quoting) with QSaveFile.
    Result<void> exportCsv(const QString &path) const;
    static QByteArray toCsv(const QList<ScanRecord> &records);

    /// A hash of the code (hex SHA-256 of its text, first 32 digits).
    static QString hashCode(const QString &code);

private:
    QString m_path;
    QString m_loadError;
    QList<ScanRecord> m_records;
    qsizetype m_sessionStart = 0;
};

} // namespace inkan::session
