// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Web3 Secret Storage v3: the go-ethereum vectors, round trips and every refusal.
#include "crypto/Keystore.h"
#include "support/TestData.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace inkan;
using namespace inkan::crypto;

namespace {

const char kVectorKey[] = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";
const char kVectorAddress[] = "0x008AeEda4D805471dF9b2A5B0f38A0C3bCBA786b";

QByteArray vectorJson(const char *name)
{
    const QJsonObject vector = testdata::readJson(QStringLiteral("v3_test_vector.json")).value(QLatin1String(name)).toObject();
    return QJsonDocument(vector.value(QStringLiteral("json")).toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject toObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Replaces one value at a dotted path ("crypto.kdfparams.n") in a keystore document.
QByteArray withField(const QByteArray &json, const QString &path, const QJsonValue &value)
{
    const QStringList keys = path.split(u'.');
    std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject object, int depth) {
        if (depth == keys.size() - 1)
            object.insert(keys[depth], value);
        else
            object.insert(keys[depth], set(object.value(keys[depth]).toObject(), depth + 1));
        return object;
    };
    return toJson(set(toObject(json), 0));
}

SecureBytes password(const char *text)
{
    return SecureBytes(QByteArrayView(text));
}

PrivateKey vectorKey()
{
    return PrivateKey::fromBytes(SecureBytes::fromHex(kVectorKey)).value();
}

} // namespace

class TestKeystore : public QObject {
    Q_OBJECT

private:
    QByteArray m_light; // one light keystore of the vector key, password "pw", shared by the refusals

private Q_SLOTS:
    void initTestCase()
    {
        Result<QByteArray> encrypted = keystore::encrypt(vectorKey(), password("pw"), keystore::Strength::Light);
        QVERIFY(encrypted.ok());
        m_light = *encrypted;
    }

    void scryptVector()
    {
        // n=262144, r=1, p=8: refused by OpenSSL's scrypt, taken by libsodium's.
        const QByteArray json = vectorJson("wikipage_test_vector_scrypt");
        QVERIFY(json.contains("\"n\":262144"));
        const Result<keystore::Decrypted> decrypted = keystore::decrypt(json, password("testpassword"));
        QVERIFY2(decrypted.ok(), qPrintable(decrypted.ok() ? QString() : decrypted.error().message));
        QCOMPARE(decrypted->key.bytes().view().toByteArray().toHex(), QByteArray(kVectorKey));
        QCOMPARE(decrypted->key.address().toChecksummed(), QString::fromLatin1(kVectorAddress));
        QCOMPARE(decrypted->id, QStringLiteral("3198bc9c-6672-5ab3-d995-4942343ae5b6"));
    }

    void pbkdf2Vector()
    {
        const QByteArray json = vectorJson("wikipage_test_vector_pbkdf2");
        const Result<keystore::Decrypted> decrypted = keystore::decrypt(json, password("testpassword"));
        QVERIFY2(decrypted.ok(), qPrintable(decrypted.ok() ? QString() : decrypted.error().message));
        QCOMPARE(decrypted->key.bytes().view().toByteArray().toHex(), QByteArray(kVectorKey));
        QCOMPARE(decrypted->key.address().toChecksummed(), QString::fromLatin1(kVectorAddress));
    }

    void vectorWrongPassword()
    {
        const Result<keystore::Decrypted> decrypted =
            keystore::decrypt(vectorJson("wikipage_test_vector_pbkdf2"), password("testpassworD"));
        QVERIFY(!decrypted.ok());
        QCOMPARE(decrypted.error().kind, ErrorKind::WrongPassword);
        QCOMPARE(decrypted.error().message, QStringLiteral("The password is wrong for this keystore."));
    }

    void lightRoundTrip()
    {
        const QJsonObject object = toObject(m_light);
        QCOMPARE(object.value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(object.value(QStringLiteral("address")).toString(), QString::fromLatin1(kVectorAddress).toLower().mid(2));
        const QJsonObject kdfParams = object.value(QStringLiteral("crypto")).toObject().value(QStringLiteral("kdfparams")).toObject();
        QCOMPARE(kdfParams.value(QStringLiteral("n")).toInt(), 4096);
        QCOMPARE(kdfParams.value(QStringLiteral("r")).toInt(), 8);
        QCOMPARE(kdfParams.value(QStringLiteral("p")).toInt(), 6);
        QCOMPARE(kdfParams.value(QStringLiteral("salt")).toString().size(), 64);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                    .match(object.value(QStringLiteral("id")).toString())
                    .hasMatch());
        // The key never appears in clear in the file.
        QVERIFY(!m_light.contains(kVectorKey));

        const Result<keystore::Decrypted> decrypted = keystore::decrypt(m_light, password("pw"));
        QVERIFY(decrypted.ok());
        QVERIFY(decrypted->key.bytes() == vectorKey().bytes());
        QCOMPARE(keystore::peekAddress(m_light).toChecksummed(), QString::fromLatin1(kVectorAddress));
    }

    void standardRoundTrip()
    {
        const PrivateKey key = PrivateKey::generate();
        const Result<QByteArray> encrypted = keystore::encrypt(key, password("standard"), keystore::Strength::Standard);
        QVERIFY(encrypted.ok());
        const QJsonObject kdfParams =
            toObject(*encrypted).value(QStringLiteral("crypto")).toObject().value(QStringLiteral("kdfparams")).toObject();
        QCOMPARE(kdfParams.value(QStringLiteral("n")).toInt(), 262144);
        QCOMPARE(kdfParams.value(QStringLiteral("r")).toInt(), 8);
        QCOMPARE(kdfParams.value(QStringLiteral("p")).toInt(), 1);
        const Result<keystore::Decrypted> decrypted = keystore::decrypt(*encrypted, password("standard"));
        QVERIFY(decrypted.ok());
        QCOMPARE(decrypted->key.address(), key.address());
    }

    void emptyPassword()
    {
        const PrivateKey key = PrivateKey::generate();
        const Result<QByteArray> encrypted = keystore::encrypt(key, SecureBytes(), keystore::Strength::Light);
        QVERIFY(encrypted.ok());
        const Result<keystore::Decrypted> decrypted = keystore::decrypt(*encrypted, SecureBytes());
        QVERIFY(decrypted.ok());
        QCOMPARE(decrypted->key.address(), key.address());
        QCOMPARE(keystore::decrypt(*encrypted, password("x")).error().kind, ErrorKind::WrongPassword);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");

        QString mac = toObject(m_light).value(QStringLiteral("crypto")).toObject().value(QStringLiteral("mac")).toString();
        mac[10] = mac[10] == u'0' ? u'1' : u'0';
        QTest::newRow("flipped mac byte") << withField(m_light, QStringLiteral("crypto.mac"), mac)
                                          << int(ErrorKind::WrongPassword) << QStringLiteral("password is wrong");
        const QString ciphertext =
            toObject(m_light).value(QStringLiteral("crypto")).toObject().value(QStringLiteral("ciphertext")).toString();
        QTest::newRow("truncated ciphertext")
            << withField(m_light, QStringLiteral("crypto.ciphertext"), ciphertext.left(62)) << int(ErrorKind::Malformed)
            << QStringLiteral("ciphertext has 31 bytes");
        QTest::newRow("aes-128-cbc") << withField(m_light, QStringLiteral("crypto.cipher"), QStringLiteral("aes-128-cbc"))
                                     << int(ErrorKind::Unsupported) << QStringLiteral("cipher 'aes-128-cbc'");
        QTest::newRow("n = 2^30") << withField(m_light, QStringLiteral("crypto.kdfparams.n"), double(1 << 30))
                                  << int(ErrorKind::Unsupported) << QStringLiteral("MiB of memory");
        QTest::newRow("p too large") << withField(m_light, QStringLiteral("crypto.kdfparams.p"), 1 << 20)
                                     << int(ErrorKind::Unsupported) << QStringLiteral("more work");
        QTest::newRow("n not a power of two") << withField(m_light, QStringLiteral("crypto.kdfparams.n"), 4095)
                                              << int(ErrorKind::Malformed) << QStringLiteral("power of two");
        QTest::newRow("invalid json") << QByteArray("{\"version\":3,") << int(ErrorKind::Malformed)
                                      << QStringLiteral("not valid JSON");
        QTest::newRow("json array") << QByteArray("[]") << int(ErrorKind::Malformed) << QStringLiteral("not a JSON object");
        QTest::newRow("version 1") << withField(m_light, QStringLiteral("version"), 1) << int(ErrorKind::Unsupported)
                                   << QStringLiteral("version 1");
        QTest::newRow("unknown kdf") << withField(m_light, QStringLiteral("crypto.kdf"), QStringLiteral("argon2id"))
                                     << int(ErrorKind::Unsupported) << QStringLiteral("'argon2id'");
        QTest::newRow("pbkdf2 prf") << withField(vectorJson("wikipage_test_vector_pbkdf2"),
                                                 QStringLiteral("crypto.kdfparams.prf"), QStringLiteral("hmac-sha512"))
                                    << int(ErrorKind::Unsupported) << QStringLiteral("'hmac-sha512'");
        QTest::newRow("pbkdf2 rounds") << withField(vectorJson("wikipage_test_vector_pbkdf2"),
                                                    QStringLiteral("crypto.kdfparams.c"), 1e9)
                                       << int(ErrorKind::Unsupported) << QStringLiteral("PBKDF2 rounds");
        QTest::newRow("iv not hex") << withField(m_light, QStringLiteral("crypto.cipherparams.iv"), QStringLiteral("zz"))
                                    << int(ErrorKind::Malformed) << QStringLiteral("crypto.cipherparams.iv");
        QTest::newRow("missing salt") << withField(m_light, QStringLiteral("crypto.kdfparams.salt"), QJsonValue())
                                      << int(ErrorKind::Malformed) << QStringLiteral("crypto.kdfparams.salt");
        QTest::newRow("dklen 16") << withField(m_light, QStringLiteral("crypto.kdfparams.dklen"), 16)
                                  << int(ErrorKind::Malformed) << QStringLiteral("dklen");
        QTest::newRow("other address")
            << withField(m_light, QStringLiteral("address"), QStringLiteral("52908400098527886e0f7030069857d2e4169ee7"))
            << int(ErrorKind::InvalidInput) << QStringLiteral("does not match");
    }
    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        const Result<keystore::Decrypted> decrypted = keystore::decrypt(json, password("pw"));
        QVERIFY(!decrypted.ok());
        QCOMPARE(int(decrypted.error().kind), kind);
        QVERIFY2(decrypted.error().message.contains(messagePart), qPrintable(decrypted.error().message));
        QVERIFY(!decrypted.error().message.contains(kVectorKey));
    }

    void parseDoesNotRunTheKdf()
    {
        const Result<keystore::Parsed> parsed = keystore::parse(m_light);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->kdf, keystore::Kdf::Scrypt);
        QCOMPARE(parsed->n, 4096u);
        QCOMPARE(parsed->ciphertext.size(), 32);
        // A tighter limit refuses what the default accepts.
        keystore::Limits tight;
        tight.maxScryptMemory = 1024 * 1024;
        QCOMPARE(keystore::parse(m_light, tight).error().kind, ErrorKind::Unsupported);
    }

    void kdfBoundsCannotWrap_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint64>("r");
        QTest::addColumn<quint64>("p");
        // 128*r*n = 2^67 and n*r*p = 2^64 wrap to 0 in 64 bits: as products they passed any limit.
        QTest::newRow("n=2^40 r=2^20 p=16") << (quint64(1) << 40) << (quint64(1) << 20) << quint64(16);
        QTest::newRow("n=2^40 r=2^20 p=1") << (quint64(1) << 40) << (quint64(1) << 20) << quint64(1);
        QTest::newRow("n=2^37 r=2^20 p=2^7") << (quint64(1) << 37) << (quint64(1) << 20) << (quint64(1) << 7);
        QTest::newRow("work only: n=2^10 r=1 p=2^20") << (quint64(1) << 10) << quint64(1) << (quint64(1) << 20);
    }
    void kdfBoundsCannotWrap()
    {
        QFETCH(quint64, n);
        QFETCH(quint64, r);
        QFETCH(quint64, p);
        QJsonObject root = QJsonDocument::fromJson(m_light).object();
        QJsonObject cryptoObject = root.value(QLatin1String("crypto")).toObject();
        QJsonObject params = cryptoObject.value(QLatin1String("kdfparams")).toObject();
        params.insert(QStringLiteral("n"), double(n));
        params.insert(QStringLiteral("r"), double(r));
        params.insert(QStringLiteral("p"), double(p));
        cryptoObject.insert(QStringLiteral("kdfparams"), params);
        root.insert(QStringLiteral("crypto"), cryptoObject);
        const QByteArray json = QJsonDocument(root).toJson();
        keystore::Limits small;
        small.maxScryptWork = 1 << 20;
        for (const keystore::Limits &limits : {keystore::Limits(), small}) {
            const Result<keystore::Parsed> parsed = keystore::parse(json, limits);
            QVERIFY2(!parsed.ok(), "the wrapped product passed the limit");
            QCOMPARE(parsed.error().kind, ErrorKind::Unsupported);
        }
    }

    void gethFileName()
    {
        const Address address = Address::parse(QString::fromLatin1(kVectorAddress)).value();
        const QDateTime when(QDate(2026, 11, 23), QTime(13, 16, 6, 123), Qt::UTC);
        QCOMPARE(keystore::gethFileName(address, when),
                 QStringLiteral("UTC--2026-11-23T13-16-06.123000000Z--008aeeda4d805471df9b2a5b0f38a0c3bcba786b"));
    }
};

QTEST_GUILESS_MAIN(TestKeystore)
#include "tst_keystore.moc"
