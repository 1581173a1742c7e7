// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The encrypted secret file and the account settings, without a server: round trips, a wrong
// password, a damaged file, mode 0600, nothing in clear on disk, no D-Bus wait without a bus.
#include "Blocking.h"
#include "session/AccountStore.h"
#include "session/SecretStore.h"
#include "session/SessionManager.h"
#include <QDirIterator>
#include <QFile>
#include <QPromise>
#include <QTemporaryDir>
#include <QLockFile>
#include <QTest>
#include <QTimer>

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
/// A store whose every operation waits until the test settles it: shows that SessionManager
/// returns at once and only acts when the store answers.
class ManualSecretStore : public SecretStore {
public:
    QString backend() const override { return QStringLiteral("manual"); }
    QFuture<Result<crypto::SecureBytes>> read(const QString &key) override
    {
        auto promise = std::make_shared<QPromise<Result<crypto::SecureBytes>>>();
        promise->start();
        reads.append({key, promise});
        return promise->future();
    }
    QFuture<Result<void>> write(const QString &key, const crypto::SecureBytes &secret) override
    {
        auto promise = std::make_shared<QPromise<Result<void>>>();
        promise->start();
        writes.append({key, secret, promise});
        return promise->future();
    }
    QFuture<Result<void>> remove(const QString &key) override
    {
        auto promise = std::make_shared<QPromise<Result<void>>>();
        promise->start();
        removals.append({key, promise});
        return promise->future();
    }
    static void settle(const std::shared_ptr<QPromise<Result<void>>> &promise, Result<void> outcome = {})
    {
        promise->addResult(outcome);
        promise->finish();
    }
    struct Write {
        QString key;
        crypto::SecureBytes value;
        std::shared_ptr<QPromise<Result<void>>> promise;
    };
    QList<std::pair<QString, std::shared_ptr<QPromise<Result<crypto::SecureBytes>>>>> reads;
    QList<Write> writes;
    QList<std::pair<QString, std::shared_ptr<QPromise<Result<void>>>>> removals;
};

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

    void twoStoresOnOneFileNeverUndoEachOther()
    {
        // Two processes on one data dir, as two stores on one file: each one's change survives
        // the other's later write, because every write re-reads the file under its lock.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.inkan"));
        EncryptedFileSecretStore longCommand(path, bytes("pw"), 1024);
        EncryptedFileSecretStore shortCommand(path, bytes("pw"), 1024);
        QVERIFY(longCommand.writeNow(QStringLiteral("old/token"), bytes("OLD")).ok());
        QVERIFY(longCommand.readNow(QStringLiteral("old/token")).ok()); // its snapshot
        QVERIFY(shortCommand.writeNow(QStringLiteral("new/token"), bytes("SIGNED-IN")).ok());   // a sign-in
        QVERIFY(shortCommand.removeNow(QStringLiteral("old/token")).ok());                    // a sign-out
        QVERIFY(longCommand.writeNow(QStringLiteral("long/token"), bytes("LONG")).ok());
        EncryptedFileSecretStore after(path, bytes("pw"), 1024);
        QVERIFY(after.readNow(QStringLiteral("new/token")).ok());
        QCOMPARE(after.readNow(QStringLiteral("old/token")).error().kind, ErrorKind::NotFound);
        QVERIFY(after.readNow(QStringLiteral("long/token")).ok());
        // And a read sees what the other wrote after the first read.
        QCOMPARE(longCommand.readNow(QStringLiteral("old/token")).error().kind, ErrorKind::NotFound);
        QVERIFY(longCommand.readNow(QStringLiteral("new/token")).ok());
        // The lock is held only during an operation.
        QLockFile probe(path + QStringLiteral(".lock"));
        QVERIFY(probe.tryLock(0));
        probe.unlock();
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
        // Without a bus the keychain is not even asked: no event loop runs during the call (a
        // queued zero-timer stays pending), so the day-long probe timeout is never waited on.
        options.keychainProbeTimeoutMs = 24 * 3600 * 1000;
        bool eventLoopRan = false;
        QTimer::singleShot(0, [&eventLoopRan] { eventLoopRan = true; });
        int asked = 0;
        auto store = openSecretStore(options, [&asked] { ++asked; return Result<crypto::SecureBytes>(bytes("pw")); });
        QVERIFY(store.ok());
        QCOMPARE((*store)->backend(), QStringLiteral("file"));
        QCOMPARE(asked, 1);
        QVERIFY(!eventLoopRan);
        QVERIFY(!keychainAvailable(24 * 3600 * 1000));
        QVERIFY(!eventLoopRan);
        // The asynchronous forms are finished at once, too.
        const QFuture<bool> probe = KeychainSecretStore::probe(24 * 3600 * 1000);
        QVERIFY(probe.isFinished());
        QVERIFY(!probe.result());
        const auto opening = openSecretStoreAsync(options, [&asked](PasswordAnswer answer) { ++asked; answer(bytes("pw")); });
        QVERIFY(opening.isFinished());
        QCOMPARE(opening.result().value()->backend(), QStringLiteral("file"));
        QCOMPARE(asked, 2);
        QVERIFY(!eventLoopRan);
        QTRY_VERIFY(eventLoopRan);
        options.preferred = QStringLiteral("keychain");
        QCOMPARE(openSecretStore(options, [] { return Result<crypto::SecureBytes>(bytes("pw")); }).error().kind, ErrorKind::Io);
    }

    void sessionManagerIsAsynchronous()
    {
        // Every SessionManager call returns at once; the store answers later, through the event
        // loop; the account changes only after its secrets are stored.
        QTemporaryDir dir;
        AccountStore accounts(dir.filePath(QStringLiteral("settings.ini")));
        auto account = accounts.add(ServiceKind::Web3Connect, QUrl(QStringLiteral("https://api.web3connect.jp/rest/v1")), QStringLiteral("w"));
        QVERIFY(account.ok());
        auto store = std::make_shared<ManualSecretStore>();
        SessionManager sessions(accounts, store);
        services::SignInResult result;
        result.subject = QStringLiteral("0xabc");
        result.role = QStringLiteral("organization");
        result.token = bytes("ACCESS-TOKEN-1");
        result.apiKey = bytes("API-KEY-SECRET-1");

        QFuture<Result<Account>> saved = sessions.saveSignIn(*account, result);
        QVERIFY(!saved.isFinished());
        QCOMPARE(store->writes.size(), 1); // one after the other: the API key waits for the token
        QCOMPARE(store->writes[0].key, SessionManager::keyFor(*account, secret::token));
        ManualSecretStore::settle(store->writes[0].promise);
        QTRY_COMPARE(store->writes.size(), 2);
        QCOMPARE(store->writes[1].key, SessionManager::keyFor(*account, secret::apiKeySecret));
        QCOMPARE(QByteArray(store->writes[1].value.constChar(), store->writes[1].value.size()), QByteArray("API-KEY-SECRET-1"));
        QVERIFY(!accounts.find(QStringLiteral("w"))->isSignedIn()); // not before the secrets are stored
        QVERIFY(!saved.isFinished());
        ManualSecretStore::settle(store->writes[1].promise);
        QTRY_VERIFY(saved.isFinished());
        QVERIFY(saved.result().ok());
        QCOMPARE(saved.result()->secretBackend, QStringLiteral("manual"));
        QVERIFY(accounts.find(QStringLiteral("w"))->isSignedIn());

        // A failing store leaves the account as it was.
        auto other = accounts.add(ServiceKind::Capture, QUrl(QStringLiteral("https://api.numbersprotocol.io/api/v3")), QStringLiteral("c"));
        QVERIFY(other.ok());
        QFuture<Result<Account>> refused = sessions.saveSignIn(*other, result);
        QTRY_COMPARE(store->writes.size(), 3);
        ManualSecretStore::settle(store->writes[2].promise, makeError(ErrorKind::Io, QStringLiteral("disk full")));
        QTRY_VERIFY(refused.isFinished());
        QCOMPARE(refused.result().error().kind, ErrorKind::Io);
        QCOMPARE(store->writes.size(), 3); // the API key was not attempted after the failure
        QVERIFY(!accounts.find(QStringLiteral("c"))->isSignedIn());

        // read: the store's answer is passed through; a different backend is refused at once.
        QFuture<Result<crypto::SecureBytes>> read = sessions.readSecret(*saved.result(), secret::token);
        QVERIFY(!read.isFinished());
        QCOMPARE(store->reads.size(), 1);
        store->reads[0].second->addResult(Result<crypto::SecureBytes>(bytes("ACCESS-TOKEN-1")));
        store->reads[0].second->finish();
        QTRY_VERIFY(read.isFinished());
        QCOMPARE(QByteArray(read.result()->constChar(), read.result()->size()), QByteArray("ACCESS-TOKEN-1"));
        Account elsewhere = *saved.result();
        elsewhere.secretBackend = QStringLiteral("keychain");
        QFuture<Result<crypto::SecureBytes>> mismatch = sessions.readSecret(elsewhere, secret::token);
        QVERIFY(mismatch.isFinished());
        QCOMPARE(mismatch.result().error().kind, ErrorKind::Io);
        QCOMPARE(store->reads.size(), 1);

        // signOut removes every secret, one after the other, then clears the account.
        QFuture<Result<Account>> out = sessions.signOut(*saved.result());
        QVERIFY(!out.isFinished());
        for (int i = 0; i < 4; ++i) {
            QTRY_COMPARE(store->removals.size(), i + 1);
            QVERIFY(accounts.find(QStringLiteral("w"))->isSignedIn());
            ManualSecretStore::settle(store->removals[i].second);
        }
        QTRY_VERIFY(out.isFinished());
        QVERIFY(out.result().ok());
        QVERIFY(!accounts.find(QStringLiteral("w"))->isSignedIn());

        // removeAccount: sign-out's four removals, the builder token, then the account.
        QFuture<Result<void>> removed = sessions.removeAccount(*out.result());
        for (int i = 4; i < 9; ++i) {
            QTRY_COMPARE(store->removals.size(), i + 1);
            QVERIFY(accounts.find(QStringLiteral("w")).has_value());
            ManualSecretStore::settle(store->removals[i].second);
        }
        QCOMPARE(store->removals[8].first, SessionManager::keyFor(*out.result(), secret::builderToken));
        QTRY_VERIFY(removed.isFinished());
        QVERIFY(removed.result().ok());
        QVERIFY(!accounts.find(QStringLiteral("w")).has_value());
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
        auto saved = waitFor(sessions.saveSignIn(*account, result));
        QVERIFY(saved.ok());
        QVERIFY(accounts.find(QStringLiteral("c"))->isSignedIn());
        QVERIFY(!anyFileContains(dir.path(), "0123456789abcdef0123456789abcdef01234567"));
        auto out = waitFor(sessions.signOut(*saved));
        QVERIFY(out.ok());
        QVERIFY(!accounts.find(QStringLiteral("c"))->isSignedIn());
        QCOMPARE(waitFor(sessions.readSecret(*out, secret::token)).error().kind, ErrorKind::NotFound);
        QVERIFY(waitFor(sessions.removeAccount(*out)).ok());
        QVERIFY(accounts.accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
