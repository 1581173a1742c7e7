// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// AsyncWalletStore: calls return at once while the worker is busy, run off the calling thread in
// the order made, hand their result back on the caller's thread, and wait for queued work on
// destruction. No wall-clock timing: the worker is held with a semaphore where that matters.
#include "crypto/AsyncWalletStore.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace inkan;
using namespace inkan::crypto;

namespace {

const keystore::Strength kLight = keystore::Strength::Light;
const char kHardhatMnemonic[] = "test test test test test test test test test test test junk";
const char kHardhatAddress0[] = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

SecureBytes secret(const char *text)
{
    return SecureBytes(QByteArrayView(text));
}

/// Holds the store's single worker thread until release() (or destruction).
class WorkerGate {
public:
    explicit WorkerGate(QThreadPool *pool)
    {
        // Shared: the worker may still be inside a semaphore call when this side moves on.
        const auto started = std::make_shared<QSemaphore>();
        pool->start([started, gate = m_gate] {
            started->release();
            gate->acquire();
        });
        started->acquire(); // the worker is now at the gate
    }
    ~WorkerGate() { release(); }
    void release()
    {
        if (!m_released) {
            m_released = true;
            m_gate->release();
        }
    }

private:
    std::shared_ptr<QSemaphore> m_gate = std::make_shared<QSemaphore>();
    bool m_released = false;
};

/// Spins an event loop until `future` has delivered its continuation to `context`'s thread.
template <typename T, typename F>
void awaitOn(QObject *context, QFuture<T> future, F onResult)
{
    QEventLoop loop;
    future.then(context, [&](const T &result) {
        onResult(result);
        loop.quit();
    });
    loop.exec();
}

} // namespace

class TestAsyncWalletStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_count = 0;
    QString freshDir() { return m_root.filePath(QStringLiteral("wallet%1/keystore").arg(++m_count)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    void callsReturnAtOnceWhileTheWorkerIsBusy()
    {
        AsyncWalletStore wallet(freshDir());
        WorkerGate gate(wallet.threadPool());
        // The only worker is held: had the call run on this thread, it would be finished.
        QFuture<Result<WalletKey>> imported =
            wallet.importMnemonic(secret(kHardhatMnemonic), {}, 0, secret("pw"), kLight);
        QFuture<Result<QList<WalletKey>>> listed = wallet.list();
        QVERIFY(!imported.isFinished());
        QVERIFY(!listed.isFinished());
        QVERIFY(!QFileInfo::exists(wallet.directory()));

        gate.release();
        const Result<WalletKey> account = imported.result();
        QVERIFY2(account.ok(), qPrintable(account.ok() ? QString() : account.error().message));
        QCOMPARE(account->address.toChecksummed(), QString::fromLatin1(kHardhatAddress0));
        // Queued after the import, the listing sees it.
        QCOMPARE(listed.result()->size(), 1);
        QCOMPARE(listed.result()->first().address, account->address);
    }

    void workRunsOffTheCallingThreadAndResultsComeBackOnIt()
    {
        AsyncWalletStore wallet(freshDir());
        QThread *workThread = nullptr;
        QThread *resultThread = nullptr;
        WorkerGate gate(wallet.threadPool()); // so the continuation below is attached before the work ends
        // A synchronous continuation runs where the work finished: on the worker.
        QFuture<Result<WalletStore::Created>> created =
            wallet.create(12, secret("pw"), kLight).then(QtFuture::Launch::Sync, [&workThread](Result<WalletStore::Created> result) {
                workThread = QThread::currentThread();
                return result;
            });
        gate.release();
        Address address;
        awaitOn(this, created, [&](const Result<WalletStore::Created> &result) {
            resultThread = QThread::currentThread();
            QVERIFY(result.ok());
            address = result->account.address;
        });
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(resultThread, QThread::currentThread());

        // Unlock with the right and the wrong password, through the same door.
        awaitOn(this, wallet.unlock(address, secret("pw")), [&](const Result<PrivateKey> &key) {
            QVERIFY(key.ok());
            QCOMPARE(key->address(), address);
        });
        awaitOn(this, wallet.unlock(address, secret("nope")), [](const Result<PrivateKey> &key) {
            QVERIFY(!key.ok());
            QCOMPARE(key.error().kind, ErrorKind::WrongPassword);
        });
    }

    void everyOperationGoesThroughTheWorker()
    {
        AsyncWalletStore wallet(freshDir());
        const WalletKey account = wallet.importPrivateKey(PrivateKey::generate(), secret("pw"), kLight).result().value();
        // A duplicate is refused, as by WalletStore.
        QCOMPARE(wallet.importPrivateKey(wallet.unlock(account.address, secret("pw")).result().value(), secret("pw"), kLight)
                     .result()
                     .error()
                     .kind,
                 ErrorKind::InvalidInput);
        const QByteArray exported =
            wallet.exportKeystore(account.address, secret("pw"), secret("new"), kLight).result().value();
        QVERIFY(wallet.changePassword(account.address, secret("pw"), secret("new"), kLight).result().ok());
        QCOMPARE(wallet.unlock(account.address, secret("pw")).result().error().kind, ErrorKind::WrongPassword);
        QVERIFY(wallet.remove(account.address).result().ok());
        QVERIFY(wallet.list().result()->isEmpty());
        const Result<WalletKey> back = wallet.importKeystore(exported, secret("new")).result();
        QVERIFY(back.ok());
        QCOMPARE(back->address, account.address);
    }

    void previewsAMnemonicAddressWithoutStoring()
    {
        AsyncWalletStore wallet(freshDir());
        // Typed loosely (case, spacing): normalised as importMnemonic does.
        const Result<Address> first = wallet.previewMnemonic(secret("  Test test test test test test test test test test test  JUNK"), {}, 0).result();
        QVERIFY(first.ok());
        QCOMPARE(first->toChecksummed(), QString::fromLatin1(kHardhatAddress0));
        const Result<Address> second = wallet.previewMnemonic(secret(kHardhatMnemonic), {}, 1).result();
        QVERIFY(second.ok());
        QCOMPARE(second->toChecksummed(), QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        const Result<Address> typo = wallet.previewMnemonic(secret("test test test tset test test test test test test test junk"), {}, 0).result();
        QVERIFY(!typo.ok());
        QCOMPARE(typo.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(typo.error().message.contains(QLatin1String("4")), qPrintable(typo.error().message));
        QVERIFY(!QFileInfo::exists(wallet.directory()));
    }

    void cancelledBeforeItStartsDoesNothing()
    {
        AsyncWalletStore wallet(freshDir());
        QFuture<Result<WalletKey>> imported;
        {
            WorkerGate gate(wallet.threadPool());
            imported = wallet.importMnemonic(secret(kHardhatMnemonic), {}, 0, secret("pw"), kLight);
            imported.cancel();
        }
        imported.waitForFinished();
        QVERIFY(imported.isCanceled());
        QVERIFY(wallet.list().result()->isEmpty());
        QVERIFY(!QFileInfo::exists(wallet.directory()));
    }

    void destructionWaitsForQueuedWork()
    {
        const QString directory = freshDir();
        QFuture<Result<WalletKey>> imported;
        {
            AsyncWalletStore wallet(directory);
            WorkerGate gate(wallet.threadPool());
            imported = wallet.importMnemonic(secret(kHardhatMnemonic), {}, 0, secret("pw"), kLight);
            gate.release();
        } // waits here
        QVERIFY(imported.isFinished());
        QVERIFY(imported.result().ok());
        QCOMPARE(WalletStore(directory).list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAsyncWalletStore)
#include "tst_asyncwalletstore.moc"
