// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// EIP-191 version 0x45 (personal_sign): keccak256("\x19Ethereum Signed Message:\n" + len + message).
#include "crypto/Address.h"
#include "Error.h"
#include "crypto/Secp256k1.h"

namespace inkan::crypto::personal {

QByteArray hashMessage(QByteArrayView message);
/// "0x" + 130 lower-case hex digits (r || s || v, v = 27/28).
QString sign(const PrivateKey &key, QByteArrayView message);
/// The signer's address; an error for malformed hex, wrong length, bad v or high s.
Result<Address> recover(QByteArrayView message, QStringView signatureHex);
bool verify(QByteArrayView message, QStringView signatureHex, const Address &expected);
/// "0x…" hex text to the raw bytes it stands for (the `--hex` form of a message).
Result<QByteArray> bytesFromHex(QStringView hex);

} // namespace inkan::crypto::personal
