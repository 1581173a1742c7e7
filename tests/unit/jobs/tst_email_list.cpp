// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// jobs::checkEmailList: malformed and repeated addresses are named with their position before
// an import sends anything; separators, CSV with an email column, the empty list and the limit.
#include "jobs/EmailList.h"
#include <QTest>

using namespace inkan::jobs;

class TestEmailList : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plausible()
    {
        QVERIFY(isPlausibleEmail(QStringLiteral("ada@example.com")));
        QVERIFY(isPlausibleEmail(QStringLiteral("a.b+c@mail.example.co.jp")));
        QVERIFY(!isPlausibleEmail(QStringLiteral("ada")));
        QVERIFY(!isPlausibleEmail(QStringLiteral("ada@example")));
        QVERIFY(!isPlausibleEmail(QStringLiteral("ada@@example.com")));
        QVERIFY(!isPlausibleEmail(QStringLiteral("a da@example.com")));
        QVERIFY(!isPlausibleEmail(QStringLiteral("ada@example.c")));
    }
    void namesBadAndRepeated()
    {
        const EmailListCheck check = checkEmailList(QStringLiteral("ada@example.com\nnot-an-email\n  ADA@example.com, bob@example.org;carol@example.net\n"));
        QCOMPARE(check.emails, (QStringList{QStringLiteral("ada@example.com"), QStringLiteral("bob@example.org"), QStringLiteral("carol@example.net")}));
        QCOMPARE(check.problems.size(), 2);
        QCOMPARE(check.problems[0].position, 2);
        QVERIFY(check.problems[0].message.contains(QStringLiteral("not-an-email")));
        QCOMPARE(check.problems[1].position, 3);
        QVERIFY(check.problems[1].message.contains(QStringLiteral("already")));
        QVERIFY(!check.ok());
    }
    void csvColumn()
    {
        const EmailListCheck check = checkEmailList(QStringLiteral("name,email\nAda,ada@example.com\nBob,bob@example.org\n"));
        QVERIFY(check.ok());
        QCOMPARE(check.emails.size(), 2);
    }
    void emptyAndTooMany()
    {
        QVERIFY(!checkEmailList(QStringLiteral("  \n ")).listProblem.isEmpty());
        QStringList many;
        for (int i = 0; i <= kMaxImportEmails; ++i)
            many.append(QStringLiteral("user%1@example.com").arg(i));
        const EmailListCheck tooMany = checkEmailList(many.join(u'\n'));
        QVERIFY(tooMany.listProblem.contains(QStringLiteral("10,000")));
        many.removeLast();
        QVERIFY(checkEmailList(many.join(u'\n')).ok());
    }
};

QTEST_GUILESS_MAIN(TestEmailList)
#include "tst_email_list.moc"
