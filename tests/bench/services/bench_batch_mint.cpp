// Benchmark (no timing asserts): batch mint throughput on loopback against a real sandbox, at
// a few concurrency levels, through the same BatchMintJob the CLI uses. Prints rows/second.
#include "Blocking.h"
#include "jobs/BatchMintJob.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "support/SandboxProcess.h"
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;

class BenchBatchMint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void throughput()
    {
        test::SandboxProcess sandbox({QStringLiteral("--demo")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QJsonObject demo = sandbox.demo();
        const QString holder = demo.value(QLatin1String("end_users")).toArray().at(0).toObject().value(QLatin1String("id_wallet_address")).toString();
        net::HttpTransport transport;
        services::web3connect::Web3ConnectClient client(&transport, QUrl(demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString()));
        client.setApiKeySecret(crypto::SecureBytes(demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString().toUtf8()));
        QTemporaryDir dir;
        const int rows = qEnvironmentVariableIntValue("INKAN_BENCH_ROWS") > 0 ? qEnvironmentVariableIntValue("INKAN_BENCH_ROWS") : 500;
        for (int concurrency : {1, 4, 8, 16}) {
            const QString csv = dir.filePath(QStringLiteral("bench-%1.csv").arg(concurrency));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url\n");
            for (int i = 1; i <= rows; ++i)
                file.write(QStringLiteral("%1,Bench,Bench,Bench %2,d,https://e.example/i.png,https://e.example/,%2,%3,https://e.example/a.mp4\n")
                               .arg(holder).arg(i).arg(rows).toUtf8());
            file.close();
            jobs::BatchMintOptions options;
            options.csvPath = csv;
            options.concurrency = concurrency;
            jobs::BatchMintJob job(&client, options);
            QVERIFY(waitFor(job.prepare()).ok());
            QEventLoop loop;
            connect(&job, &jobs::BatchMintJob::finished, &loop, &QEventLoop::quit);
            QElapsedTimer timer;
            timer.start();
            job.start();
            loop.exec();
            const double seconds = double(timer.elapsed()) / 1000.0;
            QCOMPARE(job.countIn(jobs::BatchMintJob::RowState::Done), rows);
            qInfo("batch mint: %d rows, concurrency %2d: %.2f s, %.1f rows/s (journal fsync per line)",
                  rows, concurrency, seconds, rows / seconds);
        }
    }
};

QTEST_GUILESS_MAIN(BenchBatchMint)
#include "bench_batch_mint.moc"
