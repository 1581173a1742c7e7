// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Batch mint through the command base: preparing runs off the calling thread, the journal is
// locked so a second run of the same CSV refuses, a job destroyed mid-run leaves a journal a
// later run resumes from without minting any row twice, and a cancel mid-way ends as
// Cancelled with the rows in flight settled.
#include "Blocking.h"
#include "jobs/BatchMintJob.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "support/SandboxProcess.h"
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;
using namespace inkan::services::web3connect;
using inkan::test::SandboxProcess;

class TestBatchMintJob : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_demo;
    net::HttpTransport m_transport;
    std::unique_ptr<Web3ConnectClient> m_org;
    QTemporaryDir m_dir;

    QString holder() const
    {
        return m_demo.value(QLatin1String("end_users")).toArray().at(1).toObject().value(QLatin1String("id_wallet_address")).toString();
    }

    QString writeCsv(const QString &name, int rows)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url\n");
        for (int i = 1; i <= rows; ++i)
            file.write(QStringLiteral("%1,T,T,%4 %2,d,https://e.example/i,https://e.example/,%2,%3,https://e.example/a\n")
                           .arg(holder()).arg(i).arg(rows).arg(name).toUtf8());
        return path;
    }

    /// How many NFTs minted by the organization carry each marker of `batchId`.
    QHash<QString, int> markers(const QString &batchId)
    {
        QHash<QString, int> perMarker;
        for (int page = 1;; ++page) {
            auto outcome = net::await(m_org->mintedByMe(Page{100, page, true}));
            const auto nfts = std::get<QList<Nft>>(outcome);
            for (const Nft &nft : nfts) {
                const QString marker = nft.dynamicMetadata.value(QLatin1String(jobs::kBatchRowMarker)).toString();
                if (marker.startsWith(batchId))
                    perMarker[marker] += 1;
            }
            if (nfts.size() < 100)
                return perMarker;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--demo")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_demo = m_sandbox->demo();
        m_org = std::make_unique<Web3ConnectClient>(
            &m_transport, QUrl(m_demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString()));
        m_org->setApiKeySecret(crypto::SecureBytes(
            m_demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString().toUtf8()));
    }

    void runsThroughTheCommandBase()
    {
        const QString csv = writeCsv(QStringLiteral("plain.csv"), 12);
        jobs::BatchMintJob job(m_org.get(), {csv, {}, 3, {}, {}});
        QSignalSpy progress(&job, &Command::progress);
        QSignalSpy rows(&job, &jobs::BatchMintJob::rowFinished);
        const Result<void> outcome = awaitCommand(&job); // prepares first, off this thread
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QCOMPARE(job.countIn(jobs::RowState::Done), 12);
        QCOMPARE(rows.count(), 12);
        QCOMPARE(progress.last().at(0).toLongLong(), 12);
        QCOMPARE(progress.last().at(1).toLongLong(), 12);
        QVERIFY(job.future().result().ok());
        QVERIFY(QFile::exists(job.resultPath()));
        QVERIFY(!QFile::exists(job.journalPath() + QStringLiteral(".lock"))); // released at the end
    }

    void preparingDoesNotBlockTheCaller()
    {
        const QString csv = writeCsv(QStringLiteral("big.csv"), 5000);
        jobs::BatchMintJob job(m_org.get(), {csv, {}, 3, {}, {}});
        QFuture<Result<void>> prepared = job.prepare();
        QVERIFY(!prepared.isFinished()); // the CSV is read on a worker thread
        QVERIFY(waitFor(prepared).ok());
        QCOMPARE(job.rowCount(), 5000);
    }

    void secondRunOfTheSameCsvIsRefused()
    {
        const QString csv = writeCsv(QStringLiteral("twice.csv"), 3);
        auto first = std::make_unique<jobs::BatchMintJob>(m_org.get(), jobs::BatchMintOptions{csv, {}, 2, {}, {}});
        QVERIFY(waitFor(first->prepare()).ok());
        jobs::BatchMintJob second(m_org.get(), {csv, {}, 2, {}, {}});
        const Result<void> refused = waitFor(second.prepare());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
        QVERIFY(refused.error().message.contains(QStringLiteral("Another run")));
        first.reset(); // the first run ends: the lock goes with it
        jobs::BatchMintJob third(m_org.get(), {csv, {}, 2, {}, {}});
        QVERIFY(awaitCommand(&third).ok());
        QCOMPARE(markers(third.batchId()).size(), 3);
    }

    void destroyedMidRunThenResumedOnce()
    {
        const QString csv = writeCsv(QStringLiteral("dropped.csv"), 30);
        QString batchId;
        {
            auto *job = new jobs::BatchMintJob(m_org.get(), {csv, {}, 4, {}, {}});
            QSignalSpy rows(job, &jobs::BatchMintJob::rowFinished);
            job->start();
            QTRY_VERIFY_WITH_TIMEOUT(rows.count() >= 5, 60000);
            batchId = job->batchId();
            delete job; // the window closed with mints in flight
        }
        QTest::qWait(300); // requests already sent may still land on the server
        jobs::BatchMintJob resumed(m_org.get(), {csv, {}, 4, {}, {}});
        QVERIFY(awaitCommand(&resumed).ok());
        QCOMPARE(resumed.batchId(), batchId);
        QCOMPARE(resumed.countIn(jobs::RowState::Done), 30);
        const auto perMarker = markers(batchId);
        QCOMPARE(perMarker.size(), 30);
        for (int count : perMarker)
            QCOMPARE(count, 1);
    }

    void cancelledMidway()
    {
        const QString csv = writeCsv(QStringLiteral("cancel.csv"), 40);
        jobs::BatchMintJob job(m_org.get(), {csv, {}, 2, {}, {}});
        connect(&job, &jobs::BatchMintJob::rowFinished, &job, [&job] {
            if (job.countIn(jobs::RowState::Done) >= 4)
                job.cancel();
        });
        const Result<void> outcome = awaitCommand(&job);
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.error().isCancelled());
        QVERIFY(!job.fatalError());
        const int done = job.countIn(jobs::RowState::Done);
        QVERIFY(done >= 4 && done < 40);
        QCOMPARE(job.countIn(jobs::RowState::Pending), 40 - done);
        QCOMPARE(job.countIn(jobs::RowState::Sending), 0); // the rows in flight settled first
    }
};

QTEST_GUILESS_MAIN(TestBatchMintJob)
#include "tst_batch_mint_job.moc"
