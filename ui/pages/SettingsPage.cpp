// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "SettingsPage.h"
#include "dialogs/FutureResult.h"

#include "ServiceKinds.h"
#include "Named.h"
#include "Theme.h"
#include "session/ServiceHub.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inkan::ui {

using session::ServiceKind;

SettingsPage::SettingsPage(session::ServiceHub &hub, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_settings(hub.dataDir())
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    // Services.
    auto *services = new QGroupBox(tr("Services"));
    auto *servicesLayout = new QVBoxLayout(services);
    m_services = named(new QTableWidget(0, 4), "settingsServicesTable", tr("Service accounts"));
    m_services->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Base URL"), tr("Signed in as")});
    m_services->horizontalHeader()->setStretchLastSection(true);
    m_services->verticalHeader()->hide();
    m_services->setCornerButtonEnabled(false);
    m_services->horizontalHeader()->setObjectName(QStringLiteral("settingsServicesHeader"));
    m_services->horizontalHeader()->setAccessibleName(tr("Columns"));
    m_services->verticalHeader()->setObjectName(QStringLiteral("settingsServicesRowHeader"));
    m_services->verticalHeader()->setAccessibleName(tr("Rows"));
    if (auto *corner = m_services->findChild<QAbstractButton *>()) {
        corner->setObjectName(QStringLiteral("settingsServicesCorner"));
        corner->setAccessibleName(tr("Select all"));
    }
    m_services->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_services->setSelectionMode(QAbstractItemView::SingleSelection);
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_services->setTabKeyNavigation(false);
    m_services->setMinimumHeight(140);
    servicesLayout->addWidget(m_services);
    auto *rowButtons = new QHBoxLayout;
    m_signIn = named(new QPushButton(tr("Sign in…")), "settingsSignInButton", tr("Sign in"));
    m_remove = named(new QPushButton(tr("Remove")), "settingsRemoveServiceButton", tr("Remove service account"));
    rowButtons->addWidget(m_signIn);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    servicesLayout->addLayout(rowButtons);
    auto *addRow = new QHBoxLayout;
    m_kind = named(new QComboBox, "settingsKindCombo", tr("Service kind"));
    addServiceKinds(m_kind);
    m_name = named(new QLineEdit, "settingsServiceNameEdit", tr("Account name"));
    m_name->setPlaceholderText(tr("Name"));
    m_url = named(new QLineEdit, "settingsServiceUrlEdit", tr("Base URL"));
    m_url->setPlaceholderText(tr("https://…"));
    m_add = named(new QPushButton(tr("Add service")), "settingsAddServiceButton", tr("Add service"));
    addRow->addWidget(m_kind);
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_url, 2);
    addRow->addWidget(m_add);
    servicesLayout->addLayout(addRow);
    layout->addWidget(services);

    // Appearance and language.
    auto *appearance = new QGroupBox(tr("Appearance"));
    auto *appearanceForm = new QFormLayout(appearance);
    // Choices, not text: the combo boxes keep their size hint instead of spanning the page.
    appearanceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language = named(new QComboBox, "settingsLanguageCombo", tr("Language"));
    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    auto *languageNote = new QLabel(tr("A new language is used from the next start."));
    languageNote->setObjectName(QStringLiteral("settingsLanguageNote"));
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(QString(), languageNote);
    m_theme = named(new QComboBox, "settingsThemeCombo", tr("Theme"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(m_settings.theme())));
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    layout->addWidget(appearance);

    // Security.
    auto *security = new QGroupBox(tr("Security"));
    auto *securityForm = new QFormLayout(security);
    securityForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_autoLock = named(new QSpinBox, "settingsAutoLockSpin", tr("Auto-lock after minutes"));
    m_autoLock->setRange(0, 24 * 60);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(m_settings.autoLockMinutes());
    securityForm->addRow(tr("&Auto-lock after:"), m_autoLock);
    m_lockOnMinimise = named(new QCheckBox(tr("Lock when the window is minimised")), "settingsLockOnMinimiseCheck",
                             tr("Lock when the window is minimised"));
    m_lockOnMinimise->setChecked(m_settings.lockOnMinimise());
    securityForm->addRow(QString(), m_lockOnMinimise);
    layout->addWidget(security);

    // The holder's position.
    auto *position = new QGroupBox(tr("Your position"));
    auto *positionLayout = new QHBoxLayout(position);
    m_latitude = named(new QLineEdit, "settingsLatitudeEdit", tr("Latitude"));
    m_latitude->setPlaceholderText(tr("Latitude, e.g. 35.6812"));
    m_latitude->setValidator(new QDoubleValidator(-90, 90, 7, m_latitude));
    m_longitude = named(new QLineEdit, "settingsLongitudeEdit", tr("Longitude"));
    m_longitude->setPlaceholderText(tr("Longitude, e.g. 139.7671"));
    m_longitude->setValidator(new QDoubleValidator(-180, 180, 7, m_longitude));
    if (auto saved = m_settings.holderPosition()) {
        m_latitude->setText(QString::number(saved->latitude, 'g', 10));
        m_longitude->setText(QString::number(saved->longitude, 'g', 10));
    }
    m_savePosition = named(new QPushButton(tr("Save position")), "settingsSavePositionButton", tr("Save position"));
    positionLayout->addWidget(m_latitude);
    positionLayout->addWidget(m_longitude);
    positionLayout->addWidget(m_savePosition);
    layout->addWidget(position);

    // The venue scanner (page "Scanner"): its name in the scan history, where it stands (sent
    // with every check), how long a verdict stays.
    auto *scanner = new QGroupBox(tr("Venue scanner"));
    auto *scannerForm = new QFormLayout(scanner);
    m_scannerName = named(new QLineEdit(m_settings.scannerName()), "settingsScannerNameEdit", tr("Scanner name"));
    m_scannerName->setMaxLength(60);
    scannerForm->addRow(tr("Scanner name:"), m_scannerName);
    auto *venueRow = new QHBoxLayout;
    m_venueLatitude = named(new QLineEdit, "settingsVenueLatitudeEdit", tr("Venue latitude"));
    m_venueLatitude->setPlaceholderText(tr("Latitude, e.g. 35.6812"));
    m_venueLatitude->setValidator(new QDoubleValidator(-90, 90, 7, m_venueLatitude));
    m_venueLongitude = named(new QLineEdit, "settingsVenueLongitudeEdit", tr("Venue longitude"));
    m_venueLongitude->setPlaceholderText(tr("Longitude, e.g. 139.7671"));
    m_venueLongitude->setValidator(new QDoubleValidator(-180, 180, 7, m_venueLongitude));
    if (auto venue = m_settings.venuePosition()) {
        m_venueLatitude->setText(QString::number(venue->latitude, 'g', 10));
        m_venueLongitude->setText(QString::number(venue->longitude, 'g', 10));
    }
    venueRow->addWidget(m_venueLatitude);
    venueRow->addWidget(m_venueLongitude);
    scannerForm->addRow(tr("Venue position:"), venueRow);
    m_verdictSeconds = named(new QSpinBox, "settingsVerdictSecondsSpin", tr("Seconds a verdict stays"));
    m_verdictSeconds->setRange(1, 30);
    m_verdictSeconds->setSuffix(tr(" s"));
    m_verdictSeconds->setValue(m_settings.verdictSeconds());
    m_verdictSeconds->setSizePolicy(QSizePolicy::Fixed, m_verdictSeconds->sizePolicy().verticalPolicy());
    scannerForm->addRow(tr("Verdict stays:"), m_verdictSeconds);
    m_saveScanner = named(new QPushButton(tr("Save scanner settings")), "settingsSaveScannerButton", tr("Save scanner settings"));
    m_saveScanner->setSizePolicy(QSizePolicy::Fixed, m_saveScanner->sizePolicy().verticalPolicy());
    scannerForm->addRow(QString(), m_saveScanner); // the name field alone stays wide
    connect(m_saveScanner, &QPushButton::clicked, this, &SettingsPage::saveScanner);
    layout->addWidget(scanner);

    m_error = named(new QLabel, "settingsErrorLabel", tr("Error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_add, &QPushButton::clicked, this, &SettingsPage::addService);
    connect(m_remove, &QPushButton::clicked, this, &SettingsPage::removeService);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        const int row = m_services->currentRow();
        Q_EMIT signInRequested(row < 0 ? QString() : m_services->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_services, &QTableWidget::itemSelectionChanged, this, [this] { m_remove->setEnabled(m_services->currentRow() >= 0); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { saved(m_settings.setLanguage(m_language->currentData().toString())); });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        const QString theme = m_theme->currentData().toString();
        saved(m_settings.setTheme(theme));
        Theme::apply(Theme::fromName(theme));
    });
    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        saved(m_settings.setAutoLockMinutes(minutes));
        Q_EMIT lockSettingsChanged();
    });
    connect(m_lockOnMinimise, &QCheckBox::toggled, this, [this](bool on) {
        saved(m_settings.setLockOnMinimise(on));
        Q_EMIT lockSettingsChanged();
    });
    connect(m_savePosition, &QPushButton::clicked, this, &SettingsPage::savePosition);
    connect(&m_hub, &session::ServiceHub::accountsChanged, this, &SettingsPage::reloadServices);
    reloadServices();
}

void SettingsPage::reloadServices()
{
    m_services->setRowCount(0);
    for (const session::Account &account : m_hub.accounts().accounts()) {
        const int row = m_services->rowCount();
        m_services->insertRow(row);
        auto *name = new QTableWidgetItem(account.name);
        name->setData(Qt::UserRole, account.id);
        m_services->setItem(row, 0, name);
        m_services->setItem(row, 1, new QTableWidgetItem(serviceKindTitle(account.kind)));
        m_services->setItem(row, 2, new QTableWidgetItem(account.baseUrl.toString()));
        m_services->setItem(row, 3, new QTableWidgetItem(account.isSignedIn() ? account.subject : tr("signed out")));
    }
    m_services->resizeColumnsToContents();
    m_remove->setEnabled(m_services->currentRow() >= 0);
}

void SettingsPage::addService()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return showError(tr("Give the service account a name, e.g. the organization's."));
    Result<session::Account> added = m_hub.addAccount(ServiceKind(m_kind->currentData().toInt()),
                                                      QUrl::fromUserInput(m_url->text().trimmed()), name);
    if (!added)
        return showError(added.error().message);
    showError(QString());
    m_name->clear();
    m_url->clear();
}

void SettingsPage::removeService()
{
    const int row = m_services->currentRow();
    if (row < 0)
        return;
    const QString id = m_services->item(row, 0)->data(Qt::UserRole).toString();
    m_remove->setEnabled(false);
    onResult(this, m_hub.removeAccount(id), [this](Result<void> removed) {
        showError(removed ? QString() : removed.error().message);
        reloadServices();
    });
}

void SettingsPage::savePosition()
{
    if (m_latitude->text().trimmed().isEmpty() && m_longitude->text().trimmed().isEmpty())
        return saved(m_settings.setHolderPosition(std::nullopt));
    bool okLat = false, okLon = false;
    const double lat = QLocale().toDouble(m_latitude->text().trimmed(), &okLat);
    const double lon = QLocale().toDouble(m_longitude->text().trimmed(), &okLon);
    if (!okLat || !okLon)
        return showError(tr("Enter the latitude (-90 to 90) and the longitude (-180 to 180) in degrees, or leave both empty."));
    saved(m_settings.setHolderPosition(session::GeoPosition{lat, lon}));
}

void SettingsPage::saveScanner()
{
    if (Result<void> name = m_settings.setScannerName(m_scannerName->text()); !name)
        return saved(name);
    if (Result<void> seconds = m_settings.setVerdictSeconds(m_verdictSeconds->value()); !seconds)
        return saved(seconds);
    if (m_venueLatitude->text().trimmed().isEmpty() && m_venueLongitude->text().trimmed().isEmpty())
        return saved(m_settings.setVenuePosition(std::nullopt));
    bool okLat = false, okLon = false;
    const double lat = QLocale().toDouble(m_venueLatitude->text().trimmed(), &okLat);
    const double lon = QLocale().toDouble(m_venueLongitude->text().trimmed(), &okLon);
    if (!okLat || !okLon)
        return showError(tr("Enter the venue's latitude (-90 to 90) and longitude (-180 to 180) in degrees, or leave both empty."));
    saved(m_settings.setVenuePosition(session::GeoPosition{lat, lon}));
}

void SettingsPage::showError(const QString &sentence)
{
    m_error->setText(sentence);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Theme::errorColor(palette));
    m_error->setPalette(palette);
    m_error->setVisible(!sentence.isEmpty());
}

void SettingsPage::saved(const Result<void> &result)
{
    showError(result ? QString() : result.error().message);
}

} // namespace inkan::ui
