// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Artwork.h"

#include "Router.h"
#include "SandboxState.h"
#include "Services.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <cmath>
#include <numbers>

namespace inkan::sandbox {

namespace {

constexpr int kSize = 512;

QByteArray toPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage canvas()
{
    QImage image(kSize, kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

// A ticket: a gradient stub with punched notches, a perforation and a "seat" grid.
QByteArray ticket(QColor from, QColor to)
{
    QImage image = canvas();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(32, 128, 448, 256), 28, 28);
    QPainterPath notches;
    notches.addEllipse(QPointF(352, 128), 22, 22);
    notches.addEllipse(QPointF(352, 384), 22, 22);
    QLinearGradient fill(0, 128, kSize, 384);
    fill.setColorAt(0, from);
    fill.setColorAt(1, to);
    painter.fillPath(shape.subtracted(notches), fill);
    painter.setPen(QPen(QColor(255, 255, 255, 170), 5, Qt::DotLine, Qt::RoundCap));
    painter.drawLine(QPointF(352, 160), QPointF(352, 352));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 5; ++column)
            painter.drawRoundedRect(QRectF(72 + column * 50, 184 + row * 50, 34, 34), 6, 6);
    }
    painter.drawEllipse(QPointF(416, 256), 30, 30);
    return toPng(image);
}

// A membership card with a medallion of `metal`.
QByteArray membership(QColor metal)
{
    QImage image = canvas();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient card(0, 96, 0, 416);
    card.setColorAt(0, QColor(0x1f, 0x2a, 0x44));
    card.setColorAt(1, QColor(0x0d, 0x12, 0x20));
    painter.setPen(Qt::NoPen);
    painter.setBrush(card);
    painter.drawRoundedRect(QRectF(40, 96, 432, 320), 32, 32);
    QRadialGradient medal(QPointF(176, 240), 96, QPointF(150, 210));
    medal.setColorAt(0, metal.lighter(160));
    medal.setColorAt(0.7, metal);
    medal.setColorAt(1, metal.darker(170));
    painter.setBrush(medal);
    painter.drawEllipse(QPointF(176, 256), 88, 88);
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const double radius = i % 2 == 0 ? 52 : 22;
        const QPointF point(176 + radius * std::cos(angle), 256 + radius * std::sin(angle));
        i == 0 ? star.moveTo(point) : star.lineTo(point);
    }
    star.closeSubpath();
    painter.fillPath(star, QColor(255, 255, 255, 220));
    painter.setBrush(QColor(255, 255, 255, 90));
    for (int line = 0; line < 3; ++line)
        painter.drawRoundedRect(QRectF(296, 200 + line * 40, 136 - line * 30, 16), 8, 8);
    return toPng(image);
}

// A loyalty card: stamps, `filled` of ten inked.
QByteArray loyalty(QColor ink, int filled)
{
    QImage image = canvas();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xfa, 0xf3, 0xe6));
    painter.drawRoundedRect(QRectF(40, 112, 432, 288), 28, 28);
    for (int i = 0; i < 10; ++i) {
        const QPointF centre(104 + (i % 5) * 76, 212 + (i / 5) * 92);
        painter.setPen(QPen(ink, 4));
        painter.setBrush(i < filled ? ink : QColor(Qt::transparent));
        painter.drawEllipse(centre, 28, 28);
    }
    return toPng(image);
}

// A coin for a token logo.
QByteArray coin(QColor face, QColor mark)
{
    QImage image(128, 128, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(face);
    painter.drawEllipse(QRectF(4, 4, 120, 120));
    painter.setBrush(mark);
    QPainterPath diamond;
    diamond.moveTo(64, 24);
    diamond.lineTo(96, 64);
    diamond.lineTo(64, 104);
    diamond.lineTo(32, 64);
    diamond.closeSubpath();
    painter.drawPath(diamond);
    return toPng(image);
}

HttpResponse serveAsset(RequestContext &context)
{
    const QString name = context.param(QStringLiteral("name"));
    const auto found = context.state.assets().constFind(name);
    if (found == context.state.assets().constEnd()) {
        return context.fail(404, QCoreApplication::translate("inkan::sandbox::Artwork", "There is no asset %1.")
                                     .arg(name));
    }
    HttpResponse response;
    response.contentType = "image/png";
    response.body = *found;
    response.addHeader("Cache-Control", "public, max-age=86400");
    return response;
}

} // namespace

namespace artwork {

QHash<QString, QByteArray> paintAll()
{
    return {
        {QStringLiteral("ticket-concert.png"), ticket(QColor(0x7b, 0x2f, 0xf7), QColor(0xf1, 0x07, 0x8b))},
        {QStringLiteral("ticket-exhibition.png"), ticket(QColor(0x00, 0x8c, 0x9e), QColor(0x2e, 0xc4, 0x76))},
        {QStringLiteral("ticket-gala.png"), ticket(QColor(0x1a, 0x1a, 0x2e), QColor(0xc9, 0xa2, 0x27))},
        {QStringLiteral("membership-gold.png"), membership(QColor(0xd4, 0xaf, 0x37))},
        {QStringLiteral("membership-silver.png"), membership(QColor(0xa8, 0xa9, 0xad))},
        {QStringLiteral("membership-bronze.png"), membership(QColor(0xb0, 0x6e, 0x3b))},
        {QStringLiteral("loyalty-cafe.png"), loyalty(QColor(0x6f, 0x3b, 0x1e), 7)},
        {QStringLiteral("loyalty-shop.png"), loyalty(QColor(0xc0, 0x39, 0x2b), 4)},
        {QStringLiteral("token-eth.png"), coin(QColor(0x62, 0x7e, 0xea), QColor(255, 255, 255))},
        {QStringLiteral("token-usdc.png"), coin(QColor(0x27, 0x75, 0xca), QColor(255, 255, 255))},
        {QStringLiteral("token-ink.png"), coin(QColor(0x1b, 0x1b, 0x1b), QColor(0xe0, 0x3c, 0x31))},
    };
}

} // namespace artwork

void registerAssetRoutes(Router &router)
{
    router.add(Service::Site, QHttpServerRequest::Method::Get, QStringLiteral("/assets/{name}"), BodyKind::None,
               serveAsset, Access::ReadOnly);
}

} // namespace inkan::sandbox
