// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// What organization staff do (a Web3Connect account whose type is organization): the account
// check (the organization and its ID wallet address) and its verification status, always in
// view; verification by phone (send a code, enter it, the tries left) and by domain (the TXT
// record to publish, a copy button, then a check); minting one NFT from a form built from the
// metadata rules (every required static field checked as it is typed, nothing sent while one is
// wrong, an optional expiry date, typed dynamic fields and custom keys, an image preview, the
// holder by address or by e-mail, imported first); importing end-users by e-mail (one or a list
// of up to 10,000, bad and repeated addresses named before anything is sent, a result table and
// CSV export). Other accounts see what the page is for and how to add an organization account.
//
//     auto *org = new OrganizationPage(hub);
//     org->setAccount(accountId);
#include "services/web3connect/Web3ConnectTypes.h"
#include "session/ServiceHub.h"
#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QListView;
class QStandardItemModel;

namespace inkan::services::web3connect { class Web3ConnectClient; }
namespace inkan::models { class ThumbnailCache; }
namespace inkan::jobs { class BatchImportJob; }

namespace inkan::ui {

class AddressField;
class BatchMintPanel;
class MintedByMePanel;

class OrganizationPage : public QWidget {
    Q_OBJECT
public:
    explicit OrganizationPage(session::ServiceHub &hub, QWidget *parent = nullptr);
    ~OrganizationPage() override;

    QString accountId() const { return m_accountId; }
    /// The signed-in organization's client, null until the account check is done.
    services::web3connect::Web3ConnectClient *client() const { return m_client; }
    /// Known once the account check answered.
    bool isVerified() const { return m_info.has_value() && m_info->domainVerified; }
    /// The last NFT minted from this page.
    QString lastMintedTokenId() const { return m_lastTokenId; }
    /// The mint form's problems (field → sentence); empty when it may be sent.
    QHash<QString, QString> mintProblems() const { return m_problems; }
    /// Whether the card preview shows the image (it is loaded and decoded).
    bool imagePreviewReady() const;
    BatchMintPanel *batchPanel() const { return m_batch; }
    MintedByMePanel *mintedPanel() const { return m_minted; }

public Q_SLOTS:
    /// An organization account; anything else (or none) shows what the page is for.
    void setAccount(const QString &accountId);
    /// Asks the service again for the organization and its verification status.
    void refreshStatus();
    void sendPhoneCode();
    void confirmPhoneCode();
    void showTxtRecord();
    void checkDomain();
    void mint();
    void importEmails();
    /// Reads a text file (one address a line) or a CSV with an "email" column into the list.
    void readImportFile(const QString &path);
    /// Writes the import results as CSV; an empty path asks where.
    void exportImportResults(const QString &path = {});
    /// Shows the last minted NFT in "Minted by me" and opens it.
    void openLastMinted();

Q_SIGNALS:
    void signInRequested();
    /// The user asked to see an NFT (the mint's "Open" button).
    void openNftRequested(const QString &tokenId);
    void minted(const QString &tokenId);
    void importFinished();

private:
    void buildUi();
    QWidget *buildAccountTab();
    QWidget *buildMintTab();
    QWidget *buildImportTab();
    void showInfo();
    void validateMint();
    QJsonObject staticMetadata() const;
    QJsonObject dynamicMetadata(QStringList *problems) const;
    void startMint(const QString &holderAddress);
    void setMintBusy(bool busy, const QString &step = {});
    void updateImagePreview();
    void updateCardPreview();
    void useThumbnails(const QUrl &serviceBaseUrl);
    void checkImportList();
    void chooseImportFile();
    void addCustomRow();
    QString errorSentence(const net::ApiError &error) const;

    session::ServiceHub &m_hub;
    QString m_accountId;
    quint64 m_generation = 0;
    QPointer<services::web3connect::Web3ConnectClient> m_client;
    QUrl m_baseUrl;
    std::optional<services::web3connect::MyInfo> m_info;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_notOrganization = nullptr;
    QPushButton *m_signInButton = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_walletLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTabWidget *m_tabs = nullptr;

    // Verification
    QLineEdit *m_phoneEdit = nullptr;
    QPushButton *m_sendCodeButton = nullptr;
    QLineEdit *m_codeEdit = nullptr;
    QPushButton *m_confirmCodeButton = nullptr;
    QLabel *m_phoneMessage = nullptr;
    QString m_tmpToken;
    int m_triesLeft = 0;
    QLineEdit *m_txtRecord = nullptr;
    QPushButton *m_showTxtButton = nullptr;
    QPushButton *m_copyTxtButton = nullptr;
    QPushButton *m_checkDomainButton = nullptr;
    QLabel *m_domainMessage = nullptr;

    // Mint
    QLabel *m_mintGate = nullptr;
    QHash<QString, QLineEdit *> m_staticEdits;
    QHash<QString, QLabel *> m_staticErrors;
    QCheckBox *m_expiryCheck = nullptr;
    QDateTimeEdit *m_expiryEdit = nullptr;
    QLabel *m_expiryError = nullptr;
    QLineEdit *m_categoryEdit = nullptr;
    QLineEdit *m_pointsEdit = nullptr;
    QCheckBox *m_placeCheck = nullptr;
    QDoubleSpinBox *m_latitude = nullptr;
    QDoubleSpinBox *m_longitude = nullptr;
    QDoubleSpinBox *m_radius = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_validUntilCheck = nullptr;
    QDateTimeEdit *m_validUntil = nullptr;
    QTableWidget *m_customTable = nullptr;
    QLabel *m_dynamicError = nullptr;
    QLabel *m_imagePreview = nullptr;
    QListView *m_cardView = nullptr;
    QStandardItemModel *m_card = nullptr;
    models::ThumbnailCache *m_thumbnails = nullptr;
    QRadioButton *m_byAddress = nullptr;
    QRadioButton *m_byEmail = nullptr;
    AddressField *m_holderAddress = nullptr;
    QLineEdit *m_holderEmail = nullptr;
    QLabel *m_holderError = nullptr;
    QPushButton *m_mintButton = nullptr;
    QProgressBar *m_mintProgress = nullptr;
    QLabel *m_mintResult = nullptr;
    QPushButton *m_openButton = nullptr;
    QHash<QString, QString> m_problems;
    bool m_mintBusy = false;
    QString m_lastTokenId;

    BatchMintPanel *m_batch = nullptr;
    MintedByMePanel *m_minted = nullptr;

    // Import
    QPlainTextEdit *m_importText = nullptr;
    QPushButton *m_importFileButton = nullptr;
    QLabel *m_importCheck = nullptr;
    QPushButton *m_importButton = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QTableWidget *m_importResults = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_importMessage = nullptr;
    QPointer<jobs::BatchImportJob> m_importJob;
    QStringList m_importEmails;
};

} // namespace inkan::ui
