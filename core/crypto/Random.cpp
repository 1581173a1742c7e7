// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "crypto/Random.h"

#include <openssl/rand.h>

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace inkan::crypto {

namespace {

void fillRandom(unsigned char *buffer, qsizetype size)
{
    if (size <= 0)
        return;
    // A key made from weak randomness is worse than no key: stop rather than continue.
    if (RAND_bytes(buffer, int(size)) != 1) {
        std::fputs("inkan: the system random number generator failed\n", stderr);
        std::abort();
    }
}

} // namespace

SecureBytes randomSecret(qsizetype size)
{
    SecureBytes bytes(size);
    fillRandom(bytes.data(), size);
    return bytes;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    fillRandom(reinterpret_cast<unsigned char *>(bytes.data()), size);
    return bytes;
}

QString randomUuidV4()
{
    QByteArray bytes = randomBytes(16);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    const QByteArray hex = bytes.toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
                               + hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

} // namespace inkan::crypto
