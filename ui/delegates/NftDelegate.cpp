// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "delegates/NftDelegate.h"

#include "Theme.h"
#include "models/NftFilterModel.h"
#include "models/NftModel.h"
#include "models/ThumbnailCache.h"
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace inkan::ui {

using models::NftModel;
using models::ThumbnailCache;
using Verdict = services::web3connect::Authenticity::Verdict;

namespace {
constexpr int kCardWidth = 184;
constexpr int kCardHeight = 214;
constexpr int kMargin = 8;
constexpr int kThumb = 168;
} // namespace

NftDelegate::NftDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails)
{
}

QSize NftDelegate::cardSize()
{
    return {kCardWidth, kCardHeight};
}

QSize NftDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return cardSize();
}

void NftDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const QRect card = option.rect.adjusted(4, 4, -4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // The card.
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath outline;
    outline.addRoundedRect(card, 8, 8);
    // In the dark theme Base and Mid are almost the grid's own colour: a card a shade lighter,
    // with a lighter edge, stands out from it.
    const bool dark = Theme::isDark(pal);
    const QColor fill = dark ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base);
    const QColor edge = dark ? pal.color(QPalette::Light) : pal.color(QPalette::Mid);
    painter->fillPath(outline, selected ? pal.color(QPalette::Highlight).lighter(dark ? 60 : 170) : fill);
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : edge, selected ? 2 : 1));
    painter->drawPath(outline);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 6, 6);
    }

    // The thumbnail, or what stands for it.
    const QRect thumb(card.left() + (card.width() - kThumb) / 2, card.top() + kMargin, kThumb, kThumb - 24);
    const QUrl url = index.data(NftModel::ImageUrlRole).toUrl();
    const ThumbnailCache::State state = m_thumbnails ? m_thumbnails->state(url) : ThumbnailCache::State::Unavailable;
    if (state == ThumbnailCache::State::Ready) {
        const QImage image = m_thumbnails->image(url);
        const QSize fitted = image.size().scaled(thumb.size(), Qt::KeepAspectRatio);
        const QRect target(thumb.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted);
        painter->drawImage(target, image);
    } else if (state == ThumbnailCache::State::Loading) {
        painter->fillRect(thumb, pal.color(QPalette::AlternateBase));
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(thumb, Qt::AlignCenter, tr("Loading…"));
    } else {
        painter->fillRect(thumb, pal.color(QPalette::Window));
        painter->setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
        painter->drawRect(thumb.adjusted(0, 0, -1, -1));
        painter->drawLine(thumb.topLeft(), thumb.bottomRight());
        painter->drawLine(thumb.topRight(), thumb.bottomLeft());
        QRect labelRect(0, 0, 80, 20);
        labelRect.moveCenter(thumb.center());
        painter->fillRect(labelRect, pal.color(QPalette::Window));
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(labelRect, Qt::AlignCenter, tr("No image"));
    }

    // Name and kind.
    QFont bold = option.font;
    bold.setBold(true);
    const QRect nameRect(card.left() + kMargin, thumb.bottom() + 6, card.width() - 2 * kMargin, QFontMetrics(bold).height());
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QString name = index.data(NftModel::NameRole).toString();
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name.isEmpty() ? tr("(no name)") : name, Qt::ElideRight, nameRect.width()));
    painter->setFont(option.font);
    const QFontMetrics fm(option.font);
    const QRect kindRect(nameRect.left(), nameRect.bottom() + 2, nameRect.width(), fm.height());
    painter->setPen(pal.color(QPalette::PlaceholderText));
    const QString kind = index.data(NftModel::KindRole).toString();
    painter->drawText(kindRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(kind.isEmpty() ? tr("NFT") : kind, Qt::ElideRight, kindRect.width() - 70));

    // The visibility badge.
    const QVariant isPublic = index.data(NftModel::IsPublicRole);
    const QString badge = !isPublic.isValid() ? QString() : isPublic.toBool() ? tr("Public") : tr("Private");
    if (!badge.isEmpty()) {
        const int w = fm.horizontalAdvance(badge) + 12;
        const QRect badgeRect(kindRect.right() - w, kindRect.top(), w, fm.height());
        const QColor color = isPublic.toBool() ? Theme::successColor(pal) : edge;
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(badgeRect, 6, 6);
        painter->setPen(isPublic.toBool() ? QColor(Qt::white) : pal.color(QPalette::Text));
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    }

    // A warning stripe: unverified, a failed change, or a change in flight.
    QString warning;
    QColor warningColor = Theme::warningColor(pal);
    const auto rowState = NftModel::RowState(index.data(NftModel::RowStateRole).toInt());
    const QVariant verdict = index.data(models::NftFilterModel::AuthenticityRole);
    if (rowState == NftModel::RowState::Failed) {
        warning = tr("Change failed");
        warningColor = Theme::errorColor(pal);
    } else if (rowState == NftModel::RowState::Updating) {
        warning = tr("Saving…");
        warningColor = pal.color(QPalette::Highlight);
    } else if (verdict.isValid() && Verdict(verdict.toInt()) == Verdict::Forged) {
        warning = tr("Forged signature");
        warningColor = Theme::errorColor(pal);
    } else if (verdict.isValid() && Verdict(verdict.toInt()) == Verdict::Unknown) {
        warning = tr("Unverified");
    }
    if (!warning.isEmpty()) {
        const QRect stripe(thumb.left(), thumb.top(), thumb.width(), fm.height() + 4);
        painter->fillRect(stripe, warningColor);
        painter->setPen(Qt::white);
        painter->drawText(stripe, Qt::AlignCenter, warning);
    }
    painter->restore();
}

} // namespace inkan::ui
