// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
#include "Error.h"
#include "crypto/SecureBytes.h"
#include <QStringList>

namespace inkan::crypto::bip39 {

/// The English word list (2048 words), from the resource :/inkan/bip39-english.txt.
const QStringList &englishWords();
/// 12 or 24 words from CSPRNG entropy, joined with single spaces.
SecureBytes generateMnemonic(int words);
/// entropy (16..32 bytes, multiple of 4) to words.
Result<SecureBytes> mnemonicFromEntropy(const SecureBytes &entropy);
/// The user's words in canonical form: split on any whitespace, lower-cased, joined with single
/// spaces. Use before validate()/toSeed() on typed or pasted text.
SecureBytes normalizeMnemonic(const SecureBytes &mnemonic);
/// Checks word count, every word against the list (naming the first unknown word and its
/// position) and the checksum.
Result<void> validate(const SecureBytes &mnemonic);
/// PBKDF2-HMAC-SHA512, 2048 rounds, salt "mnemonic" + passphrase, both NFKD. 64-byte seed.
/// Does not validate: call validate() first where the words came from a user.
/// Blocking for a few milliseconds (2048 HMAC-SHA512 rounds): call from a worker.
SecureBytes toSeed(const SecureBytes &mnemonic, const SecureBytes &passphrase = {});

} // namespace inkan::crypto::bip39
