// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "SidebarDelegate.h"

#include <QApplication>
#include <QPainter>

namespace inkan::ui {

namespace {
constexpr int kMargin = 6;   // around the highlight
constexpr int kPadding = 10; // inside it
constexpr int kIcon = 20;
} // namespace

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(opt.rect).adjusted(kMargin, 2, -kMargin, -2);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool active = opt.state.testFlag(QStyle::State_Active) && opt.widget && opt.widget->hasFocus();
    const QPalette::ColorGroup group = active ? QPalette::Active : QPalette::Inactive;
    if (selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(group, QPalette::Highlight));
        painter->drawRoundedRect(box, 6, 6);
    } else if (opt.state.testFlag(QStyle::State_MouseOver)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(QPalette::Midlight));
        painter->drawRoundedRect(box, 6, 6);
    }
    if (opt.state.testFlag(QStyle::State_HasFocus) && active && !selected) {
        painter->setPen(QPen(opt.palette.color(QPalette::Highlight), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box, 6, 6);
    }
    const QColor textColor = selected ? opt.palette.color(group, QPalette::HighlightedText)
                                      : opt.palette.color(QPalette::WindowText);
    const QRect iconRect(int(box.left()) + kPadding, int(box.center().y()) - kIcon / 2, kIcon, kIcon);
    opt.icon.paint(painter, iconRect, Qt::AlignCenter, selected && active ? QIcon::Selected : QIcon::Normal);
    painter->setPen(textColor);
    const QRect textRect = box.toRect().adjusted(kPadding + kIcon + 10, 0, -kPadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width() + 2 * (kMargin + kPadding), qMax(base.height(), kIcon) + 16};
}

} // namespace inkan::ui
