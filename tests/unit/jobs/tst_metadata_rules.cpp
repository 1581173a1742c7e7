// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// One meaning of "required": the client's rule (core/jobs/MetadataRules, used before a mint or
// a batch is sent) and the sandbox's rule (sandbox/NftSchema, what the stand-in service
// accepts) are written independently; on every case of this table both accept or both refuse,
// and each says what the table expects.
#include "NftSchema.h"
#include "NftStore.h"
#include "jobs/MetadataRules.h"
#include "services/web3connect/TokenId.h"

#include <QJsonArray>
#include <QTest>

using namespace inkan;

namespace {

// A static part every rule accepts: the sandbox's demo NFT, with its empty animation_url.
QJsonObject demoStatic()
{
    return QJsonObject{{"issuer", "Inkan Demo Museum"},
                       {"contents_provider", "Inkan Demo Museum"},
                       {"name", "Night at the Museum"},
                       {"description", "An evening ticket."},
                       {"image", "/assets/night.png"},
                       {"link", "https://demo.inkan.example/events/night"},
                       {"serial_number", 1},
                       {"total_issued", 40},
                       {"animation_url", ""}};
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

} // namespace

class TestMetadataRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bothRulesAgree_data()
    {
        QTest::addColumn<QJsonObject>("staticPart");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("field"); // the field a refusal names

        const QJsonValue absent = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("demo NFT, empty animation_url") << demoStatic() << true << QString();
        QTest::newRow("animation_url given") << with(demoStatic(), "animation_url", "https://x.example/a.mp4") << true << QString();
        QTest::newRow("animation_url spaces") << with(demoStatic(), "animation_url", "  ") << true << QString();
        QTest::newRow("link empty") << with(demoStatic(), "link", "") << true << QString();
        QTest::newRow("expired_at given") << with(demoStatic(), "expired_at", "2030-12-31T12:34:56.000Z") << true << QString();
        QTest::newRow("serial_number 0") << with(demoStatic(), "serial_number", 0) << true << QString();
        QTest::newRow("total_issued 2^53-1") << with(demoStatic(), "total_issued", 9007199254740991.0) << true << QString();

        QTest::newRow("animation_url absent") << with(demoStatic(), "animation_url", absent) << false << "animation_url";
        QTest::newRow("animation_url null") << with(demoStatic(), "animation_url", QJsonValue()) << false << "animation_url";
        QTest::newRow("animation_url number") << with(demoStatic(), "animation_url", 3) << false << "animation_url";
        QTest::newRow("link absent") << with(demoStatic(), "link", absent) << false << "link";
        for (const char *field : {"issuer", "contents_provider", "name", "description", "image"}) {
            QTest::addRow("%s empty", field) << with(demoStatic(), field, "") << false << field;
            QTest::addRow("%s spaces", field) << with(demoStatic(), field, " \t ") << false << field;
            QTest::addRow("%s absent", field) << with(demoStatic(), field, absent) << false << field;
            QTest::addRow("%s number", field) << with(demoStatic(), field, 7) << false << field;
        }
        for (const char *field : {"serial_number", "total_issued"}) {
            QTest::addRow("%s absent", field) << with(demoStatic(), field, absent) << false << field;
            QTest::addRow("%s empty text", field) << with(demoStatic(), field, "") << false << field;
            QTest::addRow("%s text", field) << with(demoStatic(), field, "12") << false << field;
            QTest::addRow("%s fraction", field) << with(demoStatic(), field, 1.5) << false << field;
            QTest::addRow("%s beyond 2^53", field) << with(demoStatic(), field, 1e17) << false << field;
        }
        QTest::newRow("expired_at empty") << with(demoStatic(), "expired_at", "") << false << "expired_at";
        QTest::newRow("expired_at not a date") << with(demoStatic(), "expired_at", "next year") << false << "expired_at";
        QTest::newRow("expired_at number") << with(demoStatic(), "expired_at", 1784576401) << false << "expired_at";
        QTest::newRow("unknown static field") << with(demoStatic(), "level", "gold") << false << "level";
    }

    void bothRulesAgree()
    {
        QFETCH(QJsonObject, staticPart);
        QFETCH(bool, accepted);
        QFETCH(QString, field);

        const QList<jobs::RowProblem> client = jobs::validateMetadata(staticPart, {});
        const sandbox::ApiResult<QJsonObject> service = sandbox::nfts::validateStatic(staticPart);

        QCOMPARE(client.isEmpty(), accepted);
        QCOMPARE(service.ok(), accepted);
        if (!accepted) {
            QVERIFY2(std::any_of(client.cbegin(), client.cend(), [&](const jobs::RowProblem &p) { return p.column == field; }),
                     qPrintable(client.value(0).message));
            QCOMPARE(service.error().status, 400);
            QVERIFY2(service.error().message.contains(field), qPrintable(service.error().message));
        }
    }

    // The per-field decision, as the client exposes it to the CSV reader.
    void tokenIdsAgree_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString hex64 = QStringLiteral("0123456789abcdef").repeated(4);
        QTest::newRow("issued") << (QStringLiteral("0x") + hex64) << true;
        QTest::newRow("upper") << (QStringLiteral("0x") + hex64.toUpper()) << true;
        QTest::newRow("short") << (QStringLiteral("0x") + hex64.left(63)) << false;
        QTest::newRow("long") << (QStringLiteral("0x") + hex64 + QLatin1Char('0')) << false;
        QTest::newRow("no prefix") << hex64 << false;
        QTest::newRow("not hex") << (QStringLiteral("0x") + hex64.left(63) + QLatin1Char('g')) << false;
        QTest::newRow("path") << (QStringLiteral("0x") + hex64.left(62) + QStringLiteral("/x")) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void tokenIdsAgree()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(inkan::services::web3connect::isTokenId(text), valid);
        QCOMPARE(!inkan::sandbox::nfts::normalizeTokenId(text).isEmpty(), valid);
    }

    void blankableFields()
    {
        QStringList blankable;
        for (const QString &field : jobs::requiredStaticFields())
            if (jobs::staticFieldMayBeEmpty(field))
                blankable << field;
        QCOMPARE(blankable, (QStringList{"link", "animation_url"}));
        QVERIFY(!jobs::requiredStaticFields().contains("expired_at"));
        QVERIFY(jobs::isStaticField("expired_at"));
    }

    // The sandbox fills in the default expiry, as the seed says.
    void defaultExpiry()
    {
        const auto accepted = sandbox::nfts::validateStatic(demoStatic());
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->value("expired_at").toString(), QStringLiteral("9999-12-31T23:59:59.000Z"));
    }
};

QTEST_GUILESS_MAIN(TestMetadataRules)
#include "tst_metadata_rules.moc"
