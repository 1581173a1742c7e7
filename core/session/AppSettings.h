// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The app's own preferences (never a secret): language, theme, auto-lock, lock on minimise,
// privacy mode and the holder's position. Kept in QSettings (INI) in the data folder, in <data dir>/settings.ini
// under [app], beside the accounts. Every setter checks its value and writes at once.
#include "Error.h"
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace inkan::session {

struct GeoPosition {
    double latitude = 0;
    double longitude = 0;
    bool operator==(const GeoPosition &) const = default;
};

class AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    /// `dataDir`: the app's data folder.
    explicit AppSettings(const QString &dataDir);

    /// "" (the system's), "en" or "ja"; applied at the next start.
    QString language() const;
    Result<void> setLanguage(const QString &language);
    /// "system", "light" or "dark".
    QString theme() const;
    Result<void> setTheme(const QString &theme);
    /// Minutes of inactivity before the wallet locks; 0 never. At most 24 hours.
    int autoLockMinutes() const;
    Result<void> setAutoLockMinutes(int minutes);
    bool lockOnMinimise() const;
    Result<void> setLockOnMinimise(bool lock);
    /// Privacy mode (balances, addresses and personal data masked), kept across restarts.
    bool privacyMode() const;
    Result<void> setPrivacyMode(bool on);
    std::optional<GeoPosition> holderPosition() const;
    /// Latitude −90…90, longitude −180…180; nullopt forgets it.
    Result<void> setHolderPosition(std::optional<GeoPosition> position);

    // The organization page's batch mint.
    /// The CSV of the last batch started and not finished, so a restarted app can offer to resume
    /// it from its journal; empty when none.
    QString unfinishedBatchCsv() const;
    /// An absolute path, or empty to forget it (the batch finished).
    Result<void> setUnfinishedBatchCsv(const QString &path);

    /// The account last chosen in the window's switcher (its id), chosen again at the next start.
    QString currentAccount() const;
    Result<void> setCurrentAccount(const QString &accountId);

    // The venue scanner (page "scanner").
    /// Where the scanner stands (sent with every step2); nullopt until set.
    std::optional<GeoPosition> venuePosition() const;
    Result<void> setVenuePosition(std::optional<GeoPosition> position);
    /// The name this scanner goes by in the scan history ("Gate 2"); the host name by default.
    QString scannerName() const;
    /// 1–60 characters, no line breaks.
    Result<void> setScannerName(const QString &name);
    /// The QCameraDevice::id() chosen on the scanner page; empty for the system's default.
    QByteArray scannerCamera() const;
    Result<void> setScannerCamera(const QByteArray &deviceId);
    /// The preview is flipped left to right (a camera that delivers a mirrored image).
    bool scannerMirrored() const;
    Result<void> setScannerMirrored(bool mirrored);
    /// Holder names and addresses stay off the verdict screen.
    bool scannerHidesPersonalData() const;
    Result<void> setScannerHidesPersonalData(bool hide);
    /// Seconds a verdict stays before scanning resumes: 1–30, 4 by default.
    int verdictSeconds() const;
    Result<void> setVerdictSeconds(int seconds);

    /// The PIN that staff set to leave the scanner's kiosk mode: 4 to 8 digits, kept only as a
    /// salted hash. hasKioskPin() is false until one is set.
    bool hasKioskPin() const;
    Result<void> setKioskPin(const QString &pin);
    bool checkKioskPin(const QString &pin) const;

    QString path() const { return m_path; }

private:
    std::optional<GeoPosition> position(const char *latKey, const char *lonKey) const;
    Result<void> setPosition(const char *latKey, const char *lonKey, std::optional<GeoPosition> position);
    QVariant value(const char *key, const QVariant &fallback) const;
    Result<void> write(const char *key, const QVariant &value);
    Result<void> remove(const char *key);

    QString m_path;
};

} // namespace inkan::session
