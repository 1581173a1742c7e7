// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "QrView.h"

#include "qr/QrEncoder.h"

#include <QPainter>
#include <cmath>

namespace inkan::ui {

QrView::QrView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("qrView"));
    setAccessibleName(tr("QR code"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QrView::setText(const QString &text)
{
    if (text == m_text && !m_modules.isNull())
        return;
    m_text = text;
    m_modules = text.isEmpty() ? QImage() : qr::QrEncoder::encode(text, {.moduleScale = 1, .quietZone = 4});
    setAccessibleDescription(hasCode() ? tr("A QR code of %n character(s)", nullptr, int(text.size()))
                                       : tr("No QR code"));
    updateGeometry();
    update();
}

void QrView::setMasked(bool masked)
{
    if (masked == m_masked)
        return;
    m_masked = masked;
    update();
}

QSize QrView::sizeHint() const
{
    return {280, 280};
}

QSize QrView::minimumSizeHint() const
{
    const int side = m_modules.isNull() ? 64 : m_modules.width() * 2;
    return {side, side};
}

void QrView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_modules.isNull() || m_masked) {
        const QString message = m_masked ? tr("Hidden in privacy mode")
                                : m_text.isEmpty() ? tr("No code to show")
                                                   : tr("This text is too long for a QR code.");
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, message);
        return;
    }
    // Work in device pixels: a whole number of them per module keeps every edge sharp.
    const qreal dpr = devicePixelRatioF();
    const int modules = m_modules.width();
    const int available = int(std::floor(qMin(width(), height()) * dpr));
    const int perModule = qMax(1, available / modules);
    const qreal side = modules * perModule / dpr;
    const QRectF target((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, m_modules);
}

} // namespace inkan::ui
