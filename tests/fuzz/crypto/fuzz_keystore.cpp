// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// libFuzzer target: the keystore v3 reader on arbitrary bytes. Costs are capped far below the
// real limits so that a file asking for a big KDF is refused quickly instead of timing out.
#include "crypto/Keystore.h"

#include <cstddef>
#include <cstdint>

using namespace inkan::crypto;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView json(reinterpret_cast<const char *>(data), qsizetype(size));
    keystore::Limits limits;
    limits.maxScryptMemory = 128 * 8 * 64;   // n*r up to 64*8: microseconds per try
    limits.maxScryptWork = 1024;
    limits.maxPbkdf2Iterations = 64;
    static const SecureBytes password(QByteArrayView("fuzz"));

    const inkan::Result<keystore::Parsed> parsed = keystore::parse(json, limits);
    const inkan::Result<keystore::Decrypted> decrypted = keystore::decrypt(json, password, limits);
    // parse() is decrypt() without the KDF: a parse refusal must be decrypt's refusal too.
    if (!parsed.ok() && (decrypted.ok() || decrypted.error().kind != parsed.error().kind))
        __builtin_trap();
    if (parsed.ok() && (parsed->iv.size() != 16 || parsed->ciphertext.size() != 32 || parsed->mac.size() != 32))
        __builtin_trap();
    // What parse() accepts is within the limits, computed without wrapping (128-bit products).
    if (parsed.ok() && parsed->kdf == keystore::Kdf::Scrypt
        && ((unsigned __int128)parsed->n * parsed->r * 128 > limits.maxScryptMemory
            || (unsigned __int128)parsed->n * parsed->r * parsed->p > limits.maxScryptWork))
        __builtin_trap();
    if (decrypted.ok()) {
        // Whatever opened must open again after a round trip through encrypt().
        const inkan::Result<QByteArray> again = keystore::encrypt(decrypted->key, password, keystore::Strength::Light);
        if (!again.ok() || keystore::decrypt(*again, password)->key.address() != decrypted->key.address())
            __builtin_trap();
    }
    (void)keystore::peekAddress(json);
    return 0;
}
