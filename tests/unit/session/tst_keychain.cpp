// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The OS keychain path for real: QtKeychain against a gnome-keyring (Secret Service) running in
// a private D-Bus session that with_keyring.sh starts. Round trips, binary secrets, a missing
// entry, the "auto" choice picking the keychain without asking for a password, sessions stored
// and forgotten there, and nothing written to the data dir. Skips, naming the reason, where no
// keyring can be started.
#include "Blocking.h"
#include "session/AccountStore.h"
#include "session/SecretStore.h"
#include "session/SessionManager.h"
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace inkan;
using namespace inkan::session;

namespace {

crypto::SecureBytes bytes(QByteArrayView text) { return crypto::SecureBytes(text); }
QByteArray plain(const crypto::SecureBytes &b) { return QByteArray(b.constChar(), b.size()); }

bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
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

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString unavailable = qEnvironmentVariable("INKAN_KEYCHAIN_UNAVAILABLE");
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no keyring for this test: ") + unavailable));
        if (qEnvironmentVariableIsEmpty("INKAN_KEYCHAIN_REQUIRED"))
            QSKIP("run through with_keyring.sh (ctest does), which starts a private gnome-keyring; "
                  "this test never touches your own keychain");
        // with_keyring.sh started the daemon: from here on, a keychain that does not answer fails.
        QVERIFY2(keychainAvailable(20000), "gnome-keyring runs but QtKeychain cannot reach it");
    }

    void asynchronousProbeAndOpen()
    {
        // The forms a GUI uses: answered through the event loop, no local loop of their own.
        const QFuture<bool> probe = KeychainSecretStore::probe(20000);
        QTRY_VERIFY_WITH_TIMEOUT(probe.isFinished(), 30000);
        QVERIFY(probe.result());
        QTemporaryDir dir;
        SecretStoreOptions options;
        options.dataDir = dir.path();
        options.keychainProbeTimeoutMs = 20000;
        bool asked = false;
        const auto opening = openSecretStoreAsync(options, [&asked](PasswordAnswer answer) { asked = true; answer(bytes("pw")); });
        QTRY_VERIFY_WITH_TIMEOUT(opening.isFinished(), 30000);
        QCOMPARE(opening.result().value()->backend(), QStringLiteral("keychain"));
        QVERIFY(!asked);
        // Forced to the file store, the keychain is not asked and the password is.
        options.preferred = QStringLiteral("file");
        options.scryptN = 1024;
        const auto file = openSecretStoreAsync(options, [&asked](PasswordAnswer answer) { asked = true; answer(bytes("pw")); });
        QVERIFY(file.isFinished());
        QCOMPARE(file.result().value()->backend(), QStringLiteral("file"));
        QVERIFY(asked);
    }

    void roundTrip()
    {
        KeychainSecretStore store(QStringLiteral("Inkan-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(store.backend(), QStringLiteral("keychain"));
        const QString key = QStringLiteral("acc1/token");
        QCOMPARE(waitFor(store.read(key)).error().kind, ErrorKind::NotFound);
        QVERIFY(waitFor(store.write(key, bytes("KEYCHAIN-TOKEN-1"))).ok());
        auto read = waitFor(store.read(key));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(plain(*read), QByteArray("KEYCHAIN-TOKEN-1"));
        QVERIFY(waitFor(store.write(key, bytes("KEYCHAIN-TOKEN-2"))).ok()); // overwrite
        QCOMPARE(plain(*waitFor(store.read(key))), QByteArray("KEYCHAIN-TOKEN-2"));
        const QByteArray binary("\x00\x01\xff\x7f secret\n\x00", 13);
        QVERIFY(waitFor(store.write(QStringLiteral("acc1/api_key"), bytes(binary))).ok());
        QCOMPARE(plain(*waitFor(store.read(QStringLiteral("acc1/api_key")))), binary);
        QVERIFY(waitFor(store.remove(key)).ok());
        QCOMPARE(waitFor(store.read(key)).error().kind, ErrorKind::NotFound);
        QVERIFY(waitFor(store.remove(key)).ok()); // removing an absent entry succeeds
        QVERIFY(waitFor(store.read(QStringLiteral("acc1/api_key"))).ok()); // the other entry stays
        QVERIFY(waitFor(store.remove(QStringLiteral("acc1/api_key"))).ok());
    }

    void secretIsInTheKeyring()
    {
        // Checked from outside Inkan: secret-tool (libsecret) finds the entry QtKeychain wrote.
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QSKIP("secret-tool (Debian package libsecret-tools) is not installed");
        const QString service = QStringLiteral("Inkan-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        KeychainSecretStore store(service);
        QVERIFY(waitFor(store.write(QStringLiteral("acc2/token"), bytes("SEEN-BY-SECRET-TOOL"))).ok());
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
                                                   QStringLiteral("server"), service});
        QVERIFY(tool.waitForFinished(30000));
        const QByteArray found = tool.readAllStandardOutput() + tool.readAllStandardError();
        QVERIFY2(found.contains("acc2/token"), found.constData());
        QVERIFY(waitFor(store.remove(QStringLiteral("acc2/token"))).ok());
    }

    void autoPicksTheKeychainAndSessionsLiveThere()
    {
        QTemporaryDir dir;
        SecretStoreOptions options;
        options.dataDir = dir.path();
        options.keychainProbeTimeoutMs = 20000;
        int asked = 0;
        auto opened = openSecretStore(options, [&asked] { ++asked; return Result<crypto::SecureBytes>(bytes("pw")); });
        QVERIFY(opened.ok());
        QCOMPARE((*opened)->backend(), QStringLiteral("keychain"));
        QCOMPARE(asked, 0); // the keychain needs no wallet password

        AccountStore accounts(dir.filePath(QStringLiteral("settings.ini")));
        auto account = accounts.add(ServiceKind::NonceAuth, QUrl(QStringLiteral("https://users.example.org")),
                                    QStringLiteral("n-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(account.ok());
        SessionManager sessions(accounts, *opened);
        services::SignInResult result;
        result.subject = QStringLiteral("0x5d2c54024c8f9d58059da8c47ba7e5bbdab6b249");
        result.token = bytes("NONCE-JWT-IN-KEYCHAIN-1234567890");
        result.apiKey = bytes("NONCE-API-KEY-IN-KEYCHAIN-0987");
        // The asynchronous path: returns at once, finishes through the event loop.
        QFuture<Result<Account>> saving = sessions.saveSignIn(*account, result);
        QTRY_VERIFY_WITH_TIMEOUT(saving.isFinished(), 30000);
        QVERIFY(saving.result().ok());
        QCOMPARE(saving.result()->secretBackend, QStringLiteral("keychain"));

        // A restart: new objects read the session back from the keychain.
        AccountStore again(dir.filePath(QStringLiteral("settings.ini")));
        auto reread = again.find(account->id);
        QVERIFY(reread && reread->isSignedIn());
        SessionManager later(again, std::make_shared<KeychainSecretStore>());
        QFuture<Result<crypto::SecureBytes>> token = later.readSecret(*reread, secret::token);
        QTRY_VERIFY_WITH_TIMEOUT(token.isFinished(), 30000);
        QVERIFY(token.result().ok());
        QCOMPARE(plain(*token.result()), QByteArray("NONCE-JWT-IN-KEYCHAIN-1234567890"));
        QCOMPARE(plain(*waitFor(later.readSecret(*reread, secret::apiKey))), QByteArray("NONCE-API-KEY-IN-KEYCHAIN-0987"));

        // Nothing secret in the data dir: no secret file, nothing in settings.ini.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("secrets.inkan"))));
        QVERIFY(!anyFileContains(dir.path(), "NONCE-JWT-IN-KEYCHAIN-1234567890"));
        QVERIFY(!anyFileContains(dir.path(), "NONCE-API-KEY-IN-KEYCHAIN-0987"));

        // Sign-out forgets it in the keychain too.
        QFuture<Result<Account>> out = later.signOut(*reread);
        QTRY_VERIFY_WITH_TIMEOUT(out.isFinished(), 30000);
        QVERIFY(out.result().ok());
        QVERIFY(!again.find(account->id)->isSignedIn());
        QCOMPARE(waitFor(later.readSecret(*reread, secret::token)).error().kind, ErrorKind::NotFound);
        QCOMPARE(waitFor(KeychainSecretStore().read(SessionManager::keyFor(*reread, secret::apiKey))).error().kind, ErrorKind::NotFound);
        QVERIFY(waitFor(later.removeAccount(*out.result())).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
