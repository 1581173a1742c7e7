// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// WalletStore: round trips between folders, refusals that leave the folder as it was, file modes.
#include "crypto/Bip39.h"
#include "crypto/Keystore.h"
#include "support/TestData.h"
#include "crypto/WalletStore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace inkan;
using namespace inkan::crypto;

namespace {

const keystore::Strength kLight = keystore::Strength::Light;
const char kHardhatMnemonic[] = "test test test test test test test test test test test junk";
const char kHardhatKeyHex[] = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const char kHardhatAddress0[] = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

/// The file's Unix permission bits, as `ls -l` shows them.
int unixMode(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

SecureBytes secret(const char *text)
{
    return SecureBytes(QByteArrayView(text));
}

/// Every path under `root` with its mode and a hash of its contents: equal snapshots mean
/// nothing was added, removed, renamed, rewritten or re-permissioned.
QStringList snapshot(const QString &root)
{
    QStringList entries;
    if (!QFileInfo::exists(root))
        return {QStringLiteral("<absent>")};
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QString line = info.filePath().mid(root.size()) + u' ' + QString::number(unixMode(info.filePath()), 8);
        if (info.isFile()) {
            QFile file(info.filePath());
            file.open(QIODevice::ReadOnly);
            line += u' ' + QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        }
        entries.append(line);
    }
    entries.sort();
    return entries;
}

QByteArray vectorJson(const char *name)
{
    const QJsonObject vector = testdata::readJson(QStringLiteral("v3_test_vector.json")).value(QLatin1String(name)).toObject();
    return QJsonDocument(vector.value(QStringLiteral("json")).toObject()).toJson(QJsonDocument::Compact);
}

QByteArray withCryptoField(const QByteArray &json, const QString &key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject cryptoObject = root.value(QStringLiteral("crypto")).toObject();
    cryptoObject.insert(key, value);
    root.insert(QStringLiteral("crypto"), cryptoObject);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestWalletStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QByteArray m_lightKeystore; // the vector key under password "pw", light scrypt

    QString freshDir(const char *name) const { return m_root.filePath(QLatin1String(name)) + QStringLiteral("/keystore"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        const PrivateKey key = PrivateKey::fromBytes(SecureBytes::fromHex("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d")).value();
        m_lightKeystore = keystore::encrypt(key, secret("pw"), kLight).value();
    }

    void emptyStore()
    {
        WalletStore store(freshDir("empty"));
        QVERIFY(store.list().ok());
        QVERIFY(store.list()->isEmpty());
        QCOMPARE(store.find(Address::parse(QString::fromLatin1(kHardhatAddress0)).value()).error().kind, ErrorKind::NotFound);
        QVERIFY(!QFileInfo::exists(store.directory())); // reading creates nothing
    }

    void createExportImportRoundTrip()
    {
        WalletStore first(freshDir("roundtrip-a"));
        Result<WalletStore::Created> created = first.create(12, secret("pw"), kLight);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(bip39::validate(created->mnemonic).ok());
        QCOMPARE(first.list()->size(), 1);
        QCOMPARE(first.list()->first().address, created->account.address);
        QVERIFY(created->account.fileName.startsWith(QStringLiteral("UTC--")));
        QVERIFY(created->account.fileName.endsWith(created->account.address.toLower().mid(2)));

        // Modes: key file 0600, folder 0700.
        QCOMPARE(unixMode(created->account.path), 0600);
        QCOMPARE(unixMode(first.directory()), 0700);

        // The mnemonic's first BIP-44 account is the created one.
        WalletStore fromWords(freshDir("roundtrip-words"));
        Result<WalletKey> viaWords = fromWords.importMnemonic(created->mnemonic, {}, 0, secret("other"), kLight);
        QVERIFY(viaWords.ok());
        QCOMPARE(viaWords->address, created->account.address);

        // Export (unchanged file) → import into a fresh folder → same address, same key.
        const Result<QByteArray> exported = first.exportKeystore(created->account.address);
        QVERIFY(exported.ok());
        WalletStore second(freshDir("roundtrip-b"));
        Result<WalletKey> imported = second.importKeystore(*exported, secret("pw"));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported->address, created->account.address);
        QVERIFY(second.unlock(imported->address, secret("pw"))->bytes() == first.unlock(created->account.address, secret("pw"))->bytes());

        // Export under a new password → only the new one opens the export; the store keeps the old.
        const Result<QByteArray> reencrypted = first.exportKeystore(created->account.address, secret("pw"), secret("new"), kLight);
        QVERIFY(reencrypted.ok());
        QCOMPARE(keystore::decrypt(*reencrypted, secret("pw")).error().kind, ErrorKind::WrongPassword);
        QCOMPARE(keystore::decrypt(*reencrypted, secret("new"))->key.address(), created->account.address);
        QVERIFY(first.unlock(created->account.address, secret("pw")).ok());

        // No file in any of the folders holds the key or the words in clear.
        const QByteArray keyHex = first.unlock(created->account.address, secret("pw"))->bytes().view().toByteArray().toHex();
        const QByteArray words = created->mnemonic.view().toByteArray();
        QDirIterator it(m_root.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray contents = file.readAll();
            QVERIFY2(!contents.contains(keyHex) && !contents.toLower().contains(keyHex), qPrintable(file.fileName()));
            QVERIFY2(!contents.contains(words), qPrintable(file.fileName()));
            QVERIFY2(!contents.contains(words.left(words.indexOf(' ', words.indexOf(' ') + 1))), qPrintable(file.fileName()));
        }
    }

    void importVectorsAndKinds()
    {
        WalletStore store(freshDir("vectors"));
        Result<WalletKey> fromPbkdf2 = store.importKeystore(vectorJson("wikipage_test_vector_pbkdf2"), secret("testpassword"));
        QVERIFY2(fromPbkdf2.ok(), qPrintable(fromPbkdf2.ok() ? QString() : fromPbkdf2.error().message));
        QCOMPARE(fromPbkdf2->address.toChecksummed(), QStringLiteral("0x008AeEda4D805471dF9b2A5B0f38A0C3bCBA786b"));
        // The stored file keeps pbkdf2 and gained the address field geth writes.
        QFile file(fromPbkdf2->path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(stored.value(QStringLiteral("crypto")).toObject().value(QStringLiteral("kdf")).toString(), QStringLiteral("pbkdf2"));
        QCOMPARE(stored.value(QStringLiteral("address")).toString(), QStringLiteral("008aeeda4d805471df9b2a5b0f38a0c3bcba786b"));

        Result<WalletKey> fromMnemonic = store.importMnemonic(secret(kHardhatMnemonic), {}, 0, secret("pw"), kLight);
        QVERIFY(fromMnemonic.ok());
        QCOMPARE(fromMnemonic->address.toChecksummed(), QString::fromLatin1(kHardhatAddress0));
        Result<WalletKey> index1 = store.importMnemonic(secret(kHardhatMnemonic), {}, 1, secret("pw"), kLight);
        QVERIFY(index1.ok());
        QVERIFY(index1->address != fromMnemonic->address);

        // An empty password is allowed.
        Result<WalletKey> fromKey = store.importPrivateKey(PrivateKey::generate(), SecureBytes(), kLight);
        QVERIFY(fromKey.ok());
        QVERIFY(store.unlock(fromKey->address, SecureBytes()).ok());
        QCOMPARE(store.list()->size(), 4);
    }

    void refusalsLeaveTheStoreAsItWas_data()
    {
        QTest::addColumn<QString>("what");
        for (const char *name : {"wrong password", "flipped mac byte", "truncated ciphertext", "aes-128-cbc", "n = 2^30",
                                 "invalid json", "unknown mnemonic word", "bad checksum word", "mnemonic index too large",
                                 "duplicate keystore", "duplicate key", "duplicate mnemonic"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }
    void refusalsLeaveTheStoreAsItWas()
    {
        QFETCH(QString, what);
        for (bool populated : {false, true}) {
            // Once against a folder that does not exist yet (it must not appear), once against one with an account.
            const QString directory = m_root.filePath(QStringLiteral("refusal-%1-%2").arg(QTest::currentDataTag()).arg(populated))
                + QStringLiteral("/keystore");
            WalletStore store(directory);
            if (populated)
                QVERIFY(store.importMnemonic(secret(kHardhatMnemonic), {}, 0, secret("pw"), kLight).ok());
            const QStringList before = snapshot(m_root.filePath(QStringLiteral("refusal-%1-%2").arg(QTest::currentDataTag()).arg(populated)));

            Result<WalletKey> result = makeError(ErrorKind::Internal, QStringLiteral("not run"));
            ErrorKind expected = ErrorKind::InvalidInput;
            const QByteArray mac = QJsonDocument::fromJson(m_lightKeystore).object().value(QStringLiteral("crypto")).toObject().value(QStringLiteral("mac")).toString().toLatin1();
            QByteArray flipped = mac;
            flipped[0] = flipped[0] == '0' ? '1' : '0';
            if (what == u"wrong password") {
                result = store.importKeystore(m_lightKeystore, secret("wrong"));
                expected = ErrorKind::WrongPassword;
            } else if (what == u"flipped mac byte") {
                result = store.importKeystore(withCryptoField(m_lightKeystore, QStringLiteral("mac"), QString::fromLatin1(flipped)), secret("pw"));
                expected = ErrorKind::WrongPassword;
            } else if (what == u"truncated ciphertext") {
                const QString ciphertext = QJsonDocument::fromJson(m_lightKeystore).object().value(QStringLiteral("crypto")).toObject().value(QStringLiteral("ciphertext")).toString();
                result = store.importKeystore(withCryptoField(m_lightKeystore, QStringLiteral("ciphertext"), ciphertext.left(40)), secret("pw"));
                expected = ErrorKind::Malformed;
            } else if (what == u"aes-128-cbc") {
                result = store.importKeystore(withCryptoField(m_lightKeystore, QStringLiteral("cipher"), QStringLiteral("aes-128-cbc")), secret("pw"));
                expected = ErrorKind::Unsupported;
            } else if (what == u"n = 2^30") {
                QJsonObject root = QJsonDocument::fromJson(m_lightKeystore).object();
                QJsonObject cryptoObject = root.value(QStringLiteral("crypto")).toObject();
                QJsonObject params = cryptoObject.value(QStringLiteral("kdfparams")).toObject();
                params.insert(QStringLiteral("n"), double(1 << 30));
                cryptoObject.insert(QStringLiteral("kdfparams"), params);
                root.insert(QStringLiteral("crypto"), cryptoObject);
                result = store.importKeystore(QJsonDocument(root).toJson(), secret("pw"));
                expected = ErrorKind::Unsupported;
            } else if (what == u"invalid json") {
                result = store.importKeystore(m_lightKeystore.left(m_lightKeystore.size() / 2), secret("pw"));
                expected = ErrorKind::Malformed;
            } else if (what == u"unknown mnemonic word") {
                result = store.importMnemonic(secret("test test test test test test test test test test tset junk"), {}, 0, secret("pw"), kLight);
                QVERIFY(!result.ok());
                QCOMPARE(result.error().message, QStringLiteral("Word 11 of the mnemonic is not in the BIP-39 English word list."));
            } else if (what == u"bad checksum word") {
                result = store.importMnemonic(secret("test test test test test test test test test test test test"), {}, 0, secret("pw"), kLight);
            } else if (what == u"mnemonic index too large") {
                result = store.importMnemonic(secret(kHardhatMnemonic), {}, 0x80000000u, secret("pw"), kLight);
            } else if (what == u"duplicate keystore" || what == u"duplicate key" || what == u"duplicate mnemonic") {
                if (!populated)
                    return; // a duplicate needs an account already there
                const PrivateKey hardhat = PrivateKey::fromBytes(SecureBytes::fromHex(kHardhatKeyHex)).value();
                if (what == u"duplicate key")
                    result = store.importPrivateKey(hardhat, secret("pw"), kLight);
                else if (what == u"duplicate mnemonic")
                    result = store.importMnemonic(secret(kHardhatMnemonic), {}, 0, secret("pw"), kLight);
                else
                    result = store.importKeystore(keystore::encrypt(hardhat, secret("pw"), kLight).value(), secret("pw"));
                QVERIFY(result.error().message.contains(QStringLiteral("already in this wallet")));
            }
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, expected);
            QVERIFY(!result.error().message.isEmpty());
            QCOMPARE(snapshot(m_root.filePath(QStringLiteral("refusal-%1-%2").arg(QTest::currentDataTag()).arg(populated))), before);
            QCOMPARE(QFileInfo::exists(directory), populated);
        }
    }

    void changePassword()
    {
        WalletStore store(freshDir("passwd"));
        const WalletKey account = store.importKeystore(m_lightKeystore, secret("pw")).value();
        const QStringList before = snapshot(store.directory());

        QCOMPARE(store.changePassword(account.address, secret("wrong"), secret("new"), kLight).error().kind, ErrorKind::WrongPassword);
        QCOMPARE(snapshot(store.directory()), before);

        QVERIFY(store.changePassword(account.address, secret("pw"), secret("new"), kLight).ok());
        QCOMPARE(store.unlock(account.address, secret("pw")).error().kind, ErrorKind::WrongPassword);
        QVERIFY(store.unlock(account.address, secret("new")).ok());
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.list()->first().fileName, account.fileName);
        QCOMPARE(unixMode(account.path), 0600);
    }

    void removeMovesAsideUnlessDestroyed()
    {
        WalletStore store(freshDir("remove"));
        const WalletKey first = store.importMnemonic(secret(kHardhatMnemonic), {}, 0, secret("pw"), kLight).value();
        const WalletKey second = store.importMnemonic(secret(kHardhatMnemonic), {}, 1, secret("pw"), kLight).value();

        Result<QString> moved = store.remove(first.address);
        QVERIFY(moved.ok());
        QCOMPARE(*moved, store.removedDirectory() + u'/' + first.fileName);
        QVERIFY(QFileInfo::exists(*moved));
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.find(first.address).error().kind, ErrorKind::NotFound);
        QCOMPARE(unixMode(store.removedDirectory()), 0700);
        // The moved file still opens: nothing was lost.
        QFile file(*moved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(keystore::decrypt(file.readAll(), secret("pw"))->key.address(), first.address);

        QCOMPARE(store.remove(first.address).error().kind, ErrorKind::NotFound);
        QVERIFY(store.remove(second.address, WalletStore::Removal::Destroy).ok());
        QVERIFY(!QFileInfo::exists(second.path));
        QVERIFY(store.list()->isEmpty());
    }

    void listSkipsOtherFiles()
    {
        WalletStore store(freshDir("mixed"));
        const WalletKey account = store.importKeystore(m_lightKeystore, secret("pw")).value();
        QFile junk(store.directory() + QStringLiteral("/notes.txt"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a keystore");
        junk.close();
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.list()->first().address, account.address);
    }
};

QTEST_GUILESS_MAIN(TestWalletStore)
#include "tst_walletstore.moc"
