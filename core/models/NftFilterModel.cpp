// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/NftFilterModel.h"

#include "models/NftModel.h"
#include "session/HiddenNfts.h"

namespace inkan::models {

using services::web3connect::Authenticity;

NftFilterModel::NftFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        if (!sourceModel())
            return;
        connect(sourceModel(), &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { checkRows(first, last); });
        connect(sourceModel(), &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) { checkRows(topLeft.row(), bottomRight.row(), true); });
        if (sourceModel()->rowCount() > 0)
            checkRows(0, sourceModel()->rowCount() - 1);
    });
}

void NftFilterModel::setHiddenNfts(session::HiddenNfts *hidden, const QString &holder)
{
    if (m_hidden)
        disconnect(m_hidden, nullptr, this, nullptr);
    m_hidden = hidden;
    m_holder = holder;
    if (m_hidden)
        connect(m_hidden, &session::HiddenNfts::changed, this, [this] { refilter(); });
    refilter();
}

void NftFilterModel::setAuthenticityChecker(services::web3connect::AuthenticityChecker *checker)
{
    if (m_checker)
        disconnect(m_checker, nullptr, this, nullptr);
    m_checker = checker;
    if (m_checker) {
        connect(m_checker, &services::web3connect::AuthenticityChecker::checked, this, [this](const QString &tokenId) {
            auto *nfts = qobject_cast<NftModel *>(sourceModel());
            const int row = nfts ? nfts->rowOf(tokenId) : -1;
            if (row < 0)
                return;
            // Filtering all rows again costs as much as the listing is long: only when this
            // verdict moves the row in or out (every other verdict of a 10,000-NFT listing
            // would make scrolling quadratic).
            if (mapFromSource(sourceModel()->index(row, 0)).isValid() != filterAcceptsRow(row, {}))
                refilter();
            const QModelIndex shown = mapFromSource(sourceModel()->index(row, 0));
            if (shown.isValid())
                Q_EMIT dataChanged(shown, shown, {AuthenticityRole, AuthenticitySentenceRole});
        });
        if (sourceModel() && sourceModel()->rowCount() > 0)
            checkRows(0, sourceModel()->rowCount() - 1);
    }
    refilter();
}

void NftFilterModel::setShow(Show show)
{
    m_show = show;
    refilter();
}

void NftFilterModel::setVisibilityFilter(Visibility visibility)
{
    m_visibility = visibility;
    refilter();
}

void NftFilterModel::setKindFilter(const QString &kind)
{
    m_kind = kind;
    refilter();
}

void NftFilterModel::refilter()
{
    invalidateFilter();
}

void NftFilterModel::checkRows(int first, int last, bool again)
{
    auto *nfts = qobject_cast<NftModel *>(sourceModel());
    if (!m_checker || !nfts)
        return;
    for (int row = first; row <= last; ++row) {
        const services::web3connect::Nft nft = nfts->nftAt(row);
        if (!nft.tokenId.isEmpty() && (again || !m_checker->hasResult(nft.tokenId)))
            m_checker->check(nft); // public_info is asked once per signer
    }
}

QVariant NftFilterModel::data(const QModelIndex &index, int role) const
{
    if (role == AuthenticityRole || role == AuthenticitySentenceRole) {
        const QString tokenId = QSortFilterProxyModel::data(index, NftModel::TokenIdRole).toString();
        if (!m_checker || !m_checker->hasResult(tokenId))
            return {};
        const Authenticity a = m_checker->result(tokenId);
        return role == AuthenticityRole ? QVariant(int(a.verdict)) : QVariant(a.sentence);
    }
    if (role == HiddenRole) {
        const QString tokenId = QSortFilterProxyModel::data(index, NftModel::TokenIdRole).toString();
        return m_hidden && m_hidden->isHidden(m_holder, tokenId);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool NftFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString tokenId = index.data(NftModel::TokenIdRole).toString();
    const bool hidden = m_hidden && m_hidden->isHidden(m_holder, tokenId);
    const bool unverified = m_checker && m_checker->hasResult(tokenId) && !m_checker->result(tokenId).isAuthentic();
    switch (m_show) {
    case Show::Gallery:
        if (hidden || unverified)
            return false;
        break;
    case Show::Hidden:
        if (!hidden)
            return false;
        break;
    case Show::Unverified:
        if (!unverified)
            return false;
        break;
    }
    if (m_visibility != Visibility::Any) {
        const QString visibility = index.data(NftModel::VisibilityRole).toString();
        if (visibility != (m_visibility == Visibility::Public ? QLatin1String("public") : QLatin1String("private")))
            return false;
    }
    if (!m_kind.isEmpty() && index.data(NftModel::KindRole).toString() != m_kind)
        return false;
    return true;
}

} // namespace inkan::models
