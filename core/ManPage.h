// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// One description of a program's command line from which both its --help text and its manual
// page (roff, section 1) are made, so that the two cannot drift apart. Each program builds a
// Page; `program --man` (hidden) prints toRoff(page), which the build turns into the installed
// man page; tests/man checks that the page documents everything --help lists.
#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace inkan::man {

struct Option {
    QStringList names;   // "d", "data-dir": one letter is -d, more are --data-dir
    QString valueName;   // "DIR", empty for a flag
    QString description; // one or more sentences
    QString defaultValue;
};

struct Command {
    QString synopsis;    // "inkan-cli wallet list [--json]"
    QString description; // may be empty
    QString example;     // may be empty
};

struct CommandGroup {
    QString title; // "Wallet (…):"
    QList<Command> commands;
};

/// A section of the manual page only (EXIT STATUS, ENVIRONMENT, FILES, …). A paragraph that
/// starts with two spaces is printed as it is (lines kept, not filled).
struct Section {
    QString title;
    QStringList paragraphs;
};

struct Page {
    QString name;            // "inkan-cli"
    QString summary;         // the NAME line after the dash
    QStringList synopsis;    // one line each
    QStringList description; // paragraphs, also the --help's opening text
    QList<Option> options;
    QString commandsTitle;   // "COMMANDS" when there are command groups
    QList<CommandGroup> commandGroups;
    QList<Section> sections;
    QStringList seeAlso;     // "inkan-sandbox(1)"
};

/// The option as QCommandLineParser knows it (names, value name, description, first default).
Option fromQt(const QCommandLineOption &option);
/// QCommandLineParser's --help and --version options, described for the manual (they are added
/// by addHelpOption()/our own --version, not listed by the program).
QList<Option> standardOptions(bool helpAll);

/// "-d, --data-dir DIR" as --help writes it.
QString optionSpelling(const Option &option);

/// The manual page in man(7) roff. `version` goes to the page footer.
QString toRoff(const Page &page, const QString &version);

/// Escapes text for a roff text line: backslashes, leading control characters, option-like
/// hyphens (\-), and every non-ASCII character as \[uXXXX].
QString escape(const QString &text);

} // namespace inkan::man
