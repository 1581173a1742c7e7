// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// One NFT's life on the chain, oldest first: its mint, each transfer, and its burn when there
// was one (Web3ConnectClient::history). load() cancels a load in flight; so do clear() and
// the destructor. Nothing blocks.
#include "models/JobListModel.h"
#include "services/web3connect/Web3ConnectTypes.h"
#include <QPointer>
#include <optional>

namespace inkan::services::web3connect {
class Web3ConnectClient;
}

namespace inkan::models {

class NftHistoryModel : public JobListModel {
    Q_OBJECT
public:
    enum class EventKind { Mint, Transfer, Burn };
    Q_ENUM(EventKind)

    enum Roles {
        EventKindRole = Qt::UserRole + 1, // EventKind (int)
        EventTextRole,    // "Minted" / "Transferred" / "Burned", translated
        NetworkRole,      // int, the chain id
        TrackIdRole,
        TransactionIdRole,
        BlockNumberRole,
        ExplorerUrlRole,  // QUrl
        PanelUrlRole,     // QUrl
    };
    Q_ENUM(Roles)

    explicit NftHistoryModel(services::web3connect::Web3ConnectClient *client, QObject *parent = nullptr);
    ~NftHistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString tokenId() const { return m_tokenId; }

public Q_SLOTS:
    /// Empties the model and loads the history of `tokenId`.
    void load(const QString &tokenId);
    /// Fills the model from a history fetched elsewhere (cancels a load in flight).
    void setHistory(const inkan::services::web3connect::NftHistory &history);
    void clear();

    // Signals (JobListModel): loadingChanged, loaded, loadFailed.

private:
    struct Event {
        EventKind kind;
        services::web3connect::ChainEntry entry;
    };

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    QString m_tokenId;
    QList<Event> m_events;
};

} // namespace inkan::models
