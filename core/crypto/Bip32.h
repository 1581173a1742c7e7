// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
#include "Error.h"
#include "crypto/Secp256k1.h"
#include <QString>

namespace inkan::crypto::bip32 {

struct ExtendedKey {
    SecureBytes key;       // 32-byte private key
    SecureBytes chainCode; // 32 bytes
    quint8 depth = 0;
    quint32 parentFingerprint = 0;
    quint32 childNumber = 0;
    /// Base58Check "xprv…" serialization (mainnet), for comparing with published vectors.
    SecureBytes toXprv() const;
};

constexpr quint32 kHardened = 0x80000000u;

Result<ExtendedKey> masterFromSeed(const SecureBytes &seed);
Result<ExtendedKey> deriveChild(const ExtendedKey &parent, quint32 index);
/// "m/44'/60'/0'/0/0" style paths; ' or h marks hardened.
Result<ExtendedKey> derivePath(const ExtendedKey &master, QStringView path);
/// BIP-44 Ethereum account i: m/44'/60'/0'/0/i.
QString ethereumPath(quint32 index);
/// seed -> key at m/44'/60'/0'/0/index.
Result<PrivateKey> ethereumKeyFromSeed(const SecureBytes &seed, quint32 index);

} // namespace inkan::crypto::bip32
