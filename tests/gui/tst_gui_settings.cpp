// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// SettingsPage: choices are saved at once and survive a restart (a new page on the same data
// folder); the theme applies at once; a bad position is refused with a sentence; services are
// added and removed through the hub.
#include "GuiTestSupport.h"
#include "Theme.h"
#include "pages/SettingsPage.h"
#include "session/ServiceHub.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan;

class TestGuiSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void settingsSurviveARestart()
    {
        QTemporaryDir dir;
        session::ServiceHub::Options options;
        options.dataDir = dir.path();
        options.secrets.preferred = QStringLiteral("file");
        options.secrets.scryptN = 1 << 10;
        {
            session::ServiceHub hub(options);
            ui::SettingsPage page(hub);
            page.show();
            QVERIFY2(test::unnamedControls(&page).isEmpty(), qPrintable(test::unnamedControls(&page).join(u',')));
            auto *theme = page.findChild<QComboBox *>(QStringLiteral("settingsThemeCombo"));
            theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
            QCOMPARE(ui::Theme::mode(), ui::Theme::Dark);
            auto *language = page.findChild<QComboBox *>(QStringLiteral("settingsLanguageCombo"));
            language->setCurrentIndex(language->findData(QStringLiteral("ja")));
            auto *autoLock = page.findChild<QSpinBox *>(QStringLiteral("settingsAutoLockSpin"));
            autoLock->setValue(15);
            QTest::mouseClick(page.findChild<QCheckBox *>(QStringLiteral("settingsLockOnMinimiseCheck")), Qt::LeftButton);
            auto *lat = page.findChild<QLineEdit *>(QStringLiteral("settingsLatitudeEdit"));
            auto *lon = page.findChild<QLineEdit *>(QStringLiteral("settingsLongitudeEdit"));
            QTest::keyClicks(lat, QStringLiteral("35.5"));
            QTest::keyClicks(lon, QStringLiteral("139.25"));
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("settingsSavePositionButton")), Qt::LeftButton);
            QVERIFY(!page.findChild<QLabel *>(QStringLiteral("settingsErrorLabel"))->isVisible());

            QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("settingsServiceNameEdit")), QStringLiteral("org"));
            QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("settingsServiceUrlEdit")), QStringLiteral("https://api.example.com/rest/v1"));
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("settingsAddServiceButton")), Qt::LeftButton);
            auto *table = page.findChild<QTableWidget *>(QStringLiteral("settingsServicesTable"));
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("org"));

            QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("settingsServiceNameEdit")), QStringLiteral("plain"));
            QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("settingsServiceUrlEdit")), QStringLiteral("http://example.com"));
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("settingsAddServiceButton")), Qt::LeftButton);
            QVERIFY(page.findChild<QLabel *>(QStringLiteral("settingsErrorLabel"))->isVisible()); // http to a remote host
            QCOMPARE(table->rowCount(), 1);
            if (const QString shots = qEnvironmentVariable("INKAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
                page.resize(900, 700);
                page.grab().save(shots + QStringLiteral("/settings.png"));
            }
        }
        ui::Theme::apply(ui::Theme::System);
        session::ServiceHub hub(options);
        hub.setPasswordSource([](session::PasswordAnswer answer) {
            QByteArray pw("pw");
            answer(crypto::SecureBytes::takeFrom(pw));
        });
        ui::SettingsPage page(hub);
        page.show();
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("settingsThemeCombo"))->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("settingsLanguageCombo"))->currentData().toString(), QStringLiteral("ja"));
        QCOMPARE(page.findChild<QSpinBox *>(QStringLiteral("settingsAutoLockSpin"))->value(), 15);
        QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("settingsLockOnMinimiseCheck"))->isChecked());
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("settingsLatitudeEdit"))->text(), QStringLiteral("35.5"));
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("settingsLongitudeEdit"))->text(), QStringLiteral("139.25"));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("settingsServicesTable"));
        QCOMPARE(table->rowCount(), 1);

        // Remove through the hub.
        table->selectRow(0);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("settingsRemoveServiceButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, 15'000);
        QVERIFY(hub.accounts().accounts().isEmpty());
    }

    void badPositionIsRefused()
    {
        QTemporaryDir dir;
        session::ServiceHub::Options options;
        options.dataDir = dir.path();
        session::ServiceHub hub(options);
        ui::SettingsPage page(hub);
        page.show();
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("settingsLatitudeEdit")), QStringLiteral("35"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("settingsSavePositionButton")), Qt::LeftButton);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("settingsErrorLabel"))->isVisible());
        QVERIFY(!session::AppSettings(dir.path()).holderPosition());
    }

    void choicesKeepTheirSizeHint()
    {
        QTemporaryDir dir;
        session::ServiceHub::Options options;
        options.dataDir = dir.path();
        session::ServiceHub hub(options);
        ui::SettingsPage page(hub);
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Combo and spin boxes stay at their size hint; the text fields take the width.
        for (const char *name : {"settingsLanguageCombo", "settingsThemeCombo", "settingsAutoLockSpin", "settingsVerdictSecondsSpin",
                                 "settingsSaveScannerButton"}) {
            auto *field = page.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(field->width() == field->sizeHint().width(), name);
        }
        auto *scannerName = page.findChild<QLineEdit *>(QStringLiteral("settingsScannerNameEdit"));
        QVERIFY(scannerName->width() > page.width() / 2);
    }

    void venueScannerSettings()
    {
        QTemporaryDir dir;
        session::ServiceHub::Options options;
        options.dataDir = dir.path();
        session::ServiceHub hub(options);
        ui::SettingsPage page(hub);
        page.show();
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("settingsScannerNameEdit"));
        auto *save = page.findChild<QPushButton *>(QStringLiteral("settingsSaveScannerButton"));
        auto *error = page.findChild<QLabel *>(QStringLiteral("settingsErrorLabel"));
        // Half a position is refused with a sentence, and nothing is kept.
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Gate 2"));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("settingsVenueLatitudeEdit")), QStringLiteral("35.6812"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("venue")));
        QVERIFY(!session::AppSettings(dir.path()).venuePosition());
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("settingsVenueLongitudeEdit")), QStringLiteral("139.7671"));
        page.findChild<QSpinBox *>(QStringLiteral("settingsVerdictSecondsSpin"))->setValue(6);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!error->isVisible());
        const session::AppSettings saved(dir.path());
        QCOMPARE(saved.scannerName(), QStringLiteral("Gate 2"));
        QCOMPARE(saved.venuePosition(), std::optional<session::GeoPosition>(session::GeoPosition{35.6812, 139.7671}));
        QCOMPARE(saved.verdictSeconds(), 6);
        QVERIFY(test::unnamedControls(&page).isEmpty());
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
