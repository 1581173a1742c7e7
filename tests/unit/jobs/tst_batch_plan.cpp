// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// jobs::BatchPlan::load refuses, before anything is sent, a CSV that is not UTF-8, one with more
// than 10,000 rows, one with a header and no rows, and one missing a required column; 10,000
// rows are taken.
#include "jobs/BatchPlan.h"
#include "jobs/Csv.h"
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan::jobs;

namespace {
const QByteArray kHeader = "holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url\n";
const QByteArray kHolder = "0x6c1b59b959ea899aecde7122f9f2792fbec67879";
QByteArray rows(int n)
{
    QByteArray out = kHeader;
    for (int i = 1; i <= n; ++i)
        out += kHolder + ",I,C,Card " + QByteArray::number(i) + ",D,https://example.com/a.png,,"
               + QByteArray::number(i) + "," + QByteArray::number(n) + ",\n";
    return out;
}
} // namespace

class TestBatchPlan : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    BatchPlan load(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        file.close();
        BatchMintOptions options;
        options.csvPath = path;
        return BatchPlan::load(options);
    }

private Q_SLOTS:
    void notUtf8()
    {
        QVERIFY(!parseCsv("name\nCaf\xe9\n"));
        QVERIFY(parseCsv("\xEF\xBB\xBFname\nCaf\xc3\xa9\n"));
        QByteArray latin = kHeader + kHolder + ",Caf\xe9,C,N,D,https://example.com/a.png,,1,1,\n";
        const BatchPlan plan = load(QStringLiteral("latin.csv"), latin);
        QVERIFY(plan.error);
        QVERIFY2(plan.error->message.contains(QLatin1String("UTF-8")), qPrintable(plan.error->message));
    }
    void tooManyRows()
    {
        const BatchPlan plan = load(QStringLiteral("huge.csv"), rows(kMaxBatchRows + 1));
        QVERIFY(plan.error);
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY(plan.problems.first().message.contains(QLatin1String("10,000")));
        QVERIFY(!load(QStringLiteral("full.csv"), rows(kMaxBatchRows)).error);
    }
    void emptyAndMissingColumn()
    {
        QVERIFY(load(QStringLiteral("header-only.csv"), kHeader).error);
        QByteArray missing = "holder,issuer,contents_provider,description,image,link,serial_number,total_issued,animation_url\n";
        missing += kHolder + ",I,C,D,https://example.com/a.png,,1,1,\n";
        const BatchPlan plan = load(QStringLiteral("missing.csv"), missing);
        QVERIFY(plan.error);
        QVERIFY(std::any_of(plan.problems.cbegin(), plan.problems.cend(),
                            [](const RowProblem &p) { return p.row == 1 && p.column == QLatin1String("name"); }));
    }
};

QTEST_GUILESS_MAIN(TestBatchPlan)
#include "tst_batch_plan.moc"
