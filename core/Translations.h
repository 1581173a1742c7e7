// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The application's translations: translations/inkan_<lang>.ts, compiled to .qm at build time and
// embedded as resources under :/i18n (see translations/CMakeLists.txt).
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace inkan {

/// Installs on app the Inkan translation that best fits locale (by default the user's locale,
/// which follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG) and Qt's own translation for it where
/// one is installed. English, the source language, needs no catalog (its plural
/// forms, "%n NFT(s)" as "1 NFT" / "2 NFTs", are always installed). Returns the name of the Inkan
/// translation installed ("ja", …), or an empty string when the user's languages have none.
/// The translators are children of app; call once, after creating the application object.
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

/// The languages Inkan has a translation for, e.g. {"ja"}.
QStringList availableTranslations();

} // namespace inkan
