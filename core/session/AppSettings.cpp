// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "AppSettings.h"

#include <QDir>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>
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

bool AppSettings::privacyMode() const
{
    return value("privacy_mode", false).toBool();
}

Result<void> AppSettings::setPrivacyMode(bool on)
{
    return write("privacy_mode", on);
}

std::optional<GeoPosition> AppSettings::position(const char *latKey, const char *lonKey) const
{
    bool okLat = false, okLon = false;
    const double lat = value(latKey, QVariant()).toDouble(&okLat);
    const double lon = value(lonKey, QVariant()).toDouble(&okLon);
    if (!okLat || !okLon || std::abs(lat) > 90 || std::abs(lon) > 180)
        return std::nullopt;
    return GeoPosition{lat, lon};
}

Result<void> AppSettings::setPosition(const char *latKey, const char *lonKey, std::optional<GeoPosition> position)
{
    if (!position) {
        if (Result<void> removed = remove(latKey); !removed)
            return removed;
        return remove(lonKey);
    }
    if (!std::isfinite(position->latitude) || std::abs(position->latitude) > 90)
        return makeError(ErrorKind::InvalidInput, tr("The latitude must be between -90 and 90 degrees."));
    if (!std::isfinite(position->longitude) || std::abs(position->longitude) > 180)
        return makeError(ErrorKind::InvalidInput, tr("The longitude must be between -180 and 180 degrees."));
    if (Result<void> lat = write(latKey, position->latitude); !lat)
        return lat;
    return write(lonKey, position->longitude);
}

std::optional<GeoPosition> AppSettings::holderPosition() const
{
    return position("holder_latitude", "holder_longitude");
}

Result<void> AppSettings::setHolderPosition(std::optional<GeoPosition> position)
{
    return setPosition("holder_latitude", "holder_longitude", position);
}

std::optional<GeoPosition> AppSettings::venuePosition() const
{
    return position("venue_latitude", "venue_longitude");
}

Result<void> AppSettings::setVenuePosition(std::optional<GeoPosition> position)
{
    return setPosition("venue_latitude", "venue_longitude", position);
}

QString AppSettings::unfinishedBatchCsv() const
{
    return value("batch_unfinished_csv", QString()).toString();
}

Result<void> AppSettings::setUnfinishedBatchCsv(const QString &path)
{
    if (!path.isEmpty() && (QDir::isRelativePath(path) || path.contains(QLatin1Char('\n'))))
        return makeError(ErrorKind::InvalidInput, tr("The batch file must be given by its full path."));
    return write("batch_unfinished_csv", path);
}

QString AppSettings::currentAccount() const
{
    return value("current_account", QString()).toString();
}

Result<void> AppSettings::setCurrentAccount(const QString &accountId)
{
    return write("current_account", accountId);
}

QString AppSettings::scannerName() const
{
    const QString name = value("scanner_name", QString()).toString().trimmed();
    return name.isEmpty() ? QSysInfo::machineHostName() : name;
}

Result<void> AppSettings::setScannerName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 60 || trimmed.contains(QLatin1Char('\n')) || trimmed.contains(QLatin1Char('\r')))
        return makeError(ErrorKind::InvalidInput, tr("Give the scanner a name of 1 to 60 characters on one line, such as \"Gate 2\"."));
    return write("scanner_name", trimmed);
}

QByteArray AppSettings::scannerCamera() const
{
    return QByteArray::fromBase64(value("scanner_camera", QByteArray()).toByteArray());
}

Result<void> AppSettings::setScannerCamera(const QByteArray &deviceId)
{
    // Device ids can hold any byte (a path, a USB id); base64 keeps the INI file readable.
    return write("scanner_camera", deviceId.toBase64());
}

bool AppSettings::scannerMirrored() const
{
    return value("scanner_mirrored", false).toBool();
}

Result<void> AppSettings::setScannerMirrored(bool mirrored)
{
    return write("scanner_mirrored", mirrored);
}

bool AppSettings::scannerHidesPersonalData() const
{
    return value("scanner_hide_personal_data", false).toBool();
}

Result<void> AppSettings::setScannerHidesPersonalData(bool hide)
{
    return write("scanner_hide_personal_data", hide);
}

int AppSettings::verdictSeconds() const
{
    bool ok = false;
    const int seconds = value("verdict_seconds", 4).toInt(&ok);
    return ok && seconds >= 1 && seconds <= 30 ? seconds : 4;
}

Result<void> AppSettings::setVerdictSeconds(int seconds)
{
    if (seconds < 1 || seconds > 30)
        return makeError(ErrorKind::InvalidInput, tr("A verdict stays 1 to 30 seconds."));
    return write("verdict_seconds", seconds);
}

namespace {
QByteArray pinHash(const QByteArray &salt, const QString &pin)
{
    return QCryptographicHash::hash(QByteArray(salt + pin.toUtf8()), QCryptographicHash::Sha256).toHex();
}
} // namespace

bool AppSettings::hasKioskPin() const
{
    return value("kiosk_pin", QByteArray()).toByteArray().contains('$');
}

Result<void> AppSettings::setKioskPin(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (!digits.match(pin).hasMatch())
        return makeError(ErrorKind::InvalidInput, tr("A kiosk PIN is 4 to 8 digits."));
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(salt.data()),
                                         reinterpret_cast<quint32 *>(salt.data() + salt.size()));
    salt = salt.toHex();
    return write("kiosk_pin", QByteArray(salt + '$' + pinHash(salt, pin)));
}

bool AppSettings::checkKioskPin(const QString &pin) const
{
    const QByteArray stored = value("kiosk_pin", QByteArray()).toByteArray();
    const qsizetype dollar = stored.indexOf('$');
    if (dollar < 0)
        return false;
    return pinHash(stored.left(dollar), pin) == stored.mid(dollar + 1);
}

} // namespace inkan::session
