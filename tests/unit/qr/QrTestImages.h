// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Pictures for the QR tests and benchmarks, made here rather than shipped: a code placed in a
// camera-sized scene, the distortions real cameras add, and QVideoFrames of every pixel format
// filled from an RGB image with the test's own RGB -> YUV conversion.
#include "qr/QrEncoder.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace inkan::qr::testing {

inline QImage codeImage(const QString &text, int moduleScale = 6)
{
    QrEncodeOptions options;
    options.moduleScale = moduleScale;
    return QrEncoder::encode(text, options).convertToFormat(QImage::Format_RGB32);
}

/// A 1280×720 (or `size`) RGB32 scene: a coloured, textured background with the code drawn
/// through `placement` (applied around the scene centre).
inline QImage scene(const QImage &code, QSize size = {1280, 720}, const QTransform &placement = {},
                    quint32 seed = 7)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(196, 180, 150));
    QPainter painter(&image);
    QRandomGenerator random(seed);
    for (int i = 0; i < 40; ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromHsv(random.bounded(360), 60 + random.bounded(120), 90 + random.bounded(150)));
        painter.drawEllipse(QPointF(random.bounded(size.width()), random.bounded(size.height())),
                            20 + random.bounded(80), 20 + random.bounded(80));
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    QTransform transform;
    transform.translate(size.width() / 2.0, size.height() / 2.0);
    transform = placement * transform;
    painter.setTransform(transform);
    painter.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    painter.end();
    return image;
}

inline QImage boxBlurred(const QImage &source, int radius)
{
    QImage image = source.convertToFormat(QImage::Format_RGB32);
    QImage out(image.size(), QImage::Format_RGB32);
    const int w = image.width(), h = image.height();
    auto blurPass = [&](const QImage &in, QImage &result, bool horizontal) {
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                int r = 0, g = 0, b = 0, n = 0;
                for (int d = -radius; d <= radius; ++d) {
                    const int sx = horizontal ? std::clamp(x + d, 0, w - 1) : x;
                    const int sy = horizontal ? y : std::clamp(y + d, 0, h - 1);
                    const QRgb p = reinterpret_cast<const QRgb *>(in.constScanLine(sy))[sx];
                    r += qRed(p), g += qGreen(p), b += qBlue(p), ++n;
                }
                reinterpret_cast<QRgb *>(result.scanLine(y))[x] = qRgb(r / n, g / n, b / n);
            }
        }
    };
    blurPass(image, out, true);
    blurPass(out, image, false);
    return image;
}

/// Applies `op(r, g, b, x, y)` -> QRgb to every pixel.
template <typename Op>
QImage mapped(const QImage &source, Op op)
{
    QImage image = source.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = op(qRed(line[x]), qGreen(line[x]), qBlue(line[x]), x, y);
    }
    return image;
}

inline QImage withNoise(const QImage &source, int amplitude, quint32 seed = 11)
{
    QRandomGenerator random(seed);
    return mapped(source, [&](int r, int g, int b, int, int) {
        // Sum of two uniforms: a cheap bell-shaped sensor noise.
        const int n = (random.bounded(2 * amplitude + 1) + random.bounded(2 * amplitude + 1)) / 2 - amplitude;
        return qRgb(std::clamp(r + n, 0, 255), std::clamp(g + n, 0, 255), std::clamp(b + n, 0, 255));
    });
}

/// `percent` % of the pixels turned black or white: dust, dead pixels, a scratched screen.
inline QImage withSaltAndPepper(const QImage &source, int percent, quint32 seed = 13)
{
    QRandomGenerator random(seed);
    return mapped(source, [&](int r, int g, int b, int, int) {
        if (int(random.bounded(100)) >= percent)
            return qRgb(r, g, b);
        return random.bounded(2) ? qRgb(255, 255, 255) : qRgb(0, 0, 0);
    });
}

inline QImage withLowContrast(const QImage &source, int low, int high)
{
    return mapped(source, [&](int r, int g, int b, int, int) {
        auto squeeze = [&](int v) { return low + v * (high - low) / 255; };
        return qRgb(squeeze(r), squeeze(g), squeeze(b));
    });
}

/// Light falling off from the top-left corner to 25 % at the bottom right, like a lamp beside the door.
inline QImage withUnevenLight(const QImage &source)
{
    const double diagonal = std::hypot(source.width(), source.height());
    return mapped(source, [&](int r, int g, int b, int x, int y) {
        const double gain = 1.0 - 0.75 * std::hypot(x, y) / diagonal;
        return qRgb(int(r * gain), int(g * gain), int(b * gain));
    });
}

inline QImage inverted(const QImage &source)
{
    QImage image = source.convertToFormat(QImage::Format_RGB32);
    image.invertPixels();
    return image;
}

// ---- QVideoFrames ------------------------------------------------------------------------

struct Yuv {
    int y, u, v;
};

/// BT.601 limited range, as webcams deliver it.
inline Yuv toYuv(QRgb p)
{
    const double r = qRed(p), g = qGreen(p), b = qBlue(p);
    const double y = 16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255.0;
    const double u = 128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255.0;
    const double v = 128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255.0;
    return {std::clamp(int(std::lround(y)), 0, 255), std::clamp(int(std::lround(u)), 0, 255),
            std::clamp(int(std::lround(v)), 0, 255)};
}

/// The pixel formats a camera or decoder may hand us that are plain memory (not GPU textures
/// or JPEG). YUV420P10 is left out: Qt 6.4 allocates it with an 8-bit layout, so a test cannot
/// build one (Qt's FFmpeg backend delivers real ones with FFmpeg's own strides).
inline QList<QVideoFrameFormat::PixelFormat> memoryFrameFormats()
{
    using F = QVideoFrameFormat;
    return {F::Format_ARGB8888, F::Format_ARGB8888_Premultiplied, F::Format_XRGB8888, F::Format_BGRA8888,
            F::Format_BGRA8888_Premultiplied, F::Format_BGRX8888, F::Format_ABGR8888, F::Format_XBGR8888,
            F::Format_RGBA8888, F::Format_RGBX8888, F::Format_AYUV, F::Format_AYUV_Premultiplied,
            F::Format_YUV420P, F::Format_YUV422P, F::Format_YV12, F::Format_UYVY, F::Format_YUYV,
            F::Format_NV12, F::Format_NV21, F::Format_IMC1, F::Format_IMC2, F::Format_IMC3, F::Format_IMC4,
            F::Format_Y8, F::Format_Y16, F::Format_P010, F::Format_P016};
}

/// An RGB image as a frame of `format`. Chroma is averaged over each subsampled block.
inline QVideoFrame makeFrame(const QImage &source, QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    const QImage rgb = source.convertToFormat(QImage::Format_RGB32);
    const int w = rgb.width() & ~1, h = rgb.height() & ~1; // even sizes: chroma blocks are whole
    QVideoFrame frame(QVideoFrameFormat(QSize(w, h), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    auto pixel = [&](int x, int y) { return reinterpret_cast<const QRgb *>(rgb.constScanLine(y))[x]; };
    auto yuvAt = [&](int x, int y) { return toYuv(pixel(x, y)); };
    auto blockChroma = [&](int x, int y, int bw, int bh) {
        int u = 0, v = 0;
        for (int dy = 0; dy < bh; ++dy)
            for (int dx = 0; dx < bw; ++dx) {
                const Yuv c = yuvAt(x + dx, y + dy);
                u += c.u, v += c.v;
            }
        return std::pair<int, int>(u / (bw * bh), v / (bw * bh));
    };
    // Bounds-checked: Qt 6.4 lays out some formats it allocates itself (YUV422P chroma,
    // YUV420P10) smaller than the format needs; writes that do not fit are dropped.
    uchar sink[4];
    auto at = [&](int plane, int y, int byteX, int size = 1) -> uchar * {
        const qsizetype offset = qsizetype(y) * frame.bytesPerLine(plane) + byteX;
        if (byteX + size > frame.bytesPerLine(plane) || offset + size > frame.mappedBytes(plane))
            return sink;
        return frame.bits(plane) + offset;
    };
    auto put16 = [](uchar *at, int value) { qToLittleEndian<quint16>(quint16(value), at); };

    auto writeRgb = [&](int a, int r, int g, int b) {
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                uchar *out = at(0, y, 4 * x, 4);
                const QRgb p = pixel(x, y);
                const int channels[4] = {255, qRed(p), qGreen(p), qBlue(p)};
                out[a] = uchar(channels[0]);
                out[r] = uchar(channels[1]);
                out[g] = uchar(channels[2]);
                out[b] = uchar(channels[3]);
            }
        }
    };
    auto writeLumaPlane8 = [&] {
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                *at(0, y, x) = uchar(yuvAt(x, y).y);
    };
    // Planar chroma: plane `up` and `vp`, subsampled by (sx, sy).
    auto writeChromaPlanes = [&](int up, int vp, int sx, int sy) {
        for (int y = 0; y < h / sy; ++y)
            for (int x = 0; x < w / sx; ++x) {
                const auto [u, v] = blockChroma(x * sx, y * sy, sx, sy);
                *at(up, y, x) = uchar(u);
                *at(vp, y, x) = uchar(v);
            }
    };
    auto writeInterleavedChroma = [&](bool uFirst) {
        for (int y = 0; y < h / 2; ++y)
            for (int x = 0; x < w / 2; ++x) {
                const auto [u, v] = blockChroma(x * 2, y * 2, 2, 2);
                *at(1, y, 2 * x) = uchar(uFirst ? u : v);
                *at(1, y, 2 * x + 1) = uchar(uFirst ? v : u);
            }
    };

    switch (format) {
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888: writeRgb(0, 1, 2, 3); break;
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888: writeRgb(3, 2, 1, 0); break;
    case F::Format_ABGR8888:
    case F::Format_XBGR8888: writeRgb(0, 3, 2, 1); break;
    case F::Format_RGBA8888:
    case F::Format_RGBX8888: writeRgb(3, 0, 1, 2); break;
    case F::Format_AYUV:
    case F::Format_AYUV_Premultiplied:
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const Yuv c = yuvAt(x, y);
                uchar *out = at(0, y, 4 * x, 4);
                out[0] = 255, out[1] = uchar(c.y), out[2] = uchar(c.u), out[3] = uchar(c.v);
            }
        break;
    case F::Format_YUV420P: writeLumaPlane8(), writeChromaPlanes(1, 2, 2, 2); break;
    case F::Format_YV12: writeLumaPlane8(), writeChromaPlanes(2, 1, 2, 2); break;
    case F::Format_YUV422P: writeLumaPlane8(), writeChromaPlanes(1, 2, 2, 1); break;
    case F::Format_NV12: writeLumaPlane8(), writeInterleavedChroma(true); break;
    case F::Format_NV21: writeLumaPlane8(), writeInterleavedChroma(false); break;
    case F::Format_YUYV:
    case F::Format_UYVY: {
        const bool lumaFirst = format == F::Format_YUYV;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; x += 2) {
                const auto [u, v] = blockChroma(x, y, 2, 1);
                uchar *out = at(0, y, 2 * x, 4);
                const uchar y0 = uchar(yuvAt(x, y).y), y1 = uchar(yuvAt(x + 1, y).y);
                if (lumaFirst)
                    out[0] = y0, out[1] = uchar(u), out[2] = y1, out[3] = uchar(v);
                else
                    out[0] = uchar(u), out[1] = y0, out[2] = uchar(v), out[3] = y1;
            }
        break;
    }
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
        // Chroma layouts differ per IMC variant; neutral chroma keeps the test about luma.
        for (int plane = 0; plane < frame.planeCount(); ++plane)
            std::memset(frame.bits(plane), 128, size_t(frame.mappedBytes(plane)));
        writeLumaPlane8();
        break;
    case F::Format_Y8: writeLumaPlane8(); break;
    case F::Format_Y16:
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                put16(at(0, y, 2 * x, 2), yuvAt(x, y).y * 257);
        break;
    case F::Format_P010:
    case F::Format_P016: {
        // 16-bit containers, significant bits at the top (P010 keeps 10 of them).
        const int mask = format == F::Format_P010 ? 0xffc0 : 0xffff;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                put16(at(0, y, 2 * x, 2), (yuvAt(x, y).y * 257) & mask);
        for (int y = 0; y < h / 2; ++y)
            for (int x = 0; x < w / 2; ++x) {
                const auto [u, v] = blockChroma(x * 2, y * 2, 2, 2);
                put16(at(1, y, 4 * x, 2), (u << 8) & mask);
                put16(at(1, y, 4 * x + 2, 2), (v << 8) & mask);
            }
        break;
    }
    case F::Format_YUV420P10:
        // 10-bit samples in the low bits of little-endian 16-bit words.
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                put16(at(0, y, 2 * x, 2), yuvAt(x, y).y << 2);
        for (int y = 0; y < h / 2; ++y)
            for (int x = 0; x < w / 2; ++x) {
                const auto [u, v] = blockChroma(x * 2, y * 2, 2, 2);
                put16(at(1, y, 2 * x, 2), u << 2);
                put16(at(2, y, 2 * x, 2), v << 2);
            }
        break;
    default: frame.unmap(); return {};
    }
    frame.unmap();
    return frame;
}

} // namespace inkan::qr::testing
