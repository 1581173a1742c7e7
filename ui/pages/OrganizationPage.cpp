// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "OrganizationPage.h"

#include "BatchMintPanel.h"
#include "MintedByMePanel.h"
#include "Named.h"
#include "Theme.h"
#include "dialogs/FutureResult.h"
#include "crypto/Address.h"
#include "jobs/BatchImportJob.h"
#include "jobs/EmailList.h"
#include "jobs/MetadataRules.h"
#include "models/NftModel.h"
#include "models/ThumbnailCache.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "session/SessionManager.h"
#include "delegates/NftDelegate.h"
#include "widgets/AddressField.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QListView>
#include <QStandardItemModel>
#include <QTimer>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace inkan::ui {

using services::web3connect::Web3ConnectClient;

namespace {

QLabel *sentence(const char *objectName, const QString &accessibleName, QWidget *parent = nullptr)
{
    auto *label = named(new QLabel(parent), objectName, accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    Theme::setTone(label, text.isEmpty() ? Theme::Tone::Plain : Theme::Tone::Error);
    label->setVisible(!text.isEmpty());
}

/// A table's headers and corner button are controls too: they get names from the table's.
void nameTableParts(QTableWidget *table)
{
    const QString base = table->objectName();
    named(table->horizontalHeader(), "", OrganizationPage::tr("%1 columns").arg(table->accessibleName()))
        ->setObjectName(base + QStringLiteral("ColumnHeader"));
    named(table->verticalHeader(), "", OrganizationPage::tr("%1 rows").arg(table->accessibleName()))
        ->setObjectName(base + QStringLiteral("RowHeader"));
    for (QAbstractButton *corner : table->findChildren<QAbstractButton *>())
        if (corner->objectName().isEmpty())
            named(corner, "", OrganizationPage::tr("Select all of %1").arg(table->accessibleName()))->setObjectName(base + QStringLiteral("SelectAll"));
}

QString csvField(QString value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}

} // namespace

OrganizationPage::OrganizationPage(session::ServiceHub &hub, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
{
    setObjectName(QStringLiteral("organizationPage"));
    setAccessibleName(tr("Organization"));
    buildUi();
    setAccount({});
}

OrganizationPage::~OrganizationPage() = default;

void OrganizationPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    m_stack = named(new QStackedWidget(this), "orgStack", tr("Organization"));
    outer->addWidget(m_stack);

    // Not an organization: what the page is for and how to get there.
    auto *intro = new QWidget;
    auto *introLayout = new QVBoxLayout(intro);
    introLayout->addStretch();
    m_notOrganization = sentence("orgNotOrganization", tr("What this page is for"));
    m_notOrganization->setAlignment(Qt::AlignCenter);
    introLayout->addWidget(m_notOrganization);
    m_signInButton = named(new QPushButton(tr("Add or sign in to an organization account…")), "orgSignInButton",
                           tr("Add or sign in to an organization account"));
    connect(m_signInButton, &QPushButton::clicked, this, &OrganizationPage::signInRequested);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_signInButton);
    buttonRow->addStretch();
    introLayout->addLayout(buttonRow);
    introLayout->addStretch();
    m_stack->addWidget(intro);

    // The organization.
    auto *main = new QWidget;
    auto *mainLayout = new QVBoxLayout(main);
    auto *header = named(new QGroupBox(tr("Organization")), "orgAccountGroup", tr("Organization account"));
    auto *headerLayout = new QFormLayout(header);
    m_accountLabel = sentence("orgAccount", tr("Organization"));
    m_walletLabel = sentence("orgWalletAddress", tr("ID wallet address"));
    m_statusLabel = sentence("orgStatus", tr("Verification status"));
    QFont statusFont = m_statusLabel->font();
    statusFont.setBold(true);
    m_statusLabel->setFont(statusFont);
    auto *refresh = named(new QPushButton(tr("Check again")), "orgRefreshButton", tr("Check the organization's status again"));
    connect(refresh, &QPushButton::clicked, this, &OrganizationPage::refreshStatus);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_accountLabel, 1);
    accountRow->addWidget(refresh);
    headerLayout->addRow(tr("Organization:"), accountRow);
    headerLayout->addRow(tr("ID wallet:"), m_walletLabel);
    headerLayout->addRow(tr("Status:"), m_statusLabel);
    mainLayout->addWidget(header);

    m_tabs = named(new QTabWidget, "orgTabs", tr("Organization tasks"));
    m_tabs->addTab(buildAccountTab(), tr("Verification"));
    m_tabs->addTab(buildMintTab(), tr("Mint one NFT"));
    m_batch = new BatchMintPanel;
    m_batch->setSettingsDir(m_hub.dataDir());
    m_tabs->addTab(m_batch, tr("Batch mint"));
    m_tabs->addTab(buildImportTab(), tr("Import end-users"));
    m_minted = new MintedByMePanel;
    m_tabs->addTab(m_minted, tr("Minted by me"));
    mainLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(main);
}

QWidget *OrganizationPage::buildAccountTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);

    auto *domain = named(new QGroupBox(tr("Verify by domain")), "orgDomainGroup", tr("Verify by domain"));
    auto *domainLayout = new QVBoxLayout(domain);
    auto *domainHelp = new QLabel(tr("Minting needs a verified domain. Publish the TXT record below in your domain's DNS, "
                                     "then check it here."));
    domainHelp->setWordWrap(true);
    domainLayout->addWidget(domainHelp);
    auto *txtRow = new QHBoxLayout;
    m_txtRecord = named(new QLineEdit, "orgTxtRecord", tr("TXT record to publish"));
    m_txtRecord->setReadOnly(true);
    m_txtRecord->setPlaceholderText(tr("Press \"Show TXT record\" to get it"));
    m_showTxtButton = named(new QPushButton(tr("Show TXT record")), "orgShowTxtButton", tr("Show the TXT record to publish"));
    m_copyTxtButton = named(new QPushButton(tr("Copy")), "orgCopyTxtButton", tr("Copy the TXT record"));
    m_copyTxtButton->setEnabled(false);
    txtRow->addWidget(m_txtRecord, 1);
    txtRow->addWidget(m_showTxtButton);
    txtRow->addWidget(m_copyTxtButton);
    domainLayout->addLayout(txtRow);
    m_checkDomainButton = named(new QPushButton(tr("Check the domain")), "orgCheckDomainButton", tr("Check the domain's TXT record"));
    domainLayout->addWidget(m_checkDomainButton, 0, Qt::AlignLeft);
    m_domainMessage = sentence("orgDomainMessage", tr("Domain verification message"));
    domainLayout->addWidget(m_domainMessage);
    connect(m_showTxtButton, &QPushButton::clicked, this, &OrganizationPage::showTxtRecord);
    connect(m_checkDomainButton, &QPushButton::clicked, this, &OrganizationPage::checkDomain);
    connect(m_copyTxtButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_txtRecord->text());
        m_domainMessage->setText(tr("Copied. Add it as a TXT record of %1, then press \"Check the domain\".")
                                     .arg(m_info ? m_info->domain : tr("your domain")));
    });
    layout->addWidget(domain);

    auto *phone = named(new QGroupBox(tr("Verify by phone")), "orgPhoneGroup", tr("Verify by phone"));
    auto *phoneLayout = new QFormLayout(phone);
    m_phoneEdit = named(new QLineEdit, "orgPhoneEdit", tr("Phone number"));
    m_phoneEdit->setPlaceholderText(tr("+819012345678"));
    m_sendCodeButton = named(new QPushButton(tr("Send code")), "orgSendCodeButton", tr("Send a verification code"));
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phoneEdit, 1);
    phoneRow->addWidget(m_sendCodeButton);
    phoneLayout->addRow(tr("Phone number (with country code):"), phoneRow);
    m_codeEdit = named(new QLineEdit, "orgCodeEdit", tr("Code received by SMS"));
    m_codeEdit->setEnabled(false);
    m_confirmCodeButton = named(new QPushButton(tr("Confirm")), "orgConfirmCodeButton", tr("Confirm the code"));
    m_confirmCodeButton->setEnabled(false);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeEdit, 1);
    codeRow->addWidget(m_confirmCodeButton);
    phoneLayout->addRow(tr("Code:"), codeRow);
    m_phoneMessage = sentence("orgPhoneMessage", tr("Phone verification message"));
    phoneLayout->addRow(m_phoneMessage);
    connect(m_sendCodeButton, &QPushButton::clicked, this, &OrganizationPage::sendPhoneCode);
    connect(m_confirmCodeButton, &QPushButton::clicked, this, &OrganizationPage::confirmPhoneCode);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &OrganizationPage::confirmPhoneCode);
    layout->addWidget(phone);
    layout->addStretch();
    return tab;
}

QWidget *OrganizationPage::buildMintTab()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto *tab = new QWidget;
    scroll->setWidget(tab);
    auto *layout = new QVBoxLayout(tab);

    m_mintGate = sentence("mintGate", tr("Why minting is not possible yet"));
    layout->addWidget(m_mintGate);

    auto *columns = new QHBoxLayout;
    auto *staticBox = named(new QGroupBox(tr("Static metadata (never changes)")), "mintStaticGroup", tr("Static metadata"));
    auto *staticForm = new QFormLayout(staticBox);
    const QHash<QString, QString> labels{
        {QStringLiteral("issuer"), tr("Issuer")},
        {QStringLiteral("contents_provider"), tr("Contents provider")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("image"), tr("Image URL")},
        {QStringLiteral("link"), tr("Link (may be empty)")},
        {QStringLiteral("serial_number"), tr("Serial number")},
        {QStringLiteral("total_issued"), tr("Total issued")},
        {QStringLiteral("animation_url"), tr("Animation URL (may be empty)")},
    };
    for (const QString &field : jobs::requiredStaticFields()) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("mintField_") + field);
        edit->setAccessibleName(labels.value(field, field));
        if (jobs::fieldType(field, true) == jobs::FieldType::Integer)
            edit->setPlaceholderText(tr("a whole number"));
        auto *error = new QLabel;
        error->setObjectName(QStringLiteral("mintError_") + field);
        error->setAccessibleName(tr("Problem with %1").arg(labels.value(field, field)));
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        cell->addWidget(error);
        staticForm->addRow(labels.value(field, field) + u':', cell);
        m_staticEdits.insert(field, edit);
        m_staticErrors.insert(field, error);
        connect(edit, &QLineEdit::textChanged, this, &OrganizationPage::validateMint);
    }
    // The preview follows the image URL once typing pauses (the download and decode run off the
    // GUI thread in ThumbnailCache).
    auto *previewTimer = new QTimer(this);
    previewTimer->setSingleShot(true);
    previewTimer->setInterval(400);
    connect(previewTimer, &QTimer::timeout, this, &OrganizationPage::updateCardPreview);
    connect(m_staticEdits.value(QStringLiteral("image")), &QLineEdit::textChanged, previewTimer, qOverload<>(&QTimer::start));
    m_expiryCheck = named(new QCheckBox(tr("Expires on")), "mintExpiryCheck", tr("The NFT expires"));
    m_expiryEdit = named(new QDateTimeEdit(QDateTime::currentDateTime().addYears(1)), "mintExpiryEdit", tr("Expiry date"));
    m_expiryEdit->setCalendarPopup(true);
    m_expiryEdit->setEnabled(false);
    m_expiryError = sentence("mintExpiryError", tr("Problem with the expiry date"));
    m_expiryError->hide();
    auto *expiryCell = new QVBoxLayout;
    expiryCell->addWidget(m_expiryEdit);
    expiryCell->addWidget(m_expiryError);
    staticForm->addRow(m_expiryCheck, expiryCell);
    connect(m_expiryCheck, &QCheckBox::toggled, m_expiryEdit, &QWidget::setEnabled);
    connect(m_expiryCheck, &QCheckBox::toggled, this, &OrganizationPage::validateMint);
    connect(m_expiryEdit, &QDateTimeEdit::dateTimeChanged, this, &OrganizationPage::validateMint);
    columns->addWidget(staticBox, 3);

    auto *side = new QVBoxLayout;
    // The card as the holder will see it in their gallery (the gallery's own delegate).
    auto *previewRow = new QHBoxLayout;
    m_card = new QStandardItemModel(this);
    m_card->appendRow(new QStandardItem);
    m_cardView = named(new QListView, "mintCardPreview", tr("The NFT as its holder will see it"));
    m_cardView->setModel(m_card);
    m_cardView->setSelectionMode(QAbstractItemView::NoSelection);
    m_cardView->setFocusPolicy(Qt::NoFocus);
    m_cardView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardView->setFixedSize(NftDelegate::cardSize() + QSize(6, 6));
    previewRow->addWidget(m_cardView);
    m_imagePreview = named(new QLabel(tr("The image appears on the card once its URL is entered.")), "mintImagePreview", tr("Image preview"));
    m_imagePreview->setWordWrap(true);
    m_imagePreview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    previewRow->addWidget(m_imagePreview, 1);
    side->addLayout(previewRow);

    auto *dynamicBox = named(new QGroupBox(tr("Dynamic metadata (can be updated later)")), "mintDynamicGroup", tr("Dynamic metadata"));
    auto *dynamicForm = new QFormLayout(dynamicBox);
    m_categoryEdit = named(new QLineEdit, "mintCategory", tr("Category"));
    m_categoryEdit->setPlaceholderText(tr("ticket, credential, loyalty…"));
    dynamicForm->addRow(tr("Category:"), m_categoryEdit);
    m_pointsEdit = named(new QLineEdit, "mintPoints", tr("Points earned"));
    m_pointsEdit->setPlaceholderText(tr("a number, e.g. 12.5"));
    dynamicForm->addRow(tr("Points earned:"), m_pointsEdit);
    m_validUntilCheck = named(new QCheckBox(tr("Valid until")), "mintValidUntilCheck", tr("Valid until a date"));
    m_validUntil = named(new QDateTimeEdit(QDateTime::currentDateTime().addMonths(6)), "mintValidUntil", tr("Valid until"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setEnabled(false);
    connect(m_validUntilCheck, &QCheckBox::toggled, m_validUntil, &QWidget::setEnabled);
    dynamicForm->addRow(m_validUntilCheck, m_validUntil);
    m_placeCheck = named(new QCheckBox(tr("Valid only near a place")), "mintPlaceCheck", tr("Valid only near a place"));
    dynamicForm->addRow(m_placeCheck);
    m_latitude = named(new QDoubleSpinBox, "mintLatitude", tr("Latitude"));
    m_latitude->setRange(-90, 90);
    m_latitude->setDecimals(6);
    m_longitude = named(new QDoubleSpinBox, "mintLongitude", tr("Longitude"));
    m_longitude->setRange(-180, 180);
    m_longitude->setDecimals(6);
    m_radius = named(new QDoubleSpinBox, "mintRadius", tr("Radius"));
    m_radius->setRange(0, 1e6);
    m_radius->setValue(300);
    m_unit = named(new QComboBox, "mintUnit", tr("Unit of length"));
    m_unit->addItem(tr("metres"), QStringLiteral("m"));
    m_unit->addItem(tr("kilometres"), QStringLiteral("km"));
    auto *place = new QHBoxLayout;
    place->addWidget(m_latitude);
    place->addWidget(m_longitude);
    place->addWidget(m_radius);
    place->addWidget(m_unit);
    dynamicForm->addRow(tr("Lat, long, radius:"), place);
    for (QWidget *w : {static_cast<QWidget *>(m_latitude), static_cast<QWidget *>(m_longitude), static_cast<QWidget *>(m_radius),
                       static_cast<QWidget *>(m_unit)}) {
        w->setEnabled(false);
        connect(m_placeCheck, &QCheckBox::toggled, w, &QWidget::setEnabled);
    }
    m_customTable = named(new QTableWidget(0, 2), "mintCustomFields", tr("Custom fields"));
    m_customTable->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_customTable->horizontalHeader()->setStretchLastSection(true);
    m_customTable->setMaximumHeight(110);
    nameTableParts(m_customTable);
    auto *addCustom = named(new QPushButton(tr("Add a field")), "mintAddCustomButton", tr("Add a custom field"));
    connect(addCustom, &QPushButton::clicked, this, &OrganizationPage::addCustomRow);
    dynamicForm->addRow(m_customTable);
    dynamicForm->addRow(addCustom);
    m_dynamicError = sentence("mintDynamicError", tr("Problem with the dynamic metadata"));
    m_dynamicError->hide();
    dynamicForm->addRow(m_dynamicError);
    connect(m_categoryEdit, &QLineEdit::textChanged, this, &OrganizationPage::validateMint);
    connect(m_pointsEdit, &QLineEdit::textChanged, this, &OrganizationPage::validateMint);
    connect(m_customTable, &QTableWidget::itemChanged, this, &OrganizationPage::validateMint);
    side->addWidget(dynamicBox);
    columns->addLayout(side, 2);
    layout->addLayout(columns);

    auto *holderBox = named(new QGroupBox(tr("Holder")), "mintHolderGroup", tr("Holder"));
    auto *holderLayout = new QVBoxLayout(holderBox);
    m_byAddress = named(new QRadioButton(tr("By ID wallet address")), "mintHolderByAddress", tr("Holder by ID wallet address"));
    m_byEmail = named(new QRadioButton(tr("By e-mail (the address is imported first)")), "mintHolderByEmail", tr("Holder by e-mail"));
    m_byAddress->setChecked(true);
    m_holderAddress = named(new AddressField, "mintHolderAddress", tr("Holder's ID wallet address"));
    m_holderEmail = named(new QLineEdit, "mintHolderEmail", tr("Holder's e-mail"));
    m_holderEmail->setPlaceholderText(tr("holder@example.com"));
    m_holderEmail->setEnabled(false);
    m_holderError = sentence("mintHolderError", tr("Problem with the holder"));
    m_holderError->hide();
    holderLayout->addWidget(m_byAddress);
    holderLayout->addWidget(m_holderAddress);
    holderLayout->addWidget(m_byEmail);
    holderLayout->addWidget(m_holderEmail);
    holderLayout->addWidget(m_holderError);
    connect(m_byEmail, &QRadioButton::toggled, this, [this](bool byEmail) {
        m_holderEmail->setEnabled(byEmail);
        m_holderAddress->setEnabled(!byEmail);
        validateMint();
    });
    connect(m_holderAddress, &AddressField::addressChanged, this, &OrganizationPage::validateMint);
    connect(m_holderEmail, &QLineEdit::textChanged, this, &OrganizationPage::validateMint);
    layout->addWidget(holderBox);

    auto *actions = new QHBoxLayout;
    m_mintButton = named(new QPushButton(tr("Mint")), "mintButton", tr("Mint the NFT"));
    m_mintButton->setDefault(true);
    connect(m_mintButton, &QPushButton::clicked, this, &OrganizationPage::mint);
    m_mintProgress = named(new QProgressBar, "mintProgress", tr("Mint progress"));
    m_mintProgress->setRange(0, 0);
    m_mintProgress->hide();
    m_mintResult = sentence("mintResult", tr("Mint result"));
    m_mintResult->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_openButton = named(new QPushButton(tr("Open the NFT")), "mintOpenButton", tr("Open the new NFT"));
    m_openButton->hide();
    connect(m_openButton, &QPushButton::clicked, this, &OrganizationPage::openLastMinted);
    actions->addWidget(m_mintButton);
    actions->addWidget(m_mintProgress);
    actions->addWidget(m_mintResult, 1);
    actions->addWidget(m_openButton);
    layout->addStretch();
    // The mint button and its outcome stay in view below the scrolling form.
    auto *container = new QWidget;
    auto *containerLayout = new QVBoxLayout(container);
    containerLayout->setContentsMargins(0, 0, 0, 0);
    containerLayout->addWidget(scroll, 1);
    containerLayout->addLayout(actions);

    useThumbnails({});
    for (QLineEdit *edit : {m_staticEdits.value(QStringLiteral("name")), m_categoryEdit})
        connect(edit, &QLineEdit::textChanged, this, &OrganizationPage::updateCardPreview);
    validateMint();
    return container;
}

QWidget *OrganizationPage::buildImportTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *help = new QLabel(tr("Give each end-user an ID wallet from their e-mail address: type one address, paste a list "
                               "(one a line, up to 10,000), or read a text or CSV file with an \"email\" column."));
    help->setWordWrap(true);
    layout->addWidget(help);
    m_importText = named(new QPlainTextEdit, "importEmails", tr("E-mail addresses to import"));
    m_importText->setPlaceholderText(tr("ada@example.com\nbob@example.org"));
    m_importText->setMaximumHeight(140);
    layout->addWidget(m_importText);
    auto *row = new QHBoxLayout;
    m_importFileButton = named(new QPushButton(tr("Read a file…")), "importFileButton", tr("Read e-mail addresses from a file"));
    m_importButton = named(new QPushButton(tr("Import")), "importButton", tr("Import the end-users"));
    m_importButton->setEnabled(false);
    row->addWidget(m_importFileButton);
    row->addStretch();
    row->addWidget(m_importButton);
    layout->addLayout(row);
    m_importCheck = sentence("importCheck", tr("Problems in the list"));
    layout->addWidget(m_importCheck);
    m_importProgress = named(new QProgressBar, "importProgress", tr("Import progress"));
    m_importProgress->hide();
    layout->addWidget(m_importProgress);
    m_importMessage = sentence("importMessage", tr("Import result"));
    layout->addWidget(m_importMessage);
    m_importResults = named(new QTableWidget(0, 3), "importResults", tr("Import results per e-mail"));
    m_importResults->setHorizontalHeaderLabels({tr("E-mail"), tr("Result"), tr("ID wallet address")});
    m_importResults->horizontalHeader()->setStretchLastSection(true);
    m_importResults->setEditTriggers(QAbstractItemView::NoEditTriggers);
    nameTableParts(m_importResults);
    layout->addWidget(m_importResults, 1);
    m_exportButton = named(new QPushButton(tr("Export CSV…")), "importExportButton", tr("Export the import results as CSV"));
    m_exportButton->setEnabled(false);
    layout->addWidget(m_exportButton, 0, Qt::AlignRight);
    connect(m_importText, &QPlainTextEdit::textChanged, this, &OrganizationPage::checkImportList);
    connect(m_importFileButton, &QPushButton::clicked, this, &OrganizationPage::chooseImportFile);
    connect(m_importButton, &QPushButton::clicked, this, &OrganizationPage::importEmails);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportImportResults(); });
    checkImportList();
    return tab;
}

void OrganizationPage::setAccount(const QString &accountId)
{
    // The same signed-in organization again (the accounts changed elsewhere, a token was
    // refreshed): keep the forms, the batch and the lists; only read the status again.
    if (!accountId.isEmpty() && accountId == m_accountId && m_client) {
        const std::optional<session::Account> same = m_hub.accounts().find(accountId);
        if (same && same->isSignedIn() && same->role == QLatin1String("organization")) {
            refreshStatus();
            return;
        }
    }
    ++m_generation;
    m_client = nullptr;
    m_info.reset();
    const std::optional<session::Account> account = accountId.isEmpty() ? std::nullopt : m_hub.accounts().find(accountId);
    const bool organization = account && account->kind == session::ServiceKind::Web3Connect && account->isSignedIn()
                              && account->role == QLatin1String("organization");
    if (!organization) {
        m_accountId.clear();
        m_notOrganization->setText(
            tr("Organization staff verify their organization, import end-users by e-mail and mint NFTs here. "
               "To use it, add a Web3Connect account in Settings and sign in with the organization's API key secret."));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_accountId = account->id;
    m_stack->setCurrentIndex(1);
    m_accountLabel->setText(tr("%1 (checking…)").arg(account->name));
    m_walletLabel->clear();
    m_statusLabel->setText(tr("Checking the organization's status…"));
    m_txtRecord->clear();
    m_copyTxtButton->setEnabled(false);
    m_domainMessage->clear();
    m_phoneMessage->clear();
    m_mintResult->clear();
    m_openButton->hide();
    m_batch->setClient(nullptr, false);
    m_minted->setClient(nullptr, {});
    m_baseUrl = account->baseUrl;
    useThumbnails(account->baseUrl);
    validateMint();
    const quint64 generation = m_generation;
    onResult(this, m_hub.web3connect(m_accountId), [this, generation](const Result<Web3ConnectClient *> &client) {
        if (generation != m_generation)
            return;
        if (!client) {
            m_statusLabel->setText(tr("The organization cannot be reached: %1 Sign in again in Settings.").arg(client.error().message));
            return;
        }
        m_client = *client;
        refreshStatus();
    });
}

void OrganizationPage::refreshStatus()
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    auto *job = m_client->myInfo();
    connect(job, &net::ApiJob::succeeded, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_info = *job->value();
        showInfo();
    });
    connect(job, &net::ApiJob::failed, this, [this, generation](const net::ApiError &error) {
        if (generation != m_generation)
            return;
        m_statusLabel->setText(tr("The status could not be read: %1").arg(errorSentence(error)));
    });
}

void OrganizationPage::showInfo()
{
    const auto &info = *m_info;
    const QString name = info.raw.value(QLatin1String("name")).toString();
    m_accountLabel->setText(tr("%1 — %2, account %3")
                                .arg(name.isEmpty() ? info.email : name, info.email.isEmpty() ? info.domain : info.email, info.accountId));
    m_walletLabel->setText(info.idWalletAddress);
    QStringList parts;
    if (info.domainVerified)
        parts << tr("Verified: the domain %1 is verified, so this organization can mint.").arg(info.domain);
    else if (info.domain.isEmpty())
        parts << tr("Not verified: this organization has no domain to verify; minting is not possible until one is verified.");
    else
        parts << tr("Not verified: verify the domain %1 on the Verification tab before minting.").arg(info.domain);
    parts << (info.phoneVerified ? tr("The phone number is verified.") : tr("The phone number is not verified."));
    m_statusLabel->setText(parts.join(u' '));
    Theme::setTone(m_statusLabel, info.domainVerified ? Theme::Tone::Success : Theme::Tone::Warning);
    m_checkDomainButton->setEnabled(!info.domainVerified && !info.domain.isEmpty());
    m_showTxtButton->setEnabled(!info.domainVerified && !info.domain.isEmpty());
    if (info.domainVerified)
        m_domainMessage->setText(tr("The domain %1 is verified; nothing more to do here.").arg(info.domain));
    m_batch->setClient(m_client, info.domainVerified);
    m_minted->setClient(m_client, m_baseUrl);
    if (info.phoneVerified && m_tmpToken.isEmpty())
        m_phoneMessage->setText(tr("The phone number is verified. You may verify another one."));
    validateMint();
}

QString OrganizationPage::errorSentence(const net::ApiError &error) const
{
    if (error.httpStatus == 401)
        return tr("The organization is signed out. Sign in again with its API key secret in Settings.");
    const Error e = error.toError();
    return e.message;
}

// --- verification ------------------------------------------------------------------------

void OrganizationPage::sendPhoneCode()
{
    if (!m_client)
        return;
    const QString number = m_phoneEdit->text().remove(u' ').remove(u'-');
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!e164.match(number).hasMatch()) {
        setError(m_phoneMessage, tr("Enter the number with its country code, such as +819012345678."));
        return;
    }
    m_sendCodeButton->setEnabled(false);
    Theme::setTone(m_phoneMessage, Theme::Tone::Plain);
    m_phoneMessage->setText(tr("Sending a code to %1…").arg(number));
    auto *job = m_client->verifyPhoneStep1(number);
    connect(job, &net::ApiJob::succeeded, this, [this, job, number] {
        m_sendCodeButton->setEnabled(true);
        m_tmpToken = job->value()->tmpToken;
        m_triesLeft = 5;
        m_codeEdit->setEnabled(true);
        m_confirmCodeButton->setEnabled(true);
        m_codeEdit->clear();
        m_codeEdit->setFocus();
        Theme::setTone(m_phoneMessage, Theme::Tone::Plain);
        m_phoneMessage->setText(tr("A code was sent to %1. Enter it within 5 minutes; %n attempt(s) left.", nullptr, m_triesLeft).arg(number));
    });
    connect(job, &net::ApiJob::failed, this, [this](const net::ApiError &error) {
        m_sendCodeButton->setEnabled(true);
        setError(m_phoneMessage, tr("No code was sent: %1").arg(errorSentence(error)));
    });
}

void OrganizationPage::confirmPhoneCode()
{
    if (!m_client || m_tmpToken.isEmpty())
        return;
    const QString code = m_codeEdit->text().trimmed();
    if (code.isEmpty()) {
        setError(m_phoneMessage, tr("Enter the code from the SMS first."));
        return;
    }
    m_confirmCodeButton->setEnabled(false);
    auto *job = m_client->verifyPhoneStep2(m_tmpToken, code);
    connect(job, &net::ApiJob::succeeded, this, [this] {
        m_tmpToken.clear();
        m_codeEdit->clear();
        m_codeEdit->setEnabled(false);
        Theme::setTone(m_phoneMessage, Theme::Tone::Success);
        m_phoneMessage->setText(tr("The phone number is verified."));
        refreshStatus();
    });
    connect(job, &net::ApiJob::failed, this, [this](const net::ApiError &error) {
        if (error.httpStatus == 400 && !m_tmpToken.isEmpty() && error.serverMessage.contains(QLatin1String("wrong"))) {
            m_triesLeft = std::max(0, m_triesLeft - 1);
            if (m_triesLeft > 0) {
                m_confirmCodeButton->setEnabled(true);
                setError(m_phoneMessage, tr("The code is wrong; %n attempt(s) left. Check the SMS and type it again.", nullptr, m_triesLeft));
                m_codeEdit->selectAll();
                return;
            }
        }
        m_tmpToken.clear();
        m_codeEdit->setEnabled(false);
        setError(m_phoneMessage, m_triesLeft == 0
                                     ? tr("The code was wrong too many times. Press \"Send code\" for a new one.")
                                     : tr("The code was not accepted: %1 Press \"Send code\" for a new one.").arg(errorSentence(error)));
    });
}

void OrganizationPage::showTxtRecord()
{
    if (!m_client)
        return;
    auto *job = m_client->verifyDomainStep1();
    connect(job, &net::ApiJob::succeeded, this, [this, job] {
        m_txtRecord->setText(job->value()->txtRecord);
        m_copyTxtButton->setEnabled(true);
        Theme::setTone(m_domainMessage, Theme::Tone::Plain);
        m_domainMessage->setText(tr("Publish this TXT record for %1 at your DNS provider, then press \"Check the domain\". "
                                    "DNS changes can take a while to be seen.")
                                     .arg(job->value()->domain));
    });
    connect(job, &net::ApiJob::failed, this,
            [this](const net::ApiError &error) { setError(m_domainMessage, tr("The TXT record could not be read: %1").arg(errorSentence(error))); });
}

void OrganizationPage::checkDomain()
{
    if (!m_client)
        return;
    m_checkDomainButton->setEnabled(false);
    Theme::setTone(m_domainMessage, Theme::Tone::Plain);
    m_domainMessage->setText(tr("Looking for the TXT record…"));
    auto *job = m_client->verifyDomainStep2();
    connect(job, &net::ApiJob::succeeded, this, [this] {
        Theme::setTone(m_domainMessage, Theme::Tone::Success);
        m_domainMessage->setText(tr("The domain is verified. The organization can now mint."));
        refreshStatus();
    });
    connect(job, &net::ApiJob::failed, this, [this](const net::ApiError &error) {
        m_checkDomainButton->setEnabled(true);
        setError(m_domainMessage, tr("The domain is not verified yet: %1 Check that the TXT record is published exactly as shown, "
                                     "wait a few minutes and check again.")
                                      .arg(error.serverMessage.isEmpty() ? errorSentence(error) : error.serverMessage));
    });
}

// --- mint --------------------------------------------------------------------------------

QJsonObject OrganizationPage::staticMetadata() const
{
    QJsonObject metadata;
    for (const QString &field : jobs::requiredStaticFields()) {
        const QString text = m_staticEdits.value(field)->text().trimmed();
        if (jobs::fieldType(field, true) == jobs::FieldType::Integer) {
            if (text.isEmpty())
                continue; // required: reported as missing
            bool ok = false;
            const qlonglong n = text.toLongLong(&ok);
            metadata.insert(field, ok ? QJsonValue(double(n)) : QJsonValue(text));
        } else {
            metadata.insert(field, text);
        }
    }
    if (m_expiryCheck->isChecked())
        metadata.insert(QStringLiteral("expired_at"), m_expiryEdit->dateTime().toUTC().toString(Qt::ISODateWithMs));
    return metadata;
}

QJsonObject OrganizationPage::dynamicMetadata(QStringList *problems) const
{
    QJsonObject dynamic;
    if (!m_categoryEdit->text().trimmed().isEmpty())
        dynamic.insert(QStringLiteral("category"), m_categoryEdit->text().trimmed());
    const QString points = m_pointsEdit->text().trimmed();
    if (!points.isEmpty()) {
        bool ok = false;
        const double value = QLocale::c().toDouble(points, &ok);
        if (ok)
            dynamic.insert(QStringLiteral("points_earned"), value);
        else
            problems->append(tr("Points earned must be a number, such as 12.5."));
    }
    if (m_validUntilCheck->isChecked())
        dynamic.insert(QStringLiteral("expires"), double(m_validUntil->dateTime().toSecsSinceEpoch()));
    if (m_placeCheck->isChecked()) {
        dynamic.insert(QStringLiteral("valid_latitude"), QString::number(m_latitude->value(), 'f', 6));
        dynamic.insert(QStringLiteral("valid_longitude"), QString::number(m_longitude->value(), 'f', 6));
        dynamic.insert(QStringLiteral("valid_radius"), m_radius->value());
        dynamic.insert(QStringLiteral("unit_of_length"), m_unit->currentData().toString());
    }
    for (int row = 0; row < m_customTable->rowCount(); ++row) {
        const QString key = m_customTable->item(row, 0) ? m_customTable->item(row, 0)->text().trimmed() : QString();
        const QString value = m_customTable->item(row, 1) ? m_customTable->item(row, 1)->text() : QString();
        if (key.isEmpty()) {
            if (!value.isEmpty())
                problems->append(tr("Custom field %1 has a value but no key; give it a key or clear it.").arg(row + 1));
            continue;
        }
        if (jobs::isStaticField(key)) {
            problems->append(tr("\"%1\" is a static field; fill it in above instead.").arg(key));
            continue;
        }
        if (dynamic.contains(key)) {
            problems->append(tr("\"%1\" is given twice; keep one.").arg(key));
            continue;
        }
        switch (jobs::fieldType(key, false)) {
        case jobs::FieldType::Integer:
        case jobs::FieldType::Number: {
            bool ok = false;
            const double n = QLocale::c().toDouble(value.trimmed(), &ok);
            if (ok)
                dynamic.insert(key, n);
            else
                problems->append(tr("\"%1\" must be a number.").arg(key));
            break;
        }
        case jobs::FieldType::Array:
        case jobs::FieldType::Object: {
            const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
            if (doc.isNull())
                problems->append(tr("\"%1\" must be JSON (an array or an object).").arg(key));
            else
                dynamic.insert(key, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
            break;
        }
        case jobs::FieldType::String:
            dynamic.insert(key, value);
            break;
        }
    }
    return dynamic;
}

void OrganizationPage::validateMint()
{
    if (!m_mintButton)
        return;
    m_problems.clear();
    QStringList dynamicProblems;
    const QJsonObject dynamic = dynamicMetadata(&dynamicProblems);
    const QList<jobs::RowProblem> problems = jobs::validateMetadata(staticMetadata(), dynamic);
    for (const jobs::RowProblem &problem : problems)
        if (!m_problems.contains(problem.column))
            m_problems.insert(problem.column, problem.message);
    for (auto it = m_staticEdits.constBegin(); it != m_staticEdits.constEnd(); ++it) {
        QString message = m_problems.value(it.key());
        const bool integer = jobs::fieldType(it.key(), true) == jobs::FieldType::Integer;
        if (integer && it.value()->text().trimmed().isEmpty())
            message = tr("Required: enter a whole number.");
        else if (integer && !message.isEmpty())
            message = tr("Enter a whole number, such as 42.");
        else if (!message.isEmpty())
            message = tr("Required: this field must not be empty.");
        setError(m_staticErrors.value(it.key()), message);
    }
    QString expiry = m_problems.value(QStringLiteral("expired_at"));
    if (m_expiryCheck->isChecked() && m_expiryEdit->dateTime() <= QDateTime::currentDateTime()) {
        expiry = tr("The expiry date is in the past; choose a later date or untick \"Expires on\".");
        m_problems.insert(QStringLiteral("expired_at"), expiry);
    }
    setError(m_expiryError, expiry);
    for (const jobs::RowProblem &problem : problems)
        if (!jobs::isStaticField(problem.column) && problem.column != QLatin1String("expired_at"))
            dynamicProblems.append(problem.message);
    if (!dynamicProblems.isEmpty())
        m_problems.insert(QStringLiteral("dynamic"), dynamicProblems.join(u' '));
    setError(m_dynamicError, dynamicProblems.join(u'\n'));

    QString holder;
    if (m_byEmail->isChecked()) {
        if (!jobs::isPlausibleEmail(m_holderEmail->text().trimmed()))
            holder = tr("Enter the holder's e-mail address, such as ada@example.com.");
    } else if (!m_holderAddress->isAcceptable()) {
        holder = tr("Enter the holder's ID wallet address (0x and 40 hex digits), or choose \"By e-mail\".");
    }
    if (!holder.isEmpty())
        m_problems.insert(QStringLiteral("holder"), holder);
    // The address field says its own problem once something is typed.
    setError(m_holderError, m_byEmail->isChecked() && !m_holderEmail->text().isEmpty() ? holder : QString());

    QString gate;
    if (!m_client || !m_info)
        gate = tr("Minting waits for the organization's status.");
    else if (!m_info->domainVerified)
        gate = tr("Minting needs a verified organization: verify the domain %1 on the Verification tab first.")
                   .arg(m_info->domain.isEmpty() ? tr("of the organization") : m_info->domain);
    setError(m_mintGate, gate);
    m_mintButton->setEnabled(!m_mintBusy && gate.isEmpty() && m_problems.isEmpty());
    m_mintButton->setToolTip(m_problems.isEmpty() ? QString() : tr("Correct the fields marked in red first."));
}

void OrganizationPage::openLastMinted()
{
    // The new NFT in "Minted by me", opened in the detail view once the list has it.
    m_tabs->setCurrentWidget(m_minted);
    const QString tokenId = m_lastTokenId;
    auto open = [this, tokenId] {
        m_minted->select(tokenId);
        if (m_minted->selectedTokenId() == tokenId)
            m_minted->openSelected();
        return m_minted->selectedTokenId() == tokenId;
    };
    if (open() || !m_minted->model())
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_minted->model(), &QAbstractItemModel::rowsInserted, this, [open, connection] {
        if (open())
            QObject::disconnect(*connection);
    });
    Q_EMIT openNftRequested(tokenId);
}

void OrganizationPage::useThumbnails(const QUrl &serviceBaseUrl)
{
    models::ThumbnailCache::Options options;
    options.serviceBaseUrl = serviceBaseUrl;
    auto *old = m_thumbnails;
    m_thumbnails = new models::ThumbnailCache(options, this);
    connect(m_thumbnails, &models::ThumbnailCache::stateChanged, this, [this](const QUrl &url, models::ThumbnailCache::State) {
        if (url == m_card->item(0)->data(models::NftModel::ImageUrlRole).toUrl())
            updateImagePreview();
    });
    delete m_cardView->itemDelegate();
    m_cardView->setItemDelegate(new NftDelegate(m_thumbnails, m_cardView));
    delete old;
    updateCardPreview();
}

bool OrganizationPage::imagePreviewReady() const
{
    const QUrl url = m_card->item(0)->data(models::NftModel::ImageUrlRole).toUrl();
    return !url.isEmpty() && m_thumbnails->state(url) == models::ThumbnailCache::State::Ready;
}

void OrganizationPage::updateCardPreview()
{
    QStandardItem *card = m_card->item(0);
    const QString name = m_staticEdits.value(QStringLiteral("name"))->text().trimmed();
    card->setData(name.isEmpty() ? tr("(no name yet)") : name, models::NftModel::NameRole);
    card->setData(m_categoryEdit ? m_categoryEdit->text().trimmed() : QString(), models::NftModel::KindRole);
    card->setData(false, models::NftModel::IsPublicRole); // a new NFT is private
    card->setData(int(models::NftModel::RowState::Ready), models::NftModel::RowStateRole);
    QUrl image(m_staticEdits.value(QStringLiteral("image"))->text().trimmed());
    if (image.isRelative() && !m_baseUrl.isEmpty() && !image.isEmpty())
        image = m_baseUrl.resolved(image); // the service's own artwork, as the gallery resolves it
    if (card->data(models::NftModel::ImageUrlRole).toUrl() != image) {
        card->setData(image, models::NftModel::ImageUrlRole);
        updateImagePreview();
    }
    m_cardView->viewport()->update();
}

void OrganizationPage::updateImagePreview()
{
    const QUrl url = m_card->item(0)->data(models::NftModel::ImageUrlRole).toUrl();
    if (url.isEmpty()) {
        m_imagePreview->setText(tr("The image appears on the card once its URL is entered."));
    } else {
        switch (m_thumbnails->state(url)) {
        case models::ThumbnailCache::State::Loading:
            m_imagePreview->setText(tr("Loading the image…"));
            break;
        case models::ThumbnailCache::State::Ready:
            m_imagePreview->setText(tr("This is how the holder will see the NFT in their gallery."));
            break;
        case models::ThumbnailCache::State::Unavailable:
            m_imagePreview->setText(tr("No preview: the image could not be loaded from this address. Holders would not see it either; check the URL."));
            break;
        }
    }
    m_cardView->viewport()->update();
}

void OrganizationPage::addCustomRow()
{
    const int row = m_customTable->rowCount();
    m_customTable->insertRow(row);
    m_customTable->setItem(row, 0, new QTableWidgetItem);
    m_customTable->setItem(row, 1, new QTableWidgetItem);
    m_customTable->editItem(m_customTable->item(row, 0));
}

void OrganizationPage::setMintBusy(bool busy, const QString &step)
{
    m_mintBusy = busy;
    m_mintProgress->setVisible(busy);
    if (busy) {
        Theme::setTone(m_mintResult, Theme::Tone::Plain);
        m_mintResult->setText(step);
        m_openButton->hide();
    }
    validateMint();
}

void OrganizationPage::mint()
{
    validateMint();
    if (!m_mintButton->isEnabled() || !m_client)
        return;
    if (m_byEmail->isChecked()) {
        const QString email = m_holderEmail->text().trimmed();
        setMintBusy(true, tr("Importing %1…").arg(email));
        auto *job = m_client->importAccount(email);
        connect(job, &net::ApiJob::succeeded, this, [this, job] {
            const auto &imported = *job->value();
            startMint(imported.idWalletAddressEth.isEmpty() ? imported.idWalletAddress : imported.idWalletAddressEth);
        });
        connect(job, &net::ApiJob::failed, this, [this, email](const net::ApiError &error) {
            setMintBusy(false);
            setError(m_mintResult, tr("%1 could not be imported, so nothing was minted: %2").arg(email, errorSentence(error)));
        });
        return;
    }
    startMint(m_holderAddress->address().toChecksummed());
}

void OrganizationPage::startMint(const QString &holderAddress)
{
    QStringList ignored;
    setMintBusy(true, tr("Minting for %1…").arg(holderAddress));
    auto *job = m_client->mint(holderAddress, staticMetadata(), dynamicMetadata(&ignored));
    connect(job, &net::ApiJob::succeeded, this, [this, job] {
        setMintBusy(false);
        m_lastTokenId = job->value()->tokenId;
        Theme::setTone(m_mintResult, Theme::Tone::Success);
        m_mintResult->setText(tr("Minted \"%1\" (%2…).").arg(job->value()->staticMetadata.value(QLatin1String("name")).toString(),
                                                             m_lastTokenId.left(12)));
        m_openButton->show();
        m_minted->reload();
        Q_EMIT minted(m_lastTokenId);
    });
    connect(job, &net::ApiJob::failed, this, [this](const net::ApiError &error) {
        setMintBusy(false);
        if (error.httpStatus == 403)
            setError(m_mintResult, tr("The service refused to mint: the organization must be verified first. "
                                      "Verify its domain on the Verification tab, then mint again."));
        else
            setError(m_mintResult, tr("Nothing was minted: %1").arg(errorSentence(error)));
        refreshStatus();
    });
}

// --- import ------------------------------------------------------------------------------

void OrganizationPage::checkImportList()
{
    m_importEmails.clear();
    const QString text = m_importText->toPlainText();
    if (text.trimmed().isEmpty()) {
        Theme::setTone(m_importCheck, Theme::Tone::Plain);
        m_importCheck->setText(tr("Type or paste e-mail addresses above, or read them from a file."));
        m_importButton->setEnabled(false);
        return;
    }
    const jobs::EmailListCheck check = jobs::checkEmailList(text);
    if (!check.listProblem.isEmpty()) {
        setError(m_importCheck, check.listProblem);
    } else if (!check.problems.isEmpty()) {
        QStringList lines;
        for (int i = 0; i < check.problems.size() && i < 20; ++i)
            lines << check.problems[i].message;
        if (check.problems.size() > 20)
            lines << tr("…and %n more.", nullptr, int(check.problems.size() - 20));
        setError(m_importCheck, tr("Nothing will be sent until these are corrected:") + u'\n' + lines.join(u'\n'));
    } else {
        Theme::setTone(m_importCheck, Theme::Tone::Plain);
        m_importCheck->setText(tr("%n address(es) ready to import.", nullptr, int(check.emails.size())));
        m_importEmails = check.emails;
    }
    m_importButton->setEnabled(check.ok() && !m_importJob);
}

void OrganizationPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Read e-mail addresses"), {}, tr("Text or CSV (*.txt *.csv);;All files (*)"));
    if (!path.isEmpty())
        readImportFile(path);
}

void OrganizationPage::readImportFile(const QString &path)
{
    Theme::setTone(m_importCheck, Theme::Tone::Plain);
    m_importCheck->setText(tr("Reading %1…").arg(path));
    // Read and decoded off the GUI thread: a list of 10,000 addresses is a few hundred kilobytes.
    onResult(this, QtConcurrent::run([path]() -> std::pair<bool, QString> {
                 QFile file(path);
                 if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024)
                     return {false, tr("\"%1\" cannot be read (or is larger than 16 MB); choose another file.").arg(path)};
                 QByteArray bytes = file.readAll();
                 if (bytes.startsWith("\xEF\xBB\xBF"))
                     bytes.remove(0, 3);
                 const QString text = QString::fromUtf8(bytes);
                 if (text.contains(QChar::ReplacementCharacter))
                     return {false, tr("\"%1\" is not UTF-8 text; save it as UTF-8 and read it again.").arg(path)};
                 return {true, text};
             }),
             [this](const std::pair<bool, QString> &read) {
                 if (!read.first) {
                     setError(m_importCheck, read.second);
                     return;
                 }
                 m_importText->setPlainText(read.second);
             });
}

void OrganizationPage::importEmails()
{
    checkImportList();
    if (m_importEmails.isEmpty() || !m_client || m_importJob)
        return;
    const QStringList emails = m_importEmails;
    m_importButton->setEnabled(false);
    m_importText->setReadOnly(true);
    m_importProgress->setRange(0, 0);
    m_importProgress->show();
    Theme::setTone(m_importMessage, Theme::Tone::Plain);
    m_importMessage->setText(tr("Sending %n address(es)…", nullptr, int(emails.size())));
    const quint64 generation = m_generation;
    onResult(this, m_hub.readSecret(m_accountId, session::secret::apiKeySecret),
             [this, generation, emails](const Result<crypto::SecureBytes> &secret) {
                 if (generation != m_generation || !m_client)
                     return;
                 if (!secret) {
                     m_importProgress->hide();
                     m_importText->setReadOnly(false);
                     checkImportList();
                     setError(m_importMessage, tr("A list import needs the organization's API key secret: sign in to the "
                                                  "account again in Settings. (%1)").arg(secret.error().message));
                     return;
                 }
                 auto *job = new jobs::BatchImportJob(m_client, *secret, emails, 300, this);
                 m_importJob = job;
                 connect(job, &jobs::BatchImportJob::submitted, this, [this](const QString &batchId) {
                     m_importMessage->setText(tr("Batch %1 submitted; the service is creating the ID wallets…").arg(batchId));
                 });
                 connect(job, &Command::finished, this, [this, job] {
                     job->deleteLater();
                     m_importJob = nullptr;
                     m_importProgress->hide();
                     m_importText->setReadOnly(false);
                     if (job->error()) {
                         setError(m_importMessage, tr("The import did not finish: %1 Nothing was lost; import the list again "
                                                      "(addresses already imported keep their wallets).")
                                                       .arg(errorSentence(*job->error())));
                     } else {
                         m_importResults->setRowCount(0);
                         int failed = 0;
                         for (const auto &a : job->results()) {
                             const int row = m_importResults->rowCount();
                             m_importResults->insertRow(row);
                             m_importResults->setItem(row, 0, new QTableWidgetItem(a.email));
                             m_importResults->setItem(row, 1, new QTableWidgetItem(a.ok ? tr("imported") : tr("failed")));
                             const QString raw = a.idWalletAddressEth.isEmpty() ? a.idWalletAddress : a.idWalletAddressEth;
                             const Result<crypto::Address> parsed = crypto::Address::parse(raw);
                             m_importResults->setItem(row, 2, new QTableWidgetItem(!a.ok ? QString() : parsed ? parsed->toChecksummed() : raw));
                             failed += a.ok ? 0 : 1;
                         }
                         m_importResults->resizeColumnsToContents();
                         m_exportButton->setEnabled(m_importResults->rowCount() > 0);
                         Theme::setTone(m_importMessage, failed ? Theme::Tone::Warning : Theme::Tone::Success);
                         m_importMessage->setText(tr("%1 imported, %2 failed. Export the results to keep the ID wallet addresses.")
                                                      .arg(job->results().size() - failed).arg(failed));
                     }
                     checkImportList();
                     Q_EMIT importFinished();
                 });
                 job->start();
             });
}

void OrganizationPage::exportImportResults(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export import results"), QStringLiteral("import-results.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(m_importMessage, tr("\"%1\" cannot be written; choose another place.").arg(path));
        return;
    }
    QByteArray out = "email,ok,id_wallet_address\n";
    for (int row = 0; row < m_importResults->rowCount(); ++row) {
        const bool ok = m_importResults->item(row, 1)->text() == tr("imported");
        out += (csvField(m_importResults->item(row, 0)->text()) + u',' + (ok ? u"true" : u"false") + u','
                + csvField(m_importResults->item(row, 2)->text()) + u'\n')
                   .toUtf8();
    }
    file.write(out);
    if (!file.commit())
        setError(m_importMessage, tr("\"%1\" could not be saved; choose another place.").arg(path));
    else
        m_importMessage->setText(tr("Saved the results to %1.").arg(path));
}

} // namespace inkan::ui
