// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// libFuzzer target: BIP-39 validation of user-pasted text (normalizeMnemonic, then validate),
// as `wallet import-mnemonic` and the import dialog run it on whatever the user pastes.
#include "crypto/Bip39.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace inkan::crypto;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SecureBytes pasted(data, qsizetype(size));
    const SecureBytes words = bip39::normalizeMnemonic(pasted);
    // Normal form: single spaces between words, no upper-case ASCII; normalizing again changes nothing.
    for (qsizetype i = 0; i < words.size(); ++i) {
        const unsigned char c = words.data()[i];
        if ((c >= 'A' && c <= 'Z') || c == '\t' || c == '\n' || c == '\r'
            || (c == ' ' && (i == 0 || i == words.size() - 1 || words.data()[i - 1] == ' ')))
            __builtin_trap();
    }
    if (!(bip39::normalizeMnemonic(words) == words))
        __builtin_trap();

    const inkan::Result<void> valid = bip39::validate(words);
    if (!valid.ok()) {
        if (valid.error().message.isEmpty())
            __builtin_trap(); // every refusal says why
        // A refusal may name a mistyped word, but never echoes more than a word's worth of input.
        if (valid.error().message.size() > 200)
            __builtin_trap();
        return 0;
    }
    // Whatever validates round-trips through its entropy: words -> indices -> entropy -> words.
    const QStringList &list = bip39::englishWords();
    const QList<QByteArray> split = words.view().toByteArray().split(' ');
    SecureBytes bits((split.size() * 11 + 7) / 8);
    for (qsizetype w = 0; w < split.size(); ++w) {
        const qsizetype index = list.indexOf(QString::fromLatin1(split[w]));
        if (index < 0)
            __builtin_trap();
        for (int bit = 0; bit < 11; ++bit)
            if (index & (1 << (10 - bit)))
                bits.data()[(w * 11 + bit) / 8] |= static_cast<unsigned char>(0x80 >> ((w * 11 + bit) % 8));
    }
    const qsizetype entropyBytes = split.size() * 11 * 32 / 33 / 8;
    const inkan::Result<SecureBytes> again = bip39::mnemonicFromEntropy(SecureBytes(bits.data(), entropyBytes));
    if (!again.ok() || !(*again == words))
        __builtin_trap();
    return 0;
}
