// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// BIP-39 (all English trezor vectors, passphrase TREZOR, root xprv) and BIP-44 Ethereum paths.
#include "crypto/Bip32.h"
#include "crypto/Bip39.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace inkan;
using namespace inkan::crypto;

namespace {

QByteArray text(const SecureBytes &bytes)
{
    return bytes.view().toByteArray();
}

SecureBytes secret(const QString &value)
{
    return SecureBytes::fromUtf8(value);
}

} // namespace

class TestBip39 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wordList()
    {
        const QStringList &words = bip39::englishWords();
        QCOMPARE(words.size(), 2048);
        QCOMPARE(words.first(), QStringLiteral("abandon"));
        QCOMPARE(words.last(), QStringLiteral("zoo"));
    }

    void trezorVectors_data()
    {
        QTest::addColumn<QByteArray>("entropyHex");
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QByteArray>("seedHex");
        QTest::addColumn<QByteArray>("xprv");
        const QJsonArray vectors = testdata::readJson(QStringLiteral("bip39_vectors.json")).value(QStringLiteral("english")).toArray();
        QCOMPARE(vectors.size(), 24);
        int index = 0;
        for (const QJsonValue &value : vectors) {
            const QJsonArray vector = value.toArray();
            QTest::addRow("vector %d (%d words)", index++, int(vector[1].toString().split(u' ').size()))
                << vector[0].toString().toLatin1() << vector[1].toString() << vector[2].toString().toLatin1()
                << vector[3].toString().toLatin1();
        }
    }
    void trezorVectors()
    {
        QFETCH(QByteArray, entropyHex);
        QFETCH(QString, mnemonic);
        QFETCH(QByteArray, seedHex);
        QFETCH(QByteArray, xprv);

        const Result<SecureBytes> words = bip39::mnemonicFromEntropy(SecureBytes::fromHex(entropyHex));
        QVERIFY(words.ok());
        QCOMPARE(QString::fromUtf8(text(*words)), mnemonic);
        QVERIFY(bip39::validate(*words).ok());

        const SecureBytes seed = bip39::toSeed(*words, secret(QStringLiteral("TREZOR")));
        QCOMPARE(text(seed).toHex(), seedHex);

        const Result<bip32::ExtendedKey> master = bip32::masterFromSeed(seed);
        QVERIFY(master.ok());
        QCOMPARE(text(master->toXprv()), xprv);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown word")
            << QStringLiteral("abandon abandon foo abandon abandon abandon abandon abandon abandon abandon abandon about")
            << QStringLiteral("Word 3 of the mnemonic is not in the BIP-39 English word list.");
        // A typo of a real word: its position, never the word (it is most of a seed word).
        QTest::newRow("typo of a list word")
            << QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abuot")
            << QStringLiteral("Word 12 of the mnemonic is not in the BIP-39 English word list.");
        // What cannot be a mistyped word (too long, or not letters) may be a pasted secret: not echoed.
        QTest::newRow("pasted key as a word")
            << QStringLiteral("abandon abandon abandon abandon 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80 "
                              "abandon abandon abandon abandon abandon abandon about")
            << QStringLiteral("Word 5 of the mnemonic is not in the BIP-39 English word list.");
        QTest::newRow("nine letters")
            << QStringLiteral("abandonab abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
            << QStringLiteral("Word 1 of the mnemonic is not in the BIP-39 English word list.");
        QTest::newRow("upper case (not normalized)")
            << QStringLiteral("Abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
            << QStringLiteral("Word 1 of the mnemonic is not in the BIP-39 English word list.");
        // "abandon"×11 + "abandon": every word is known, the checksum (last word) is wrong.
        QTest::newRow("bad checksum word")
            << QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon")
            << QStringLiteral("The mnemonic's checksum does not match; a word is wrong or out of order.");
        QTest::newRow("swapped words")
            << QStringLiteral("legal winner thank year wave sausage worth useful legal thank winner yellow")
            << QStringLiteral("The mnemonic's checksum does not match; a word is wrong or out of order.");
        QTest::newRow("11 words")
            << QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
            << QStringLiteral("The mnemonic has 11 words; it must have 12, 15, 18, 21 or 24.");
        QTest::newRow("empty") << QString() << QStringLiteral("The mnemonic has 0 words; it must have 12, 15, 18, 21 or 24.");
    }
    void refusals()
    {
        QFETCH(QString, mnemonic);
        QFETCH(QString, message);
        const Result<void> result = bip39::validate(secret(mnemonic));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(result.error().message, message);
    }

    void normalizeWhitespaceAndCase()
    {
        const SecureBytes messy = secret(QStringLiteral("  Legal winner\tthank year\nwave sausage worth useful legal winner thank YELLOW \n"));
        const SecureBytes normalized = bip39::normalizeMnemonic(messy);
        QCOMPARE(text(normalized), QByteArray("legal winner thank year wave sausage worth useful legal winner thank yellow"));
        QVERIFY(bip39::validate(normalized).ok());
    }

    void generate()
    {
        for (int count : {12, 24}) {
            const SecureBytes first = bip39::generateMnemonic(count);
            QCOMPARE(text(first).split(' ').size(), count);
            QVERIFY(bip39::validate(first).ok());
            QVERIFY(!(first == bip39::generateMnemonic(count)));
        }
    }

    void nfkdPassphrase()
    {
        // NFC "é" and NFKD "e" + U+0301 must give the same seed.
        const SecureBytes words = secret(QStringLiteral("legal winner thank year wave sausage worth useful legal winner thank yellow"));
        const SecureBytes composed = bip39::toSeed(words, secret(QStringLiteral("caf\u00e9")));
        const SecureBytes decomposed = bip39::toSeed(words, secret(QStringLiteral("cafe\u0301")));
        QVERIFY(composed == decomposed);
        QVERIFY(!(composed == bip39::toSeed(words, secret(QStringLiteral("cafe")))));
    }

    void bip44Ethereum()
    {
        const QJsonObject vector = testdata::readJson(QStringLiteral("misc.json")).value(QStringLiteral("bip44_ethereum")).toObject();
        const SecureBytes words = secret(vector.value(QStringLiteral("mnemonic")).toString());
        QVERIFY(bip39::validate(words).ok());
        QCOMPARE(bip32::ethereumPath(0), vector.value(QStringLiteral("path")).toString());
        const Result<PrivateKey> key = bip32::ethereumKeyFromSeed(bip39::toSeed(words), 0);
        QVERIFY(key.ok());
        QCOMPARE(QByteArray("0x" + text(key->bytes()).toHex()), vector.value(QStringLiteral("private_key")).toString().toLatin1());
        QCOMPARE(key->address().toChecksummed(), vector.value(QStringLiteral("address")).toString());

        // derivePath with 'h' hardening marks is the same path.
        const Result<bip32::ExtendedKey> master = bip32::masterFromSeed(bip39::toSeed(words));
        QVERIFY(master.ok());
        const Result<bip32::ExtendedKey> viaH = bip32::derivePath(*master, u"m/44h/60h/0h/0/0");
        QVERIFY(viaH.ok());
        QVERIFY(viaH->key == key->bytes());
        QCOMPARE(viaH->depth, quint8(5));
        QCOMPARE(viaH->childNumber, 0u);

        // The next index is a different account.
        QVERIFY(bip32::ethereumKeyFromSeed(bip39::toSeed(words), 1)->address() != key->address());
    }

    void bip32SpecVector1()
    {
        // BIP-32 test vector 1 (see tests/data/README.md): exercises child fingerprints and depth.
        const QJsonObject vector = testdata::readJson(QStringLiteral("bip32_vector1.json"));
        const Result<bip32::ExtendedKey> master = bip32::masterFromSeed(SecureBytes::fromHex(vector.value(QStringLiteral("seed")).toString().toLatin1()));
        QVERIFY(master.ok());
        const QJsonArray chain = vector.value(QStringLiteral("chain")).toArray();
        QVERIFY(chain.size() >= 3);
        for (const QJsonValue &value : chain) {
            const QJsonObject step = value.toObject();
            const Result<bip32::ExtendedKey> derived = bip32::derivePath(*master, step.value(QStringLiteral("path")).toString());
            QVERIFY(derived.ok());
            QCOMPARE(text(derived->toXprv()), step.value(QStringLiteral("xprv")).toString().toLatin1());
        }
    }

    void pathRefusals()
    {
        const Result<bip32::ExtendedKey> master = bip32::masterFromSeed(SecureBytes(32));
        QVERIFY(master.ok());
        QVERIFY(!bip32::derivePath(*master, u"44'/60'").ok());
        QVERIFY(!bip32::derivePath(*master, u"m/44'/x").ok());
        QVERIFY(!bip32::derivePath(*master, u"m/2147483648").ok());
        QVERIFY(!bip32::derivePath(*master, u"m//1").ok());
        QVERIFY(!bip32::derivePath(*master, u"m/-1").ok());
        QVERIFY(bip32::derivePath(*master, u"m").ok());
    }
};

QTEST_GUILESS_MAIN(TestBip39)
#include "tst_bip39.moc"
