// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A token id as the service writes it: "0x" and 64 hex digits (a uint256). The client's one
// definition; the sandbox keeps its own (tst_metadata_rules checks that the two agree).
#include <QString>

namespace inkan::services::web3connect {

bool isTokenId(const QString &text);

} // namespace inkan::services::web3connect
