// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QByteArrayView>

namespace inkan::crypto {
/// Keccak-256 (Ethereum's, not SHA3-256), through QCryptographicHash::Keccak_256.
QByteArray keccak256(QByteArrayView data);
}
