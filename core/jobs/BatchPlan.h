// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The plan of a batch mint: the CSV read and validated (every row, before anything is sent),
// and what an earlier run of the same CSV left in its journal. Loading is blocking file work:
// BatchMintJob runs it on a worker thread; the fuzzers call it directly.
#include "Error.h"
#include "jobs/BatchMint.h"
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace inkan::jobs {

/// The most rows one batch takes (as the service's import batch).
inline constexpr int kMaxBatchRows = 10000;

struct BatchRow {
    QString holder;      // address or e-mail as written
    bool holderIsEmail = false;
    QJsonObject staticMetadata;
    QJsonObject dynamicMetadata;
};

enum class RowState { Pending, Sending, Done, Failed, Unknown };

struct RowOutcome {
    RowState state = RowState::Pending;
    QString tokenId;
    QString error;
    bool fromEarlierRun = false;
};

struct BatchPlan {
    BatchMintOptions options;            // with the journal and result paths filled in
    QList<BatchRow> rows;
    QList<RowProblem> problems;          // every problem of the CSV, by row and column
    std::optional<Error> error;          // set when the batch cannot run (problems, or I/O)
    QString batchId;                     // from the journal, or new
    QByteArray csvDigest;                // SHA-256 of the CSV, hex
    QList<RowOutcome> outcomes;          // what the journal says of each row
    QHash<QString, QString> importedEmails; // e-mail -> address, from earlier runs
    bool journalExists = false;

    /// Reads and validates the CSV and the journal beside it. Blocking: call on a worker.
    static BatchPlan load(BatchMintOptions options);
};

/// The options with the default journal (<csv>.journal) and result (<csv>.result.csv) paths
/// and a concurrency within 1..32.
BatchMintOptions withDefaults(BatchMintOptions options);

} // namespace inkan::jobs
