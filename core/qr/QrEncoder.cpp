// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "qr/QrEncoder.h"

#include <QBuffer>
#include <qrcodegen.hpp>

#include <algorithm>
#include <optional>
#include <vector>

namespace inkan::qr {
namespace {

using qrcodegen::QrCode;
using qrcodegen::QrSegment;

// ECI 26 announces UTF-8; without it readers guess the charset and may pick Shift_JIS.
constexpr long kEciUtf8 = 26;

QrCode::Ecc toLibraryEcc(QrEncodeOptions::Ecc ecc)
{
    switch (ecc) {
    case QrEncodeOptions::Ecc::Low: return QrCode::Ecc::LOW;
    case QrEncodeOptions::Ecc::Medium: return QrCode::Ecc::MEDIUM;
    case QrEncodeOptions::Ecc::Quartile: return QrCode::Ecc::QUARTILE;
    case QrEncodeOptions::Ecc::High: return QrCode::Ecc::HIGH;
    }
    return QrCode::Ecc::MEDIUM;
}

std::optional<QrCode> makeCode(const std::vector<QrSegment> &segments, QrEncodeOptions::Ecc ecc)
{
    try {
        // boostEcl: when the symbol has room left, take the stronger correction for free.
        return QrCode::encodeSegments(segments, toLibraryEcc(ecc), QrCode::MIN_VERSION,
                                      QrCode::MAX_VERSION, -1, true);
    } catch (const qrcodegen::data_too_long &) {
        return std::nullopt;
    }
}

QImage render(const QrCode &code, const QrEncodeOptions &options)
{
    const int scale = std::max(1, options.moduleScale);
    const int border = std::max(0, options.quietZone);
    const int modules = code.getSize() + 2 * border;
    const int side = modules * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    image.fill(255);
    for (int y = 0; y < code.getSize(); ++y) {
        for (int x = 0; x < code.getSize(); ++x) {
            if (!code.getModule(x, y))
                continue;
            const int left = (x + border) * scale;
            const int top = (y + border) * scale;
            for (int row = top; row < top + scale; ++row)
                std::fill_n(image.scanLine(row) + left, scale, uchar(0));
        }
    }
    return image;
}

bool isAscii(const QByteArray &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

} // namespace

QImage QrEncoder::encode(const QString &text, const QrEncodeOptions &options)
{
    const QByteArray utf8 = text.toUtf8();
    std::vector<QrSegment> segments;
    if (isAscii(utf8) && !utf8.contains('\0')) {
        // Lets the library choose numeric/alphanumeric modes, which make smaller symbols.
        segments = QrSegment::makeSegments(utf8.constData());
    } else {
        segments.push_back(QrSegment::makeEci(kEciUtf8));
        segments.push_back(QrSegment::makeBytes(std::vector<std::uint8_t>(utf8.begin(), utf8.end())));
    }
    const auto code = makeCode(segments, options.ecc);
    return code ? render(*code, options) : QImage();
}

QImage QrEncoder::encodeBytes(const QByteArray &bytes, const QrEncodeOptions &options)
{
    const std::vector<QrSegment> segments{
        QrSegment::makeBytes(std::vector<std::uint8_t>(bytes.begin(), bytes.end()))};
    const auto code = makeCode(segments, options.ecc);
    return code ? render(*code, options) : QImage();
}

QByteArray QrEncoder::encodePng(const QString &text, const QrEncodeOptions &options)
{
    const QImage image = encode(text, options);
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return png;
}

} // namespace inkan::qr
