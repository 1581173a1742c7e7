// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Hex text as users and files write it: an optional "0x"/"0X", then digits of either case.
// One strict reading for addresses, signatures, messages and keystore fields
// (QByteArray::fromHex alone would skip bad characters silently).
#include <QStringView>

namespace inkan::crypto::hex {

inline bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

inline QStringView withoutPrefix(QStringView text)
{
    return text.startsWith(u"0x") || text.startsWith(u"0X") ? text.sliced(2) : text;
}

/// Where the first character that is not a hex digit stands, or -1.
inline qsizetype firstNonDigit(QStringView digits)
{
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (!isDigit(digits[i]))
            return i;
    }
    return -1;
}

} // namespace inkan::crypto::hex
