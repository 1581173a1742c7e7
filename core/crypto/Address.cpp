// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "crypto/Address.h"
#include "Tr.h"

#include "crypto/Hex.h"
#include "crypto/Keccak.h"

#include <QCoreApplication>

namespace inkan::crypto {

Result<Address> Address::parse(QStringView text)
{
    const QStringView digits = hex::withoutPrefix(text.trimmed());
    if (digits.isEmpty())
        return makeError(ErrorKind::InvalidInput, inkan::tr("The address is empty; an address has 40 hex digits."));
    if (const qsizetype bad = hex::firstNonDigit(digits); bad >= 0) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The address contains '%1' at position %2, which is not a hex digit.")
                             .arg(digits[bad])
                             .arg(bad + 1));
    }
    if (digits.size() != 40) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The address has %1 hex digits; an address has 40.").arg(digits.size()));
    }

    const QByteArray latin1 = digits.toLatin1();
    Address address = fromBytes(QByteArray::fromHex(latin1));
    const bool allLower = latin1 == latin1.toLower();
    const bool allUpper = latin1 == latin1.toUpper();
    // Digits-only addresses are both; only a truly mixed-case address carries a checksum.
    if (!allLower && !allUpper && address.toChecksummed().sliced(2) != digits) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The checksum of this mixed-case address is wrong."));
    }
    return address;
}

Address Address::fromBytes(QByteArrayView twentyBytes)
{
    Address address;
    if (twentyBytes.size() == 20)
        address.m_bytes = twentyBytes.toByteArray();
    return address;
}

Address Address::fromPublicKey(QByteArrayView publicKey)
{
    if (publicKey.size() == 65 && publicKey[0] == 0x04)
        publicKey = publicKey.sliced(1);
    if (publicKey.size() != 64)
        return {};
    return fromBytes(keccak256(publicKey).right(20));
}

QString Address::toChecksummed() const
{
    if (isNull())
        return {};
    const QByteArray lower = m_bytes.toHex();
    const QByteArray hash = keccak256(lower);
    QString result = QStringLiteral("0x");
    result.reserve(42);
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const char c = lower[i];
        // EIP-55: upper-case a letter when the matching nibble of keccak(lower hex) is >= 8.
        const int nibble = (i % 2 == 0) ? (quint8(hash[i / 2]) >> 4) : (quint8(hash[i / 2]) & 0x0f);
        result.append(QChar::fromLatin1((c >= 'a' && nibble >= 8) ? char(c - 'a' + 'A') : c));
    }
    return result;
}

QString Address::toLower() const
{
    if (isNull())
        return {};
    return QStringLiteral("0x") + QString::fromLatin1(m_bytes.toHex());
}

} // namespace inkan::crypto
