// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The address book: names for addresses in EIP-55, kept across reopening, renamed in place, bad
// input and a damaged file change nothing.
#include "models/AddressBookModel.h"
#include "session/AddressBook.h"
#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;
using namespace inkan::session;

namespace {
const QString kChecksummed = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const QString kOther = QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
const QString kBadChecksum = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD");
crypto::Address address(const QString &text) { return crypto::Address::parse(text).value(); }
} // namespace

class TestAddressBook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addsRenamesRemovesAndKeeps()
    {
        QTemporaryDir dir;
        AddressBook book(dir.path());
        QVERIFY(book.load().ok()); // no file: empty
        QVERIFY(book.entries().isEmpty());
        QVERIFY(book.set(QStringLiteral("  Shop "), kChecksummed.toLower()).ok()); // any case in
        QVERIFY(book.set(QStringLiteral("alice"), kOther).ok());
        QCOMPARE(book.nameOf(address(kChecksummed)), QStringLiteral("Shop"));
        QCOMPARE(book.entries().first().name, QStringLiteral("alice")); // by name, ignoring case
        QVERIFY(QString::fromUtf8([&] { QFile f(book.path()); f.open(QIODevice::ReadOnly); return f.readAll(); }()).contains(kChecksummed));

        QVERIFY(book.set(QStringLiteral("Coffee shop"), kChecksummed).ok()); // same address: renamed
        AddressBook again(dir.path());
        QVERIFY(again.load().ok());
        QCOMPARE(again.entries().size(), 2);
        QCOMPARE(again.nameOf(address(kChecksummed)), QStringLiteral("Coffee shop"));
        QCOMPARE(again.entries().at(1).address.toChecksummed(), kChecksummed);

        QVERIFY(again.remove(address(kOther)).ok());
        QCOMPARE(again.remove(address(kOther)).error().kind, ErrorKind::NotFound);
        AddressBook third(dir.path());
        QVERIFY(third.load().ok());
        QCOMPARE(third.entries().size(), 1);
        QCOMPARE(third.nameOf(address(kOther)), QString());
    }

    void badInputChangesNothing()
    {
        QTemporaryDir dir;
        AddressBook book(dir.path());
        QVERIFY(book.load().ok());
        QCOMPARE(book.set(QStringLiteral("x"), kBadChecksum).error().kind, ErrorKind::InvalidInput);
        QCOMPARE(book.set(QStringLiteral("x"), QStringLiteral("not an address")).error().kind, ErrorKind::InvalidInput);
        QCOMPARE(book.set(QStringLiteral("   "), kChecksummed).error().kind, ErrorKind::InvalidInput);
        QVERIFY(book.entries().isEmpty());
        QVERIFY(!QFile::exists(book.path()));
    }

    void modelFollowsTheBook()
    {
        QTemporaryDir dir;
        AddressBook book(dir.path());
        QVERIFY(book.load().ok());
        models::AddressBookModel model(&book);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setEntry(QStringLiteral("Zed"), kOther).ok());
        QVERIFY(model.setEntry(QStringLiteral("Amy"), kChecksummed.toLower()).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(models::AddressBookModel::NameRole).toString(), QStringLiteral("Amy"));
        QCOMPARE(model.index(0).data(models::AddressBookModel::AddressRole).toString(), kChecksummed);
        QCOMPARE(model.rowOf(kOther.toUpper().replace(QLatin1String("0X"), QLatin1String("0x"))), 1);
        QVERIFY(!model.setEntry(QStringLiteral("Bad"), kBadChecksum).ok());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.removeEntry(0).ok());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.removeEntry(5).ok());
    }

    void damagedFileIsNeverOverwritten()
    {
        QTemporaryDir dir;
        AddressBook book(dir.path());
        {
            QFile file(book.path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"entries\": [{\"name\": \"a\", \"address\": \"0x12\"}]}");
        }
        const Result<void> loaded = book.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, ErrorKind::Malformed);
        QVERIFY(!book.set(QStringLiteral("b"), kOther).ok());
        QFile file(book.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("0x12"));
    }
};

QTEST_GUILESS_MAIN(TestAddressBook)
#include "tst_address_book.moc"
