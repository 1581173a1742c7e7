// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Inkan's icons, drawn with QPainter as line art in the palette's text colour, so they are crisp
// at any size and readable in the light and the dark palette without image files. (Desktop
// themes' icons are used where the desktop has them: QIcon::fromTheme first.)
#include <QIcon>

namespace inkan::ui {

enum class IconKind { Wallet, Gallery, Profile, Organization, Settings, Lock, Privacy, Reveal, Copy, Qr };

/// The icon for kind. It is drawn when painted, in the application palette's colours of that
/// moment, so it follows a change of theme without being made again.
QIcon icon(IconKind kind);

} // namespace inkan::ui
