// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The holder's own record of verifications that succeeded (the QR window appends one line per
// verified scan): token id, when, and where the holder stood. Append-only JSON lines in the data
// directory (DATA/verifications.jsonl, mode 0600); each append is one write of one whole line,
// flushed at once, so a crash loses at most the line being written and never earlier ones.
// Lines that do not parse (a torn last line, an edit by hand) are skipped when reading.
#include "Error.h"
#include "services/web3connect/Web3ConnectTypes.h"
#include <QDateTime>
#include <QList>
#include <QString>

namespace inkan::session {

struct VerificationRecord {
    QString tokenId;
    QDateTime time; // UTC
    services::web3connect::Gps position;
};

class VerificationLog {
public:
    /// `dataDir` is the application's data directory; the file is created on the first append.
    explicit VerificationLog(QString dataDir);
    QString path() const { return m_path; }
    /// Appends one record (the directory is created when missing).
    Result<void> append(const VerificationRecord &record);
    /// Every readable record, oldest first; an absent file is an empty log.
    Result<QList<VerificationRecord>> read() const;
    /// The newest `count` records, newest first.
    Result<QList<VerificationRecord>> latest(int count) const;

private:
    QString m_path;
};

} // namespace inkan::session
