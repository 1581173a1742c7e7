// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The holder's NFT gallery: the NFTs the signed-in Web3Connect account holds, as cards in a
// virtualised grid (QListView, IconMode, uniform sizes) that fetches more pages as it scrolls,
// newest or oldest first, filtered by visibility and kind, without the ones the user hid or
// that could not be verified (each has its own view), and a search among public NFTs by name.
// Keyboard: arrows move, Enter opens the NFT, typing goes to the search box.
//
//     auto *gallery = new GalleryPage(hub);
//     gallery->setAccount(accountId);                       // empty: the signed-out state
//     connect(gallery, &GalleryPage::signInRequested, …);   // the empty state's action
//     connect(gallery, &GalleryPage::showVerificationQrRequested, …);
#include "session/ServiceHub.h"
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace inkan::models {
class NftModel;
class NftFilterModel;
class ThumbnailCache;
}
namespace inkan::services::web3connect { class AuthenticityChecker; }
namespace inkan::session {
class HiddenNfts;
class KnownRecipients;
}

namespace inkan::ui {

class EmptyState;
class NftDetailView;

class GalleryPage : public QWidget {
    Q_OBJECT
public:
    explicit GalleryPage(inkan::session::ServiceHub &hub, QWidget *parent = nullptr);
    ~GalleryPage() override;

    QString accountId() const { return m_accountId; }
    /// The holder address shown (the account's subject); empty when signed out.
    QString holder() const { return m_holder; }
    /// The listing and the filters over it (null until an account is set).
    models::NftModel *nftModel() const { return m_model; }
    models::NftFilterModel *filterModel() const { return m_filter; }
    /// The detail window open now, if any.
    NftDetailView *detailView() const;

public Q_SLOTS:
    /// Shows the NFTs of this Web3Connect account; an empty id (or a signed-out account) shows
    /// the sign-in empty state.
    void setAccount(const QString &accountId);
    /// Lists again from the first page (after an error, or to see changes made elsewhere).
    void reload();
    /// Opens the detail window of the NFT at a row of filterModel().
    void openDetail(const QModelIndex &index);

Q_SIGNALS:
    /// The signed-out empty state's "Sign in…" was chosen.
    void signInRequested();
    /// The detail window asked for the verification QR of this NFT.
    void showVerificationQrRequested(const QString &tokenId, const QString &name);
    /// What setAccount() had to show has been painted, once per setAccount(): the first page
    /// of thumbnails (each one an image or, when it failed, the placeholder), the "no NFTs" text
    /// of a holder with none, or at once the signed-out or error state. For
    /// `inkan --quit-when-ready` (AppController::pageReady) and the benchmarks.
    void firstPageShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSignedOut();
    void showError(const QString &sentence);
    void useClient(services::web3connect::Web3ConnectClient *client);
    void listHeld();
    void search();
    void updateStatus();
    void updateKinds();
    void applyFilters();
    void showContextMenu(const QPoint &pos);
    void dropModels();
    /// The thumbnails of every card in view are settled (Ready or Unavailable), or there is no
    /// card to show and nothing more is coming.
    bool firstPageSettled();
    void reportFirstPageShown();
    void updateGrid();

    session::ServiceHub &m_hub;
    QString m_accountId;
    QString m_holder;
    QPointer<services::web3connect::Web3ConnectClient> m_client;
    bool m_descending = true;
    quint64 m_generation = 0; // guards answers for an account no longer shown
    int m_kindsScanned = 0;        // updateKinds() has seen the rows before this one
    quint64 m_shownGeneration = 0; // the generation firstPageShown() was emitted for

    session::HiddenNfts *m_hidden;
    session::KnownRecipients *m_recipients;
    models::NftModel *m_model = nullptr;
    models::NftFilterModel *m_filter = nullptr;
    models::ThumbnailCache *m_thumbnails = nullptr;
    services::web3connect::AuthenticityChecker *m_checker = nullptr;
    QPointer<NftDetailView> m_detail;

    QStackedWidget *m_stack;
    EmptyState *m_signedOut;
    EmptyState *m_error;
    QWidget *m_content;
    QLineEdit *m_search;
    QComboBox *m_show;
    QComboBox *m_visibility;
    QComboBox *m_kind;
    QToolButton *m_sort;
    QListView *m_view;
    QLabel *m_status;
    QPushButton *m_retry;
    QLabel *m_emptyList;
};

} // namespace inkan::ui
