// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The service hub, the one door of every front end, against a real sandbox: accounts and the
// signal when they change, sign-in stored through it, signed-in clients, a refreshed token
// stored by the hub itself, a 401 that a refresh cures and one that it cannot (signedOut),
// the password asked asynchronously and once, locking (secrets and clients forgotten, the
// password asked again, a wrong one refused), signers from the wallet, and a hub destroyed
// while its work runs.
#include "Blocking.h"
#include "crypto/PersonalSign.h"
#include "services/nonceauth/NonceAuthClient.h"
#include "services/nonceauth/NonceAuthSignIn.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "services/web3connect/Web3ConnectSignIn.h"
#include "session/ServiceHub.h"
#include "support/SandboxProcess.h"
#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace inkan;
using namespace inkan::session;
using inkan::test::SandboxProcess;
using services::web3connect::Web3ConnectClient;

namespace {

crypto::SecureBytes bytes(const QString &text) { return crypto::SecureBytes(text.toUtf8()); }

/// A hub on a fresh data dir whose password comes, later, from an event-loop turn.
struct HubFixture {
    QTemporaryDir dir;
    std::unique_ptr<ServiceHub> hub;
    int asked = 0;
    explicit HubFixture(QString password = QStringLiteral("pw"))
    {
        ServiceHub::Options options;
        options.dataDir = dir.path();
        options.secrets.preferred = QStringLiteral("file");
        options.secrets.scryptN = 1024;
        hub = std::make_unique<ServiceHub>(options);
        hub->setPasswordSource([this, password](PasswordAnswer answer) {
            ++asked;
            QTimer::singleShot(5, hub.get(), [answer, password] {
                if (password.isEmpty())
                    return answer(makeError(ErrorKind::Cancelled, QStringLiteral("no")));
                answer(bytes(password));
            });
        });
    }
};

} // namespace

class TestServiceHub : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_demo;

    QUrl service(const QJsonObject &demo, const char *name) const
    {
        return QUrl(demo.value(QLatin1String("services")).toObject().value(QLatin1String(name)).toString());
    }
    QString orgSecret(const QJsonObject &demo) const
    {
        return demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString();
    }

    /// Adds a Web3Connect account and signs it in with the organization's secret.
    Account signedInOrg(ServiceHub &hub, const QJsonObject &demo)
    {
        auto account = hub.addAccount(ServiceKind::Web3Connect, service(demo, "web3connect"), QStringLiteral("org"));
        if (!account)
            qFatal("add: %s", qPrintable(account.error().message));
        auto client = waitFor(hub.web3connect(account->id, ServiceHub::Use::SigningIn));
        auto *flow = new services::web3connect::Web3ConnectSignIn(*client, bytes(orgSecret(demo)), *client);
        auto saved = waitFor(hub.signIn(account->id, flow));
        if (!saved)
            qFatal("sign-in: %s", qPrintable(saved.error().message));
        return *saved;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("INKAN_SECRET_BACKEND", "file");
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_demo = m_sandbox->demo();
    }

    void accountsAndSignIn()
    {
        HubFixture f;
        QSignalSpy changed(f.hub.get(), &ServiceHub::accountsChanged);
        const Account org = signedInOrg(*f.hub, m_demo);
        QVERIFY(changed.count() >= 2); // added, then signed in
        QVERIFY(org.isSignedIn());
        QCOMPARE(org.role, QStringLiteral("organization"));
        QCOMPARE(f.asked, 1); // the file store asked once
        // A signed-in client comes with its credentials; the front end never builds one.
        auto client = waitFor(f.hub->web3connect(org.id));
        QVERIFY2(client.ok(), qPrintable(client.ok() ? QString() : client.error().message));
        QVERIFY(net::await((*client)->myInfo()).index() == 0);
        QCOMPARE(waitFor(f.hub->web3connect(org.id)).value(), *client); // one client per account
        QCOMPARE(f.asked, 1);

        // After a restart (a new hub on the same folder) the session is there.
        ServiceHub::Options options;
        options.dataDir = f.dir.path();
        options.secrets.preferred = QStringLiteral("file");
        ServiceHub again(options);
        again.setPasswordSource([](PasswordAnswer answer) { answer(bytes(QStringLiteral("pw"))); });
        // Two pages asking at once (the gallery and the scanner at start-up) get one client:
        // the load that ends second does not delete the first one's client.
        auto firstLoad = again.web3connect(org.id);
        auto secondLoad = again.web3connect(org.id);
        auto first = waitFor(firstLoad);
        auto second = waitFor(secondLoad);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(*first, *second);
        auto reopened = waitFor(again.web3connect(org.id));
        QCOMPARE(*reopened, *first);
        QVERIFY(reopened.ok());
        QVERIFY(net::await((*reopened)->myInfo()).index() == 0);

        // Signing out forgets the secrets and the signed-in client.
        QVERIFY(waitFor(f.hub->signOut(org.id)).ok());
        QCOMPARE(waitFor(f.hub->readSecret(org.id, secret::token)).error().kind, ErrorKind::NotFound);
        QCOMPARE(waitFor(f.hub->web3connect(org.id)).error().kind, ErrorKind::Refused);
        QVERIFY(waitFor(f.hub->removeAccount(org.id)).ok());
        QVERIFY(!f.hub->accounts().find(org.id));
    }

    void passwordIsAskedOnceAndMayBeRefused()
    {
        HubFixture refusing{QString()};
        QSignalSpy needed(refusing.hub.get(), &ServiceHub::passwordNeeded);
        auto first = waitFor(refusing.hub->sessions());
        QVERIFY(!first.ok());
        QCOMPARE(needed.count(), 1);
        // A refusal is not remembered: the next use asks again.
        QVERIFY(!waitFor(refusing.hub->sessions()).ok());
        QCOMPARE(refusing.asked, 2);

        HubFixture f;
        // Two callers at once share one question.
        QFuture<Result<SessionManager *>> a = f.hub->sessions();
        QFuture<Result<SessionManager *>> b = f.hub->sessions();
        QVERIFY(!a.isFinished()); // answered later, through the event loop
        QVERIFY(waitFor(a).ok());
        QVERIFY(waitFor(b).ok());
        QCOMPARE(waitFor(a).value(), waitFor(b).value());
        QCOMPARE(f.asked, 1);
    }

    void lockForgetsTheSecretsAndAsksAgain()
    {
        HubFixture f;
        QVERIFY(f.hub->isLocked()); // nothing opened yet
        const Account org = signedInOrg(*f.hub, m_demo);
        QVERIFY(!f.hub->isLocked());
        QCOMPARE(f.asked, 1);
        QSignalSpy changed(f.hub.get(), &ServiceHub::lockChanged);
        QPointer<Web3ConnectClient> client = waitFor(f.hub->web3connect(org.id)).value();
        QVERIFY(client);
        SessionManager *before = waitFor(f.hub->sessions()).value();

        f.hub->lock();
        // A manager someone still holds answers "locked", never with the forgotten store.
        QVERIFY(before->isClosed());
        QCOMPARE(waitFor(before->readSecret(org, secret::token)).error().kind, ErrorKind::Cancelled);
        QVERIFY(f.hub->isLocked());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QTRY_VERIFY(!client); // the token loaded into it went with it
        // The next signed-in use asks for the password again, and works.
        auto again = waitFor(f.hub->web3connect(org.id));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(f.asked, 2);
        QVERIFY(!f.hub->isLocked());
        QCOMPARE(changed.last().at(0).toBool(), false);
        QVERIFY(net::await((*again)->myInfo()).index() == 0);

        // unlock(): asks after a lock, not while unlocked.
        f.hub->lock();
        QVERIFY(waitFor(f.hub->unlock()).ok());
        QCOMPARE(f.asked, 3);
        QVERIFY(!f.hub->isLocked());
        QVERIFY(waitFor(f.hub->unlock()).ok());
        QCOMPARE(f.asked, 3);

        // A wrong password does not unlock, and the next try asks again.
        f.hub->lock();
        int wrongAsked = 0;
        f.hub->setPasswordSource([&wrongAsked](PasswordAnswer answer) {
            ++wrongAsked;
            answer(bytes(QStringLiteral("not the password")));
        });
        auto refused = waitFor(f.hub->unlock());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::WrongPassword);
        QVERIFY(f.hub->isLocked());
        QVERIFY(!waitFor(f.hub->unlock()).ok());
        QCOMPARE(wrongAsked, 2);
        f.hub->setPasswordSource([](PasswordAnswer answer) { answer(bytes(QStringLiteral("pw"))); });
        QVERIFY(waitFor(f.hub->unlock()).ok());
        QVERIFY(waitFor(f.hub->web3connect(org.id)).ok());
    }

    void refreshedTokenIsStoredByTheHub()
    {
        SandboxProcess shortLived({QStringLiteral("--demo"), QStringLiteral("--token-ttl"), QStringLiteral("1")});
        QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
        HubFixture f;
        const Account org = signedInOrg(*f.hub, shortLived.demo());
        const QByteArray before = waitFor(f.hub->readSecret(org.id, secret::token))->view().toByteArray();
        QTest::qWait(2100); // the token has expired: the next call refreshes it (a cured 401)
        QSignalSpy signedOut(f.hub.get(), &ServiceHub::signedOut);
        auto client = waitFor(f.hub->web3connect(org.id));
        QVERIFY(net::await((*client)->myInfo()).index() == 0);
        waitFor(f.hub->settled());
        const QByteArray after = waitFor(f.hub->readSecret(org.id, secret::token))->view().toByteArray();
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        QCOMPARE(signedOut.count(), 0);
    }

    void uncurable401SignsOut()
    {
        HubFixture f;
        const Account org = signedInOrg(*f.hub, m_demo);
        // A session with no API key secret (as after OIDC) whose token the service refuses.
        QVERIFY(waitFor(f.hub->writeSecret(org.id, secret::token, bytes(QStringLiteral("revoked-token")))).ok());
        auto manager = waitFor(f.hub->sessions());
        QVERIFY(waitFor((*manager)->secrets().remove(SessionManager::keyFor(org, secret::apiKeySecret))).ok());
        Account stale = *f.hub->accounts().find(org.id);
        QVERIFY(f.hub->updateAccount(stale).ok()); // drops the client that still had the secret
        QSignalSpy signedOut(f.hub.get(), &ServiceHub::signedOut);
        auto client = waitFor(f.hub->web3connect(org.id));
        QVERIFY(client.ok());
        auto outcome = net::await((*client)->myInfo());
        QVERIFY(outcome.index() == 1);
        QVERIFY(std::get<net::ApiError>(outcome).toError().needsSignIn());
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(signedOut.at(0).at(0).toString(), org.id);
        QVERIFY(!signedOut.at(0).at(1).toString().isEmpty());
    }

    void signerComesFromTheWallet()
    {
        HubFixture f;
        QCOMPARE(waitFor(f.hub->signer(QString())).error().kind, ErrorKind::InvalidInput); // no key yet
        const QJsonObject wallet = m_demo.value(QLatin1String("wallets")).toArray().at(0).toObject();
        const QString hex = wallet.value(QLatin1String("private_key")).toString();
        auto key = crypto::PrivateKey::fromBytes(crypto::SecureBytes(QByteArray::fromHex(hex.mid(2).toLatin1())));
        QVERIFY(key.ok());
        QVERIFY(waitFor(f.hub->wallet().importPrivateKey(*key, bytes(QStringLiteral("pw")), crypto::keystore::Strength::Light)).ok());
        auto signer = waitFor(f.hub->signer(QString()));
        QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : signer.error().message));
        QCOMPARE((*signer)->address().toChecksummed(), key->address().toChecksummed());
        QCOMPARE(f.asked, 1);

        // Signing in to nonce-auth through the hub with that signer.
        auto account = f.hub->addAccount(ServiceKind::NonceAuth, service(m_demo, "nonceauth"), QStringLiteral("users"));
        QVERIFY(account.ok());
        auto client = waitFor(f.hub->nonceAuth(account->id, ServiceHub::Use::SigningIn));
        auto *flow = new services::nonceauth::NonceAuthSignIn(*client, *signer, *client);
        flow->setSignatureApprover([](const services::SigningRequest &, std::function<void(bool)> answer) { answer(true); });
        auto saved = waitFor(f.hub->signIn(account->id, flow));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved->subject, key->address().toChecksummed());
        auto signedIn = waitFor(f.hub->nonceAuth(account->id));
        QVERIFY(net::await((*signedIn)->tokens()).index() == 0);

        // A wrong password is a clear error and nothing is unlocked.
        HubFixture wrong{QStringLiteral("not-the-password")};
        QVERIFY(waitFor(wrong.hub->wallet().importPrivateKey(*key, bytes(QStringLiteral("pw")), crypto::keystore::Strength::Light)).ok());
        QCOMPARE(waitFor(wrong.hub->signer(key->address().toChecksummed())).error().kind, ErrorKind::WrongPassword);
    }

    void hubDestroyedWhileItWorks()
    {
        auto f = std::make_unique<HubFixture>();
        const Account org = signedInOrg(*f->hub, m_demo);
        auto client = waitFor(f->hub->web3connect(org.id));
        QVERIFY(client.ok());
        auto *job = (*client)->heldBy(m_demo.value(QLatin1String("end_users")).toArray().at(0).toObject()
                                          .value(QLatin1String("id_wallet_address")).toString());
        QPointer<net::ApiJob> watched(job);
        QFuture<Result<SessionManager *>> pending = f->hub->sessions();
        f.reset(); // the app quits with a request in flight
        QTest::qWait(50);
        QVERIFY(!watched || watched->isFinished());
        Q_UNUSED(pending);
    }
};

QTEST_GUILESS_MAIN(TestServiceHub)
#include "tst_service_hub.moc"
