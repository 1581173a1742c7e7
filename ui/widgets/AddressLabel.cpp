// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "AddressLabel.h"

#include "Icons.h"
#include "Identicon.h"
#include "PrivacyMode.h"
#include "dialogs/AddressQrDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

namespace inkan::ui {

AddressLabel::AddressLabel(QWidget *parent)
    : QWidget(parent), m_identicon(new IdenticonWidget(this)), m_text(new QLabel(this)),
      m_copy(new QToolButton(this)), m_qr(new QToolButton(this)), m_nameLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("addressLabel"));
    setAccessibleName(tr("Address"));

    m_identicon->setObjectName(QStringLiteral("addressIdenticon"));
    m_identicon->setSide(20);

    m_text->setObjectName(QStringLiteral("addressText"));
    m_text->setAccessibleName(tr("Address"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_nameLabel->setObjectName(QStringLiteral("addressBookName"));
    m_nameLabel->setAccessibleName(tr("Name in the address book"));
    QFont bold = m_nameLabel->font();
    bold.setBold(true);
    m_nameLabel->setFont(bold);
    m_nameLabel->hide();

    m_copy->setObjectName(QStringLiteral("copyAddressButton"));
    m_copy->setAccessibleName(tr("Copy address"));
    m_copy->setToolTip(tr("Copy the address"));
    m_copy->setIcon(icon(IconKind::Copy));
    m_copy->setAutoRaise(true);

    m_qr->setObjectName(QStringLiteral("showQrButton"));
    m_qr->setAccessibleName(tr("Show QR code"));
    m_qr->setToolTip(tr("Show the address as a QR code"));
    m_qr->setIcon(icon(IconKind::Qr));
    m_qr->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_identicon);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_qr);

    connect(m_copy, &QToolButton::clicked, this, &AddressLabel::copyToClipboard);
    connect(m_qr, &QToolButton::clicked, this, &AddressLabel::showQr);
    connect(PrivacyMode::instance(), &PrivacyMode::changed, this, &AddressLabel::refresh);
    refresh();
}

void AddressLabel::setAddress(const crypto::Address &address)
{
    m_address = address;
    m_rawText.clear();
    refresh();
}

void AddressLabel::setAddress(const QString &text)
{
    const auto parsed = crypto::Address::parse(text);
    m_address = parsed ? parsed.value() : crypto::Address();
    m_rawText = parsed ? QString() : text;
    refresh();
}

QString AddressLabel::displayText() const
{
    return m_address.isNull() ? m_rawText : m_address.toChecksummed();
}

QString AddressLabel::shownText() const
{
    return m_text->text();
}

void AddressLabel::setName(const QString &name)
{
    m_name = name.trimmed();
    refresh();
}

void AddressLabel::setElided(bool elided)
{
    m_elided = elided;
    refresh();
}

QString AddressLabel::maskedText()
{
    return QStringLiteral("0x••••••••••••");
}

void AddressLabel::refresh()
{
    const bool masked = PrivacyMode::isEnabled();
    const bool valid = !m_address.isNull();
    QString text = displayText();
    if (masked && !text.isEmpty())
        text = maskedText();
    else if (m_elided && valid)
        text = text.left(6) + u'…' + text.right(4);
    m_text->setText(text);
    m_nameLabel->setText(m_name);
    m_nameLabel->setVisible(!m_name.isEmpty() && !masked);
    m_text->setToolTip(masked || !valid ? QString() : m_address.toChecksummed());
    m_identicon->setAddress(valid ? m_address.toLower() : QString());
    m_identicon->setMasked(masked);
    m_identicon->setVisible(valid);
    m_copy->setEnabled(!displayText().isEmpty());
    m_qr->setEnabled(valid && !masked);
}

void AddressLabel::copyToClipboard()
{
    const QString text = displayText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    QToolTip::showText(m_copy->mapToGlobal(m_copy->rect().bottomLeft()), tr("Copied"), m_copy);
    Q_EMIT copied(text);
}

void AddressLabel::showQr()
{
    if (m_address.isNull())
        return;
    auto *dialog = new AddressQrDialog(m_address, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal without a nested event loop
}

} // namespace inkan::ui
