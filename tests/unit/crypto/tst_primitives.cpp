// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Keccak-256, EIP-55 addresses, secp256k1 and EIP-191 personal_sign against published vectors.
#include "crypto/Address.h"
#include "crypto/Keccak.h"
#include "crypto/PersonalSign.h"
#include "crypto/Random.h"
#include "crypto/Secp256k1.h"
#include "crypto/SecureBytes.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace inkan;
using namespace inkan::crypto;

class TestPrimitives : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keccakEmpty()
    {
        const QJsonObject misc = testdata::readJson(QStringLiteral("misc.json"));
        QCOMPARE(keccak256(QByteArray()).toHex(), misc.value(QStringLiteral("keccak256_empty")).toString().toLatin1());
        // Keccak-256, not SHA3-256 (which would give a7ffc6f8…).
        QVERIFY(!keccak256(QByteArray()).toHex().startsWith("a7ffc6f8"));
    }

    void eip55Vectors_data()
    {
        QTest::addColumn<QString>("checksummed");
        const QString text = QString::fromLatin1(testdata::readFile(QStringLiteral("eip55.txt")));
        int count = 0;
        for (const QString &line : text.split(u'\n')) {
            const QString address = line.trimmed();
            if (address.isEmpty() || address.startsWith(u'#'))
                continue;
            QTest::newRow(qPrintable(address)) << address;
            ++count;
        }
        QVERIFY(count >= 6);
    }
    void eip55Vectors()
    {
        QFETCH(QString, checksummed);
        const Result<Address> parsed = Address::parse(checksummed);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->toChecksummed(), checksummed);
        // Any single-case spelling parses to the same address.
        const Result<Address> lower = Address::parse(checksummed.toLower());
        QVERIFY(lower.ok());
        QCOMPARE(*lower, *parsed);
        const Result<Address> upper = Address::parse(QString(QStringLiteral("0x") + checksummed.mid(2).toUpper()));
        QVERIFY(upper.ok());
        QCOMPARE(upper->toChecksummed(), checksummed);
        QCOMPARE(parsed->toLower(), checksummed.toLower());
        QCOMPARE(parsed->bytes().size(), 20);
    }

    void addressRefusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("39 digits") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe")
                                   << QStringLiteral("The address has 39 hex digits; an address has 40.");
        QTest::newRow("41 digits") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed0")
                                   << QStringLiteral("The address has 41 hex digits; an address has 40.");
        QTest::newRow("non-hex") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg")
                                 << QStringLiteral("The address contains 'g' at position 40, which is not a hex digit.");
        // One letter's case flipped: the EIP-55 checksum no longer matches.
        QTest::newRow("bad checksum") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
                                      << QStringLiteral("The checksum of this mixed-case address is wrong.");
        QTest::newRow("empty") << QStringLiteral("0x")
                               << QStringLiteral("The address is empty; an address has 40 hex digits.");
    }
    void addressRefusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedMessage);
        const Result<Address> parsed = Address::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(parsed.error().message, expectedMessage);
    }

    void addressAcceptsBareHex()
    {
        const Result<Address> parsed = Address::parse(u"5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->toChecksummed(), QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
    }

    void eip191Vectors_data()
    {
        QTest::addColumn<QString>("privateKey");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("address");
        const QJsonArray vectors = testdata::readJson(QStringLiteral("eip191.json")).value(QStringLiteral("vectors")).toArray();
        QCOMPARE(vectors.size(), 3);
        for (const QJsonValue &value : vectors) {
            const QJsonObject vector = value.toObject();
            QTest::newRow(qPrintable(vector.value(QStringLiteral("message")).toString()))
                << vector.value(QStringLiteral("private_key")).toString() << vector.value(QStringLiteral("message")).toString()
                << vector.value(QStringLiteral("signature")).toString() << vector.value(QStringLiteral("address")).toString();
        }
    }
    void eip191Vectors()
    {
        QFETCH(QString, privateKey);
        QFETCH(QString, message);
        QFETCH(QString, signature);
        QFETCH(QString, address);
        const Result<PrivateKey> key = PrivateKey::fromBytes(SecureBytes::fromHex(privateKey.toLatin1()));
        QVERIFY(key.ok());
        const QByteArray messageBytes = message.toUtf8();
        // RFC 6979 makes the signature deterministic: it must equal the published bytes.
        QCOMPARE(personal::sign(*key, messageBytes), signature.toLower());
        const Result<Address> signer = personal::recover(messageBytes, signature);
        QVERIFY(signer.ok());
        QCOMPARE(*signer, key->address());
        if (!address.isEmpty())
            QCOMPARE(signer->toChecksummed(), address);
        QVERIFY(personal::verify(messageBytes, signature, key->address()));
        QVERIFY(!personal::verify(QByteArray(messageBytes + "!"), signature, key->address()));
    }

    void knownKeyAddress()
    {
        // The keystore vectors' key and address (go-ethereum testdata).
        const Result<PrivateKey> key = PrivateKey::fromBytes(
            SecureBytes::fromHex("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d"));
        QVERIFY(key.ok());
        QCOMPARE(key->address().toChecksummed(), QStringLiteral("0x008AeEda4D805471dF9b2A5B0f38A0C3bCBA786b"));
        QCOMPARE(key->publicKey().size(), 65);
        QCOMPARE(key->publicKey().at(0), '\x04');
        QCOMPARE(key->compressedPublicKey().size(), 33);
        QCOMPARE(key->compressedPublicKey().mid(1, 32), key->publicKey().mid(1, 32));
    }

    void privateKeyRefusals()
    {
        QCOMPARE(PrivateKey::fromBytes(SecureBytes(32)).error().kind, ErrorKind::InvalidInput); // zero
        QCOMPARE(PrivateKey::fromBytes(SecureBytes(31)).error().kind, ErrorKind::InvalidInput);
        // The curve order n itself is not a valid key.
        const SecureBytes order = SecureBytes::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        QVERIFY(!PrivateKey::fromBytes(order).ok());
    }

    void signRecoverRoundTrip()
    {
        for (int i = 0; i < 20; ++i) {
            const PrivateKey key = PrivateKey::generate();
            const QByteArray message = randomBytes(i * 7);
            const QString signature = personal::sign(key, message);
            QVERIFY(QRegularExpression(QStringLiteral("^0x[0-9a-f]{130}$")).match(signature).hasMatch());
            const int v = signature.right(2).toInt(nullptr, 16);
            QVERIFY(v == 27 || v == 28);
            const Result<Address> signer = personal::recover(message, signature);
            QVERIFY(signer.ok());
            QCOMPARE(*signer, key.address());

            // The compact form verifies against the public key too.
            const Signature raw = key.signDigest(personal::hashMessage(message));
            QVERIFY(verifyDigest(key.publicKey(), personal::hashMessage(message), raw.toCompact()));
        }
    }

    void signatureRefusals()
    {
        const QByteArray message = "hello";
        const PrivateKey key = PrivateKey::generate();
        const QString good = personal::sign(key, message);
        QCOMPARE(personal::recover(message, good.left(good.size() - 2)).error().kind, ErrorKind::InvalidInput);
        QCOMPARE(personal::recover(message, QString(good.left(good.size() - 2) + QStringLiteral("1d"))).error().kind,
                 ErrorKind::InvalidInput); // v = 29
        QCOMPARE(personal::recover(message, QString(QStringLiteral("0xzz") + good.mid(4))).error().kind, ErrorKind::InvalidInput);

        // The high-s twin of a valid signature (s' = n - s, v flipped) is refused.
        QByteArray rsv = personal::bytesFromHex(good).value();
        const SecureBytes order = SecureBytes::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        int borrow = 0;
        for (int i = 31; i >= 0; --i) {
            int digit = int(order.data()[i]) - int(quint8(rsv[32 + i])) - borrow;
            borrow = digit < 0 ? 1 : 0;
            rsv[32 + i] = char(digit & 0xff);
        }
        rsv[64] = char(rsv[64] == 27 ? 28 : 27);
        const Result<Address> twin = personal::recover(message, QString::fromLatin1(QByteArray("0x" + rsv.toHex())));
        QVERIFY(!twin.ok());
        QVERIFY(twin.error().message.contains(QStringLiteral("high s")));
        QVERIFY(!verifyDigest(key.publicKey(), personal::hashMessage(message), rsv.left(64)));
    }

    void hexMessages()
    {
        QCOMPARE(personal::bytesFromHex(u"0x48656c6c6f").value(), QByteArray("Hello"));
        QCOMPARE(personal::bytesFromHex(u"0x").value(), QByteArray());
        QVERIFY(!personal::bytesFromHex(u"0x123").ok());
        QVERIFY(!personal::bytesFromHex(u"0x12g4").ok());
        // personal_sign over raw bytes equals the same over their text.
        QCOMPARE(personal::hashMessage(personal::bytesFromHex(u"0x48656c6c6f").value()),
                 personal::hashMessage("Hello"));
    }

    void secureBytes()
    {
        SecureBytes a = SecureBytes::fromHex("0x00ff10");
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.view(), QByteArrayView("\x00\xff\x10", 3));
        QVERIFY(SecureBytes::fromHex("0x0").isEmpty());
        QVERIFY(SecureBytes::fromHex("xx").isEmpty());
        QCOMPARE(QByteArray(a.toHex0x().constChar(), a.toHex0x().size()), QByteArray("0x00ff10"));
        SecureBytes b = a;
        QVERIFY(a == b);
        b.append("\x01");
        QVERIFY(!(a == b));
        b.append(b.view()); // appending itself must not read freed memory
        QCOMPARE(b.size(), 8);
        b.resize(2);
        QCOMPARE(b.view(), QByteArrayView("\x00\xff", 2));
        SecureBytes moved = std::move(b);
        QVERIFY(b.isEmpty());
        QCOMPARE(moved.size(), 2);
        QByteArray plain("secret");
        const SecureBytes taken = SecureBytes::takeFrom(plain);
        QVERIFY(plain.isEmpty());
        QCOMPARE(taken.view(), QByteArrayView("secret"));
        QString password = QStringLiteral("pässword");
        password.detach();
        const SecureBytes utf8 = SecureBytes::takeUtf8(password);
        QVERIFY(password.isEmpty());
        QCOMPARE(utf8.view(), QByteArrayView("p\xc3\xa4ssword"));
    }

    void wipeTouchesOnlyWhatItOwns()
    {
        // crypto::wipe empties a buffer that held a secret (a bearer header, a request body, a
        // keychain blob). A buffer shared with another QByteArray, or raw data Inkan does not
        // own, is only let go: wiping it would corrupt someone else's copy.
        QByteArray owned("Bearer secret-token");
        wipe(owned);
        QVERIFY(owned.isEmpty());
        const QByteArray keeper("x-auth-token-value");
        QByteArray shared = keeper;
        wipe(shared);
        QVERIFY(shared.isEmpty());
        QCOMPARE(keeper, QByteArray("x-auth-token-value"));
        char foreign[] = "not-ours";
        QByteArray raw = QByteArray::fromRawData(foreign, 8);
        wipe(raw);
        QVERIFY(raw.isEmpty());
        QCOMPARE(QByteArray(foreign), QByteArray("not-ours"));
    }

    void randomness()
    {
        QCOMPARE(randomBytes(32).size(), 32);
        QVERIFY(randomBytes(32) != randomBytes(32));
        const QString uuid = randomUuidV4();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                     .match(uuid)
                     .hasMatch(),
                 qPrintable(uuid));
        QVERIFY(randomUuidV4() != uuid);
    }
};

QTEST_GUILESS_MAIN(TestPrimitives)
#include "tst_primitives.moc"
