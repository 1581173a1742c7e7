// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The organization page's "Minted by me": the NFTs the organization minted (NftModel, paged),
// searched by a field's exact value (name, issuer, category, level…), each one opened in the
// gallery's detail view, and its dynamic metadata edited in place. Values are typed as the
// metadata rules say (numbers for numeric keys, a date editor for "expires", JSON for arrays and
// objects); the edit shows in the list at once and is rolled back, with a sentence, if the
// service refuses it (core's UpdateDynamicMetadata).
#include "services/web3connect/Web3ConnectTypes.h"
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableWidget;

namespace inkan::services::web3connect { class Web3ConnectClient; }
namespace inkan::models { class NftModel; class ThumbnailCache; }

namespace inkan::ui {

class NftDetailView;

class MintedByMePanel : public QWidget {
    Q_OBJECT
public:
    explicit MintedByMePanel(QWidget *parent = nullptr);
    ~MintedByMePanel() override;

    void setClient(services::web3connect::Web3ConnectClient *client, const QUrl &serviceBaseUrl);
    models::NftModel *model() const { return m_model; }
    QString selectedTokenId() const { return m_selected.tokenId; }
    NftDetailView *detailView() const;

public Q_SLOTS:
    /// Lists everything again (e.g. after a mint).
    void reload();
    void search();
    void select(const QString &tokenId);
    /// Opens the selected NFT in the detail view.
    void openSelected();
    /// Sends the edited dynamic fields.
    void saveDynamic();
    void addField();

Q_SIGNALS:
    void saved(bool ok);

private:
    void showSelected();
    void updateStatus();

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    models::NftModel *m_model = nullptr;
    models::ThumbnailCache *m_thumbnails = nullptr;
    services::web3connect::Nft m_selected;

    QComboBox *m_searchField = nullptr;
    QLineEdit *m_searchText = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_title = nullptr;
    QTableWidget *m_dynamic = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QLabel *m_message = nullptr;
    QPointer<NftDetailView> m_detail;
};

} // namespace inkan::ui
