// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "AddressQrDialog.h"

#include "widgets/PrivacyMode.h"
#include "widgets/QrView.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QFontDatabase>
#include <QLabel>
#include <QVBoxLayout>

namespace inkan::ui {

AddressQrDialog::AddressQrDialog(const crypto::Address &address, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("addressQrDialog"));
    setWindowTitle(tr("Address QR code"));
    setAccessibleName(tr("Address QR code"));

    auto *qr = new QrView(this);
    qr->setObjectName(QStringLiteral("addressQrView"));
    qr->setText(address.toChecksummed());
    qr->setMasked(PrivacyMode::isEnabled());
    connect(PrivacyMode::instance(), &PrivacyMode::changed, qr, &QrView::setMasked);

    auto *text = new QLabel(address.toChecksummed(), this);
    text->setObjectName(QStringLiteral("addressQrText"));
    text->setAccessibleName(tr("Address"));
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAlignment(Qt::AlignCenter);
    connect(PrivacyMode::instance(), &PrivacyMode::changed, text, &QWidget::setHidden);
    text->setHidden(PrivacyMode::isEnabled());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("addressQrButtons"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(qr, 1);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(360, 420);
}

} // namespace inkan::ui
