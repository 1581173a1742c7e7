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

namespace {

// Peak and current resident memory of a process, from /proc (Linux), as "peak/current MiB".
QString residentMemory(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    double peak = 0, current = 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            peak = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
        else if (line.startsWith("VmRSS:"))
            current = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return QStringLiteral("%1/%2 MiB").arg(peak, 0, 'f', 1).arg(current, 0, 'f', 1);
}

} // namespace

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
        // INKAN_BENCH_CONCURRENCY=4 (inkan-cli's default) measures one level instead of four.
        QList<int> levels{1, 4, 8, 16};
        if (const int only = qEnvironmentVariableIntValue("INKAN_BENCH_CONCURRENCY"); only > 0)
            levels = {only};
        for (int concurrency : std::as_const(levels)) {
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
            qInfo("batch mint: %d rows, concurrency %2d: %.2f s, %.1f rows/s (journal fsync per line);"
                  " resident memory peak/now: sandbox %s, client %s",
                  rows, concurrency, seconds, rows / seconds, qPrintable(residentMemory(sandbox.processId())),
                  qPrintable(residentMemory(QCoreApplication::applicationPid())));
        }
    }
};

QTEST_GUILESS_MAIN(BenchBatchMint)
#include "bench_batch_mint.moc"
