// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// One NFT, laid out for people (a non-modal window over the gallery): the image, name and
// description, the authenticity badge or a clear warning, the metadata (models/NftDescription:
// dates as dates, the venue as a described circle), the expiry, the chain history, and the
// holder's actions: Make public / Make private (optimistic, rolled back with a message if the
// service refuses), Transfer…, Hide / Show again, Refresh, and Show verification QR….
// The service's NFT objects do not say whether an NFT is public: until it is known (set in
// this session, or listed by the public search), both Make public and Make private are offered.
#include "services/web3connect/Web3ConnectTypes.h"
#include <QDialog>
#include <QPointer>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeView;

namespace inkan::models {
class NftModel;
class NftHistoryModel;
class ThumbnailCache;
}
namespace inkan::services::web3connect {
class AuthenticityChecker;
class Web3ConnectClient;
}
namespace inkan::session {
class HiddenNfts;
class KnownRecipients;
}

namespace inkan::ui {

/// What the detail view works with; every pointer belongs to the gallery (any may be null).
struct NftDetailContext {
    QPointer<services::web3connect::Web3ConnectClient> client; // the hub drops it when the wallet locks
    models::NftModel *model = nullptr;
    session::HiddenNfts *hidden = nullptr;
    session::KnownRecipients *recipients = nullptr;
    services::web3connect::AuthenticityChecker *checker = nullptr;
    models::ThumbnailCache *thumbnails = nullptr;
    QString holder;
};

class NftDetailView : public QDialog {
    Q_OBJECT
public:
    /// Shows the NFT with this token id from context.model.
    NftDetailView(const NftDetailContext &context, const QString &tokenId, QWidget *parent = nullptr);
    ~NftDetailView() override;

    QString tokenId() const { return m_tokenId; }

public Q_SLOTS:
    /// Makes a public NFT private and any other NFT public.
    void toggleVisibility();
    void setVisibility(bool makePublic);
    /// Opens the TransferDialog; closes this window once the NFT was transferred.
    void transfer();
    void toggleHidden();
    /// Fetches the NFT again (its dynamic metadata may have changed).
    void refreshMetadata();

Q_SIGNALS:
    void showVerificationQrRequested(const QString &tokenId, const QString &name);
    void transferred(const QString &tokenId, const QString &recipient);

private:
    services::web3connect::Nft currentNft() const;
    void render();
    void renderAuthenticity();
    void showMessage(const QString &text, bool error);

    NftDetailContext m_context;
    QString m_tokenId;
    services::web3connect::Nft m_nft;
    QPointer<QObject> m_toggle; // the ToggleVisibility in flight
    models::NftHistoryModel *m_history;

    QLabel *m_image;
    QLabel *m_name;
    QLabel *m_description;
    QLabel *m_authenticity;
    QLabel *m_visibility;
    QFormLayout *m_fields;
    QTreeView *m_historyView;
    QLabel *m_message;
    QPushButton *m_visibilityButton; // Make public, or the opposite of the known state
    QPushButton *m_makePrivateButton; // shown while the visibility is unknown
    QPushButton *m_transferButton;
    QPushButton *m_hideButton;
    QPushButton *m_refreshButton;
    QPushButton *m_qrButton;
    QPushButton *m_closeButton;
};

} // namespace inkan::ui
