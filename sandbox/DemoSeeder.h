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
/// --demo-nfts N, worker thread, after seedDemo() and inside its transaction: mints to the
/// demo holder (alice) until she holds at least `count` NFTs, so running again with the same N
/// adds none. The NFTs cycle through the demo's kinds and artwork, every other one public, each
/// with a valid minter signature and a mint in its history. Bulk: the minter's key is read once
/// and the statements are prepared once (10,000 take a few seconds). Returns how many it minted.
int seedDemoNfts(SandboxState &state, int count);
/// Worker thread, after seedDemo() and once the base URL is known. Mode 0600 (secrets inside).
Result<void> writeDemoJson(SandboxState &state);

} // namespace inkan::sandbox
