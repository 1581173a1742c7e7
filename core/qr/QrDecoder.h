// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// QR image -> text with ZXing-C++, always on an 8-bit luminance view. Camera frames in YUV
// formats are read in place from their Y plane (or their interleaved luma bytes); they are
// never converted to RGB. Thread-safe: every function is static and keeps no state, so the
// scanning worker calls them off the GUI thread.
#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QMetaType>
#include <QPolygon>
#include <QString>
#include <QVideoFrame>
#include <QVideoFrameFormat>

namespace inkan::qr {

enum class DecodeMode {
    /// One fast pass, for a stream of camera frames: the next frame is the retry.
    LiveVideo,
    /// One fast pass on a contrast-stretched copy of the luminance: fog, glare, a dim screen.
    LiveVideoStretched,
    /// One fast pass on an inverted, stretched copy: a light code on a dark (dark-mode) screen.
    LiveVideoInverted,
    /// A single photo or file: a thorough first pass, then a contrast-stretched view (fog,
    /// glare), an inverted one (light on dark), a halved one (speckle noise) and a doubled one
    /// (blur, tiny modules) before giving up.
    StillImage,
};

struct DecodedQr {
    QString text;      // the payload decoded to text: from the charset the symbol declares (ECI), else
                       // UTF-8 when valid, else Shift_JIS or ISO-8859-1 as ZXing guesses
    QByteArray bytes;  // the payload bytes as carried, in whatever charset the symbol used
    QPolygon corners;  // the symbol's four corners in the input's pixel coordinates
    bool binary = false; // ZXing found no charset that reads the bytes as text
};

/// A borrowed 8-bit luminance image: one byte per sample, `pixelStride` bytes between samples
/// of a row (2 for YUYV), `rowStride` bytes between rows (negative for bottom-up frames).
struct LuminanceView {
    const uchar *data = nullptr;
    int width = 0;
    int height = 0;
    int rowStride = 0;
    int pixelStride = 1;
};

class QrDecoder {
    Q_DECLARE_TR_FUNCTIONS(QrDecoder)
public:
    /// Any QImage format. Error kind NotFound when there is no readable QR code.
    static Result<DecodedQr> decode(const QImage &image, DecodeMode mode = DecodeMode::StillImage);
    /// A camera or video frame; maps it read-only for the duration of the call.
    static Result<DecodedQr> decode(const QVideoFrame &frame, DecodeMode mode = DecodeMode::LiveVideo);
    static Result<DecodedQr> decode(const LuminanceView &view, DecodeMode mode = DecodeMode::LiveVideo);

    /// True when frames of this format are decoded in place (no toImage() fallback).
    static bool readsInPlace(QVideoFrameFormat::PixelFormat format);
};

} // namespace inkan::qr

Q_DECLARE_METATYPE(inkan::qr::DecodedQr)
