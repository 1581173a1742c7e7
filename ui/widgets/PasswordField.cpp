// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "PasswordField.h"

#include "Icons.h"
#include "LineEditButtons.h"
#include "Theme.h"

#include <QAction>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStyle>
#include <cmath>

namespace inkan::ui {

namespace {

// Among the most used passwords in published breach lists, lower case. A password that is one of
// these, maybe with a few digits or symbols after it, is weak whatever its length.
const char *const kCommonPasswords[] = {
    "123456", "password", "12345678", "qwerty", "123456789", "12345", "1234", "111111",
    "1234567", "dragon", "123123", "baseball", "abc123", "football", "monkey", "letmein",
    "shadow", "master", "666666", "qwertyuiop", "123321", "mustang", "1234567890", "michael",
    "654321", "superman", "1qaz2wsx", "7777777", "121212", "000000", "qazwsx", "123qwe",
    "killer", "trustno1", "jordan", "jennifer", "zxcvbnm", "asdfgh", "hunter", "buster",
    "soccer", "harley", "batman", "andrew", "tigger", "sunshine", "iloveyou", "princess",
    "welcome", "admin", "passw0rd", "starwars", "whatever", "qwerty123", "password1",
    "ethereum", "bitcoin", "metamask", "wallet", "inkan",
};

bool isCommon(QStringView password)
{
    QString lower = password.toString().toLower();
    // "password123!" counts as "password".
    qsizetype end = lower.size();
    while (end > 0 && !lower.at(end - 1).isLetter())
        --end;
    const QString stem = lower.left(end);
    for (const char *common : kCommonPasswords) {
        const QLatin1StringView word(common);
        if (lower == word || (!stem.isEmpty() && stem == word && lower.size() - stem.size() <= 4))
            return true;
    }
    return false;
}

} // namespace

PasswordStrength estimatePasswordStrength(QStringView password)
{
    PasswordStrength result;
    if (password.isEmpty())
        return result;
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    double effectiveLength = 0;
    char32_t previous = 0;
    for (const char32_t c : password.toUcs4()) {
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 128)
            symbol = true;
        else
            other = true;
        // A repeated or consecutive character ("aaaa", "abcd", "4321") adds little.
        const bool predictable = previous != 0 && (c == previous || c == previous + 1 || c + 1 == previous);
        effectiveLength += predictable ? 0.25 : 1.0;
        previous = c;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    result.bits = effectiveLength * std::log2(double(qMax(pool, 2)));
    result.common = isCommon(password);
    if (result.common)
        result.bits = qMin(result.bits, 10.0);
    result.level = result.common || result.bits < 40 ? PasswordStrength::Weak
                   : result.bits < 60                ? PasswordStrength::Fair
                   : result.bits < 80                ? PasswordStrength::Good
                                                     : PasswordStrength::Strong;
    return result;
}

QString passwordStrengthName(PasswordStrength::Level level)
{
    switch (level) {
    case PasswordStrength::Empty: return {};
    case PasswordStrength::Weak: return PasswordField::tr("Weak");
    case PasswordStrength::Fair: return PasswordField::tr("Fair");
    case PasswordStrength::Good: return PasswordField::tr("Good");
    case PasswordStrength::Strong: return PasswordField::tr("Strong");
    }
    return {};
}

PasswordField::PasswordField(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_capsWarning(new QLabel(this)),
      m_meter(new QProgressBar(this)), m_meterLabel(new QLabel(this)), m_meterRow(new QWidget(this))
{
    setObjectName(QStringLiteral("passwordField"));
    setAccessibleName(tr("Password"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // no gaps when a form is tall

    m_edit->setObjectName(QStringLiteral("passwordEdit"));
    m_edit->setAccessibleName(tr("Password"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->installEventFilter(this);

    auto *reveal = m_edit->addAction(icon(IconKind::Reveal), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealPasswordAction"));
    reveal->setCheckable(true);
    reveal->setText(tr("Show password"));
    reveal->setToolTip(tr("Show or hide the password"));
    connect(reveal, &QAction::toggled, m_edit, [edit = m_edit](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    nameLineEditButtons(m_edit);

    m_capsWarning->setObjectName(QStringLiteral("capsLockWarning"));
    m_capsWarning->setAccessibleName(tr("Caps Lock warning"));
    m_capsWarning->setText(tr("Caps Lock is on."));
    m_capsWarning->hide();

    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_meter->setAccessibleName(tr("Password strength"));
    m_meter->setRange(0, PasswordStrength::Strong);
    m_meter->setTextVisible(false);
    m_meter->setFixedHeight(6);
    m_meterLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_meterLabel->setAccessibleName(tr("Password strength"));
    m_meterLabel->setMinimumWidth(m_meterLabel->fontMetrics().horizontalAdvance(tr("Strength: %1").arg(tr("Strong"))));

    auto *meterLayout = new QHBoxLayout(m_meterRow);
    meterLayout->setContentsMargins(0, 0, 0, 0);
    meterLayout->addWidget(m_meter, 1);
    meterLayout->addWidget(m_meterLabel);
    m_meterRow->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_edit);
    layout->addWidget(m_meterRow);
    layout->addWidget(m_capsWarning);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateStrength();
        Q_EMIT passwordChanged();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &PasswordField::returnPressed);
    updateStrength();
}

QString PasswordField::password() const
{
    return m_edit->text();
}

void PasswordField::clear()
{
    m_edit->clear();
}

void PasswordField::setStrengthMeterVisible(bool visible)
{
    m_meterVisible = visible;
    m_meterRow->setVisible(visible);
}

bool PasswordField::isCapsLockWarningShown() const
{
    return m_capsLock == 1;
}

void PasswordField::updateStrength()
{
    m_strength = estimatePasswordStrength(m_edit->text());
    m_meter->setValue(m_strength.level);
    QColor color;
    switch (m_strength.level) {
    case PasswordStrength::Empty:
    case PasswordStrength::Weak: color = Theme::errorColor(palette()); break;
    case PasswordStrength::Fair: color = Theme::warningColor(palette()); break;
    case PasswordStrength::Good: color = QColor(0x3b, 0x8e, 0xd0); break;
    case PasswordStrength::Strong: color = Theme::successColor(palette()); break;
    }
    QPalette warningPalette = m_capsWarning->palette();
    warningPalette.setColor(QPalette::WindowText, Theme::warningColor(palette()));
    m_capsWarning->setPalette(warningPalette);
    QPalette meterPalette = m_meter->palette();
    meterPalette.setColor(QPalette::Highlight, color); // Fusion fills the bar with Highlight
    m_meter->setPalette(meterPalette);
    const QString name = passwordStrengthName(m_strength.level);
    m_meterLabel->setText(name.isEmpty() ? QString() : tr("Strength: %1").arg(name));
    m_meter->setAccessibleDescription(name);
}

void PasswordField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateStrength(); // a change of theme: the colours of the new palette
    QWidget::changeEvent(event);
}

void PasswordField::setCapsLock(int state)
{
    m_capsLock = state;
    m_capsWarning->setVisible(state == 1);
}

bool PasswordField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_CapsLock) {
            if (m_capsLock != -1)
                setCapsLock(m_capsLock == 1 ? 0 : 1);
        } else if (key->text().size() == 1 && key->text().at(0).isLetter()) {
            const QChar c = key->text().at(0);
            if (c.isUpper() != c.isLower()) { // a letter with case
                const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
                setCapsLock(c.isUpper() != shift ? 1 : 0);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace inkan::ui
