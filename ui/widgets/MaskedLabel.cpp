// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "MaskedLabel.h"

#include "PrivacyMode.h"

namespace inkan::ui {

MaskedLabel::MaskedLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(PrivacyMode::instance(), &PrivacyMode::changed, this, &MaskedLabel::refresh);
}

void MaskedLabel::setValue(const QString &value)
{
    m_value = value;
    refresh();
}

QString MaskedLabel::maskedText()
{
    return QStringLiteral("••••••");
}

void MaskedLabel::refresh()
{
    const bool masked = PrivacyMode::isEnabled() && !m_value.isEmpty();
    setText(masked ? maskedText() : m_value);
    // Selecting and copying a masked value would give the dots; nothing to select then.
    setTextInteractionFlags(masked ? Qt::NoTextInteraction : Qt::TextSelectableByMouse);
}

} // namespace inkan::ui
