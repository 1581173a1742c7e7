// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
#include "Error.h"
#include <QByteArray>
#include <QString>

namespace inkan::crypto {

/// A 20-byte Ethereum address. Shown in EIP-55 mixed case; parsed in any case.
class Address {
public:
    Address() = default;
    /// Accepts "0x"-prefixed (or bare) 40 hex digits. All-lower and all-upper pass; mixed case
    /// must carry a valid EIP-55 checksum. The error says which rule failed (length, non-hex,
    /// checksum).
    static Result<Address> parse(QStringView text);
    static Address fromBytes(QByteArrayView twentyBytes);
    /// From a 65-byte uncompressed public key (0x04 || X || Y) or the 64-byte X || Y.
    static Address fromPublicKey(QByteArrayView publicKey);

    bool isNull() const { return m_bytes.isEmpty(); }
    QByteArray bytes() const { return m_bytes; }
    QString toChecksummed() const; // "0x" + EIP-55
    QString toLower() const;       // "0x" + lower-case hex
    bool operator==(const Address &other) const { return m_bytes == other.m_bytes; }
    bool operator!=(const Address &other) const { return !(*this == other); }

private:
    QByteArray m_bytes;
};

} // namespace inkan::crypto
