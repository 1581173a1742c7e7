// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "EmailList.h"
#include "Csv.h"
#include "Tr.h"
#include <QRegularExpression>
#include <QSet>

namespace inkan::jobs {

bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s,;\"<>]+@[^@\\s,;\"<>]+\\.[^@\\s,;\"<>.]{2,}$"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

EmailListCheck checkEmailList(const QString &text)
{
    QStringList entries;
    auto table = parseCsv(text.toUtf8());
    if (table && table->header.contains(QStringLiteral("email"))) {
        const qsizetype column = table->header.indexOf(QStringLiteral("email"));
        for (const QStringList &row : table->rows)
            if (column < row.size() && !row[column].trimmed().isEmpty())
                entries.append(row[column].trimmed());
    } else {
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        entries = text.split(separators, Qt::SkipEmptyParts);
    }
    EmailListCheck check;
    if (entries.isEmpty()) {
        check.listProblem = inkan::tr("The list has no e-mail address: paste one a line, or choose a file.");
        return check;
    }
    if (entries.size() > kMaxImportEmails) {
        check.listProblem = inkan::tr("The list has %1 addresses; an import takes at most 10,000. Split it into several lists.")
                                .arg(entries.size());
        return check;
    }
    QSet<QString> seen;
    for (int i = 0; i < entries.size(); ++i) {
        const QString &email = entries[i];
        if (!isPlausibleEmail(email)) {
            check.problems.append({i + 1, email, inkan::tr("Entry %1, \"%2\", is not an e-mail address; correct or remove it.")
                                                     .arg(i + 1).arg(email.left(80))});
            continue;
        }
        const QString key = email.toLower();
        if (seen.contains(key)) {
            check.problems.append({i + 1, email, inkan::tr("Entry %1, %2, is already in the list; remove the repeat.")
                                                     .arg(i + 1).arg(email)});
            continue;
        }
        seen.insert(key);
        check.emails.append(email);
    }
    return check;
}

} // namespace inkan::jobs
