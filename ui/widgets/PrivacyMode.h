// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Privacy mode, for screen sharing: one application-wide switch. Widgets that show addresses,
// balances or personal data listen to changed() and mask what they show while it is on.
#include <QObject>

namespace inkan::ui {

class PrivacyMode : public QObject {
    Q_OBJECT
public:
    /// The one switch, created on first use (a child of the application object when one exists).
    static PrivacyMode *instance();
    static bool isEnabled();
    static void setEnabled(bool enabled);

Q_SIGNALS:
    void changed(bool enabled);

private:
    using QObject::QObject;
    bool m_enabled = false;
};

} // namespace inkan::ui
