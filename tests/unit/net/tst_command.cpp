// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The command base every long user action stands on: it starts on the next event-loop turn,
// ends exactly once, cancels its jobs when cancelled or destroyed (no callback on a dead
// command), and its outcome keeps the cause and HTTP status of a failure.
#include "Blocking.h"
#include "TinyServer.h"
#include "commands/Command.h"
#include "services/web3connect/Web3ConnectClient.h"
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace inkan;
using services::web3connect::MyInfo;
using services::web3connect::Web3ConnectClient;

namespace {

/// Reads my_info once through `client`; counts how often its continuation ran.
class ReadProfile : public Command {
public:
    ReadProfile(Web3ConnectClient *client, int *continued, QObject *parent = nullptr)
        : Command(parent), m_client(client), m_continued(continued) {}
    QPointer<net::ApiJob> job;
    bool ran = false;

protected:
    void run() override
    {
        ran = true;
        setStep(QStringLiteral("reading"));
        auto *call = m_client->myInfo();
        job = call;
        then<MyInfo>(call, [this](const MyInfo &) {
            ++*m_continued;
            succeed();
        });
    }

private:
    Web3ConnectClient *m_client;
    int *m_continued;
};

/// A command that settles its work before it ends when cancelled.
class SlowToStop : public Command {
public:
    using Command::Command;
    bool cancelAsked = false;

protected:
    void run() override {}
    void onCancel() override
    {
        cancelAsked = true;
        QTimer::singleShot(10, this, [this] { fail(net::ApiError::cancelled()); });
    }
};

constexpr char kMyInfo[] = R"({"status":"ok","result":{"account_id":"a","account_type":"end_user","id_wallet_address":"0x52908400098527886E0F7030069857D2E4169EE7","email":"a@example.com"}})";

} // namespace

class TestCommand : public QObject {
    Q_OBJECT

    std::unique_ptr<Web3ConnectClient> clientFor(TinyServer &server)
    {
        auto client = std::make_unique<Web3ConnectClient>(&m_transport, server.url());
        client->setToken(crypto::SecureBytes(QByteArrayView("token")));
        return client;
    }

    net::HttpTransport m_transport;

private Q_SLOTS:
    void startsOnTheNextTurnAndEndsOnce()
    {
        TinyServer server;
        server.script[QStringLiteral("/account/my_info")] = {{200, kMyInfo}};
        auto client = clientFor(server);
        int continued = 0;
        ReadProfile command(client.get(), &continued);
        QSignalSpy succeeded(&command, &Command::succeeded);
        QSignalSpy finished(&command, &Command::finished);
        QSignalSpy steps(&command, &Command::stepChanged);
        command.start();
        QVERIFY(!command.ran); // the caller can still connect
        QCOMPARE(command.state(), Command::State::Running);
        command.start();       // a second start does nothing
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(succeeded.count(), 1);
        QCOMPARE(continued, 1);
        QCOMPARE(steps.count(), 1);
        QVERIFY(command.future().isFinished());
        QVERIFY(command.future().result().ok());
        QCOMPARE(command.state(), Command::State::Succeeded);
    }

    void cancelBeforeStartRunsNothing()
    {
        TinyServer server;
        auto client = clientFor(server);
        int continued = 0;
        ReadProfile command(client.get(), &continued);
        QSignalSpy failed(&command, &Command::failed);
        command.cancel();
        command.start();
        QCOMPARE(failed.count(), 1);
        QTest::qWait(20);
        QVERIFY(!command.ran);
        QVERIFY(command.error()->toError().isCancelled());
        QCOMPARE(server.hits.value(QStringLiteral("/account/my_info")), 0);
    }

    void cancelMidwayCancelsTheJob()
    {
        TinyServer server;
        server.script[QStringLiteral("/account/my_info")] = {{200, {}, true}}; // never answers
        auto client = clientFor(server);
        int continued = 0;
        ReadProfile command(client.get(), &continued);
        QSignalSpy failed(&command, &Command::failed);
        command.start();
        QTRY_COMPARE(server.hits.value(QStringLiteral("/account/my_info")), 1);
        QVERIFY(command.job);
        QPointer<net::ApiJob> job = command.job;
        command.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<net::ApiError>().cause, net::ApiError::Cause::Cancelled);
        QTRY_VERIFY(!job || job->isFinished());
        QTest::qWait(20);
        QCOMPARE(continued, 0);
        QVERIFY(!command.future().result().ok());
        QVERIFY(command.future().result().error().isCancelled());
    }

    void destroyedWhileItsJobRuns()
    {
        TinyServer server;
        server.script[QStringLiteral("/account/my_info")] = {{200, {}, true}};
        auto client = clientFor(server);
        int continued = 0;
        auto *command = new ReadProfile(client.get(), &continued);
        QFuture<Result<void>> future = command->future();
        command->start();
        QTRY_COMPARE(server.hits.value(QStringLiteral("/account/my_info")), 1);
        QPointer<net::ApiJob> job = command->job;
        delete command; // a page closed while its action ran
        QTRY_VERIFY(!job || job->isFinished());
        QTest::qWait(20);
        QCOMPARE(continued, 0);
        QVERIFY(future.isFinished());
        QVERIFY(future.result().error().isCancelled());
    }

    void cancelCanSettleFirst()
    {
        SlowToStop command;
        QSignalSpy finished(&command, &Command::finished);
        command.start();
        QTest::qWait(5);
        command.cancel();
        QVERIFY(command.cancelAsked);
        QCOMPARE(finished.count(), 0); // still settling
        QTRY_COMPARE(finished.count(), 1);
        command.cancel(); // after the end: nothing
        QCOMPARE(finished.count(), 1);
    }

    void outcomeKeepsCauseAndStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("signIn");
        QTest::addColumn<bool>("forbidden");
        QTest::addColumn<bool>("transient");
        QTest::newRow("401") << 401 << true << false << false;
        QTest::newRow("403") << 403 << false << true << false;
        QTest::newRow("503") << 503 << false << false << true;
    }

    void outcomeKeepsCauseAndStatus()
    {
        QFETCH(int, status);
        TinyServer server;
        server.script[QStringLiteral("/account/my_info")] = {{status, R"({"status":"error","error":"no"})"}};
        auto client = clientFor(server);
        int continued = 0;
        ReadProfile command(client.get(), &continued);
        const Result<void> outcome = awaitCommand(&command);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().httpStatus, status);
        QCOMPARE(outcome.error().cause, ErrorCause::Http);
        QTEST(outcome.error().needsSignIn(), "signIn");
        QTEST(outcome.error().isForbidden(), "forbidden");
        QTEST(outcome.error().isTransient(), "transient");
        // The same through the job's own future.
        QFuture<Result<MyInfo>> direct = client->myInfo()->future();
        QCOMPARE(waitFor(direct).error().httpStatus, status);
    }

    void refusedConnectionIsTransient()
    {
        quint16 port = 0;
        {
            TinyServer closed;
            port = closed.server.serverPort();
        }
        Web3ConnectClient client(&m_transport, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.setToken(crypto::SecureBytes(QByteArrayView("token")));
        const Result<MyInfo> outcome = waitFor(client.myInfo()->future());
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().cause, ErrorCause::ConnectionRefused);
        QVERIFY(outcome.error().isTransient());
        QCOMPARE(outcome.error().httpStatus, 0);
    }
};

QTEST_GUILESS_MAIN(TestCommand)
#include "tst_command.moc"
