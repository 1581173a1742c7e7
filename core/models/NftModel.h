// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The NFTs of one Web3Connect listing, paged for views: held by an address, minted by the
// signed-in organization, or a field search (public NFTs, or among those it minted).
//
//     auto *nfts = new NftModel(client, this);
//     nfts->reset(NftModel::Source::heldBy(address));
//     view->setModel(nfts);            // the view calls fetchMore() as it scrolls
//
// Each fetchMore() starts one job for the next page. canFetchMore() is false while a page is
// loading, after a short (not full) page, and after a failure (loadFailed(); retry() tries
// the same page again). reset() and the destructor cancel the job in flight; nothing here
// blocks or waits. The model never owns the client: it must outlive the model, or the model
// simply stops fetching once the client is gone.
//
// Pages are numbered by the server (perPageItemNum / pageNum): an NFT that leaves the listing
// between two fetches (a transfer) can make the next page skip one, and one that joins it can
// repeat one. A token id already shown is never added twice (nor one removed with removeNft);
// refresh() lists afresh. updateNft / removeNft / setRowState are for optimistic changes.
#include "models/JobListModel.h"
#include "services/web3connect/Web3ConnectTypes.h"
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <optional>

namespace inkan::services::web3connect {
class Web3ConnectClient;
}

namespace inkan::models {

class NftModel : public JobListModel {
    Q_OBJECT
    Q_PROPERTY(bool complete READ isComplete NOTIFY completeChanged)
public:
    enum Roles {
        TokenIdRole = Qt::UserRole + 1,
        NameRole,          // static "name"
        DescriptionRole,   // static "description"
        ImageUrlRole,      // QUrl: static "image", resolved against the service's host
        VisibilityRole,    // "public" / "private"; empty when unknown (the service's NFT objects
                           // leave it out; search results are public; updateNft() may set it)
        IsPublicRole,      // bool, or an invalid QVariant when unknown
        KindRole,          // dynamic "category" / "credential_category", or static "type"/"kind"; empty if none
        MintedAtRole,      // QDateTime (UTC) from created_at; invalid when absent
        ExpiresAtRole,     // QDateTime (UTC) from dynamic "expires" (epoch s) or static "expired_at"; invalid for "never"
        NftRole,           // QVariant of inkan::services::web3connect::Nft
        RawRole,           // QJsonObject, the NFT as the server sent it
        RowStateRole,      // NftModel::RowState (int)
        RowErrorRole,      // QString, the sentence of a failed local change
    };
    Q_ENUM(Roles)

    /// A row's local state, for optimistic updates made by a page (transfer, visibility).
    enum class RowState { Ready, Updating, Failed };
    Q_ENUM(RowState)

    /// Which listing the model pages through.
    struct Source {
        enum class Kind { None, HeldBy, MintedByMe, Search, SearchMintedByMe };
        Kind kind = Kind::None;
        QString address;       // HeldBy
        QJsonObject fields;    // Search, SearchMintedByMe: the field-match object
        int pageSize = 20;     // perPageItemNum, 1..100 (the sandbox refuses anything else)
        bool descending = true; // newest first

        static Source heldBy(const QString &address, int pageSize = 20);
        static Source mintedByMe(int pageSize = 20);
        static Source search(const QJsonObject &fields, int pageSize = 20);
        static Source searchMintedByMe(const QJsonObject &fields, int pageSize = 20);
    };

    explicit NftModel(services::web3connect::Web3ConnectClient *client, QObject *parent = nullptr);
    ~NftModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Source source() const { return m_source; }
    // isLoading(): a page is being fetched; lastError(): the failure of the last fetch, until
    // retry() or reset() (JobListModel).
    /// The last page was short: everything has been listed.
    bool isComplete() const { return m_complete; }
    /// Pages fetched since the last reset.
    int pagesLoaded() const { return m_nextPage - 1; }

    /// The row of a token id, or -1.
    int rowOf(const QString &tokenId) const;
    /// The NFT of a row (an empty Nft when out of range).
    services::web3connect::Nft nftAt(int row) const;

public Q_SLOTS:
    /// Cancels the page in flight, empties the model and pages through `source` from page 1.
    /// Nothing is fetched until fetchMore() (a view calls it, or call it yourself).
    void reset(const inkan::models::NftModel::Source &source);
    /// reset() with the same source: a fresh listing.
    void refresh();
    /// After loadFailed(): fetches the page that failed.
    void retry();
    /// Replaces the row with the same token id (an optimistic or confirmed change); its state
    /// goes back to Ready. False when no row has that token id.
    bool updateNft(const inkan::services::web3connect::Nft &nft);
    /// Removes the row with that token id (e.g. transferred away). False when absent.
    bool removeNft(const QString &tokenId);
    /// Marks a row while a change to it is in flight, or failed (with the error's sentence).
    bool setRowState(const QString &tokenId, inkan::models::NftModel::RowState state, const QString &error = {});

Q_SIGNALS:
    // Also JobListModel's loadingChanged(), loaded() after each page, and loadFailed() when a
    // page could not be fetched (not for a fetch that reset() cancelled).
    void completeChanged(bool complete);
    /// A page arrived: `added` new rows (duplicates skipped).
    void pageLoaded(int pageNum, int added);

private:
    struct Row {
        services::web3connect::Nft nft;
        RowState state = RowState::Ready;
        QString error;
    };
    void onPage(int pageNum, const QList<services::web3connect::Nft> &page);
    void setComplete(bool complete);

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    Source m_source;
    QList<Row> m_rows;
    QSet<QString> m_tokenIds;
    int m_nextPage = 1;
    bool m_complete = false;
};

/// The role values of one NFT, shared with the other NFT views (history, detail pages).
namespace nftfields {
QString name(const services::web3connect::Nft &nft);
QString description(const services::web3connect::Nft &nft);
/// `image` resolved against `serviceBase` when it is a path (the sandbox serves /assets/…).
QUrl imageUrl(const services::web3connect::Nft &nft, const QUrl &serviceBase);
QString kind(const services::web3connect::Nft &nft);
QDateTime mintedAt(const services::web3connect::Nft &nft);
/// Invalid when the NFT never expires (no date, or the 9999-12-31 default).
QDateTime expiresAt(const services::web3connect::Nft &nft);
} // namespace nftfields

} // namespace inkan::models

Q_DECLARE_METATYPE(inkan::services::web3connect::Nft)
Q_DECLARE_METATYPE(inkan::models::NftModel::Source)
