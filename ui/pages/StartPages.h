#pragma once
// The pages the window starts with before the service hub and the models exist: each one an
// EmptyState that offers the action that sets it up.
// TODO(lead): replace each with the real page (WalletPage, GalleryPage, ProfilePage,
// SettingsPage) once the hub, the commands and the models are in core.
namespace inkan::ui {

class MainWindow;

/// Adds the Wallet, Gallery, Profile and Settings pages (ids "wallet", "gallery", "profile",
/// "settings").
void addStartPages(MainWindow &window);

} // namespace inkan::ui
