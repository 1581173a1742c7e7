// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <cmath>

namespace inkan::ui {

namespace {

const char *themeName(IconKind kind)
{
    switch (kind) {
    case IconKind::Copy: return "edit-copy";
    default: return nullptr; // the rest have no freedesktop name that means the same everywhere
    }
}

// Draws kind in a 24 x 24 box.
void draw(QPainter &p, IconKind kind)
{
    switch (kind) {
    case IconKind::Wallet:
        p.drawRoundedRect(QRectF(3, 6, 18, 14), 2.5, 2.5);
        p.drawLine(QPointF(5, 6), QPointF(16, 3));
        p.drawRoundedRect(QRectF(14, 11, 7, 4.5), 1.5, 1.5);
        break;
    case IconKind::Gallery:
        for (int i = 0; i < 4; ++i)
            p.drawRoundedRect(QRectF(3.5 + (i % 2) * 9.5, 3.5 + (i / 2) * 9.5, 7.5, 7.5), 1.5, 1.5);
        break;
    case IconKind::Profile:
        p.drawEllipse(QPointF(12, 8.5), 4, 4);
        {
            QPainterPath shoulders;
            shoulders.moveTo(4, 21);
            shoulders.cubicTo(4, 14.5, 20, 14.5, 20, 21);
            p.drawPath(shoulders);
        }
        break;
    case IconKind::Organization: // a building with a pediment and columns
        p.drawPolygon(QPolygonF({QPointF(3, 8.5), QPointF(12, 3), QPointF(21, 8.5)}));
        for (const qreal x : {6.0, 10.0, 14.0, 18.0})
            p.drawLine(QPointF(x, 11), QPointF(x, 17.5));
        p.drawLine(QPointF(3, 20.5), QPointF(21, 20.5));
        break;
    case IconKind::Settings: // three sliders
        for (int i = 0; i < 3; ++i) {
            const qreal y = 6 + i * 6, knob = i == 1 ? 15 : (i == 0 ? 8 : 11);
            p.drawLine(QPointF(3, y), QPointF(21, y));
            p.save();
            p.setBrush(p.pen().color());
            p.drawEllipse(QPointF(knob, y), 2.2, 2.2);
            p.restore();
        }
        break;
    case IconKind::Lock:
        p.drawRoundedRect(QRectF(5, 10.5, 14, 10.5), 2, 2);
        {
            QPainterPath shackle;
            shackle.moveTo(8, 10.5);
            shackle.lineTo(8, 7.5);
            shackle.arcTo(QRectF(8, 3, 8, 9), 180, -180);
            shackle.lineTo(16, 10.5);
            p.drawPath(shackle);
        }
        p.drawLine(QPointF(12, 14.5), QPointF(12, 17));
        break;
    case IconKind::Privacy:
    case IconKind::Reveal: {
        QPainterPath eye;
        eye.moveTo(2.5, 12);
        eye.quadTo(12, 2.5, 21.5, 12);
        eye.quadTo(12, 21.5, 2.5, 12);
        p.drawPath(eye);
        p.drawEllipse(QPointF(12, 12), 3, 3);
        if (kind == IconKind::Privacy)
            p.drawLine(QPointF(4, 20), QPointF(20, 4));
        break;
    }
    case IconKind::Copy:
        p.drawRoundedRect(QRectF(8, 8, 12, 13), 2, 2);
        p.drawPolyline(QPolygonF({QPointF(5, 16), QPointF(4, 16), QPointF(4, 3), QPointF(15, 3), QPointF(15, 5)}));
        break;
    case IconKind::Qr:
        for (const QPointF corner : {QPointF(3, 3), QPointF(14, 3), QPointF(3, 14)}) {
            p.drawRect(QRectF(corner, QSizeF(7, 7)));
            p.fillRect(QRectF(corner + QPointF(2.5, 2.5), QSizeF(2, 2)), p.pen().color());
        }
        p.fillRect(QRectF(14, 14, 3, 3), p.pen().color());
        p.fillRect(QRectF(18, 18, 3, 3), p.pen().color());
        p.fillRect(QRectF(18, 14, 3, 2), p.pen().color());
        break;
    }
}

QPixmap render(IconKind kind, int side, const QColor &color)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(side / 24.0, side / 24.0);
    // The stroke stays about 1.5 device pixels thick at every size.
    p.setPen(QPen(color, qMax(1.6, 24.0 * 1.5 / side), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    draw(p, kind);
    return pixmap;
}

QColor colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
    default: return palette.color(QPalette::Active, QPalette::WindowText);
    }
}

class LineArtEngine : public QIconEngine {
public:
    explicit LineArtEngine(IconKind kind) : m_kind(kind) {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const int side = qMin(rect.width(), rect.height());
        QPixmap pixmap = render(m_kind, qRound(side * dpr), colorFor(mode));
        pixmap.setDevicePixelRatio(dpr);
        painter->drawPixmap(QRect(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side),
                            pixmap);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        QPixmap square = render(m_kind, side, colorFor(mode));
        if (size.width() == size.height())
            return square;
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter(&pixmap).drawPixmap((size.width() - side) / 2, (size.height() - side) / 2, square);
        return pixmap;
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap result = pixmap(size * scale, mode, state);
        result.setDevicePixelRatio(scale);
        return result;
    }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new LineArtEngine(m_kind); }
    QString key() const override { return QStringLiteral("inkan-line-art"); }

private:
    IconKind m_kind;
};

} // namespace

QIcon icon(IconKind kind)
{
    if (const char *name = themeName(kind); name && QIcon::hasThemeIcon(QLatin1String(name)))
        return QIcon::fromTheme(QLatin1String(name));
    return QIcon(new LineArtEngine(kind));
}

} // namespace inkan::ui
