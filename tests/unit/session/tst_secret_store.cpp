// The encrypted secret file and the account settings, without a server: round trips, a wrong
// password, a damaged file, mode 0600, nothing in clear on disk, no D-Bus wait without a bus.
#include "session/AccountStore.h"
#include "session/SecretStore.h"
#include "session/SessionManager.h"
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;
using namespace inkan::session;

namespace {
crypto::SecureBytes bytes(const char *text) { return crypto::SecureBytes(QByteArrayView(text)); }

bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray content = file.readAll();
            if (content.contains(needle) || content.contains(needle.toBase64()) || content.contains(needle.toHex()))
                return true;
        }
    }
    return false;
}
} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripAcrossInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.inkan"));
        {
            EncryptedFileSecretStore store(path, bytes("pw-1"), 1024);
            QVERIFY(waitFor(store.write(QStringLiteral("a/token"), bytes("TOKEN-AAAA-1234567890"))).ok());
            QVERIFY(waitFor(store.write(QStringLiteral("b/token"), bytes("TOKEN-BBBB-1234567890"))).ok());
            QVERIFY(waitFor(store.write(QStringLiteral("a/token"), bytes("TOKEN-CCCC-1234567890"))).ok());
        }
        EncryptedFileSecretStore again(path, bytes("pw-1"), 1024);
        auto a = waitFor(again.read(QStringLiteral("a/token")));
        QVERIFY(a.ok());
        QCOMPARE(QByteArray(a->constChar(), a->size()), QByteArray("TOKEN-CCCC-1234567890"));
        QVERIFY(waitFor(again.remove(QStringLiteral("a/token"))).ok());
        QCOMPARE(waitFor(again.read(QStringLiteral("a/token"))).error().kind, ErrorKind::NotFound);
        QVERIFY(waitFor(again.read(QStringLiteral("b/token"))).ok());
        QVERIFY(waitFor(again.remove(QStringLiteral("never/there"))).ok());

        QVERIFY(!anyFileContains(dir.path(), "TOKEN-BBBB-1234567890"));
        QVERIFY(!anyFileContains(dir.path(), "TOKEN-CCCC-1234567890"));
        QVERIFY(!anyFileContains(dir.path(), "pw-1"));
        QCOMPARE(QFile(path).permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
    }

    void wrongPasswordAndDamage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.inkan"));
        {
            EncryptedFileSecretStore store(path, bytes("right"), 1024);
            QVERIFY(waitFor(store.write(QStringLiteral("k"), bytes("v"))).ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();

        EncryptedFileSecretStore wrong(path, bytes("wrong"), 1024);
        QCOMPARE(waitFor(wrong.read(QStringLiteral("k"))).error().kind, ErrorKind::WrongPassword);
        // A wrong password never overwrites what is there.
        QCOMPARE(waitFor(wrong.write(QStringLiteral("k"), bytes("x"))).error().kind, ErrorKind::WrongPassword);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), good);
        file.close();

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\":1,\"kdf\":\"scrypt\",\"n\":3}");
        file.close();
        EncryptedFileSecretStore damaged(path, bytes("right"), 1024);
        QCOMPARE(waitFor(damaged.read(QStringLiteral("k"))).error().kind, ErrorKind::Malformed);
    }

    void noKeychainWithoutBus()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QTemporaryDir dir;
        SecretStoreOptions options;
        options.dataDir = dir.path();
        options.scryptN = 1024;
        QElapsedTimer timer;
        timer.start();
        int asked = 0;
        auto store = openSecretStore(options, [&asked] { ++asked; return Result<crypto::SecureBytes>(bytes("pw")); });
        QVERIFY(store.ok());
        QCOMPARE((*store)->backend(), QStringLiteral("file"));
        QCOMPARE(asked, 1);
        QVERIFY(timer.elapsed() < 1000);
        options.preferred = QStringLiteral("keychain");
        QCOMPARE(openSecretStore(options, [] { return Result<crypto::SecureBytes>(bytes("pw")); }).error().kind, ErrorKind::Io);
    }

    void accountsKeepNoSecrets()
    {
        QTemporaryDir dir;
        AccountStore accounts(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(accounts.add(ServiceKind::Capture, QUrl(QStringLiteral("http://capture.example/api/v3")), QStringLiteral("c")).error().kind,
                 ErrorKind::InvalidInput);
        auto account = accounts.add(ServiceKind::Capture, QUrl(QStringLiteral("https://api.numbersprotocol.io/api/v3/")), QStringLiteral("c"));
        QVERIFY(account.ok());
        QCOMPARE(account->baseUrl.toString(), QStringLiteral("https://api.numbersprotocol.io/api/v3"));
        QVERIFY(!accounts.add(ServiceKind::Capture, QUrl(QStringLiteral("https://x.example")), QStringLiteral("c")).ok());

        auto store = std::make_shared<EncryptedFileSecretStore>(dir.filePath(QStringLiteral("secrets.inkan")), bytes("pw"), 1024);
        SessionManager sessions(accounts, store);
        services::SignInResult result;
        result.subject = QStringLiteral("0xabc");
        result.token = bytes("0123456789abcdef0123456789abcdef01234567");
        auto saved = sessions.saveSignIn(*account, result);
        QVERIFY(saved.ok());
        QVERIFY(accounts.find(QStringLiteral("c"))->isSignedIn());
        QVERIFY(!anyFileContains(dir.path(), "0123456789abcdef0123456789abcdef01234567"));
        auto out = sessions.signOut(*saved);
        QVERIFY(out.ok());
        QVERIFY(!accounts.find(QStringLiteral("c"))->isSignedIn());
        QCOMPARE(sessions.readSecret(*out, secret::token).error().kind, ErrorKind::NotFound);
        QVERIFY(sessions.removeAccount(*out).ok());
        QVERIFY(accounts.accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
