// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The shapes of inkan-cli's plain (non --json) output: a sentence, or an aligned table.
// Widths are counted in terminal columns, so Japanese text (two columns a character) lines up.
#include <QJsonValue>
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

/// A JSON value as one line of text: a string as it is (`whenEmpty` when it is empty), a number,
/// true/false, "null", or an array or object as compact JSON.
QString valueText(const QJsonValue &value, const QString &whenEmpty);

/// `text` in typographic quotes for a sentence: “text”.
QString quoted(const QString &text);

} // namespace inkan::cli
