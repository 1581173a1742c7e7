// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "AddressField.h"

#include "Identicon.h"
#include "LineEditButtons.h"
#include "Theme.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace inkan::ui {

AddressField::AddressField(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_identicon(new IdenticonWidget(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("addressField"));
    setAccessibleName(tr("Address"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // no gaps when a form is tall

    m_edit->setObjectName(QStringLiteral("addressEdit"));
    m_edit->setAccessibleName(tr("Address"));
    m_edit->setPlaceholderText(tr("0x followed by 40 hex digits"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(100);
    nameLineEditButtons(m_edit);

    m_identicon->setObjectName(QStringLiteral("addressFieldIdenticon"));
    m_identicon->setSide(m_edit->sizeHint().height());

    m_message->setObjectName(QStringLiteral("addressMessage"));
    m_message->setAccessibleName(tr("Address check"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_identicon, 0, 1);
    layout->addWidget(m_message, 1, 0, 1, 2);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &AddressField::validate);
    validate();
}

void AddressField::showMessage()
{
    const QColor color = m_state == State::Invalid ? Theme::errorColor(palette())
                         : m_state == State::Valid ? Theme::successColor(palette())
                                                   : palette().color(QPalette::PlaceholderText);
    QPalette labelPalette = m_message->palette();
    labelPalette.setColor(QPalette::WindowText, color);
    m_message->setPalette(labelPalette);
}

void AddressField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        showMessage(); // a change of theme: the colours of the new palette
    QWidget::changeEvent(event);
}

QString AddressField::message() const
{
    return m_message->text();
}

QString AddressField::text() const
{
    return m_edit->text();
}

void AddressField::setText(const QString &text)
{
    m_edit->setText(text);
}

void AddressField::validate()
{
    const bool wasAcceptable = isAcceptable();
    const QString text = m_edit->text().trimmed();
    QString message;
    if (text.isEmpty()) {
        m_state = State::Empty;
        m_address = {};
        message = tr("Enter an address: 0x followed by 40 hex digits.");
    } else if (const auto parsed = crypto::Address::parse(text); !parsed) {
        m_state = State::Invalid;
        m_address = {};
        // The core's sentence names the rule: not hex (and where), the length, or the checksum.
        message = parsed.error().message;
    } else {
        m_state = State::Valid;
        m_address = parsed.value();
        message = tr("Valid address: %1").arg(m_address.toChecksummed());
    }
    m_message->setText(message);
    m_edit->setAccessibleDescription(message);
    showMessage();
    m_identicon->setAddress(m_address.isNull() ? QString() : m_address.toLower());
    Q_EMIT addressChanged(m_address);
    if (wasAcceptable != isAcceptable())
        Q_EMIT acceptableChanged(isAcceptable());
}

} // namespace inkan::ui
