// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// --demo: an organization, three end-users, demo wallets with balances, about 40 NFTs of three
// kinds, a Pakt builder token; seeded once, then DIR/demo.json rewritten on every start (the
// port may change) from the credentials kept in the database.
#include "Error.h"

namespace inkan::sandbox {

class SandboxState;

/// Worker thread. Adds nothing when the demo was seeded before.
void seedDemo(SandboxState &state);
/// Worker thread, after seedDemo() and once the base URL is known. Mode 0600 (secrets inside).
Result<void> writeDemoJson(SandboxState &state);

} // namespace inkan::sandbox
