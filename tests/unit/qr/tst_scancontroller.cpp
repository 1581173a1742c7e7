// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// ScanController and the frame sources that need no hardware: one report per code, newest
// frame wins while the worker is busy, decoding off the controller's thread, start/stop/pause.
#include "qr/FrameSource.h"
#include "qr/QrEncoder.h"
#include "qr/ScanController.h"
#include "unit/qr/QrTestImages.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMediaDevices>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

#include <QDeadlineTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

using namespace inkan::qr;
using namespace inkan::qr::testing;
using namespace std::chrono_literals;

namespace {

QVideoFrame codeFrame(const QString &text)
{
    return makeFrame(scene(codeImage(text, 4), {640, 480}), QVideoFrameFormat::Format_NV12);
}

// An image tagged with its position in the stream, for decode functions that only look at the tag.
QImage taggedImage(int index)
{
    QImage image(8, 8, QImage::Format_Grayscale8);
    image.fill(0);
    image.setText(QStringLiteral("index"), QString::number(index));
    return image;
}

inkan::Result<DecodedQr> foundTag(const ScanController::Input &input)
{
    DecodedQr decoded;
    decoded.text = input.image.text(QStringLiteral("index"));
    decoded.bytes = decoded.text.toUtf8();
    return decoded;
}

// Only a guard against a hang: no assertion here depends on how fast anything runs.
constexpr int kHangGuardMs = 60000;

/// Runs the event loop until the controller has no frame with the worker (its result arrives
/// as an event), so every check after it sees the worker idle and every result delivered.
void settle(const ScanController &controller)
{
    QDeadlineTimer guard(kHangGuardMs);
    while (controller.isDecoding() && !guard.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QVERIFY2(!controller.isDecoding(), "the decoder never finished");
}

/// A stand-in clock that never moves: the repeat interval cannot pass by accident on a slow machine.
qint64 frozenClock()
{
    return 0;
}

/// Decode functions that wait at a gate the test opens: "the worker is busy" without sleeping.
struct Gate {
    std::shared_ptr<QSemaphore> entered = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> open = std::make_shared<QSemaphore>();
    ScanController::DecodeFunction wrap(ScanController::DecodeFunction decode) const
    {
        return [entered = entered, open = open, decode = std::move(decode)](const ScanController::Input &input) {
            entered->release();
            open->acquire();
            return decode(input);
        };
    }
};

/// A source that reads a QVideoSink, as the camera and video-file sources do.
class SinkSource : public SyntheticFrameSource {
public:
    using FrameSource::forwardFramesFrom;
    using FrameSource::stopForwardingFrames;
};

} // namespace

class TestScanController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void streamWithOneCodeReportsItOnce()
    {
        SyntheticFrameSource source;
        ScanController controller;
        controller.setSource(&source);
        controller.setClock(frozenClock);
        QSignalSpy found(&controller, &ScanController::codeFound);
        controller.start();
        QCOMPARE(source.state(), FrameSource::State::Running);
        const QVideoFrame frame = codeFrame(QStringLiteral("ONE-CODE"));
        for (int i = 0; i < 30; ++i) {
            source.push(frame);
            if (i % 3 == 2)
                settle(controller); // let some frames through to the decoder, drop the others
        }
        settle(controller);
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).value<DecodedQr>().text, QStringLiteral("ONE-CODE"));
        const auto counters = controller.counters();
        QCOMPARE(counters.framesReceived, quint64(30));
        // Per three frames: the first goes to the worker, the third replaces the second.
        QCOMPARE(counters.framesDecoded, quint64(20));
        QCOMPARE(counters.framesDropped, quint64(10));
        QCOMPARE(counters.codesReported, quint64(1));
    }

    void washedOutAndDarkModeCodesAreFoundWithinThreeFrames_data()
    {
        QTest::addColumn<QImage>("image");
        const QImage plain = scene(codeImage(QStringLiteral("HARD-LIGHT"), 4), {640, 480});
        QTest::newRow("washed out") << withLowContrast(plain, 100, 150);
        QTest::newRow("dark mode") << inverted(plain);
    }
    void washedOutAndDarkModeCodesAreFoundWithinThreeFrames()
    {
        QFETCH(QImage, image);
        ScanController controller;
        std::atomic<int> reads{0};
        controller.setDecodeFunction([&reads](const ScanController::Input &input) {
            auto result = QrDecoder::decode(input.frame, input.mode);
            if (result.ok())
                ++reads;
            return result;
        });
        controller.setClock(frozenClock);
        QSignalSpy found(&controller, &ScanController::codeFound);
        controller.start();
        const QVideoFrame frame = makeFrame(image, QVideoFrameFormat::Format_NV12);
        for (int i = 0; i < 3 && found.isEmpty(); ++i) {
            controller.submitFrame(frame);
            settle(controller);
        }
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).value<DecodedQr>().text, QStringLiteral("HARD-LIGHT"));
        // The view that worked is kept: every following frame reads too (and is not re-reported).
        const quint64 decodedBefore = controller.counters().framesDecoded;
        for (int i = 0; i < 3; ++i) {
            controller.submitFrame(frame);
            settle(controller);
        }
        QCOMPARE(controller.counters().framesDecoded, decodedBefore + 3);
        QCOMPARE(reads.load(), 4);
        QCOMPARE(found.count(), 1);
    }

    void busyWorkerDropsFramesAndNewestWins()
    {
        ScanController controller;
        std::atomic<int> decodeCalls{0};
        std::mutex seenMutex;
        QStringList seen;
        Gate gate; // a decoder far slower than the camera: it waits until the test opens the gate
        controller.setDecodeFunction(gate.wrap([&](const ScanController::Input &input) {
            ++decodeCalls;
            std::lock_guard lock(seenMutex);
            seen << input.image.text(QStringLiteral("index"));
            return foundTag(input);
        }));
        controller.setRepeatInterval(0ms);
        QSignalSpy found(&controller, &ScanController::codeFound);
        controller.start();
        for (int i = 0; i < 50; ++i)
            controller.submitImage(taggedImage(i), DecodeMode::LiveVideo);
        gate.entered->acquire(); // frame 0 is with the worker, which is stuck at the gate
        QVERIFY(controller.isDecoding());
        QCOMPARE(controller.counters().framesDropped, quint64(48)); // 1..48 replaced; 49 waits
        gate.open->release(2);
        settle(controller); // both decodes done; the worker is idle with nothing pending
        QCOMPARE(decodeCalls.load(), 2);
        {
            std::lock_guard lock(seenMutex);
            QCOMPARE(seen, QStringList({QStringLiteral("0"), QStringLiteral("49")}));
        }
        const auto counters = controller.counters();
        QCOMPARE(counters.framesReceived, quint64(50));
        QCOMPARE(counters.framesDecoded, quint64(2));
        QCOMPARE(counters.framesDropped, quint64(48));
        QCOMPARE(found.count(), 2);
    }

    void submittingNeverWaitsForTheDecoder()
    {
        // The decoder is held until the test lets it go: if submitting waited for it, the
        // loop below would never finish (and the test would time out).
        ScanController controller;
        QSemaphore release;
        controller.setDecodeFunction([&release](const ScanController::Input &input) {
            release.acquire();
            return foundTag(input);
        });
        controller.start();
        for (int i = 0; i < 100; ++i)
            controller.submitImage(taggedImage(i));
        QVERIFY(controller.isDecoding());
        const auto counters = controller.counters();
        QCOMPARE(counters.framesReceived, quint64(100));
        QCOMPARE(counters.framesDropped, quint64(98)); // one with the worker, one pending
        release.release(2);
        settle(controller);
    }

    void decodingRunsOffTheControllerThread()
    {
        ScanController controller;
        std::atomic<QThread *> decodeThread{nullptr};
        controller.setDecodeFunction([&](const ScanController::Input &input) {
            decodeThread = QThread::currentThread();
            return foundTag(input);
        });
        QSignalSpy found(&controller, &ScanController::codeFound);
        controller.start();
        controller.submitImage(taggedImage(1));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kHangGuardMs);
        QVERIFY(decodeThread.load() != nullptr);
        QVERIFY(decodeThread.load() != QThread::currentThread());
    }

    void differentCodeThenTheFirstAgainIsReported()
    {
        ScanController controller;
        controller.setClock(frozenClock);
        QSignalSpy found(&controller, &ScanController::codeFound);
        controller.start();
        const QVideoFrame first = codeFrame(QStringLiteral("FIRST"));
        const QVideoFrame second = codeFrame(QStringLiteral("SECOND"));
        for (const QVideoFrame &frame : {first, first, second, second, first}) {
            controller.submitFrame(frame);
            settle(controller);
        }
        QCOMPARE(found.count(), 3);
        QCOMPARE(found.at(0).at(0).value<DecodedQr>().text, QStringLiteral("FIRST"));
        QCOMPARE(found.at(1).at(0).value<DecodedQr>().text, QStringLiteral("SECOND"));
        QCOMPARE(found.at(2).at(0).value<DecodedQr>().text, QStringLiteral("FIRST"));
    }

    void sameCodeAgainAfterItWasOutOfSight()
    {
        ScanController controller;
        controller.setDecodeFunction(foundTag);
        qint64 fakeNow = 0; // a fake clock: the interval rule is tested without real waiting
        controller.setClock([&fakeNow] { return fakeNow; });
        controller.setRepeatInterval(150ms);
        QSignalSpy found(&controller, &ScanController::codeFound);
        controller.start();
        // Held in view for longer than the interval (frames 50 ms apart): still one report.
        for (int frame = 0; frame < 8; ++frame) {
            controller.submitImage(taggedImage(7));
            settle(controller);
            fakeNow += 50;
        }
        QCOMPARE(found.count(), 1);
        // Away for longer than the interval, then back: reported again.
        fakeNow += 250;
        controller.submitImage(taggedImage(7));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 2, kHangGuardMs);
        // Forgotten on request: reported straight away.
        settle(controller);
        controller.forgetReportedCode();
        controller.submitImage(taggedImage(7));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 3, kHangGuardMs);
    }

    void pauseIgnoresFramesAndResumeScansAgain()
    {
        SyntheticFrameSource source;
        ScanController controller;
        controller.setSource(&source);
        controller.setDecodeFunction(foundTag);
        QSignalSpy found(&controller, &ScanController::codeFound);
        QSignalSpy states(&controller, &ScanController::stateChanged);
        controller.start();
        controller.pause();
        QCOMPARE(controller.state(), ScanController::State::Paused);
        QCOMPARE(source.state(), FrameSource::State::Running); // the preview keeps running
        source.push(taggedImage(1)); // delivered synchronously: ignored or queued right here
        QVERIFY(!controller.isDecoding());
        QCOMPARE(found.count(), 0);
        QCOMPARE(controller.counters().framesReceived, quint64(0));
        controller.resume();
        source.push(taggedImage(2));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kHangGuardMs);
        QCOMPARE(found.at(0).at(0).value<DecodedQr>().text, QStringLiteral("2"));
        QCOMPARE(states.count(), 3); // Scanning, Paused, Scanning
    }

    void stopDiscardsTheDecodeInProgress()
    {
        SyntheticFrameSource source;
        ScanController controller;
        controller.setSource(&source);
        Gate gate;
        controller.setDecodeFunction(gate.wrap(foundTag));
        QSignalSpy found(&controller, &ScanController::codeFound);
        controller.start();
        source.push(taggedImage(1));
        source.push(taggedImage(2));
        gate.entered->acquire(); // frame 1 is being decoded, frame 2 waits
        controller.stop();
        QCOMPARE(source.state(), FrameSource::State::Stopped);
        gate.open->release();
        settle(controller); // the late result of frame 1 has arrived, and was discarded
        QCOMPARE(found.count(), 0);
        QCOMPARE(controller.counters().framesDecoded, quint64(0));
        QCOMPARE(gate.entered->available(), 0); // frame 2 never went to the worker
        gate.open->release(100);
        // Restarting works, and the busy flag did not leak.
        controller.start();
        source.push(taggedImage(3));
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kHangGuardMs);
    }

    void unreadableFramesAreReportedOnce()
    {
        ScanController controller;
        controller.setDecodeFunction([](const ScanController::Input &) -> inkan::Result<DecodedQr> {
            return inkan::makeError(inkan::ErrorKind::Unsupported, QStringLiteral("unreadable"));
        });
        QSignalSpy errors(&controller, &ScanController::errorOccurred);
        controller.start();
        for (int i = 0; i < 5; ++i) {
            controller.submitImage(taggedImage(i), DecodeMode::LiveVideo);
            settle(controller);
        }
        QCOMPARE(errors.count(), 1);
    }

    void destroyingWhileDecodingIsSafe()
    {
        auto controller = std::make_unique<ScanController>();
        Gate gate;
        controller->setDecodeFunction(gate.wrap(foundTag));
        controller->start();
        controller->submitImage(taggedImage(1));
        gate.entered->acquire(); // the worker is inside the decode
        // Opened from another thread while the destructor waits for the worker.
        std::thread opener([open = gate.open] { open->release(); });
        controller.reset();
        opener.join();
        // A late result must not reach the deleted controller (ASan would catch it here).
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    void imageFileIsDecodedWithStillRetries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inverted.png"));
        // Inverted: readable only through the still-image retries.
        QVERIFY(inverted(scene(codeImage(QStringLiteral("FROM-FILE"), 4), {640, 480})).save(path));
        ImageFileFrameSource source(path);
        QVERIFY(!source.isLive());
        QVERIFY(source.description().contains(QLatin1String("inverted.png")));
        ScanController controller;
        controller.setSource(&source);
        QSignalSpy found(&controller, &ScanController::codeFound);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kHangGuardMs);
        QCOMPARE(found.at(0).at(0).value<DecodedQr>().text, QStringLiteral("FROM-FILE"));
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), FrameSource::State::Finished, kHangGuardMs);
    }

    void imageFileWithoutCodeSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("holiday.png"));
        QVERIFY(scene(QImage(1, 1, QImage::Format_RGB32), {320, 240}).save(path));
        ImageFileFrameSource source(path);
        ScanController controller;
        controller.setSource(&source);
        QSignalSpy found(&controller, &ScanController::codeFound);
        QSignalSpy errors(&controller, &ScanController::errorOccurred);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kHangGuardMs);
        QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("No QR code")));
        QCOMPARE(found.count(), 0);
    }

    void missingImageFileFails()
    {
        ImageFileFrameSource source(QStringLiteral("/nonexistent/code.png"));
        ScanController controller;
        controller.setSource(&source);
        QSignalSpy errors(&controller, &ScanController::errorOccurred);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kHangGuardMs);
        QCOMPARE(source.state(), FrameSource::State::Failed);
        QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("code.png")));
    }

    void clipboardImageIsDecoded()
    {
        QGuiApplication::clipboard()->setImage(scene(codeImage(QStringLiteral("CLIPPED"), 4), {640, 480}));
        if (QGuiApplication::clipboard()->image().isNull())
            QSKIP("this platform plugin keeps no clipboard");
        ClipboardFrameSource source;
        ScanController controller;
        controller.setSource(&source);
        QSignalSpy found(&controller, &ScanController::codeFound);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kHangGuardMs);
        QCOMPARE(found.at(0).at(0).value<DecodedQr>().text, QStringLiteral("CLIPPED"));

        QGuiApplication::clipboard()->clear();
        ClipboardFrameSource empty;
        QSignalSpy failed(&empty, &FrameSource::errorOccurred);
        empty.start();
        QCOMPARE(failed.count(), 1);
    }

    void screenSourceDeliversImagesOrSaysWhyNot()
    {
        ScreenFrameSource source;
        source.setInterval(50);
        QSignalSpy images(&source, &FrameSource::imageAvailable);
        QSignalSpy errors(&source, &FrameSource::errorOccurred);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(images.count() >= 2 || errors.count() == 1, kHangGuardMs);
        source.stop();
    }

    void fileThatIsNoVideoFailsClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-video.mp4"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        VideoFileFrameSource source(QUrl::fromLocalFile(path));
        QVERIFY(source.isLive());
        QSignalSpy errors(&source, &FrameSource::errorOccurred);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, kHangGuardMs);
        QCOMPARE(source.state(), FrameSource::State::Failed);
        QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("not-a-video.mp4")));
        source.stop();
    }

    void sinkFramesAreForwardedWhileRunning()
    {
        QVideoSink first;
        QVideoSink second;
        SinkSource source;
        QSignalSpy frames(&source, &FrameSource::videoFrameAvailable);
        source.forwardFramesFrom(&first);
        // A new frame each time: a sink does not announce the frame it already holds.
        const auto frame = [] { return codeFrame(QStringLiteral("SINK")); };
        first.setVideoFrame(frame());
        QCOMPARE(frames.count(), 0); // not running yet
        source.start();
        first.setVideoFrame(frame());
        QCOMPARE(frames.count(), 1);
        // Switching sinks (a preview widget's sink, say) stops the old one's frames.
        source.forwardFramesFrom(&second);
        first.setVideoFrame(frame());
        second.setVideoFrame(frame());
        QCOMPARE(frames.count(), 2);
        source.stopForwardingFrames();
        second.setVideoFrame(frame());
        QCOMPARE(frames.count(), 2);
    }

    void cameraWithoutHardwareFailsClearly()
    {
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("a camera is connected");
        CameraFrameSource source;
        QVERIFY(source.isLive());
        QSignalSpy errors(&source, &FrameSource::errorOccurred);
        source.start();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(source.state(), FrameSource::State::Failed);
        QVERIFY(!source.errorString().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    // Qt 6.4's GStreamer backend crashes constructing a QMediaPlayer when GStreamer's playback
    // plugins are missing (as on a minimal build machine); its FFmpeg backend does not.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QGuiApplication app(argc, argv);
    TestScanController test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_scancontroller.moc"
