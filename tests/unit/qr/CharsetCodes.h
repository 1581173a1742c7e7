// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// QR codes whose payload is in a given charset, made here with QR-Code-generator's segment
// API (raw byte segments, with or without an ECI segment naming the charset) rather than
// shipped as images: how codes made in Japan carry Shift_JIS without declaring it, and how
// careful encoders declare UTF-8 or ISO-8859-1.
#include <QByteArray>
#include <QImage>
#include <QString>
#include <QtTest/QTest>

#include <qrcodegen.hpp>

#include <vector>

namespace inkan::qr::testing {

struct CharsetCase {
    const char *name;
    QByteArray payload; // the bytes in the symbol
    int eci;            // the ECI assignment number, or -1 for none
    QString text;       // what a reader must decode
};

/// ECI 3 = ISO-8859-1, 20 = Shift_JIS, 26 = UTF-8.
inline QImage charsetCodeImage(const QByteArray &payload, int eci, int moduleScale = 6)
{
    std::vector<qrcodegen::QrSegment> segments;
    if (eci >= 0)
        segments.push_back(qrcodegen::QrSegment::makeEci(eci));
    segments.push_back(qrcodegen::QrSegment::makeBytes(std::vector<std::uint8_t>(payload.cbegin(), payload.cend())));
    const qrcodegen::QrCode code = qrcodegen::QrCode::encodeSegments(segments, qrcodegen::QrCode::Ecc::MEDIUM);
    const int border = 4;
    const int side = (code.getSize() + 2 * border) * moduleScale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code.getSize(); ++y)
        for (int x = 0; x < code.getSize(); ++x)
            if (code.getModule(x, y))
                for (int dy = 0; dy < moduleScale; ++dy)
                    std::fill_n(image.scanLine((y + border) * moduleScale + dy) + (x + border) * moduleScale, moduleScale, uchar(0));
    return image;
}

inline QList<CharsetCase> charsetCases()
{
    const QString japanese = QStringLiteral("東京駅で会いましょう。検証コード");
    const QString french = QStringLiteral("Ça coûte ½ prix à Zürich");
    return {
        // Shift_JIS without an ECI: what most Japanese generators write.
        {"shift_jis, no eci",
         QByteArray::fromHex("938c8b9e897782c589ef82a282dc82b582e582a481428c9f8fd88352815b8368"), -1, japanese},
        {"utf-8, eci 26", japanese.toUtf8(), 26, japanese},
        {"iso-8859-1, eci 3", french.toLatin1(), 3, french},
        {"iso-8859-1, no eci (the QR default)", french.toLatin1(), -1, french},
    };
}

} // namespace inkan::qr::testing
