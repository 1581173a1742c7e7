// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "jobs/Csv.h"
#include <QCoreApplication>
#include <QStringDecoder>

namespace inkan::jobs {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};
} // namespace

Result<CsvTable> parseCsv(const QByteArray &bytes)
{
    // Only UTF-8 is taken: a spreadsheet saved as Shift_JIS or Latin-1 would otherwise turn
    // names into replacement characters that are then minted for good.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return makeError(ErrorKind::InvalidInput,
                         Text::tr("The file is not UTF-8 text (it may be Shift_JIS or Latin-1): save it as UTF-8 (\"CSV UTF-8\") and try again."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QList<int> lineOfRecord;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.first().isEmpty())) { // skip blank lines
            records.append(record);
            lineOfRecord.append(recordLine);
        }
        record.clear();
        recordLine = line + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return makeError(ErrorKind::Malformed, Text::tr("The CSV has an unclosed quote starting on line %1.").arg(recordLine));
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (records.isEmpty())
        return makeError(ErrorKind::InvalidInput, Text::tr("The CSV is empty; it needs a header line."));
    CsvTable table;
    table.header = records.takeFirst();
    lineOfRecord.removeFirst();
    for (QString &name : table.header)
        name = name.trimmed();
    for (int i = 0; i < records.size(); ++i) {
        if (records[i].size() != table.header.size())
            return makeError(ErrorKind::InvalidInput, Text::tr("Line %1 of the CSV has %2 fields; the header has %3.")
                                                          .arg(lineOfRecord[i]).arg(records[i].size()).arg(table.header.size()));
    }
    table.rows = std::move(records);
    return table;
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields) {
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
            || f.contains(QLatin1Char('\r'))) {
            QString escaped = f;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            quoted.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        } else {
            quoted.append(f);
        }
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + '\n';
}

} // namespace inkan::jobs
