// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// libFuzzer: VerificationPayload::parse on arbitrary QR contents. Beyond not crashing, an
// accepted payload must carry a valid code that survives its own JSON form, and a refusal
// must come with a reason.
#include "qr/VerificationPayload.h"

#include <cstdint>
#include <cstdlib>

using inkan::qr::VerificationPayload;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray scanned = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = VerificationPayload::parse(scanned);
    if (!parsed.ok()) {
        if (parsed.error().message.isEmpty() || parsed.error().kind != inkan::ErrorKind::InvalidInput)
            std::abort();
        return 0;
    }
    if (!VerificationPayload::isValidCode(parsed->code) || size > size_t(VerificationPayload::kMaxPayloadBytes))
        std::abort();
    const auto again = VerificationPayload::parse(VerificationPayload::toQrText(parsed->code).toUtf8());
    if (!again.ok() || again->code != parsed->code || again->form != VerificationPayload::Form::Json)
        std::abort();
    return 0;
}
