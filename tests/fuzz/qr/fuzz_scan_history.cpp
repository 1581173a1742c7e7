// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Outside input: a scanner's history file (DATA/scans.jsonl) as a crash, a full disk or a hand
// left it. Loading, the counts and the CSV export must take any bytes; every record the load
// keeps is counted once, and the CSV has a line per record after its header.
#include "session/ScanHistory.h"
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>

using namespace inkan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    static QTemporaryDir dir;
    {
        QFile file(dir.filePath(QStringLiteral("scans.jsonl")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const session::ScanHistory history(dir.path());
    int counted = 0;
    for (const session::ScanRecord &record : history.records()) {
        session::ScanCounts one;
        one.add(record);
        counted += one.total();
        if (!record.codeHash.isEmpty())
            (void)history.firstVerified(record.codeHash);
    }
    if (counted != history.records().size())
        std::abort();
    (void)history.dayCounts();
    (void)history.sessionCounts();
    const QByteArray csv = session::ScanHistory::toCsv(history.records());
    if (csv.isEmpty())
        std::abort(); // the header at least
    return 0;
}
