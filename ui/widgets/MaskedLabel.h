// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A label for personal data or money (a name, an e-mail, a balance): it shows its value, and a
// mask of dots while privacy mode is on (PrivacyMode), for screen sharing.
#include <QLabel>

namespace inkan::ui {

class MaskedLabel : public QLabel {
    Q_OBJECT
public:
    explicit MaskedLabel(QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const { return m_value; }
    /// What privacy mode shows instead of a value.
    static QString maskedText();

private:
    void refresh();

    QString m_value;
};

} // namespace inkan::ui
