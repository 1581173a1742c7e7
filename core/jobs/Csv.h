// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends, UTF-8 (a BOM is skipped).
#include "Error.h"
#include <QByteArray>
#include <QList>
#include <QStringList>

namespace inkan::jobs {

struct CsvTable {
    QStringList header;
    QList<QStringList> rows; // each padded or checked to header.size()
};

/// The first record is the header. A record with a different number of fields is an error
/// naming its line.
Result<CsvTable> parseCsv(const QByteArray &text);
/// One CSV line (with "\n"), quoting fields that need it.
QByteArray csvLine(const QStringList &fields);

} // namespace inkan::jobs
