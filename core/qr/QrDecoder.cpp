// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "qr/QrDecoder.h"

#include <QPainter>
#include <QScopeGuard>
#include <QStringDecoder>
#include <QtEndian>

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

namespace inkan::qr {
namespace {

// Bytes between the start of a pixel and its luma sample when a 16-bit sample is read as
// its high byte (Y16, P010, P016).
constexpr int kHighByteOffset = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? 1 : 0;

// How ZXing reads one frame format in place: the plane-0 pixel layout.
struct InPlaceLayout {
    ZXing::ImageFormat format = ZXing::ImageFormat::None;
    int byteOffset = 0;  // of the first sample to read within a pixel
    int pixelStride = 0; // 0: the ImageFormat's own
};

std::optional<InPlaceLayout> inPlaceLayout(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    using Z = ZXing::ImageFormat;
    // Qt names these formats by byte order in memory; so does ZXing.
    switch (format) {
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888: return InPlaceLayout{Z::XRGB};
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888: return InPlaceLayout{Z::BGRX};
    case F::Format_ABGR8888:
    case F::Format_XBGR8888: return InPlaceLayout{Z::XBGR};
    case F::Format_RGBA8888:
    case F::Format_RGBX8888: return InPlaceLayout{Z::RGBX};
    // Planar and semi-planar YUV: plane 0 is the full-resolution Y plane.
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
    case F::Format_Y8: return InPlaceLayout{Z::Lum, 0, 1};
    // Packed YUV: luma every other byte (4:2:2) or every fourth (A Y U V).
    case F::Format_YUYV: return InPlaceLayout{Z::Lum, 0, 2};
    case F::Format_UYVY: return InPlaceLayout{Z::Lum, 1, 2};
    case F::Format_AYUV:
    case F::Format_AYUV_Premultiplied: return InPlaceLayout{Z::Lum, 1, 4};
    // 16-bit luma with the significant bits at the top: the high byte is an 8-bit luma.
    case F::Format_Y16:
    case F::Format_P010:
    case F::Format_P016: return InPlaceLayout{Z::Lum, kHighByteOffset, 2};
    default: return std::nullopt;
    }
}

ZXing::DecodeHints hintsFor(DecodeMode mode)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryDownscale(true);
    // Finder-pattern search on every row instead of every few rows: worth it for one photo,
    // too slow for 30 frames a second where the next frame is the retry.
    hints.setTryHarder(mode == DecodeMode::StillImage);
    hints.setTryRotate(false); // QR codes are found in any orientation without it
    return hints;
}

ZXing::ImageView viewOf(const QImage &grayscale)
{
    return {grayscale.constBits(), grayscale.width(), grayscale.height(), ZXing::ImageFormat::Lum,
            int(grayscale.bytesPerLine()), 1};
}

DecodedQr toDecoded(const ZXing::Result &result, double coordinateScale)
{
    DecodedQr decoded;
    const ZXing::ByteArray &raw = result.bytes();
    const QByteArray bytes(reinterpret_cast<const char *>(raw.data()), qsizetype(raw.size()));
    // The payload as carried, whatever its charset: what `qr decode --raw` writes.
    decoded.bytes = bytes;
    if (result.hasECI()) {
        // The symbol names its charset (UTF-8, ISO-8859-1, Shift_JIS…); ZXing has converted from it.
        decoded.text = QString::fromStdString(result.text());
    } else {
        // No charset declared: UTF-8 when the bytes are valid UTF-8 (what every current
        // encoder writes), otherwise ZXing's guess: Shift_JIS when the bytes read as such
        // (codes made in Japan often carry it undeclared), else ISO-8859-1, the QR default.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(bytes);
        decoded.text = utf8.hasError() ? QString::fromStdString(result.text()) : std::move(text);
    }
    decoded.binary = result.contentType() == ZXing::ContentType::Binary;
    for (const ZXing::PointI &corner : result.position())
        decoded.corners << QPoint(qRound(corner.x * coordinateScale), qRound(corner.y * coordinateScale));
    return decoded;
}

Error notFound()
{
    return makeError(ErrorKind::NotFound, QrDecoder::tr("No QR code was found in the image."));
}

std::optional<DecodedQr> readOnce(const ZXing::ImageView &view, const ZXing::DecodeHints &hints,
                                  double coordinateScale = 1.0)
{
    if (view.width() <= 0 || view.height() <= 0)
        return std::nullopt;
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    return toDecoded(result, coordinateScale);
}

// --- Views that help real photos, all made from a packed 8-bit luminance copy ------------

// A packed luminance copy of any view with the 1st..99th percentile spread over 0..255, so a
// grey-on-grey picture becomes black on white. Two passes (histogram, lookup table): cheap
// enough for a live frame.
QImage stretchedLuminance(const ZXing::ImageView &view, bool invert)
{
    QImage gray(view.width(), view.height(), QImage::Format_Grayscale8);
    if (gray.isNull())
        return gray;
    const ZXing::ImageFormat format = view.format();
    const bool isLum = format == ZXing::ImageFormat::Lum;
    const auto lumaAt = [&](int x, int y) -> uchar {
        const uint8_t *pixel = view.data(x, y);
        return isLum ? pixel[0]
                     : ZXing::RGBToLum(pixel[ZXing::RedIndex(format)], pixel[ZXing::GreenIndex(format)],
                                       pixel[ZXing::BlueIndex(format)]);
    };
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < view.height(); ++y)
        for (int x = 0; x < view.width(); ++x)
            ++histogram[lumaAt(x, y)];
    const qint64 clip = qint64(view.width()) * view.height() / 100;
    int low = 0, high = 255;
    for (qint64 seen = 0; low < 255 && seen + histogram[low] <= clip; ++low)
        seen += histogram[low];
    for (qint64 seen = 0; high > 0 && seen + histogram[high] <= clip; --high)
        seen += histogram[high];
    std::array<uchar, 256> table{};
    for (int value = 0; value < 256; ++value) {
        const int stretched = high > low ? std::clamp((value - low) * 255 / (high - low), 0, 255) : value;
        table[value] = uchar(invert ? 255 - stretched : stretched);
    }
    for (int y = 0; y < view.height(); ++y) {
        uchar *out = gray.scanLine(y);
        for (int x = 0; x < view.width(); ++x)
            out[x] = table[lumaAt(x, y)];
    }
    return gray;
}

QImage inverted(const QImage &gray)
{
    QImage result = gray.copy();
    result.invertPixels();
    return result;
}

// 2×2 averaging: halves noise and JPEG ringing, and brings oversized modules into range.
QImage halved(const QImage &gray)
{
    QImage half(gray.width() / 2, gray.height() / 2, QImage::Format_Grayscale8);
    for (int y = 0; y < half.height(); ++y) {
        const uchar *top = gray.constScanLine(2 * y);
        const uchar *bottom = gray.constScanLine(2 * y + 1);
        uchar *out = half.scanLine(y);
        for (int x = 0; x < half.width(); ++x)
            out[x] = uchar((top[2 * x] + top[2 * x + 1] + bottom[2 * x] + bottom[2 * x + 1] + 2) / 4);
    }
    return half;
}

// Bilinear 2× enlargement: gives the binarizer room when modules are only 1–2 pixels wide.
QImage doubled(const QImage &gray)
{
    QImage twice(gray.width() * 2, gray.height() * 2, QImage::Format_Grayscale8);
    const int lastX = gray.width() - 1;
    const int lastY = gray.height() - 1;
    for (int y = 0; y < twice.height(); ++y) {
        const int sourceY = std::min(y / 2, lastY);
        const int nextY = std::min(sourceY + (y & 1), lastY);
        const uchar *row = gray.constScanLine(sourceY);
        const uchar *nextRow = gray.constScanLine(nextY);
        uchar *out = twice.scanLine(y);
        for (int x = 0; x < twice.width(); ++x) {
            const int sourceX = std::min(x / 2, lastX);
            const int nextX = std::min(sourceX + (x & 1), lastX);
            out[x] = uchar((row[sourceX] + row[nextX] + nextRow[sourceX] + nextRow[nextX] + 2) / 4);
        }
    }
    return twice;
}

// Largest side up to which the 2× enlargement is tried: covers 1080p frames and screenshots;
// in larger photos codes are rarely that tiny, and the pass would cost more than it finds.
constexpr int kMaxSideForEnlarging = 2048;
// A version-1 symbol is 21 modules wide; halving anything under twice that cannot help.
constexpr int kMinSideForHalving = 2 * 21;

std::optional<DecodedQr> readStillRetries(const ZXing::ImageView &view)
{
    const QImage stretched = stretchedLuminance(view, false);
    if (stretched.isNull())
        return std::nullopt;
    const ZXing::DecodeHints hints = hintsFor(DecodeMode::StillImage);
    if (auto found = readOnce(viewOf(stretched), hints))
        return found;
    if (auto found = readOnce(viewOf(inverted(stretched)), hints))
        return found;
    if (std::min(stretched.width(), stretched.height()) >= kMinSideForHalving) {
        if (auto found = readOnce(viewOf(halved(stretched)), hints, 2.0))
            return found;
    }
    if (std::max(stretched.width(), stretched.height()) <= kMaxSideForEnlarging) {
        if (auto found = readOnce(viewOf(doubled(stretched)), hints, 0.5))
            return found;
    }
    return std::nullopt;
}

Result<DecodedQr> decodeView(const ZXing::ImageView &view, DecodeMode mode)
{
    if (mode == DecodeMode::LiveVideoStretched || mode == DecodeMode::LiveVideoInverted) {
        const QImage enhanced = stretchedLuminance(view, mode == DecodeMode::LiveVideoInverted);
        if (auto found = readOnce(viewOf(enhanced), hintsFor(mode)))
            return std::move(*found);
        return notFound();
    }
    if (auto found = readOnce(view, hintsFor(mode)))
        return std::move(*found);
    if (mode == DecodeMode::StillImage) {
        if (auto found = readStillRetries(view))
            return std::move(*found);
    }
    return notFound();
}

// A 10-bit little-endian luma plane (significant bits at the bottom) narrowed to 8 bits.
QImage narrowedTenBitLuma(const uchar *plane, int bytesPerLine, int width, int height)
{
    QImage gray(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        const uchar *in = plane + qsizetype(y) * bytesPerLine;
        uchar *out = gray.scanLine(y);
        for (int x = 0; x < width; ++x) {
            quint16 sample;
            std::memcpy(&sample, in + 2 * x, sizeof sample);
            out[x] = uchar(std::min<int>(qFromLittleEndian(sample) >> 2, 255));
        }
    }
    return gray;
}

} // namespace

bool QrDecoder::readsInPlace(QVideoFrameFormat::PixelFormat format)
{
    return inPlaceLayout(format).has_value() || format == QVideoFrameFormat::Format_YUV420P10;
}

Result<DecodedQr> QrDecoder::decode(const LuminanceView &view, DecodeMode mode)
{
    if (!view.data || view.width <= 0 || view.height <= 0 || view.pixelStride <= 0)
        return makeError(ErrorKind::InvalidInput, tr("The image is empty."));
    return decodeView(ZXing::ImageView(view.data, view.width, view.height, ZXing::ImageFormat::Lum,
                                       view.rowStride, view.pixelStride),
                      mode);
}

Result<DecodedQr> QrDecoder::decode(const QImage &image, DecodeMode mode)
{
    if (image.isNull())
        return makeError(ErrorKind::InvalidInput, tr("The image is empty."));
    const auto view = [](const QImage &source, ZXing::ImageFormat format) {
        return ZXing::ImageView(source.constBits(), source.width(), source.height(), format,
                                int(source.bytesPerLine()));
    };
    constexpr bool littleEndian = Q_BYTE_ORDER == Q_LITTLE_ENDIAN;
    if (image.hasAlphaChannel()) {
        // Transparent pixels have undefined colour (often black): a code drawn on a
        // transparent background reads only once it is composed onto white.
        QImage opaque(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
        painter.end();
        return decodeView(view(opaque, littleEndian ? ZXing::ImageFormat::BGRX : ZXing::ImageFormat::XRGB), mode);
    }
    switch (image.format()) {
    case QImage::Format_Grayscale8: return decodeView(view(image, ZXing::ImageFormat::Lum), mode);
    case QImage::Format_RGB32:
        return decodeView(view(image, littleEndian ? ZXing::ImageFormat::BGRX : ZXing::ImageFormat::XRGB), mode);
    case QImage::Format_RGBX8888: return decodeView(view(image, ZXing::ImageFormat::RGBX), mode);
    case QImage::Format_RGB888: return decodeView(view(image, ZXing::ImageFormat::RGB), mode);
    case QImage::Format_BGR888: return decodeView(view(image, ZXing::ImageFormat::BGR), mode);
    default: {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        return decodeView(viewOf(gray), mode);
    }
    }
}

Result<DecodedQr> QrDecoder::decode(const QVideoFrame &frame, DecodeMode mode)
{
    if (!frame.isValid())
        return makeError(ErrorKind::InvalidInput, tr("The camera frame is empty."));
    const QVideoFrameFormat::PixelFormat format = frame.pixelFormat();
    if (!readsInPlace(format)) {
        // Compressed (JPEG) or GPU-only frames: the one case that needs Qt's conversion.
        const QImage image = frame.toImage();
        if (image.isNull())
            return makeError(ErrorKind::Unsupported, tr("The camera delivers frames in a format that cannot be read."));
        return decode(image, mode);
    }
    QVideoFrame mapped = frame; // shares the buffer; mapping needs a non-const frame
    if (!mapped.map(QVideoFrame::ReadOnly)) {
        // A GPU frame that cannot be read back directly: Qt's own conversion is the way left.
        const QImage image = frame.toImage();
        if (image.isNull())
            return makeError(ErrorKind::Io, tr("The camera frame could not be read."));
        return decode(image, mode);
    }
    const auto unmap = qScopeGuard([&mapped] { mapped.unmap(); });

    const uchar *plane = mapped.bits(0);
    int rowStride = mapped.bytesPerLine(0);
    const int width = mapped.width();
    const int height = mapped.height();
    if (!plane || width <= 0 || height <= 0 || rowStride <= 0)
        return makeError(ErrorKind::Io, tr("The camera frame could not be read."));

    const bool isTenBitLuma = format == QVideoFrameFormat::Format_YUV420P10;
    const InPlaceLayout layout = isTenBitLuma ? InPlaceLayout{ZXing::ImageFormat::Lum, 0, 2} : *inPlaceLayout(format);
    const int bytesPerPixel = layout.pixelStride ? layout.pixelStride : ZXing::PixStride(layout.format);
    // A plane smaller than its format needs (Qt 6.4 allocates YUV420P10 with an 8-bit
    // layout) is refused rather than read past its end.
    const qsizetype rowBytes = qsizetype(width) * bytesPerPixel;
    if (rowStride < rowBytes || mapped.mappedBytes(0) < qsizetype(rowStride) * (height - 1) + rowBytes)
        return makeError(ErrorKind::Unsupported, tr("The camera frame is smaller than its format requires."));

    if (mapped.surfaceFormat().scanLineDirection() == QVideoFrameFormat::BottomToTop) {
        plane += qsizetype(height - 1) * rowStride;
        rowStride = -rowStride;
    }
    if (isTenBitLuma)
        return decodeView(viewOf(narrowedTenBitLuma(plane, rowStride, width, height)), mode);
    return decodeView(ZXing::ImageView(plane + layout.byteOffset, width, height, layout.format, rowStride,
                                       layout.pixelStride),
                      mode);
}

} // namespace inkan::qr
