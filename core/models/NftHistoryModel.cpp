// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/NftHistoryModel.h"
#include "services/web3connect/Web3ConnectClient.h"

namespace inkan::models {

using services::web3connect::NftHistory;

NftHistoryModel::NftHistoryModel(services::web3connect::Web3ConnectClient *client, QObject *parent)
    : JobListModel(parent), m_client(client)
{
}

NftHistoryModel::~NftHistoryModel() = default;

int NftHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant NftHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case EventTextRole:
        switch (event.kind) {
        case EventKind::Mint: return tr("Minted");
        case EventKind::Transfer: return tr("Transferred");
        case EventKind::Burn: return tr("Burned");
        }
        return {};
    case Qt::ToolTipRole:
    case TransactionIdRole: return event.entry.transactionId;
    case EventKindRole: return int(event.kind);
    case NetworkRole: return event.entry.network;
    case TrackIdRole: return event.entry.trackId;
    case BlockNumberRole: return event.entry.blockNumber;
    case ExplorerUrlRole: return QUrl(event.entry.explorerUrl);
    case PanelUrlRole: return QUrl(event.entry.panelUrl);
    default: return {};
    }
}

QHash<int, QByteArray> NftHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{EventKindRole, "eventKind"},
                  {EventTextRole, "eventText"},
                  {NetworkRole, "network"},
                  {TrackIdRole, "trackId"},
                  {TransactionIdRole, "transactionId"},
                  {BlockNumberRole, "blockNumber"},
                  {ExplorerUrlRole, "explorerUrl"},
                  {PanelUrlRole, "panelUrl"}});
    return names;
}

void NftHistoryModel::clear()
{
    cancelLoad();
    beginResetModel();
    m_events.clear();
    m_tokenId.clear();
    clearError();
    endResetModel();
}

void NftHistoryModel::load(const QString &tokenId)
{
    clear();
    m_tokenId = tokenId;
    if (!m_client)
        return;
    startJob(m_client->history(tokenId), [this](const NftHistory &history) { setHistory(history); });
}

void NftHistoryModel::setHistory(const NftHistory &history)
{
    cancelLoad();
    beginResetModel();
    m_tokenId = history.tokenId;
    clearError();
    m_events.clear();
    if (history.mint)
        m_events.append({EventKind::Mint, *history.mint});
    for (const auto &transfer : history.transfers)
        m_events.append({EventKind::Transfer, transfer});
    if (history.burn)
        m_events.append({EventKind::Burn, *history.burn});
    endResetModel();
}

} // namespace inkan::models
