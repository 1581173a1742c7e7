// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The holder's verification log: appends survive reopening, a torn or foreign line is skipped,
// the newest come first, the file is private, and bad input writes nothing.
#include "session/VerificationLog.h"
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace inkan;
using namespace inkan::session;

class TestVerificationLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendsAndReadsBack()
    {
        QTemporaryDir dir;
        VerificationLog log(dir.filePath(QStringLiteral("data")));
        QVERIFY(log.read()->isEmpty()); // no file yet
        const QDateTime t0 = QDateTime(QDate(2026, 12, 2), QTime(6, 40, 1, 250), Qt::UTC);
        QVERIFY(log.append({QStringLiteral("7"), t0, {QStringLiteral("35.681200"), QStringLiteral("139.767100")}}).ok());
        QVERIFY(log.append({QStringLiteral("9"), t0.addSecs(60), {QStringLiteral("1.5"), QStringLiteral("-2.25")}}).ok());
        QCOMPARE(QFile(log.path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        const auto records = VerificationLog(dir.filePath(QStringLiteral("data"))).read();
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).tokenId, QStringLiteral("7"));
        QCOMPARE(records->at(0).time, t0);
        QCOMPARE(records->at(0).position.latitude, QStringLiteral("35.681200"));
        QCOMPARE(records->at(1).position.longitude, QStringLiteral("-2.25"));

        const auto latest = log.latest(1);
        QCOMPARE(latest->size(), 1);
        QCOMPARE(latest->at(0).tokenId, QStringLiteral("9"));
    }

    void skipsLinesThatDoNotParse()
    {
        QTemporaryDir dir;
        VerificationLog log(dir.path());
        QVERIFY(log.append({QStringLiteral("1"), QDateTime::currentDateTimeUtc(), {}}).ok());
        {
            QFile file(log.path());
            QVERIFY(file.open(QIODevice::Append));
            file.write("not json\n{\"token_id\":\"2\"}\n{\"token_id\":\"3\",\"time\":\"2026-12-0"); // torn
        }
        QVERIFY(log.append({QStringLiteral("4"), QDateTime::currentDateTimeUtc(), {}}).ok());
        const auto records = log.read();
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 2); // the torn line is closed before the next record
        QCOMPARE(records->at(0).tokenId, QStringLiteral("1"));
        QCOMPARE(records->at(1).tokenId, QStringLiteral("4"));
    }

    void refusesARecordWithoutToken()
    {
        QTemporaryDir dir;
        VerificationLog log(dir.path());
        const Result<void> refused = log.append({QString(), QDateTime::currentDateTimeUtc(), {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
        QVERIFY(!QFile::exists(log.path()));
    }
};

QTEST_GUILESS_MAIN(TestVerificationLog)
#include "tst_verification_log.moc"
