// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// What a batch mint is given: the CSV, how its columns map, where its journal and result go.
// Every row is checked against the metadata rules (MetadataRules.h). The run itself: BatchPlan (reading
// and checking), BatchJournal, BatchMintJob; batch import by e-mail: BatchImportJob.
#include "Error.h"
#include "jobs/MetadataRules.h"
#include <QHash>
#include <QString>

namespace inkan::jobs {

struct ColumnMapping {
    enum class Target { Holder, Static, Dynamic, Ignore };
    Target target = Target::Dynamic;
    QString field; // metadata key; empty for Holder / Ignore
};

struct BatchMintOptions {
    QString csvPath;
    /// CSV column -> target. Columns not listed map by name: "holder" (or holder_address /
    /// holder_email) is the holder, "static.x" / "dynamic.x" are explicit, a static field name
    /// goes to static, anything else to dynamic.
    QHash<QString, ColumnMapping> mapping;
    /// Requests in flight. Each row waits for its journal line to be on disk before it is sent,
    /// so several in flight share one fsync (10,000 rows into the sandbox: 4.3 s with 4, 3.7 s
    /// with 8, release build on this 2-core machine).
    int concurrency = 4;
    QString journalPath; // default: <csv>.journal
    QString resultPath;  // default: <csv without .csv>.result.csv
};

/// The marker key put in each row's dynamic metadata.
inline constexpr char kBatchRowMarker[] = "inkan_batch_row";

} // namespace inkan::jobs
