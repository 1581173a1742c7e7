// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A password entry with a Caps Lock warning and, for a password being chosen, a strength meter.
//
// Caps Lock: Qt has no portable way to read the Caps Lock state (Qt::KeyboardModifier has no Caps
// Lock value, so QGuiApplication::queryKeyboardModifiers() cannot tell, on xcb or offscreen). The
// field infers it from the key events it receives, which works the same under X11, Wayland and
// the offscreen platform (where QTest's key events are all there is): a letter typed upper case
// without Shift, or lower case with Shift, means Caps Lock is on; the opposite means it is off;
// a press of the Caps Lock key itself flips a known state. Before the first letter the state is
// unknown and no warning is shown.
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace inkan::ui {

/// A simple estimate of how hard a password is to guess.
struct PasswordStrength {
    enum Level { Empty, Weak, Fair, Good, Strong };
    Level level = Empty;
    double bits = 0;   // length x log2(size of the character classes used), reduced for repeats
    bool common = false; // in the list of common passwords (then always Weak)
};

/// Weak below 40 bits or when common, Fair below 60, Good below 80, Strong from 80.
PasswordStrength estimatePasswordStrength(QStringView password);
/// "weak", "fair", … translated, for the meter's label.
QString passwordStrengthName(PasswordStrength::Level level);

class PasswordField : public QWidget {
    Q_OBJECT
public:
    explicit PasswordField(QWidget *parent = nullptr);

    QString password() const;
    void clear();
    QLineEdit *lineEdit() const { return m_edit; }

    /// Off by default: a meter is for choosing a password, not for typing one.
    void setStrengthMeterVisible(bool visible);
    bool isStrengthMeterVisible() const { return m_meterVisible; }
    PasswordStrength strength() const { return m_strength; }

    /// Whether the Caps Lock warning is showing (see the note above).
    bool isCapsLockWarningShown() const;

Q_SIGNALS:
    void passwordChanged();
    void returnPressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateStrength();
    void setCapsLock(int state); // -1 unknown, 0 off, 1 on

    QLineEdit *m_edit;
    QLabel *m_capsWarning;
    QProgressBar *m_meter;
    QLabel *m_meterLabel;
    QWidget *m_meterRow;
    bool m_meterVisible = false;
    int m_capsLock = -1;
    PasswordStrength m_strength;
};

} // namespace inkan::ui
