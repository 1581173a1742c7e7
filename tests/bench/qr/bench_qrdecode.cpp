// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// How long one 1280×720 frame takes to decode through each of our paths, next to ZXing alone
// on the same bytes with the same hints: the difference is our overhead. Prints numbers; never
// asserts a timing (the machine decides those).
#include "qr/QrDecoder.h"
#include "unit/qr/QrTestImages.h"

#include <QElapsedTimer>
#include <QTest>

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <cstring>
#include <cstdio>
#include <functional>
#include <vector>

using namespace inkan::qr;
using namespace inkan::qr::testing;

namespace {

const QString kVerificationText =
    QStringLiteral(R"({"c":"7Kq2-xZ9_pL4mN8r","m":{},"p":"nft_verification_code","v":"0"})");

// The hints QrDecoder uses for live video, so that "ZXing alone" does the same work.
ZXing::DecodeHints liveHints()
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryDownscale(true);
    hints.setTryHarder(false);
    hints.setTryRotate(false);
    return hints;
}

// Median of several batches, in nanoseconds per call; the first batch warms caches and is dropped.
qint64 nanosecondsPerCall(const std::function<bool()> &call, int callsPerBatch = 20, int batches = 6)
{
    std::vector<qint64> perCall;
    for (int batch = 0; batch < batches; ++batch) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < callsPerBatch; ++i) {
            if (!call())
                return -1;
        }
        if (batch > 0)
            perCall.push_back(timer.nsecsElapsed() / callsPerBatch);
    }
    std::sort(perCall.begin(), perCall.end());
    return perCall[perCall.size() / 2];
}

// A frame with its own buffer and the same bytes.
QVideoFrame freshCopy(const QVideoFrame &source)
{
    QVideoFrame from = source;
    QVideoFrame to(source.surfaceFormat());
    if (!from.map(QVideoFrame::ReadOnly) || !to.map(QVideoFrame::WriteOnly))
        return {};
    for (int plane = 0; plane < from.planeCount(); ++plane)
        std::memcpy(to.bits(plane), from.bits(plane), size_t(std::min(from.mappedBytes(plane), to.mappedBytes(plane))));
    from.unmap();
    to.unmap();
    return to;
}

void printRow(const char *path, qint64 nanoseconds)
{
    if (nanoseconds < 0)
        std::printf("  %-62s  (no code found)\n", path);
    else
        std::printf("  %-62s %9.3f ms\n", path, double(nanoseconds) / 1e6);
    std::fflush(stdout);
}

} // namespace

class BenchQrDecode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void frame1280x720()
    {
        const QImage rgb = scene(codeImage(kVerificationText, 6), {1280, 720}, QTransform().rotate(15));
        const QImage gray = rgb.convertToFormat(QImage::Format_Grayscale8);
        const QVideoFrame nv12 = makeFrame(rgb, QVideoFrameFormat::Format_NV12);
        const QVideoFrame yuyv = makeFrame(rgb, QVideoFrameFormat::Format_YUYV);
        const QVideoFrame bgrx = makeFrame(rgb, QVideoFrameFormat::Format_BGRX8888);
        QVERIFY(nv12.isValid() && yuyv.isValid() && bgrx.isValid());

        // The NV12 Y plane copied out once, for ZXing alone on exactly those bytes.
        QVideoFrame mapped = nv12;
        QVERIFY(mapped.map(QVideoFrame::ReadOnly));
        const int stride = mapped.bytesPerLine(0);
        const QByteArray lumaPlane(reinterpret_cast<const char *>(mapped.bits(0)), qsizetype(stride) * mapped.height());
        mapped.unmap();
        const ZXing::ImageView lumaView(reinterpret_cast<const uint8_t *>(lumaPlane.constData()), 1280, 720,
                                        ZXing::ImageFormat::Lum, stride);
        const ZXing::ImageView rgbView(rgb.constBits(), rgb.width(), rgb.height(), ZXing::ImageFormat::BGRX,
                                       int(rgb.bytesPerLine()));
        const ZXing::DecodeHints hints = liveHints();

        std::printf("\nQR decode, 1280x720 frame, one code, median time per decode (live mode: one fast pass)\n");
        printRow("ZXing alone, luma bytes (NV12 Y plane)",
                 nanosecondsPerCall([&] { return ZXing::ReadBarcode(lumaView, hints).isValid(); }));
        printRow("QrDecoder, NV12 QVideoFrame (Y plane in place)",
                 nanosecondsPerCall([&] { return QrDecoder::decode(nv12, DecodeMode::LiveVideo).ok(); }));
        printRow("QrDecoder, YUYV QVideoFrame (luma, pixel stride 2)",
                 nanosecondsPerCall([&] { return QrDecoder::decode(yuyv, DecodeMode::LiveVideo).ok(); }));
        printRow("QrDecoder, Grayscale8 QImage",
                 nanosecondsPerCall([&] { return QrDecoder::decode(gray, DecodeMode::LiveVideo).ok(); }));
        printRow("ZXing alone, RGB32 bytes (BGRX)",
                 nanosecondsPerCall([&] { return ZXing::ReadBarcode(rgbView, hints).isValid(); }));
        printRow("QrDecoder, RGB32 QImage",
                 nanosecondsPerCall([&] { return QrDecoder::decode(rgb, DecodeMode::LiveVideo).ok(); }));
        printRow("QrDecoder, BGRX8888 QVideoFrame",
                 nanosecondsPerCall([&] { return QrDecoder::decode(bgrx, DecodeMode::LiveVideo).ok(); }));
        // QVideoFrame caches its toImage() result, so each call gets a fresh copy of the frame
        // (the copy alone is timed on the next row).
        printRow("for contrast: NV12 via QVideoFrame::toImage() first", nanosecondsPerCall([&] {
                     return QrDecoder::decode(freshCopy(nv12).toImage(), DecodeMode::LiveVideo).ok();
                 }, 5));
        printRow("  of which copying the frame", nanosecondsPerCall([&] { return freshCopy(nv12).isValid(); }, 5));
        printRow("QrDecoder, NV12 frame, stretched live view",
                 nanosecondsPerCall([&] { return QrDecoder::decode(nv12, DecodeMode::LiveVideoStretched).ok(); }));
        printRow("QrDecoder, RGB32 QImage, still mode (found on first pass)",
                 nanosecondsPerCall([&] { return QrDecoder::decode(rgb, DecodeMode::StillImage).ok(); }));
    }

    void worstCases()
    {
        // No code at all: a live pass gives up fast; a still image runs every retry.
        const QImage empty = scene(QImage(1, 1, QImage::Format_RGB32), {1280, 720});
        const QVideoFrame nv12 = makeFrame(empty, QVideoFrameFormat::Format_NV12);
        const QImage inverted = testing::inverted(scene(codeImage(kVerificationText, 6), {1280, 720}));
        std::printf("\nQR decode, 1280x720, harder cases\n");
        printRow("no code, NV12 frame, live", nanosecondsPerCall([&] {
                     return !QrDecoder::decode(nv12, DecodeMode::LiveVideo).ok();
                 }));
        printRow("no code, RGB32 image, still (all retries)", nanosecondsPerCall([&] {
                     return !QrDecoder::decode(empty, DecodeMode::StillImage).ok();
                 }, 3, 3));
        printRow("inverted code, RGB32 image, still", nanosecondsPerCall([&] {
                     return QrDecoder::decode(inverted, DecodeMode::StillImage).ok();
                 }, 3, 3));
    }
};

QTEST_MAIN(BenchQrDecode)
#include "bench_qrdecode.moc"
