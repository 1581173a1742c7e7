// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// One NFT's life on the chain, oldest first: its mint, each transfer, and its burn when there
// was one (Web3ConnectClient::history). load() cancels a load in flight; so do clear() and
// the destructor. Nothing blocks.
//
// Each event reads as a sentence ("Minted on 2/12/2026 11:32 to 0x35f4…3c49"). The service
// reports neither times nor parties: the time is the one its trackId starts with
// ("2023-09-18T22:53:19.065Z:o1eD…", as in the service's docs), else, for the mint, the NFT's
// created_at (setMintedAt); the one party known is the current holder (setHolder), who
// received the latest transfer, or the mint when there was none.
#include <QDateTime>
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
        EventTextRole,    // "Minted" / "Transferred" / "Burned", translated (DisplayRole: the sentence)
        NetworkRole,      // int, the chain id
        TrackIdRole,
        TransactionIdRole,
        BlockNumberRole,
        ExplorerUrlRole,  // QUrl
        PanelUrlRole,     // QUrl
        TimeRole,         // QDateTime (UTC), invalid when unknown
        CounterpartRole,  // the address the NFT went to, empty when unknown
    };
    Q_ENUM(Roles)

    explicit NftHistoryModel(services::web3connect::Web3ConnectClient *client, QObject *parent = nullptr);
    ~NftHistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString tokenId() const { return m_tokenId; }

    /// The NFT's current holder (empty: unknown, or burned): the receiver of its last event.
    void setHolder(const QString &address);
    /// When the NFT was minted (its created_at), for a mint whose trackId has no time.
    void setMintedAt(const QDateTime &time);
    /// Shown in the sentences instead of addresses (privacy mode); empty shows them.
    void setAddressMask(const QString &mask);
    /// "0x35f4…3c49".
    static QString shortAddress(const QString &address);
    /// The time a trackId starts with, or an invalid QDateTime.
    static QDateTime trackIdTime(const QString &trackId);

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
    QDateTime timeOf(int row) const;
    QString counterpartOf(int row) const;
    QString sentence(int row) const;
    void announceSentences();

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    QString m_tokenId;
    QList<Event> m_events;
    QString m_holder;
    QDateTime m_mintedAt;
    QString m_addressMask;
};

} // namespace inkan::models
