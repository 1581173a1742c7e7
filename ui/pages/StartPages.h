// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The pages the window starts with before the service hub and the models exist: each one an
// EmptyState that offers the action that sets it up.
// TODO(lead): replace each with the real page (WalletPage, GalleryPage, ProfilePage,
// SettingsPage) once the hub, the commands and the models are in core.
#include <QStringList>

namespace inkan::ui {

class MainWindow;

/// Adds the Wallet, Gallery, Profile and Settings pages (ids "wallet", "gallery", "profile",
/// "settings").
void addStartPages(MainWindow &window);
/// The ids of the start pages, in sidebar order.
QStringList startPageIds();
/// Adds one start page by id; false when there is no such start page.
bool addStartPage(MainWindow &window, const QString &id);

} // namespace inkan::ui
