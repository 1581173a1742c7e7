// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// What a scanner accepts from a QR code: the NFT verification JSON of API.md,
// {"c":"<CODE>","m":{},"p":"nft_verification_code","v":"0"}, or a bare code. Everything else
// (a link, a wallet address, other text such as Japanese in Shift_JIS, oversized or binary
// content, another type or version) is rejected with a sentence saying what it was, and is
// never passed on to a service.
#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace inkan::qr {

struct VerificationPayload {
    Q_DECLARE_TR_FUNCTIONS(VerificationPayload)
public:
    enum class Form { Json, BareCode };

    QString code;
    Form form = Form::Json;

    static constexpr qsizetype kMaxPayloadBytes = 1024; // the real payload is under 100
    static constexpr qsizetype kMinCodeLength = 4;
    static constexpr qsizetype kMaxCodeLength = 128;
    static constexpr const char *kPurpose = "nft_verification_code";
    static constexpr const char *kVersion = "0";

    /// Parses the bytes a QR code carried, read as UTF-8 (bytes that are not UTF-8 are binary
    /// data). Error kind InvalidInput with a reason that says what the code holds instead: a
    /// link, a wallet address, text, binary data…, without repeating it.
    static Result<VerificationPayload> parse(const QByteArray &scanned);
    /// The same for a code the decoder has already turned into text from whatever charset it
    /// carried (Shift_JIS, ISO-8859-1, UTF-8, a declared ECI): DecodedQr::text, with
    /// DecodedQr::binary when no charset reads it as text.
    static Result<VerificationPayload> parseText(const QString &text, bool binary = false);
    /// True for 4–128 characters of A–Z, a–z, 0–9, '-' and '_' that are not a 0x-hex value.
    static bool isValidCode(const QString &code);
    /// The JSON text a holder's verification QR code carries for `code`.
    static QString toQrText(const QString &code);
};

} // namespace inkan::qr
