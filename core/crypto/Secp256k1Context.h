// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Internal to inkan_crypto: the one libsecp256k1 context, shared read-only by every thread.
#include <secp256k1.h>

namespace inkan::crypto::detail {

/// Created and blinded (secp256k1_context_randomize) on first use; never mutated afterwards,
/// which makes it safe to use from several threads at once.
const secp256k1_context *secp256k1Context();

} // namespace inkan::crypto::detail
