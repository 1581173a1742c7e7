// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Benchmarks (no timing asserts) of batch mint on loopback against a real sandbox, through the
// same BatchMintJob the CLI uses:
// - throughput: rows/second at a few concurrency levels, and the memory of both processes;
// - longestStall: 10,000 rows prepared and run through the command base while a 1 ms timer on
//   the thread that started the batch measures how long that thread went without processing
//   events (the goal: 20 ms at most), and how much of that gap was the thread's own CPU time
//   (little: it waited for a core on this shared 2-core machine; much: our own work).
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
#include <QTimer>
#include <ctime>

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

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

int rowsFromEnvironment(int fallback)
{
    const int rows = qEnvironmentVariableIntValue("INKAN_BENCH_ROWS");
    return rows > 0 ? rows : fallback;
}

} // namespace

class BenchBatchMint : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    net::HttpTransport m_transport;
    std::unique_ptr<services::web3connect::Web3ConnectClient> m_client;
    QString m_holder;
    QTemporaryDir m_dir;

    /// A CSV of `rows` valid rows for the demo holder.
    QString writeCsv(const QString &name, int rows)
    {
        const QString csv = m_dir.filePath(name);
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(csv));
        file.write("holder,issuer,contents_provider,name,description,image,link,serial_number,total_issued,animation_url\n");
        for (int i = 1; i <= rows; ++i)
            file.write(QStringLiteral("%1,Bench,Bench,Bench %2,d,https://e.example/i.png,https://e.example/,%2,%3,https://e.example/a.mp4\n")
                           .arg(m_holder).arg(i).arg(rows).toUtf8());
        return csv;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>(QStringList{QStringLiteral("--demo")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        const QJsonObject demo = m_sandbox->demo();
        m_holder = demo.value(QLatin1String("end_users")).toArray().at(0).toObject().value(QLatin1String("id_wallet_address")).toString();
        m_client = std::make_unique<services::web3connect::Web3ConnectClient>(
            &m_transport, QUrl(demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString()));
        m_client->setApiKeySecret(crypto::SecureBytes(
            demo.value(QLatin1String("organization")).toObject().value(QLatin1String("api_key_secret")).toString().toUtf8()));
    }

    void throughput()
    {
        const int rows = rowsFromEnvironment(500);
        // INKAN_BENCH_CONCURRENCY=4 (inkan-cli's default) measures one level instead of four.
        QList<int> levels{1, 4, 8, 16};
        if (const int only = qEnvironmentVariableIntValue("INKAN_BENCH_CONCURRENCY"); only > 0)
            levels = {only};
        for (int concurrency : std::as_const(levels)) {
            jobs::BatchMintJob job(m_client.get(), {writeCsv(QStringLiteral("bench-%1.csv").arg(concurrency), rows), {}, concurrency, {}, {}});
            QVERIFY(waitFor(job.prepare()).ok());
            QElapsedTimer timer;
            timer.start();
            QVERIFY(awaitCommand(&job).ok());
            const double seconds = double(timer.elapsed()) / 1000.0;
            QCOMPARE(job.countIn(jobs::RowState::Done), rows);
            qInfo("batch mint: %d rows, concurrency %2d: %.2f s, %.1f rows/s (journal group commit);"
                  " resident memory peak/now: sandbox %s, client %s",
                  rows, concurrency, seconds, rows / seconds, qPrintable(residentMemory(m_sandbox->processId())),
                  qPrintable(residentMemory(QCoreApplication::applicationPid())));
        }
    }

    void longestStall()
    {
        const int rows = rowsFromEnvironment(10000);
        jobs::BatchMintJob job(m_client.get(), {writeCsv(QStringLiteral("stall.csv"), rows), {}, 8, {}, {}});
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        double longestCpu = 0; // this thread's own CPU time in the longest gap: work, or a wait for a core
        double cpuAtTick = threadCpuMs();
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, &ticker, [&] {
            const qint64 gap = sinceTick.restart();
            const double cpu = threadCpuMs();
            if (gap > longest) {
                longest = gap;
                longestCpu = cpu - cpuAtTick;
            }
            cpuAtTick = cpu;
        });
        QEventLoop loop;
        connect(&job, &Command::finished, &loop, &QEventLoop::quit);
        QElapsedTimer total;
        total.start();
        sinceTick.start();
        ticker.start();
        job.start(); // prepares (reads and checks every row) and runs: the thread keeps ticking
        loop.exec();
        ticker.stop();
        QCOMPARE(job.countIn(jobs::RowState::Done), rows);
        qInfo("batch_rows=%d", rows);
        qInfo("batch_seconds=%.2f", double(total.elapsed()) / 1000.0);
        qInfo("batch_max_stall_ms=%lld", longest);
        qInfo("batch_max_stall_cpu_ms=%.1f", longestCpu);
    }
};

QTEST_GUILESS_MAIN(BenchBatchMint)
#include "bench_batch_mint.moc"
