// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Identicon.h"

#include "crypto/Keccak.h"

#include <QPainter>
#include <QPainterPath>

namespace inkan::ui {

namespace {

constexpr int kGrid = 5;

QColor colorFrom(const QByteArray &hash, int at, int saturation, int lightness)
{
    const int hue = ((quint8(hash[at]) << 8) | quint8(hash[at + 1])) % 360;
    return QColor::fromHsl(hue, saturation + quint8(hash[at + 2]) % 40, lightness + quint8(hash[at + 3]) % 20);
}

} // namespace

QImage identiconImage(QStringView address, int size)
{
    size = qMax(size, kGrid);
    QString normal = address.trimmed().toString().toLower();
    if (!normal.startsWith(QStringLiteral("0x")))
        normal.prepend(QStringLiteral("0x"));
    const QByteArray hash = crypto::keccak256(normal.toUtf8()); // 32 bytes

    const QColor background = colorFrom(hash, 0, 30, 200);
    const QColor foreground = colorFrom(hash, 4, 50, 70);
    const QColor spot = colorFrom(hash, 8, 60, 120);

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    QPainter painter(&image);
    // 15 cells (3 columns x 5 rows, mirrored), two bits each from bytes 12..31.
    for (int row = 0; row < kGrid; ++row) {
        for (int col = 0; col < (kGrid + 1) / 2; ++col) {
            const int cell = row * 3 + col;
            const int value = (quint8(hash[12 + cell]) >> 1) % 3; // 0 background, 1 fg, 2 spot
            if (value == 0)
                continue;
            const QColor &color = value == 1 ? foreground : spot;
            for (const int c : {col, kGrid - 1 - col}) {
                // Integer cell edges keep the picture crisp at any size.
                const int x0 = c * size / kGrid, x1 = (c + 1) * size / kGrid;
                const int y0 = row * size / kGrid, y1 = (row + 1) * size / kGrid;
                painter.fillRect(x0, y0, x1 - x0, y1 - y0, color);
            }
        }
    }
    return image;
}

IdenticonWidget::IdenticonWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("identicon"));
    setAccessibleName(tr("Identicon"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void IdenticonWidget::setAddress(const QString &address)
{
    if (address == m_address)
        return;
    m_address = address;
    m_cache = {};
    setAccessibleDescription(address.isEmpty() ? QString() : tr("Picture drawn from the address"));
    update();
}

void IdenticonWidget::setMasked(bool masked)
{
    if (masked == m_masked)
        return;
    m_masked = masked;
    update();
}

void IdenticonWidget::setSide(int side)
{
    m_side = qMax(side, kGrid);
    m_cache = {};
    updateGeometry();
    update();
}

QSize IdenticonWidget::sizeHint() const
{
    return {m_side, m_side};
}

void IdenticonWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(width(), height());
    const QRectF square((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    QPainterPath clip;
    clip.addRoundedRect(square, side / 6.0, side / 6.0);

    if (m_address.isEmpty() || m_masked) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(m_masked ? palette().color(QPalette::Mid) : Qt::transparent);
        painter.drawPath(clip);
        return;
    }
    const qreal dpr = devicePixelRatioF();
    const int pixels = qRound(side * dpr);
    if (m_cache.width() != pixels) {
        m_cache = identiconImage(m_address, pixels);
        m_cache.setDevicePixelRatio(dpr);
    }
    painter.setClipPath(clip);
    painter.drawImage(square.topLeft(), m_cache);
}

} // namespace inkan::ui
