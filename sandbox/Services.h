// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Each service area registers its routes here; Sandbox calls them once at start-up.
namespace inkan::sandbox {

class Router;
class SandboxState;

void registerWeb3ConnectAccountRoutes(Router &router); // auth, accounts, import, phone, domain
void registerNftRoutes(Router &router);
void registerVerificationRoutes(Router &router);       // NFT QR verification
void registerOidcRoutes(Router &router);
void registerCaptureRoutes(Router &router);
void registerNonceAuthRoutes(Router &router);
void registerPaktRoutes(Router &router);
void registerAssetRoutes(Router &router);
/// Only with --test-hooks: /_test/ routes that let the tests set what a real service never lets
/// a client choose (a nonce for a published signature vector, a fresh organization).
void registerTestHookRoutes(Router &router);

/// Picks up batch imports that were running when the sandbox last stopped. Worker thread.
void resumeImportBatches(SandboxState &state);

} // namespace inkan::sandbox
