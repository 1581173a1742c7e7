// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "PrivacyMode.h"

#include <QCoreApplication>
#include <QPointer>

namespace inkan::ui {

PrivacyMode *PrivacyMode::instance()
{
    static QPointer<PrivacyMode> s_instance;
    if (!s_instance)
        s_instance = new PrivacyMode(QCoreApplication::instance());
    return s_instance;
}

bool PrivacyMode::isEnabled()
{
    return instance()->m_enabled;
}

void PrivacyMode::setEnabled(bool enabled)
{
    PrivacyMode *self = instance();
    if (self->m_enabled == enabled)
        return;
    self->m_enabled = enabled;
    Q_EMIT self->changed(enabled);
}

} // namespace inkan::ui
