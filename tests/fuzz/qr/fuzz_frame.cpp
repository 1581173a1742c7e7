// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// libFuzzer: QrDecoder on camera frames of every in-memory pixel format, with arbitrary sizes
// and contents. Catches reads past a plane (the in-place layouts, bottom-up rows, 16-bit luma)
// under AddressSanitizer; whether a code is found does not matter.
#include "qr/QrDecoder.h"

#include <QVideoFrame>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>

using namespace inkan::qr;

namespace {

constexpr QVideoFrameFormat::PixelFormat kFormats[] = {
    QVideoFrameFormat::Format_ARGB8888, QVideoFrameFormat::Format_XRGB8888, QVideoFrameFormat::Format_BGRA8888,
    QVideoFrameFormat::Format_BGRX8888, QVideoFrameFormat::Format_ABGR8888, QVideoFrameFormat::Format_RGBA8888,
    QVideoFrameFormat::Format_AYUV,     QVideoFrameFormat::Format_YUV420P,  QVideoFrameFormat::Format_YUV422P,
    QVideoFrameFormat::Format_YV12,     QVideoFrameFormat::Format_UYVY,     QVideoFrameFormat::Format_YUYV,
    QVideoFrameFormat::Format_NV12,     QVideoFrameFormat::Format_NV21,     QVideoFrameFormat::Format_IMC1,
    QVideoFrameFormat::Format_IMC4,     QVideoFrameFormat::Format_Y8,       QVideoFrameFormat::Format_Y16,
    QVideoFrameFormat::Format_P010,     QVideoFrameFormat::Format_P016,     QVideoFrameFormat::Format_YUV420P10,
};
constexpr DecodeMode kModes[] = {DecodeMode::LiveVideo, DecodeMode::LiveVideoStretched,
                                 DecodeMode::LiveVideoInverted, DecodeMode::StillImage};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const auto format = kFormats[data[0] % std::size(kFormats)];
    const DecodeMode mode = kModes[(data[1] >> 4) % std::size(kModes)];
    const bool bottomUp = data[1] & 1;
    const int width = 2 + data[2] % 96; // small: the still retries run on every input
    const int height = 2 + data[3] % 96;
    data += 4;
    size -= 4;

    QVideoFrameFormat frameFormat(QSize(width, height), format);
    if (bottomUp)
        frameFormat.setScanLineDirection(QVideoFrameFormat::BottomToTop);
    QVideoFrame frame(frameFormat);
    if (!frame.map(QVideoFrame::WriteOnly))
        return 0;
    // Fill every plane, repeating the input; an empty input leaves the planes at zero.
    for (int plane = 0; plane < frame.planeCount(); ++plane) {
        uchar *out = frame.bits(plane);
        const qsizetype length = frame.mappedBytes(plane);
        for (qsizetype at = 0; size > 0 && at < length; at += qsizetype(size))
            std::memcpy(out + at, data, size_t(std::min<qsizetype>(qsizetype(size), length - at)));
    }
    frame.unmap();
    (void)QrDecoder::decode(frame, mode);
    return 0;
}
