// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Outside input: the CSV an organization hands to `nft mint-batch`. The RFC 4180 parser on any
// bytes (and, where it parses with more than one column, the writer round trip: csvLine output
// parses back to the same cells), then BatchPlan::load on the same bytes as a file:
// column mapping, typed cells, row and column validation.
#include "jobs/BatchPlan.h"
#include "jobs/Csv.h"
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>

using namespace inkan;

namespace {
QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = jobs::parseCsv(bytes);
    if (table) {
        for (const QStringList &row : table->rows)
            if (row.size() != table->header.size())
                std::abort(); // every record has the header's width
        if (table->header.size() > 1 && !table->header.first().startsWith(QChar(0xFEFF))) {
            QByteArray written = jobs::csvLine(table->header);
            for (const QStringList &row : table->rows)
                written += jobs::csvLine(row);
            const auto again = jobs::parseCsv(written);
            if (!again || again->header != table->header || again->rows != table->rows)
                std::abort();
        }
    } else if (table.error().message.isEmpty()) {
        std::abort(); // a refusal always says why
    }

    const QString csvPath = workDir().filePath(QStringLiteral("batch.csv"));
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes);
    }
    jobs::BatchMintOptions options;
    options.csvPath = csvPath;
    options.journalPath = workDir().filePath(QStringLiteral("batch.journal"));
    options.resultPath = workDir().filePath(QStringLiteral("batch.result.csv"));
    {
        const jobs::BatchPlan plan = jobs::BatchPlan::load(options);
        if (plan.error && plan.error->kind == ErrorKind::InvalidInput && plan.problems.isEmpty() && table)
            std::abort(); // refused rows are named by row and column
        for (const jobs::RowProblem &problem : plan.problems)
            if (problem.row < 0 || problem.row > plan.rows.size() || problem.message.isEmpty())
                std::abort();
    }
    QFile::remove(options.journalPath);
    return 0;
}
