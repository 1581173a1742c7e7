// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The translation catalogs: inkan::installTranslations() picks the user's language, the compiled
// catalogs are embedded and translate messages that the core builds at run time, and every
// translations/inkan_*.ts is complete (no unfinished message, placeholders kept).
#include "Translations.h"

#include "crypto/Address.h"
#include "net/ApiError.h"
#include "qr/VerificationPayload.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString location; // "file:line" of the first location
    QString type;     // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
};

struct Catalog {
    QString language;
    QList<Message> messages;
    QString error;
};

Catalog readCatalog(const QString &path)
{
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalog.error = file.errorString();
        return catalog;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString lastFile; // "-locations relative" names a file only when it changes
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                catalog.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"location") {
                const QString file = xml.attributes().value(QLatin1String("filename")).toString();
                if (!file.isEmpty())
                    lastFile = file;
                if (message.location.isEmpty())
                    message.location = lastFile + u':' + xml.attributes().value(QLatin1String("line")).toString();
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            catalog.messages << message;
        }
    }
    if (xml.hasError())
        catalog.error = xml.errorString();
    return catalog;
}

QStringList catalogPaths()
{
    const QDir dir(QStringLiteral(INKAN_TRANSLATIONS_DIR));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("inkan_*.ts")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

// %1 … %99, %L1, %n: what QString::arg() and tr(…, n) replace.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

QString describe(const Message &message)
{
    return QStringLiteral("[%1] \"%2\" (%3)").arg(message.context, message.source, message.location);
}

} // namespace

class TestI18n : public QObject {
    Q_OBJECT

private:
    Catalog m_ja;
    QString translationOf(const QString &context, const QString &source) const;

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void japaneseIsEmbedded();
    void languageChoice_data();
    void languageChoice();
    void coreMessagesAreTranslated();
    void englishPlurals();
    void freeTrFunctionContext();
    void contextsAreLookedUp();
    void catalogsAreComplete_data();
    void catalogsAreComplete();
};

void TestI18n::initTestCase()
{
    m_ja = readCatalog(QStringLiteral(INKAN_TRANSLATIONS_DIR "/inkan_ja.ts"));
    QVERIFY2(m_ja.error.isEmpty(), qPrintable(m_ja.error));
    QVERIFY(!m_ja.messages.isEmpty());
}

void TestI18n::cleanup()
{
    // Each test installs its own translators; remove them so the next one starts in English.
    const QList<QTranslator *> translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString TestI18n::translationOf(const QString &context, const QString &source) const
{
    for (const Message &message : m_ja.messages) {
        if (message.context == context && message.source == source && message.type.isEmpty()
            && !message.translations.isEmpty())
            return message.translations.first();
    }
    return {};
}

void TestI18n::japaneseIsEmbedded()
{
    QVERIFY(inkan::availableTranslations().contains(QStringLiteral("ja")));
}

void TestI18n::languageChoice_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ja_JP") << "ja_JP" << "ja";
    QTest::newRow("ja") << "ja" << "ja";
    QTest::newRow("en_US: the source language") << "en_US" << "";
    QTest::newRow("de_DE: no catalog, English") << "de_DE" << "";
    QTest::newRow("C") << "C" << "";
}

void TestI18n::languageChoice()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(inkan::installTranslations(*QCoreApplication::instance(), QLocale(locale)), expected);
    const QString source = QStringLiteral("The QR code holds an empty verification code.");
    const QString shown = QCoreApplication::translate("VerificationPayload", source.toUtf8().constData());
    if (expected.isEmpty())
        QCOMPARE(shown, source);
    else
        QCOMPARE(shown, translationOf(QStringLiteral("VerificationPayload"), source));
}

// Messages built by the core at run time come out in Japanese, in the context lupdate filed
// them under: classes with Q_DECLARE_TR_FUNCTIONS (ApiError, VerificationPayload).
void TestI18n::coreMessagesAreTranslated()
{
    const auto timeout = [] { return inkan::net::ApiError::timeout().userMessage; };
    const auto emptyCode = [] { return inkan::qr::VerificationPayload::parse(QByteArray()).error().message; };
    const QString timeoutEnglish = timeout();
    const QString emptyCodeEnglish = emptyCode();

    QCOMPARE(inkan::installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("ja_JP"))), QStringLiteral("ja"));
    const QString timeoutJapanese = translationOf(QStringLiteral("ApiError"), timeoutEnglish);
    const QString emptyCodeJapanese = translationOf(QStringLiteral("VerificationPayload"), emptyCodeEnglish);
    QVERIFY2(!timeoutJapanese.isEmpty(), qPrintable(timeoutEnglish));
    QVERIFY2(!emptyCodeJapanese.isEmpty(), qPrintable(emptyCodeEnglish));
    QCOMPARE(timeout(), timeoutJapanese);
    QCOMPARE(emptyCode(), emptyCodeJapanese);
}

// English has no catalog, yet counts read as English: "%n NFT(s)" is "1 NFT" or "14 NFTs".
void TestI18n::englishPlurals()
{
    const auto shown = [](int n) { return QCoreApplication::translate("inkan::ui::GalleryPage", "%n NFT(s) shown", nullptr, n); };
    QCOMPARE(shown(14), QStringLiteral("14 NFT(s) shown")); // nothing installed yet
    QCOMPARE(inkan::installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en_GB"))), QString());
    QCOMPARE(inkan::installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en_US"))), QString());
    QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 1); // installed once
    QCOMPARE(shown(1), QStringLiteral("1 NFT shown"));
    QCOMPARE(shown(14), QStringLiteral("14 NFTs shown"));
    QCOMPARE(shown(0), QStringLiteral("0 NFTs shown"));
    // Not a numerus message: left as it is.
    QCOMPARE(QCoreApplication::translate("x", "NFT(s)"), QStringLiteral("NFT(s)"));
}

// inkan::tr() (core/Tr.h) translates in the context "inkan". lupdate files an unqualified call
// of a free tr function under the class or namespace around the call instead, so such calls are
// written inkan::tr("…") (see translations/README.md); this checks one of them end to end.
void TestI18n::freeTrFunctionContext()
{
    const auto emptyAddress = [] { return inkan::crypto::Address::parse(u"").error().message; };
    const QString english = emptyAddress();
    QCOMPARE(inkan::installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("ja_JP"))), QStringLiteral("ja"));
    QVERIFY(!translationOf(QStringLiteral("inkan"), english).isEmpty());
    QCOMPARE_NE(emptyAddress(), english);
}

// A class's tr() looks messages up under its fully qualified name. When lupdate cannot find a
// class's header (a missing include path), it files the messages under the bare class name,
// and the app shows them in English. A bare context must be one tr() really uses: "main",
// "inkan", a Qt class's, or one named by Q_DECLARE_TR_FUNCTIONS.
void TestI18n::contextsAreLookedUp()
{
    QSet<QString> declared{QStringLiteral("main"), QStringLiteral("inkan")};
    static const QRegularExpression declaration(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\((\\w+)\\)"));
    // And the other way: a context a translate("…", …) call looks up must exist in the catalog.
    static const QRegularExpression lookup(QStringLiteral("translate\\(\"([\\w:]+)\""));
    QSet<QString> lookedUp;
    for (const char *folder : {"core", "ui", "app", "sandbox"}) {
        QDirIterator it(QStringLiteral(INKAN_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            auto matches = declaration.globalMatch(text);
            while (matches.hasNext())
                declared.insert(matches.next().captured(1));
            auto lookups = lookup.globalMatch(text);
            while (lookups.hasNext())
                lookedUp.insert(lookups.next().captured(1));
        }
    }
    QStringList lost;
    for (const Message &message : m_ja.messages) {
        const QString &context = message.context;
        if (!context.contains(QStringLiteral("::")) && !declared.contains(context) && !context.startsWith(u'Q')
            && !lost.contains(context))
            lost << context;
    }
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("contexts no tr() looks up (add the include folder to lupdate): ")
                                        + lost.join(QStringLiteral(", "))));
    QSet<QString> inCatalog;
    for (const Message &message : m_ja.messages)
        inCatalog.insert(message.context);
    QStringList missing;
    for (const QString &context : std::as_const(lookedUp))
        if (!inCatalog.contains(context))
            missing << context;
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("translate() looks up contexts the catalog does not have: ")
                                           + missing.join(QStringLiteral(", "))));
}

void TestI18n::catalogsAreComplete_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = catalogPaths();
    QVERIFY(!paths.isEmpty());
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

// Every message of every catalog is translated and keeps the placeholders of its source.
// A message lupdate added since the last translation pass is "unfinished": translate it (Qt
// Linguist, or edit the .ts) and remove type="unfinished".
void TestI18n::catalogsAreComplete()
{
    QFETCH(QString, path);
    const Catalog catalog = readCatalog(path);
    QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
    QVERIFY2(!catalog.language.isEmpty(), "the <TS> element names no language");

    QStringList unfinished;
    QStringList broken;
    for (const Message &message : catalog.messages) {
        if (message.type == u"vanished" || message.type == u"obsolete")
            continue; // lupdate -no-obsolete removes these; they are never shown
        if (message.type == u"unfinished" || message.translations.isEmpty()) {
            unfinished << describe(message);
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                unfinished << describe(message);
                break;
            }
            QSet<QString> expected = placeholders(message.source);
            QSet<QString> actual = placeholders(translation);
            if (message.numerus) { // a singular form may spell the number out
                expected.remove(QStringLiteral("n"));
                actual.remove(QStringLiteral("n"));
            }
            if (expected != actual) {
                broken << describe(message) + QStringLiteral(" -> \"%1\"").arg(translation);
                break;
            }
        }
    }
    if (!unfinished.isEmpty())
        qWarning().noquote() << unfinished.size() << "unfinished message(s) in" << path << ":\n  "
                             << unfinished.join(QStringLiteral("\n  "));
    if (!broken.isEmpty())
        qWarning().noquote() << broken.size() << "translation(s) with other placeholders than their source in"
                             << path << ":\n  " << broken.join(QStringLiteral("\n  "));
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished message(s)").arg(unfinished.size())));
    QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("%1 message(s) lose or add a placeholder").arg(broken.size())));
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
