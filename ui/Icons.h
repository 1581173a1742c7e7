#pragma once
// Inkan's icons, drawn with QPainter as line art in the palette's text colour, so they are crisp
// at any size and readable in the light and the dark palette without image files. (Desktop
// themes' icons are used where the desktop has them: QIcon::fromTheme first.)
#include <QIcon>

namespace inkan::ui {

enum class IconKind { Wallet, Gallery, Profile, Settings, Lock, Privacy, Reveal, Copy, Qr };

/// The icon for kind, drawn in the current application palette's WindowText colour.
QIcon icon(IconKind kind);

} // namespace inkan::ui
