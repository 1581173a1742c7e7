// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Settings: the service accounts (name, kind, base URL; add and remove through the hub), the
// language (at the next start), the theme (at once), auto-lock, lock on minimise and the
// holder's position. Each choice is saved at once in core's AppSettings.
#include "session/AppSettings.h"
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace inkan::session { class ServiceHub; }

namespace inkan::ui {

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(session::ServiceHub &hub, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The user asked to sign in (to the selected account, when one is).
    void signInRequested(const QString &accountId);
    /// The auto-lock minutes or "lock on minimise" changed (and were saved).
    void lockSettingsChanged();

private:
    void reloadServices();
    void addService();
    void removeService();
    void savePosition();
    void saveScanner();
    void showError(const QString &sentence);
    void saved(const Result<void> &result);

    session::ServiceHub &m_hub;
    session::AppSettings m_settings;
    QTableWidget *m_services;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_signIn;
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_autoLock;
    QCheckBox *m_lockOnMinimise;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
    QPushButton *m_savePosition;
    // The venue scanner.
    QLineEdit *m_scannerName;
    QLineEdit *m_venueLatitude;
    QLineEdit *m_venueLongitude;
    QSpinBox *m_verdictSeconds;
    QPushButton *m_saveScanner;
    QLabel *m_error;
};

} // namespace inkan::ui
