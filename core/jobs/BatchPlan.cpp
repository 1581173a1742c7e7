// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "jobs/BatchPlan.h"
#include "crypto/Address.h"
#include "crypto/Random.h"
#include "jobs/Csv.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace inkan::jobs {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(inkan::jobs::BatchMintJob)
};

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

/// A CSV cell turned into the JSON type the service expects for `field`.
QJsonValue typedCell(const QString &field, const QString &cell, bool isStatic, QString *problem)
{
    const QString text = cell.trimmed();
    const FieldType type = fieldType(field, isStatic);
    if (type == FieldType::Integer) {
        bool ok = false;
        const qlonglong value = text.toLongLong(&ok);
        if (!ok)
            *problem = Text::tr("\"%1\" is not a whole number.").arg(text.left(40));
        return QJsonValue(value);
    }
    if (type == FieldType::Number) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok)
            *problem = Text::tr("\"%1\" is not a number.").arg(text.left(40));
        return value;
    }
    if (type == FieldType::Array || type == FieldType::Object) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        const bool wantArray = type == FieldType::Array;
        if (wantArray ? !doc.isArray() : !doc.isObject()) {
            *problem = wantArray ? Text::tr("must be a JSON list like [\"a\",\"b\"].")
                                 : Text::tr("must be a JSON object like {\"k\":\"v\"}.");
            return {};
        }
        return wantArray ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    return text;
}

} // namespace

BatchMintOptions withDefaults(BatchMintOptions options)
{
    if (options.journalPath.isEmpty())
        options.journalPath = options.csvPath + QStringLiteral(".journal");
    if (options.resultPath.isEmpty()) {
        QString base = options.csvPath;
        if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            base.chop(4);
        options.resultPath = base + QStringLiteral(".result.csv");
    }
    options.concurrency = std::clamp(options.concurrency, 1, 32);
    return options;
}

BatchPlan BatchPlan::load(BatchMintOptions options)
{
    BatchPlan plan;
    plan.options = withDefaults(std::move(options));
    const auto failWith = [&plan](Error error) {
        plan.error = std::move(error);
        return plan;
    };

    QFile csv(plan.options.csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return failWith(makeError(ErrorKind::NotFound, Text::tr("Cannot read %1.").arg(QDir::toNativeSeparators(plan.options.csvPath))));
    const QByteArray bytes = csv.readAll();
    plan.csvDigest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    auto table = parseCsv(bytes);
    if (!table)
        return failWith(table.error());
    if (table->rows.size() > kMaxBatchRows) {
        plan.problems.append({0, QString(), Text::tr("The CSV has %1 rows; a batch takes at most 10,000. Split it into several files.")
                                                .arg(table->rows.size())});
        return failWith(makeError(ErrorKind::InvalidInput, Text::tr("The CSV has %1 rows; a batch takes at most 10,000. Split it into several files.")
                                                               .arg(table->rows.size())));
    }

    // Resolve each column's target.
    QList<ColumnMapping> columns;
    int holderColumns = 0;
    for (const QString &name : table->header) {
        ColumnMapping m;
        if (plan.options.mapping.contains(name)) {
            m = plan.options.mapping.value(name);
        } else if (name == QLatin1String("holder") || name == QLatin1String("holder_address") || name == QLatin1String("holder_email")) {
            m.target = ColumnMapping::Target::Holder;
        } else if (name.startsWith(QLatin1String("static."))) {
            m = {ColumnMapping::Target::Static, name.mid(7)};
        } else if (name.startsWith(QLatin1String("dynamic."))) {
            m = {ColumnMapping::Target::Dynamic, name.mid(8)};
        } else if (isStaticField(name)) {
            m = {ColumnMapping::Target::Static, name};
        } else {
            m = {ColumnMapping::Target::Dynamic, name};
        }
        if (m.target == ColumnMapping::Target::Holder)
            ++holderColumns;
        if (name == QLatin1String(kBatchRowMarker) || m.field == QLatin1String(kBatchRowMarker))
            plan.problems.append({0, name, Text::tr("The column %1 is reserved for Inkan's own marker.").arg(name)});
        columns.append(m);
    }
    if (holderColumns != 1)
        plan.problems.append({0, QString(), Text::tr("The CSV needs exactly one holder column (named \"holder\", or mapped with --map COLUMN=holder).")});

    plan.rows.clear();
    for (int r = 0; r < table->rows.size(); ++r) {
        const QStringList &cells = table->rows[r];
        BatchRow row;
        for (int c = 0; c < columns.size(); ++c) {
            const ColumnMapping &m = columns[c];
            const QString &cell = cells[c];
            const QString column = table->header[c];
            QString problem;
            switch (m.target) {
            case ColumnMapping::Target::Ignore: break;
            case ColumnMapping::Target::Holder:
                row.holder = cell.trimmed();
                if (looksLikeEmail(row.holder)) {
                    row.holderIsEmail = true;
                } else if (auto address = crypto::Address::parse(row.holder); !address) {
                    plan.problems.append({r + 1, column, Text::tr("The holder is neither an ID wallet address nor an e-mail: %1").arg(address.error().message)});
                }
                break;
            case ColumnMapping::Target::Static:
                if (!cell.trimmed().isEmpty() || requiredStaticFields().contains(m.field))
                    row.staticMetadata.insert(m.field, typedCell(m.field, cell, true, &problem));
                break;
            case ColumnMapping::Target::Dynamic:
                if (!cell.trimmed().isEmpty())
                    row.dynamicMetadata.insert(m.field, typedCell(m.field, cell, false, &problem));
                break;
            }
            if (!problem.isEmpty())
                plan.problems.append({r + 1, column, problem});
        }
        for (RowProblem p : validateMetadata(row.staticMetadata, row.dynamicMetadata)) {
            if (std::any_of(plan.problems.cbegin(), plan.problems.cend(), [&](const RowProblem &q) { return q.row == r + 1 && (q.column == p.column || q.column == QLatin1String("static.") + p.column); }))
                continue;
            p.row = r + 1;
            plan.problems.append(p);
        }
        plan.rows.append(row);
    }
    if (plan.rows.isEmpty())
        plan.problems.append({0, QString(), Text::tr("The CSV has a header but no rows.")});
    if (!plan.problems.isEmpty())
        return failWith(makeError(ErrorKind::InvalidInput, Text::tr("%n problem(s) in the CSV; nothing was sent.", nullptr, int(plan.problems.size()))));

    // Read what an earlier run did.
    plan.outcomes = QList<RowOutcome>(plan.rows.size());
    QFile previous(plan.options.journalPath);
    if (previous.exists()) {
        if (!previous.open(QIODevice::ReadOnly))
            return failWith(makeError(ErrorKind::Io, Text::tr("Cannot read the journal %1.").arg(plan.options.journalPath)));
        const QList<QByteArray> lines = previous.readAll().split('\n');
        const QList<QByteArray> head = lines.value(0).split('\t');
        if (head.size() != 4 || head[0] != "inkan-batch-journal" || head[1] != "v1")
            return failWith(makeError(ErrorKind::Malformed, Text::tr("%1 is not an Inkan batch journal.").arg(plan.options.journalPath)));
        if (head[3] != plan.csvDigest)
            return failWith(makeError(ErrorKind::InvalidInput,
                Text::tr("The CSV changed since its journal was started; restore it, or move %1 away to start a new batch.").arg(plan.options.journalPath)));
        plan.batchId = QString::fromUtf8(head[2]);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].split('\t');
            bool ok = false;
            const int row = f.value(0).toInt(&ok);
            if (!ok || f.size() < 2)
                continue; // a line cut short by a kill: its row is redone or recovered
            if (f[1] == "imported" && f.size() >= 4) {
                plan.importedEmails.insert(QString::fromUtf8(f[2]), QString::fromUtf8(f[3]));
                continue;
            }
            if (row < 1 || row > plan.rows.size())
                continue;
            RowOutcome &o = plan.outcomes[row - 1];
            if (f[1] == "sending") {
                o.state = RowState::Sending;
            } else if (f[1] == "done" && f.size() >= 3) {
                o = {RowState::Done, QString::fromUtf8(f[2]), {}, true};
            } else if (f[1] == "failed") {
                o = {RowState::Failed, {}, QString::fromUtf8(f.value(2)), true};
            }
        }
    } else {
        plan.batchId = crypto::randomUuidV4();
    }
    plan.journalExists = previous.exists();
    return plan;
}

} // namespace inkan::jobs
