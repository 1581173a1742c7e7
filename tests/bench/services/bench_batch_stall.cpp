// Benchmark (no timing asserts): 10,000 rows prepared and run through the command base against
// a real sandbox, while a 1 ms timer on the thread that started the batch measures how long
// that thread went without processing events. Prints the longest stall (the goal: 20 ms).
#include "jobs/BatchMintJob.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "support/SandboxProcess.h"
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace inkan;

class BenchBatchStall : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void longestStall()
    {
        test::SandboxProcess sandbox({QStringLiteral("--demo")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QJsonObject demo = sandbox.demo();
        const QString holder = demo.value(QLatin1String("end_users")).toArray().at(0).toObject().value(QLatin1String("id_wallet_address")).toString();
        net::HttpTransport transport;
        services::web3connect::Web3ConnectClient client(&transport, QUrl(demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString()));
        client.setApiKeySecret(crypto::SecureBytes(demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString().toUtf8()));
        const int rows = qEnvironmentVariableIntValue("INKAN_BENCH_ROWS") > 0 ? qEnvironmentVariableIntValue("INKAN_BENCH_ROWS") : 10000;
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("stall.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url\n");
            for (int i = 1; i <= rows; ++i)
                file.write(QStringLiteral("%1,Bench,Bench,Stall %2,d,https://e.example/i.png,https://e.example/,%2,%3,https://e.example/a.mp4\n")
                               .arg(holder).arg(i).arg(rows).toUtf8());
        }
        jobs::BatchMintJob job(&client, {csv, {}, 8, {}, {}});

        QElapsedTimer sinceTick;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, &ticker, [&] {
            longest = std::max(longest, sinceTick.restart());
        });
        QEventLoop loop;
        connect(&job, &Command::finished, &loop, &QEventLoop::quit);
        QElapsedTimer total;
        total.start();
        sinceTick.start();
        ticker.start();
        job.start(); // prepares (reads and checks 10,000 rows) and runs: the thread keeps ticking
        loop.exec();
        ticker.stop();
        const double seconds = double(total.elapsed()) / 1000.0;
        QCOMPARE(job.countIn(jobs::RowState::Done), rows);
        qInfo("batch_rows=%d", rows);
        qInfo("batch_seconds=%.2f", seconds);
        qInfo("batch_max_stall_ms=%lld", longest);
    }
};

QTEST_GUILESS_MAIN(BenchBatchStall)
#include "bench_batch_stall.moc"
