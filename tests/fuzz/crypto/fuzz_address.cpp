// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// libFuzzer target: Address::parse on arbitrary text, plus the hex and signature parsers that
// share its input shape.
#include "crypto/Address.h"
#include "crypto/PersonalSign.h"

#include <cstddef>
#include <cstdint>

using namespace inkan::crypto;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const inkan::Result<Address> address = Address::parse(text);
    if (address.ok()) {
        // Whatever parses has 20 bytes and survives both spellings unchanged.
        if (address->bytes().size() != 20)
            __builtin_trap();
        const inkan::Result<Address> checksummed = Address::parse(address->toChecksummed());
        const inkan::Result<Address> lower = Address::parse(address->toLower());
        if (!checksummed.ok() || *checksummed != *address || !lower.ok() || *lower != *address)
            __builtin_trap();
    } else if (address.error().message.isEmpty()) {
        __builtin_trap(); // every refusal says why
    }
    // The same text as a signature: must refuse or recover, never crash.
    (void)personal::recover(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), text);
    return 0;
}
