// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/NftHistoryModel.h"
#include "services/web3connect/Web3ConnectClient.h"

#include <QLocale>

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
    case Qt::DisplayRole: return sentence(index.row());
    case TimeRole: return timeOf(index.row());
    case CounterpartRole: return counterpartOf(index.row());
    case EventTextRole:
        switch (event.kind) {
        case EventKind::Mint: return tr("Minted");
        case EventKind::Transfer: return tr("Transferred");
        case EventKind::Burn: return tr("Burned");
        }
        return {};
    case Qt::ToolTipRole:
        if (event.entry.blockNumber.isEmpty())
            return tr("Transaction %1").arg(event.entry.transactionId);
        return tr("Transaction %1 in block %2").arg(event.entry.transactionId, event.entry.blockNumber);
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
                  {PanelUrlRole, "panelUrl"},
                  {TimeRole, "time"},
                  {CounterpartRole, "counterpart"}});
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

namespace inkan::models {

QDateTime NftHistoryModel::trackIdTime(const QString &trackId)
{
    // "2023-09-18T22:53:19.065Z:o1eDTXGPYJdC9jby": the time, a colon, an id.
    const qsizetype colon = trackId.indexOf(QLatin1String("Z:"));
    if (colon < 0)
        return {};
    QDateTime time = QDateTime::fromString(trackId.left(colon + 1), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString NftHistoryModel::shortAddress(const QString &address)
{
    return address.size() > 12 ? address.left(6) + QChar(0x2026) + address.right(4) : address;
}

QDateTime NftHistoryModel::timeOf(int row) const
{
    const Event &event = m_events[row];
    const QDateTime time = trackIdTime(event.entry.trackId);
    if (!time.isValid() && event.kind == EventKind::Mint)
        return m_mintedAt;
    return time;
}

QString NftHistoryModel::counterpartOf(int row) const
{
    if (m_holder.isEmpty() || m_events[row].kind == EventKind::Burn)
        return {};
    // The holder received the last event, when that was a mint or a transfer.
    return row == m_events.size() - 1 ? m_holder : QString();
}

QString NftHistoryModel::sentence(int row) const
{
    const Event &event = m_events[row];
    const QDateTime time = timeOf(row);
    const QString when = time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
    const QString counterpart = counterpartOf(row);
    const QString to = counterpart.isEmpty() ? QString() : m_addressMask.isEmpty() ? shortAddress(counterpart) : m_addressMask;
    switch (event.kind) {
    case EventKind::Mint:
        if (!when.isEmpty())
            return to.isEmpty() ? tr("Minted on %1").arg(when) : tr("Minted on %1 to %2").arg(when, to);
        return to.isEmpty() ? tr("Minted") : tr("Minted to %1").arg(to);
    case EventKind::Transfer:
        if (!when.isEmpty())
            return to.isEmpty() ? tr("Transferred on %1").arg(when) : tr("Transferred on %1 to %2").arg(when, to);
        return to.isEmpty() ? tr("Transferred") : tr("Transferred to %1").arg(to);
    case EventKind::Burn:
        return when.isEmpty() ? tr("Burned") : tr("Burned on %1").arg(when);
    }
    return {};
}

void NftHistoryModel::announceSentences()
{
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_events.size()) - 1), {Qt::DisplayRole, TimeRole, CounterpartRole});
}

void NftHistoryModel::setHolder(const QString &address)
{
    if (address == m_holder)
        return;
    m_holder = address;
    announceSentences();
}

void NftHistoryModel::setMintedAt(const QDateTime &time)
{
    if (time == m_mintedAt)
        return;
    m_mintedAt = time;
    announceSentences();
}

void NftHistoryModel::setAddressMask(const QString &mask)
{
    if (mask == m_addressMask)
        return;
    m_addressMask = mask;
    announceSentences();
}

} // namespace inkan::models
