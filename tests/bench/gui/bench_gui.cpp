// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The desktop app at scale. Prints one name=value line per figure; never asserts a timing.
//
//   startup_ms               `inkan --quit-when-ready`, no account (median of 5 after a warm-up)
//   bare_qwidget_startup_ms  the same for a bare QWidget window (the baseline: "within 3x")
//   startup_demo_first_run_ms `inkan --demo --quit-when-ready` on a fresh folder: sandbox seeding,
//                            key import and sign-in to four services, first thumbnails painted
//   startup_demo_ms          the same on that folder again (median of 3)
//   gallery_nfts             the NFTs of the holder below: 10,000 (INKAN_BENCH_NFTS for another)
//   demo_nfts_seed_ms        `inkan-sandbox --demo --demo-nfts 10000` until it listens (fresh)
//   gallery_first_page_ms    a GalleryPage in this process, alice holding 10,000 NFTs: from
//                            setAccount() to the first page of thumbnails painted
//   gallery_first_rows_ms    of that: until the first page's rows are in the model (the rest is
//                            thumbnails: download, decode, paint)
//   gallery_first_page_again_ms  the same after switching away and back (warm process, client
//                            and disk cache)
//   gallery_scroll_to_end_ms scrolling that gallery to its end (fetchMore, page after page)
//   gallery_rows             the rows loaded at the end (should be 10,000)
//   gallery_page_fetch_ms_mean  of that: from a page asked for to its rows in, on average
//   gallery_peak_rss_mib     VmHWM of this process after the scroll
//   gui_max_stall_ms         the longest gap between two ticks of a 1 ms timer during the scroll
//   gui_max_stall_cpu_ms     the GUI thread's own CPU time in that gap (much less than the gap:
//                            it waited for a core on a loaded machine)
//   gui_max_busy_ms          the most CPU time the GUI thread spent between two ticks
//   scan_to_verdict_ms       scanner_bench.cpp: a camera frame with a fresh code to the verdict painted
//   batch_mint_1000_s        scanner_bench.cpp: 1,000 rows through the organization page's batch mint
#include "Blocking.h"
#include "models/JobListModel.h"
#include "models/NftFilterModel.h"
#include "models/NftModel.h"
#include "pages/GalleryPage.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "services/web3connect/Web3ConnectSignIn.h"
#include "session/ServiceHub.h"
#include "support/SandboxProcess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <vector>

using namespace inkan;

namespace {

/// The holder's NFTs: 10,000, or INKAN_BENCH_NFTS (a quick look in a debug build).
int nftCount()
{
    bool ok = false;
    const int count = qEnvironmentVariableIntValue("INKAN_BENCH_NFTS", &ok);
    return ok && count > 0 ? count : 10'000;
}

void print(const char *name, double value)
{
    std::printf("%s=%.1f\n", name, value);
    std::fflush(stdout);
}

void print(const char *name, int value)
{
    std::printf("%s=%d\n", name, value);
    std::fflush(stdout);
}

/// Wall time of one run of `program`, or -1 when it failed.
double runOnce(const QString &program, const QStringList &arguments, int timeoutMs = 180'000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed (exit %d)\n", qPrintable(program), qPrintable(arguments.join(u' ')),
                     process.exitCode());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The median of `runs` runs after one warm-up run.
double medianRun(const QString &program, const QStringList &arguments, int runs)
{
    if (runOnce(program, arguments) < 0)
        return -1;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double ms = runOnce(program, arguments);
        if (ms < 0)
            return -1;
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double peakRssMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

/// Records the longest gap between ticks of a 1 ms timer: how long the GUI thread went without
/// processing events.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (now - m_last > m_maxGapNs) {
                m_maxGapNs = now - m_last;
                m_maxGapCpuNs = cpu - m_lastCpu;
            }
            m_maxCpuGapNs = std::max(m_maxCpuGapNs, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_maxGapNs = m_maxGapCpuNs = m_maxCpuGapNs = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    /// The longest gap, wall time.
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    /// The CPU time the GUI thread itself used in that gap: far less than the gap means the
    /// thread was waiting for a core (a loaded machine), not working.
    double maxGapCpuMs() const { return double(m_maxGapCpuNs) / 1e6; }
    /// The most CPU the GUI thread used between two ticks: the longest piece of work.
    double maxBusyMs() const { return double(m_maxCpuGapNs) / 1e6; }

private:
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxGapCpuNs = 0;
    qint64 m_maxCpuGapNs = 0;
};

void benchStartup()
{
    const QString inkan = QStringLiteral(INKAN_BIN_DIR "/inkan");
    QTemporaryDir empty;
    print("startup_ms", medianRun(inkan, {QStringLiteral("--quit-when-ready"), QStringLiteral("--data-dir"), empty.path()}, 5));
    print("bare_qwidget_startup_ms", medianRun(QStringLiteral(BENCH_BARE_QWIDGET), {}, 5));

    QTemporaryDir demoDir;
    const QStringList demo{QStringLiteral("--demo"), QStringLiteral("--quit-when-ready"), QStringLiteral("--data-dir"),
                           demoDir.path()};
    print("startup_demo_first_run_ms", runOnce(inkan, demo));
    std::vector<double> times;
    for (int i = 0; i < 3; ++i)
        times.push_back(runOnce(inkan, demo));
    std::sort(times.begin(), times.end());
    print("startup_demo_ms", times[1]);
}

void benchGallery()
{
    qputenv("INKAN_SECRET_BACKEND", "file");
    QElapsedTimer seeding;
    seeding.start();
    const int nfts = nftCount();
    test::SandboxProcess sandbox({QStringLiteral("--demo"), QStringLiteral("--demo-nfts"), QString::number(nfts)});
    if (!sandbox.start(600'000)) {
        std::fprintf(stderr, "the sandbox did not start: %s\n", qPrintable(sandbox.errorString()));
        return;
    }
    print("gallery_nfts", nfts);
    print("demo_nfts_seed_ms", double(seeding.nsecsElapsed()) / 1e6);

    const QJsonObject demo = sandbox.demo();
    QTemporaryDir dir;
    session::ServiceHub::Options options;
    options.dataDir = dir.path();
    options.secrets.preferred = QStringLiteral("file");
    options.secrets.scryptN = 1024;
    session::ServiceHub hub(options);
    hub.setPasswordSource([](session::PasswordAnswer answer) {
        QTimer::singleShot(0, qApp, [answer] { answer(crypto::SecureBytes(QByteArrayLiteral("pw"))); });
    });
    const QUrl web3(demo.value(QLatin1String("services")).toObject().value(QLatin1String("web3connect")).toString());
    auto account = hub.addAccount(session::ServiceKind::Web3Connect, web3, QStringLiteral("alice"));
    if (!account)
        qFatal("add account: %s", qPrintable(account.error().message));
    auto client = waitFor(hub.web3connect(account->id, session::ServiceHub::Use::SigningIn));
    const QString secret = demo.value(QLatin1String("end_users")).toArray().at(0).toObject().value(QLatin1String("api_key_secret")).toString();
    auto *flow = new services::web3connect::Web3ConnectSignIn(*client, crypto::SecureBytes(secret.toUtf8()), *client);
    auto signedIn = waitFor(hub.signIn(account->id, flow));
    if (!signedIn)
        qFatal("sign-in: %s", qPrintable(signedIn.error().message));

    ui::GalleryPage page(hub);
    page.resize(1280, 800);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        qFatal("the gallery window was not exposed");
    QSignalSpy shown(&page, &ui::GalleryPage::firstPageShown);
    QElapsedTimer timer;
    timer.start();
    page.setAccount(account->id);
    double firstRowsMs = -1;
    if (!QTest::qWaitFor([&] {
            if (firstRowsMs < 0 && page.nftModel() && page.nftModel()->rowCount() > 0)
                firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
            return !shown.isEmpty();
        }, 60'000))
        qFatal("the first page was not shown");
    print("gallery_first_page_ms", double(timer.nsecsElapsed()) / 1e6);
    print("gallery_first_rows_ms", firstRowsMs);

    // Again, as when the holder switches back to this account: the process, its fonts and the
    // hub's client are warm, the thumbnails are on disk.
    page.setAccount(QString());
    QTest::qWait(200);
    shown.clear();
    timer.restart();
    page.setAccount(account->id);
    if (!QTest::qWaitFor([&] { return !shown.isEmpty(); }, 60'000))
        qFatal("the first page was not shown again");
    print("gallery_first_page_again_ms", double(timer.nsecsElapsed()) / 1e6);

    // Scrolling to the end: at the bottom the view asks for the next page (fetchMore), the rows
    // arrive, the bottom moves; again until the listing is complete.
    auto *view = page.findChild<QListView *>(QStringLiteral("galleryList"));
    models::NftModel *model = page.nftModel();
    StallMeter stalls;
    QEventLoop loop;
    const auto scroll = [view, model, &loop] {
        if (model->isComplete())
            return loop.quit();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        if (!model->isLoading() && model->canFetchMore({}))
            model->fetchMore({}); // a filter may have kept the bottom where it was
    };
    QObject::connect(model, &models::NftModel::pageLoaded, &loop, [&scroll] { QTimer::singleShot(0, scroll); });
    QObject::connect(model, &models::NftModel::loadFailed, &loop, [&loop] {
        std::fprintf(stderr, "a page failed to load\n");
        loop.quit();
    });
    QTimer::singleShot(600'000, &loop, [&loop] {
        std::fprintf(stderr, "the scroll did not reach the end in 10 minutes\n");
        loop.quit();
    });
    // Where the time goes: waiting for pages (request to rows in) versus the rest.
    QElapsedTimer fetchClock;
    qint64 fetchingNs = 0;
    int fetches = 0;
    QObject::connect(model, &models::JobListModel::loadingChanged, &loop, [&](bool loading) {
        if (loading) {
            fetchClock.start();
        } else if (fetchClock.isValid()) {
            fetchingNs += fetchClock.nsecsElapsed();
            ++fetches;
        }
    });
    timer.restart();
    stalls.start();
    QTimer::singleShot(0, scroll);
    loop.exec();
    // The last page painted.
    view->viewport()->repaint();
    const double scrollMs = double(timer.nsecsElapsed()) / 1e6;
    stalls.stop();
    print("gallery_scroll_to_end_ms", scrollMs);
    print("gallery_rows", model->rowCount());
    print("gallery_page_fetch_ms_mean", fetches ? double(fetchingNs) / fetches / 1e6 : -1.0);
    print("gallery_peak_rss_mib", peakRssMib());
    print("gui_max_stall_ms", stalls.maxGapMs());
    print("gui_max_stall_cpu_ms", stalls.maxGapCpuMs());
    print("gui_max_busy_ms", stalls.maxBusyMs());
}

} // namespace

int runScannerBench(int argc, char *argv[]); // scanner_bench.cpp

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    // bench_gui [startup|gallery|scanner]: some parts only (all by default).
    const bool all = arguments.size() < 2;
    if (all || arguments.contains(QStringLiteral("gallery")))
        benchGallery();
    if (all || arguments.contains(QStringLiteral("startup")))
        benchStartup();
    if (all || arguments.contains(QStringLiteral("scanner"))) {
        char *qtestArguments[] = {argv[0]};
        return runScannerBench(1, qtestArguments);
    }
    return 0;
}
