// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "crypto/PersonalSign.h"
#include "Tr.h"

#include "crypto/Hex.h"
#include "crypto/Keccak.h"

#include <QCoreApplication>

namespace inkan::crypto::personal {

QByteArray hashMessage(QByteArrayView message)
{
    QByteArray prefixed = QByteArrayLiteral("\x19" "Ethereum Signed Message:\n");
    prefixed += QByteArray::number(message.size());
    prefixed += message;
    return keccak256(prefixed);
}

QString sign(const PrivateKey &key, QByteArrayView message)
{
    const Signature signature = key.signDigest(hashMessage(message));
    return QStringLiteral("0x") + QString::fromLatin1(signature.toRsv().toHex());
}

Result<QByteArray> bytesFromHex(QStringView text)
{
    const QStringView digits = hex::withoutPrefix(text.trimmed());
    if (const qsizetype bad = hex::firstNonDigit(digits); bad >= 0) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The hex text contains '%1' at position %2, which is not a hex digit.")
                             .arg(digits[bad])
                             .arg(bad + 1));
    }
    if (digits.size() % 2 != 0) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The hex text has an odd number of digits (%1); bytes take two each.")
                             .arg(digits.size()));
    }
    return QByteArray::fromHex(digits.toLatin1());
}

Result<Address> recover(QByteArrayView message, QStringView signatureHex)
{
    Result<QByteArray> bytes = bytesFromHex(signatureHex);
    if (!bytes)
        return bytes.error();
    Result<Signature> signature = Signature::fromRsv(*bytes);
    if (!signature)
        return signature.error();
    Result<QByteArray> publicKey = recoverPublicKey(hashMessage(message), *signature);
    if (!publicKey)
        return publicKey.error();
    return Address::fromPublicKey(*publicKey);
}

bool verify(QByteArrayView message, QStringView signatureHex, const Address &expected)
{
    const Result<Address> signer = recover(message, signatureHex);
    return signer.ok() && !expected.isNull() && *signer == expected;
}

} // namespace inkan::crypto::personal
