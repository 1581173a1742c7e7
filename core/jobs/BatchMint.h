#pragma once
// What a batch mint is given (the CSV, how its columns map, where its journal and result go)
// and the NFT metadata rules every row is checked against. The run itself: BatchPlan (reading
// and checking), BatchJournal, BatchMintJob; batch import by e-mail: BatchImportJob.
#include "Error.h"
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace inkan::jobs {

struct ColumnMapping {
    enum class Target { Holder, Static, Dynamic, Ignore };
    Target target = Target::Dynamic;
    QString field; // metadata key; empty for Holder / Ignore
};

struct RowProblem {
    int row = 0;       // 1 = the first line after the header
    QString column;    // CSV column name, empty for the whole row
    QString message;
};

struct BatchMintOptions {
    QString csvPath;
    /// CSV column -> target. Columns not listed map by name: "holder" (or holder_address /
    /// holder_email) is the holder, "static.x" / "dynamic.x" are explicit, a static field name
    /// goes to static, anything else to dynamic.
    QHash<QString, ColumnMapping> mapping;
    int concurrency = 4;
    QString journalPath; // default: <csv>.journal
    QString resultPath;  // default: <csv without .csv>.result.csv
};

/// The marker key put in each row's dynamic metadata.
inline constexpr char kBatchRowMarker[] = "inkan_batch_row";

/// Validates one NFT's metadata as the service would (required static fields, integer and
/// number types, ISO dates). Problems name the field.
QList<RowProblem> validateMetadata(const QJsonObject &staticMetadata, const QJsonObject &dynamicMetadata);
/// The static fields the service requires (all but expired_at).
const QStringList &requiredStaticFields();
/// A CSV cell turned into the JSON type the service expects for `field`; `problem` says why
/// it cannot be.
QJsonValue typedCell(const QString &field, const QString &cell, bool isStatic, QString *problem);

} // namespace inkan::jobs
