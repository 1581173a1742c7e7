// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace inkan {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");

} // namespace

QStringList availableTranslations()
{
    QStringList languages;
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("inkan_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(6, file.size() - 6 - 3); // "inkan_" … ".qm"
    return languages;
}

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const QStringList available = availableTranslations();
    // The user's languages in order of preference ("ja-JP", "en-GB", …): the first one that is
    // English or has a translation wins, so "LANGUAGE=en:ja" keeps English.
    QString chosen;
    for (QString language : locale.uiLanguages()) {
        language.replace(u'-', u'_');
        const QString base = language.section(u'_', 0, 0);
        if (base == u"en" || base == u"C")
            return {};
        if (available.contains(language))
            chosen = language;
        else if (available.contains(base))
            chosen = base;
        if (!chosen.isEmpty())
            break;
    }
    if (chosen.isEmpty())
        return {};

    auto *inkan = new QTranslator(&app);
    if (!inkan->load(QStringLiteral("inkan_") + chosen, kResourceDir)) {
        delete inkan;
        return {};
    }
    // Qt's own strings (QCommandLineParser's --help, standard dialogs) in the same language,
    // where the distribution's Qt translations are installed; Inkan works without them.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qt_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(inkan); // installed last, so it is asked first
    return chosen;
}

} // namespace inkan
