// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// AppSettings: defaults, validation, and values that survive a new instance (a restart); the
// accounts in the same settings.ini are left alone.
#include "session/AccountStore.h"
#include "session/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan::session;

class TestAppSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.theme(), QStringLiteral("system"));
        QCOMPARE(settings.autoLockMinutes(), 5);
        QVERIFY(!settings.lockOnMinimise());
        QVERIFY(!settings.privacyMode());
        QVERIFY(!settings.holderPosition());
    }

    void surviveARestart()
    {
        QTemporaryDir dir;
        AccountStore accounts(QDir(dir.path()).filePath(QStringLiteral("settings.ini")));
        QVERIFY(accounts.add(ServiceKind::NonceAuth, QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("users")).ok());
        {
            AppSettings settings(dir.path());
            QVERIFY(settings.setLanguage(QStringLiteral("ja")).ok());
            QVERIFY(settings.setTheme(QStringLiteral("dark")).ok());
            QVERIFY(settings.setAutoLockMinutes(15).ok());
            QVERIFY(settings.setLockOnMinimise(true).ok());
            QVERIFY(settings.setPrivacyMode(true).ok());
            QVERIFY(settings.setHolderPosition(GeoPosition{35.6812, 139.7671}).ok());
        }
        AppSettings again(dir.path());
        QCOMPARE(again.language(), QStringLiteral("ja"));
        QCOMPARE(again.theme(), QStringLiteral("dark"));
        QCOMPARE(again.autoLockMinutes(), 15);
        QVERIFY(again.lockOnMinimise());
        QVERIFY(again.privacyMode());
        QCOMPARE(again.holderPosition(), (GeoPosition{35.6812, 139.7671}));
        QVERIFY(again.setHolderPosition(std::nullopt).ok());
        QVERIFY(!AppSettings(dir.path()).holderPosition());
        QCOMPARE(accounts.accounts().size(), 1); // the accounts beside them are untouched
        // Nothing secret: the file holds only these names.
        QFile file(again.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("password"));
    }

    void refusesBadValues()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        QVERIFY(!settings.setLanguage(QStringLiteral("fr")).ok());
        QVERIFY(!settings.setTheme(QStringLiteral("pink")).ok());
        QVERIFY(!settings.setAutoLockMinutes(-1).ok());
        QVERIFY(!settings.setAutoLockMinutes(24 * 60 + 1).ok());
        QVERIFY(!settings.setHolderPosition(GeoPosition{91, 0}).ok());
        QVERIFY(!settings.setHolderPosition(GeoPosition{0, -180.5}).ok());
        QVERIFY(!settings.setHolderPosition(GeoPosition{std::nan(""), 0}).ok());
        QVERIFY(settings.setHolderPosition(GeoPosition{-90, 180}).ok());
        QVERIFY(settings.setLanguage(QString()).ok());
        QCOMPARE(settings.theme(), QStringLiteral("system"));
    }

    void scannerSettings()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(dir.path());
            QVERIFY(!settings.venuePosition());
            QVERIFY(!settings.scannerName().isEmpty()); // the host name until one is given
            QCOMPARE(settings.verdictSeconds(), 4);
            QVERIFY(!settings.scannerMirrored());
            QVERIFY(!settings.scannerHidesPersonalData());
            QVERIFY(settings.scannerCamera().isEmpty());
            QVERIFY(!settings.setScannerName(QStringLiteral("   ")).ok());
            QVERIFY(!settings.setScannerName(QStringLiteral("Gate\n2")).ok());
            QVERIFY(!settings.setScannerName(QString(61, QLatin1Char('x'))).ok());
            QVERIFY(!settings.setVerdictSeconds(0).ok());
            QVERIFY(!settings.setVerdictSeconds(31).ok());
            QVERIFY(!settings.setVenuePosition(GeoPosition{0, 181}).ok());
            QVERIFY(settings.setScannerName(QStringLiteral(" Gate 2 ")).ok());
            QVERIFY(settings.setVenuePosition(GeoPosition{35.6812, 139.7671}).ok());
            QVERIFY(settings.setVerdictSeconds(7).ok());
            QVERIFY(settings.setScannerMirrored(true).ok());
            QVERIFY(settings.setScannerHidesPersonalData(true).ok());
            QVERIFY(settings.setScannerCamera(QByteArray("/dev/video0\x01")).ok());
        }
        {
            AppSettings settings(dir.path());
            QVERIFY(settings.unfinishedBatchCsv().isEmpty());
            QVERIFY(!settings.setUnfinishedBatchCsv(QStringLiteral("relative.csv")).ok());
            QVERIFY(settings.setUnfinishedBatchCsv(QStringLiteral("/data/members.csv")).ok());
        }
        QCOMPARE(AppSettings(dir.path()).unfinishedBatchCsv(), QStringLiteral("/data/members.csv"));
        QVERIFY(AppSettings(dir.path()).setUnfinishedBatchCsv({}).ok());
        QVERIFY(AppSettings(dir.path()).unfinishedBatchCsv().isEmpty());
        AppSettings settings(dir.path());
        QCOMPARE(settings.scannerName(), QStringLiteral("Gate 2"));
        QCOMPARE(settings.venuePosition(), std::optional<GeoPosition>(GeoPosition{35.6812, 139.7671}));
        QCOMPARE(settings.verdictSeconds(), 7);
        QVERIFY(settings.scannerMirrored());
        QVERIFY(settings.scannerHidesPersonalData());
        QCOMPARE(settings.scannerCamera(), QByteArray("/dev/video0\x01"));
        QVERIFY(!settings.holderPosition()); // a separate position

        QVERIFY(!settings.hasKioskPin());
        QVERIFY(!settings.checkKioskPin(QString()));
        QVERIFY(!settings.setKioskPin(QStringLiteral("12a4")).ok());
        QVERIFY(!settings.setKioskPin(QStringLiteral("123")).ok());
        QVERIFY(settings.setKioskPin(QStringLiteral("2468")).ok());
        QVERIFY(settings.hasKioskPin());
        QVERIFY(settings.checkKioskPin(QStringLiteral("2468")));
        QVERIFY(!settings.checkKioskPin(QStringLiteral("2469")));
        QFile file(settings.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("kiosk_pin=2468")); // only a salted hash
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
