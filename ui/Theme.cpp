// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace inkan::ui {

namespace {

Theme::Mode g_mode = Theme::System;
bool g_systemPaletteSaved = false;
QPalette g_systemPalette; // what the platform gave the application, kept before the first apply()

// Inkan's accent is the vermilion of a seal (印鑑); both shades keep 4.5:1 with white text.
const QColor kAccentLight(0xb8, 0x32, 0x2a);
const QColor kAccentDark(0xc4, 0x3b, 0x30);

constexpr char kToneProperty[] = "inkanTone";
constexpr char kBannerProperty[] = "inkanBanner";

QColor toneColor(const QPalette &palette, Theme::Tone tone)
{
    switch (tone) {
    case Theme::Tone::Success: return Theme::successColor(palette);
    case Theme::Tone::Warning: return Theme::warningColor(palette);
    case Theme::Tone::Error: return Theme::errorColor(palette);
    case Theme::Tone::Quiet: return palette.color(QPalette::PlaceholderText);
    case Theme::Tone::Plain: break;
    }
    return palette.color(QPalette::WindowText);
}

/// Colours widget from the application palette and the tone it carries.
void paintTone(QWidget *widget)
{
    const auto tone = Theme::Tone(widget->property(kToneProperty).toInt());
    const bool banner = widget->property(kBannerProperty).toBool();
    const QPalette app = QApplication::palette();
    QPalette palette = widget->palette();
    // Text on a banner stays the palette's own: the banner's pale or deep ground carries the tone.
    const QColor text = banner || tone == Theme::Tone::Plain ? app.color(QPalette::WindowText) : toneColor(app, tone);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Window, banner && tone != Theme::Tone::Plain ? Theme::bannerColor(app, toneColor(app, tone))
                                                                           : app.color(QPalette::Window));
    widget->setPalette(palette);
    widget->setAutoFillBackground(banner && tone != Theme::Tone::Plain);
}

void setBoth(QPalette &p, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    p.setColor(QPalette::Active, role, active);
    p.setColor(QPalette::Inactive, role, active);
    p.setColor(QPalette::Disabled, role, disabled);
}

} // namespace

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor text(0x1d, 0x1d, 0x1f), disabledText(0x9a, 0x9a, 0xa0);
    setBoth(p, QPalette::Window, QColor(0xf4, 0xf4, 0xf6), QColor(0xf4, 0xf4, 0xf6));
    setBoth(p, QPalette::WindowText, text, disabledText);
    setBoth(p, QPalette::Base, Qt::white, QColor(0xf4, 0xf4, 0xf6));
    setBoth(p, QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xfa), QColor(0xf7, 0xf7, 0xfa));
    setBoth(p, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf4), QColor(0xff, 0xff, 0xf4));
    setBoth(p, QPalette::ToolTipText, text, disabledText);
    setBoth(p, QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x76), disabledText);
    setBoth(p, QPalette::Text, text, disabledText);
    setBoth(p, QPalette::Button, QColor(0xfa, 0xfa, 0xfc), QColor(0xee, 0xee, 0xf0));
    setBoth(p, QPalette::ButtonText, text, disabledText);
    setBoth(p, QPalette::BrightText, Qt::white, Qt::white);
    setBoth(p, QPalette::Light, Qt::white, Qt::white);
    setBoth(p, QPalette::Midlight, QColor(0xe6, 0xe6, 0xea), QColor(0xe6, 0xe6, 0xea));
    setBoth(p, QPalette::Mid, QColor(0xc4, 0xc4, 0xca), QColor(0xc4, 0xc4, 0xca));
    setBoth(p, QPalette::Dark, QColor(0xa0, 0xa0, 0xa8), QColor(0xa0, 0xa0, 0xa8));
    setBoth(p, QPalette::Shadow, QColor(0x50, 0x50, 0x58), QColor(0x50, 0x50, 0x58));
    setBoth(p, QPalette::Highlight, kAccentLight, QColor(0xc8, 0xc8, 0xcc));
    setBoth(p, QPalette::HighlightedText, Qt::white, Qt::white);
    setBoth(p, QPalette::Link, QColor(0x1a, 0x56, 0xdb), QColor(0x1a, 0x56, 0xdb));
    setBoth(p, QPalette::LinkVisited, QColor(0x6b, 0x3f, 0xa0), QColor(0x6b, 0x3f, 0xa0));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xe3, 0xc4, 0xc1));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, text);
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor text(0xe8, 0xe8, 0xea), disabledText(0x74, 0x76, 0x7c);
    setBoth(p, QPalette::Window, QColor(0x1f, 0x20, 0x24), QColor(0x1f, 0x20, 0x24));
    setBoth(p, QPalette::WindowText, text, disabledText);
    // Fields are lighter than the window (as in macOS and GNOME dark): Fusion's frames, drawn a
    // shade darker than the window, all but vanish on a dark ground, so the fill marks the field.
    setBoth(p, QPalette::Base, QColor(0x2a, 0x2c, 0x31), QColor(0x24, 0x26, 0x2a));
    setBoth(p, QPalette::AlternateBase, QColor(0x30, 0x32, 0x38), QColor(0x30, 0x32, 0x38));
    setBoth(p, QPalette::ToolTipBase, QColor(0x2b, 0x2d, 0x33), QColor(0x2b, 0x2d, 0x33));
    setBoth(p, QPalette::ToolTipText, text, disabledText);
    setBoth(p, QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa4), disabledText);
    setBoth(p, QPalette::Text, text, disabledText);
    setBoth(p, QPalette::Button, QColor(0x33, 0x36, 0x3c), QColor(0x28, 0x2a, 0x2f));
    setBoth(p, QPalette::ButtonText, text, disabledText);
    setBoth(p, QPalette::BrightText, Qt::white, Qt::white);
    setBoth(p, QPalette::Light, QColor(0x3a, 0x3d, 0x44), QColor(0x3a, 0x3d, 0x44));
    setBoth(p, QPalette::Midlight, QColor(0x32, 0x34, 0x3a), QColor(0x32, 0x34, 0x3a));
    setBoth(p, QPalette::Mid, QColor(0x26, 0x28, 0x2d), QColor(0x26, 0x28, 0x2d));
    setBoth(p, QPalette::Dark, QColor(0x12, 0x13, 0x15), QColor(0x12, 0x13, 0x15));
    setBoth(p, QPalette::Shadow, QColor(0x08, 0x08, 0x0a), QColor(0x08, 0x08, 0x0a));
    setBoth(p, QPalette::Highlight, kAccentDark, QColor(0x3a, 0x3d, 0x44));
    setBoth(p, QPalette::HighlightedText, Qt::white, disabledText);
    setBoth(p, QPalette::Link, QColor(0x7a, 0xa7, 0xff), QColor(0x7a, 0xa7, 0xff));
    setBoth(p, QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb), QColor(0xb3, 0x9d, 0xdb));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x4a, 0x2c, 0x2a));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, text);
    return p;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x14);
}

QColor Theme::warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xc8, 0x57) : QColor(0x8a, 0x55, 0x00);
}

QColor Theme::successColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x7d, 0xd8, 0x8f) : QColor(0x1b, 0x6e, 0x2e);
}

QColor Theme::bannerColor(const QPalette &palette, const QColor &tone)
{
    // About a fifth of the tone over the window: 7.5:1 or more against WindowText in both palettes.
    const QColor window = palette.color(QPalette::Window);
    const qreal share = isDark(palette) ? 0.22 : 0.18;
    const auto mix = [share](int ground, int colour) { return qRound(ground * (1 - share) + colour * share); };
    return QColor(mix(window.red(), tone.red()), mix(window.green(), tone.green()), mix(window.blue(), tone.blue()));
}

Theme::Mode Theme::mode()
{
    return g_mode;
}

Theme::Mode Theme::fromName(QStringView name)
{
    if (name.compare(u"light", Qt::CaseInsensitive) == 0)
        return Light;
    if (name.compare(u"dark", Qt::CaseInsensitive) == 0)
        return Dark;
    return System;
}

void Theme::apply(Mode mode)
{
    if (!g_systemPaletteSaved) {
        g_systemPalette = QApplication::palette();
        g_systemPaletteSaved = true;
    }
    g_mode = mode;
    if (QApplication::style()->name() != u"fusion") {
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion); // the application takes ownership
    }
    bool dark = mode == Dark;
    if (mode == System)
        dark = isDark(g_systemPalette);
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    for (QWidget *widget : QApplication::allWidgets())
        if (widget->property(kToneProperty).isValid())
            paintTone(widget);
}

void Theme::setTone(QWidget *widget, Tone tone)
{
    widget->setProperty(kToneProperty, int(tone));
    widget->setProperty(kBannerProperty, false);
    paintTone(widget);
}

void Theme::setBanner(QWidget *widget, Tone tone)
{
    widget->setProperty(kToneProperty, int(tone));
    widget->setProperty(kBannerProperty, true);
    paintTone(widget);
}

} // namespace inkan::ui
