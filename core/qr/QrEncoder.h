// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Text -> QR image with QR-Code-generator. Scaled by whole modules so it stays crisp.
#include <QImage>
#include <QString>

namespace inkan::qr {

struct QrEncodeOptions {
    int moduleScale = 8;  // pixels per module (>= 1)
    int quietZone = 4;    // modules of white border (the standard's minimum is 4)
    enum class Ecc { Low, Medium, Quartile, High } ecc = Ecc::Medium; // Medium suits screens
};

class QrEncoder {
public:
    /// Null image when the text does not fit in a QR code (over ~2.9 kB at Medium).
    static QImage encode(const QString &text, const QrEncodeOptions &options = {});
    static QImage encodeBytes(const QByteArray &bytes, const QrEncodeOptions &options = {});
    /// PNG bytes of encode(text), for services that hand out "data:image/png;base64,…".
    static QByteArray encodePng(const QString &text, const QrEncodeOptions &options = {});
};

} // namespace inkan::qr
