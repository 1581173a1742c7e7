// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// BuildInfo names Inkan's version, the commit and the run-time library versions; ManPage writes
// roff that man(1) reads as meant (escapes, options, commands).
#include "BuildInfo.h"
#include "ManPage.h"

#include <QRegularExpression>
#include <QTest>
#include <openssl/crypto.h>
#include <sodium/version.h>

using namespace inkan;

class TestAppInfo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void buildInfoNamesEveryLibrary()
    {
        const BuildInfo info = buildInfo();
        QCOMPARE(info.version, QStringLiteral(INKAN_EXPECTED_VERSION));
        QVERIFY(!info.commit.isEmpty());
        // A commit from git describe (hex, maybe a tag and -dirty), or "unknown" outside a checkout.
        QVERIFY2(info.commit == u"unknown"
                     || QRegularExpression(QStringLiteral("^([\\w.-]+-g)?[0-9a-f]{7,40}(-dirty)?$")).match(info.commit).hasMatch(),
                 qPrintable(info.commit));
        QStringList names;
        for (const ComponentVersion &component : info.components) {
            names << component.name;
            QVERIFY2(!component.version.isEmpty(), qPrintable(component.name));
            QCOMPARE(component.note.isEmpty(), component.runtime); // a build-time version says so
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Qt"), QStringLiteral("OpenSSL"), QStringLiteral("libsecp256k1"),
                                     QStringLiteral("ZXing-C++"), QStringLiteral("libsodium")}));
        // The run-time versions are the ones the libraries report now.
        QCOMPARE(info.components[0].version, QString::fromLatin1(qVersion()));
        QCOMPARE(info.components[1].version, QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)));
        QCOMPARE(info.components[2].version, QStringLiteral(INKAN_EXPECTED_SECP256K1));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(info.components[3].version).hasMatch());
        QCOMPARE(info.components[4].version, QString::fromLatin1(sodium_version_string()));
    }

    void versionText()
    {
        const QStringList lines = inkan::versionText(QStringLiteral("inkan-cli")).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("inkan-cli " INKAN_EXPECTED_VERSION));
        QVERIFY(lines.value(1).contains(buildInfo().commit));
        QCOMPARE(lines.size(), 2 + buildInfo().components.size());
        QVERIFY(lines.value(2).startsWith(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY(lines.value(4).startsWith(QStringLiteral("libsecp256k1 ")));
        QVERIFY(lines.value(4).contains(u'(')); // "(pkg-config version at build time; …)"
    }

    void escape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("roff");
        QTest::newRow("option") << QStringLiteral("--data-dir DIR") << QStringLiteral("\\-\\-data\\-dir DIR");
        QTest::newRow("bracketed option") << QStringLiteral("[--json]") << QStringLiteral("[\\-\\-json]");
        QTest::newRow("hyphenated word") << QStringLiteral("inkan-cli self-custody") << QStringLiteral("inkan-cli self-custody");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\eb");
        QTest::newRow("ellipsis") << QStringLiteral("0x1f…") << QStringLiteral("0x1f\\[u2026]");
        QTest::newRow("japanese") << QStringLiteral("印鑑") << QStringLiteral("\\[u5370]\\[u9451]");
    }

    void escape()
    {
        QFETCH(QString, text);
        QFETCH(QString, roff);
        QCOMPARE(man::escape(text), roff);
    }

    void toRoff()
    {
        man::Page page;
        page.name = QStringLiteral("inkan-tool");
        page.summary = QStringLiteral("does things");
        page.synopsis = {QStringLiteral("inkan-tool [--flag] FILE")};
        page.description = {QStringLiteral(".starts with a dot"), QStringLiteral("  literal line one\n  literal line two")};
        page.options = {{{QStringLiteral("f"), QStringLiteral("flag")}, {}, QStringLiteral("A flag."), {}},
                        {{QStringLiteral("port")}, QStringLiteral("PORT"), QStringLiteral("The port."), QStringLiteral("0")}};
        page.commandsTitle = QStringLiteral("Commands");
        page.commandGroups = {{QStringLiteral("Things:"), {{QStringLiteral("inkan-tool thing make"), QStringLiteral("Makes one."),
                                                            QStringLiteral("inkan-tool thing make --flag")}}}};
        page.sections = {{QStringLiteral("Exit status"), {QStringLiteral("0 ok.")}}};
        page.seeAlso = {QStringLiteral("inkan(1)")};
        const QString roff = man::toRoff(page, QStringLiteral("1.2.3"));
        const QStringList lines = roff.split(u'\n');
        QVERIFY(lines.contains(QStringLiteral(".TH INKAN-TOOL 1 \"\" \"Inkan 1.2.3\" \"User Commands\"")));
        QVERIFY(lines.contains(QStringLiteral("inkan-tool \\- does things")));
        QVERIFY(lines.contains(QStringLiteral("\\fBinkan-tool\\fR [\\-\\-flag] FILE")));
        QVERIFY(lines.contains(QStringLiteral("\\&.starts with a dot")));
        QVERIFY(lines.contains(QStringLiteral("literal line two")));
        QVERIFY(lines.contains(QStringLiteral("\\fB\\-f\\fR, \\fB\\-\\-flag\\fR")));
        QVERIFY(lines.contains(QStringLiteral("\\fB\\-\\-port\\fR \\fIPORT\\fR")));
        QVERIFY(lines.contains(QStringLiteral("The port. Default: 0.")));
        QVERIFY(lines.contains(QStringLiteral(".SH \"COMMANDS\"")));
        QVERIFY(lines.contains(QStringLiteral(".SS \"Things\"")));
        QVERIFY(lines.contains(QStringLiteral("\\fBinkan\\-tool thing make\\fR")) || lines.contains(QStringLiteral("\\fBinkan-tool thing make\\fR")));
        QVERIFY(lines.contains(QStringLiteral("e.g. inkan-tool thing make \\-\\-flag")));
        QVERIFY(lines.contains(QStringLiteral(".SH \"EXIT STATUS\"")));
        QVERIFY(lines.contains(QStringLiteral("\\fBinkan\\fR(1)")));
        QCOMPARE(man::optionSpelling(page.options[1]), QStringLiteral("--port PORT"));
    }
};

QTEST_GUILESS_MAIN(TestAppInfo)
#include "tst_appinfo.moc"
