// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "AppSettings.h"

#include <QDir>
#include <QSettings>
#include <cmath>

namespace inkan::session {

namespace {
const QString kGroup = QStringLiteral("app/");
}

AppSettings::AppSettings(const QString &dataDir) : m_path(QDir(dataDir).filePath(QStringLiteral("settings.ini"))) {}

QVariant AppSettings::value(const char *key, const QVariant &fallback) const
{
    QSettings s(m_path, QSettings::IniFormat);
    return s.value(kGroup + QLatin1String(key), fallback);
}

Result<void> AppSettings::write(const char *key, const QVariant &value)
{
    QSettings s(m_path, QSettings::IniFormat);
    s.setValue(kGroup + QLatin1String(key), value);
    s.sync();
    if (s.status() != QSettings::NoError)
        return makeError(ErrorKind::Io, tr("The settings could not be saved to %1; check that the folder is writable.")
                                            .arg(QDir::toNativeSeparators(m_path)));
    return {};
}

Result<void> AppSettings::remove(const char *key)
{
    QSettings s(m_path, QSettings::IniFormat);
    s.remove(kGroup + QLatin1String(key));
    s.sync();
    if (s.status() != QSettings::NoError)
        return makeError(ErrorKind::Io, tr("The settings could not be saved to %1; check that the folder is writable.")
                                            .arg(QDir::toNativeSeparators(m_path)));
    return {};
}

QString AppSettings::language() const
{
    const QString language = value("language", QString()).toString();
    return language == u"en" || language == u"ja" ? language : QString();
}

Result<void> AppSettings::setLanguage(const QString &language)
{
    if (!language.isEmpty() && language != u"en" && language != u"ja")
        return makeError(ErrorKind::InvalidInput, tr("Choose the system's language, English or Japanese."));
    return write("language", language);
}

QString AppSettings::theme() const
{
    const QString theme = value("theme", QStringLiteral("system")).toString();
    return theme == u"light" || theme == u"dark" ? theme : QStringLiteral("system");
}

Result<void> AppSettings::setTheme(const QString &theme)
{
    if (theme != u"system" && theme != u"light" && theme != u"dark")
        return makeError(ErrorKind::InvalidInput, tr("Choose the system's theme, light or dark."));
    return write("theme", theme);
}

int AppSettings::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = value("auto_lock_minutes", 5).toInt(&ok);
    return ok && minutes >= 0 && minutes <= 24 * 60 ? minutes : 5;
}

Result<void> AppSettings::setAutoLockMinutes(int minutes)
{
    if (minutes < 0 || minutes > 24 * 60)
        return makeError(ErrorKind::InvalidInput, tr("Auto-lock takes 0 (never) to 1440 minutes."));
    return write("auto_lock_minutes", minutes);
}

bool AppSettings::lockOnMinimise() const
{
    return value("lock_on_minimise", false).toBool();
}

Result<void> AppSettings::setLockOnMinimise(bool lock)
{
    return write("lock_on_minimise", lock);
}

std::optional<GeoPosition> AppSettings::holderPosition() const
{
    bool okLat = false, okLon = false;
    const double lat = value("holder_latitude", QVariant()).toDouble(&okLat);
    const double lon = value("holder_longitude", QVariant()).toDouble(&okLon);
    if (!okLat || !okLon || std::abs(lat) > 90 || std::abs(lon) > 180)
        return std::nullopt;
    return GeoPosition{lat, lon};
}

Result<void> AppSettings::setHolderPosition(std::optional<GeoPosition> position)
{
    if (!position) {
        if (Result<void> removed = remove("holder_latitude"); !removed)
            return removed;
        return remove("holder_longitude");
    }
    if (!std::isfinite(position->latitude) || std::abs(position->latitude) > 90)
        return makeError(ErrorKind::InvalidInput, tr("The latitude must be between -90 and 90 degrees."));
    if (!std::isfinite(position->longitude) || std::abs(position->longitude) > 180)
        return makeError(ErrorKind::InvalidInput, tr("The longitude must be between -180 and 180 degrees."));
    if (Result<void> lat = write("holder_latitude", position->latitude); !lat)
        return lat;
    return write("holder_longitude", position->longitude);
}

} // namespace inkan::session
