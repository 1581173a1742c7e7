// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A list of e-mail addresses as staff paste or load it for an import (one a line, or separated
// by commas, semicolons or spaces; a CSV with an "email" column), checked before anything is
// sent: each malformed address and each repeat (compared without case) is named with its
// position, and a list of more than 10,000 addresses (the service's batch limit) is refused.
#include <QList>
#include <QString>
#include <QStringList>

namespace inkan::jobs {

inline constexpr int kMaxImportEmails = 10000;

struct EmailProblem {
    int position = 0;   // 1 = the first address in the list
    QString email;
    QString message;    // a translated sentence naming the address
};

struct EmailListCheck {
    QStringList emails;            // the distinct well-formed addresses, in order
    QList<EmailProblem> problems;  // malformed and repeated entries
    QString listProblem;           // empty list or too many: a sentence, else empty
    bool ok() const { return problems.isEmpty() && listProblem.isEmpty(); }
};

/// Whether `email` looks like an address the service takes (local@domain.tld, no spaces).
bool isPlausibleEmail(const QString &email);
/// Splits and checks pasted text or a file's contents.
EmailListCheck checkEmailList(const QString &text);

} // namespace inkan::jobs
