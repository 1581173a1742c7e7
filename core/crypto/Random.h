// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
#include "crypto/SecureBytes.h"

namespace inkan::crypto {
/// Bytes from the OS CSPRNG (OpenSSL RAND_bytes). Aborts rather than return weak randomness.
SecureBytes randomSecret(qsizetype size);
QByteArray randomBytes(qsizetype size);
/// A random UUID v4 in lower-case canonical form.
QString randomUuidV4();
}
