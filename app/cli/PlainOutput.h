#pragma once
// The shapes of inkan-cli's plain (non --json) output: a sentence, or an aligned table.
// Widths are counted in terminal columns, so Japanese text (two columns a character) lines up.
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace inkan::cli {

/// Terminal columns `text` takes: East Asian wide and full-width characters count two,
/// combining marks none, everything else one.
int displayWidth(const QString &text);

/// Rows of cells as columns, two spaces apart, each column as wide as its widest cell; the
/// columns whose index is in `rightAligned` (numbers) are aligned to the right. Trailing
/// spaces are trimmed; rows are joined with '\n' (no final newline).
QString alignedTable(const QList<QStringList> &rows, const QList<int> &rightAligned = {});

/// "label  value" lines with the values aligned (a two-column table).
QString fieldList(const QList<std::pair<QString, QString>> &fields);

/// `text` in typographic quotes for a sentence: “text”.
QString quoted(const QString &text);

} // namespace inkan::cli
