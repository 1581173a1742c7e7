// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// One NFT card of the gallery: the thumbnail (a pulsing grey tile while it loads, a crossed
// frame with "No image" when it is unavailable), the name, the kind, a Public / Private badge,
// and a warning stripe for an unverified NFT or a change that failed. Paints only what the
// ThumbnailCache already has; it never waits for an image.
#include <QPointer>
#include <QStyledItemDelegate>

namespace inkan::models { class ThumbnailCache; }

namespace inkan::ui {

class NftDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit NftDelegate(models::ThumbnailCache *thumbnails, QObject *parent = nullptr);
    /// The size of every card (the view uses uniform item sizes).
    static QSize cardSize();

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QPointer<models::ThumbnailCache> m_thumbnails;
};

} // namespace inkan::ui
