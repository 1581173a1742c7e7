// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Inkan's look: the Fusion style with Inkan's own light and dark palettes. "System" follows the
// desktop's light or dark choice (read from the palette the platform gave the application before
// the first apply()), still with Inkan's palettes, so the app looks the same on every desktop.
#include <QColor>
#include <QPalette>

class QWidget;

namespace inkan::ui {

class Theme {
public:
    enum Mode { System, Light, Dark };
    /// What a message says: its text colour in either palette (Quiet: a secondary line).
    enum class Tone { Plain, Quiet, Success, Warning, Error };

    /// Sets the Fusion style and the palette for mode on the running QApplication.
    static void apply(Mode mode);
    /// The mode last applied (System before any apply()).
    static Mode mode();
    /// "system", "light", "dark" <-> Mode; an unknown name gives System.
    static Mode fromName(QStringView name);

    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);

    /// Text colours for messages, readable on palette's Window colour in both palettes.
    static QColor errorColor(const QPalette &palette);
    static QColor warningColor(const QPalette &palette);
    static QColor successColor(const QPalette &palette);
    /// The ground of a banner in tone (one of the colours above): a pale shade of it in the
    /// light palette, a deep one in the dark, so the palette's WindowText stays readable on it.
    static QColor bannerColor(const QPalette &palette, const QColor &tone);

    /// The one way to colour a message: widget's text in tone's colour of the current palette,
    /// coloured again by apply() when the theme changes. Plain gives the palette's text back.
    static void setTone(QWidget *widget, Tone tone);
    /// As setTone, and the widget's ground a banner of the tone (Plain: no ground of its own).
    static void setBanner(QWidget *widget, Tone tone);
};

} // namespace inkan::ui
