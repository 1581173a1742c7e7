// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <cstring>

namespace inkan {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");

// English needs no catalog, except for plurals: the source text of a numerus message spells
// the noun both ways, "%n NFT(s) shown", and this translator, asked last, picks the English
// form for the count ("1 NFT shown", "14 NFTs shown"). A catalog that has the message (or its
// own plural forms) is asked first and wins.
class EnglishPlurals : public QTranslator {
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
            return {};
        QString text = QString::fromUtf8(sourceText);
        text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return text;
    }
};

void installEnglishPlurals(QCoreApplication &app)
{
    const QString name = QStringLiteral("inkanEnglishPlurals");
    if (app.findChild<QTranslator *>(name, Qt::FindDirectChildrenOnly))
        return;
    auto *plurals = new EnglishPlurals(&app);
    plurals->setObjectName(name);
    QCoreApplication::installTranslator(plurals); // before any catalog: asked last
}

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
    installEnglishPlurals(app);
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
