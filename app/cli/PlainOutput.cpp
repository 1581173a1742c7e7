// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "PlainOutput.h"
#include "net/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace inkan::cli {

namespace {

bool isWide(char32_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0x303E) || (u >= 0x3041 && u <= 0x33FF)
        || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xA000 && u <= 0xA4CF)
        || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
        || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x1F300 && u <= 0x1F64F)
        || (u >= 0x1F900 && u <= 0x1F9FF) || (u >= 0x20000 && u <= 0x3FFFD);
}

QString padded(const QString &cell, int width, bool right)
{
    const QString fill(std::max(0, width - displayWidth(cell)), QLatin1Char(' '));
    return right ? fill + cell : cell + fill;
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t u : text.toUcs4()) {
        const QChar::Category category = QChar::category(u);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue;
        width += isWide(u) ? 2 : 1;
    }
    return width;
}

QString alignedTable(const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QLatin1String("  ");
            line += padded(row[c], widths[c], rightAligned.contains(int(c)));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString fieldList(const QList<std::pair<QString, QString>> &fields)
{
    QList<QStringList> rows;
    for (const auto &[label, value] : fields)
        rows.append({label, value});
    return alignedTable(rows);
}

QString valueText(const QJsonValue &value, const QString &whenEmpty)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    const QString text = net::jsonValueText(value);
    return text.isEmpty() ? whenEmpty : text;
}

QString quoted(const QString &text)
{
    return QStringLiteral("\u201C%1\u201D").arg(text);
}

} // namespace inkan::cli
