// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "pages/ProfilePage.h"

#include "Icons.h"
#include "Named.h"
#include "ServiceKinds.h"
#include "Theme.h"
#include "dialogs/FutureResult.h"
#include "models/BalancesModel.h"
#include "services/capture/CaptureClient.h"
#include "services/nonceauth/NonceAuthClient.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "widgets/AddressLabel.h"
#include "widgets/EmptyState.h"
#include "widgets/MaskedLabel.h"
#include "widgets/PrivacyMode.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inkan::ui {

using models::BalancesModel;
using services::nonceauth::kMaxProfileText;

namespace {

QString money(double amount)
{
    return ProfilePage::tr("%1 USD", "an amount of US dollars").arg(QLocale().toString(amount, 'f', 2));
}

QString chainName(qint64 chainId)
{
    switch (chainId) {
    case 1: return ProfilePage::tr("Ethereum");
    case 137: return ProfilePage::tr("Polygon");
    case 0: return QString();
    default: return ProfilePage::tr("Chain %1").arg(chainId);
    }
}

QTableWidget *balanceTable(const char *objectName, const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *table = named(new QTableWidget(0, int(headers.size()), parent), objectName, accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setObjectName(QString::fromLatin1(objectName) + QStringLiteral("Header"));
    table->horizontalHeader()->setAccessibleName(ProfilePage::tr("Columns"));
    table->verticalHeader()->setObjectName(QString::fromLatin1(objectName) + QStringLiteral("RowHeader"));
    table->verticalHeader()->setAccessibleName(ProfilePage::tr("Rows"));
    table->verticalHeader()->hide();
    table->setCornerButtonEnabled(false);
    for (QAbstractButton *corner : table->findChildren<QAbstractButton *>()) {
        corner->setObjectName(QString::fromLatin1(objectName) + QStringLiteral("Corner"));
        corner->setAccessibleName(ProfilePage::tr("Select all"));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    // The first column takes the room left; the figures keep to their width, right-aligned.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setTabKeyNavigation(false);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// A table as tall as its rows, so the page scrolls rather than the table.
void fitHeight(QTableWidget *table)
{
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height + 2);
}

} // namespace

ProfilePage::ProfilePage(session::ServiceHub &hub, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_tokens(new BalancesModel(this)), m_captureBalances(new BalancesModel(this))
{
    setObjectName(QStringLiteral("profilePage"));
    setAccessibleName(tr("Profile"));

    m_stack = new QStackedWidget(this);
    m_signedOut = new EmptyState(icon(IconKind::Profile), tr("Sign in to a service to see your profile and balances here."),
                                 tr("Sign in…"), m_stack);
    m_signedOut->setObjectName(QStringLiteral("profileSignedOut"));
    m_signedOut->actionButton()->setObjectName(QStringLiteral("profileSignInButton"));
    m_signedOut->actionButton()->setAccessibleName(tr("Sign in"));
    connect(m_signedOut, &EmptyState::actionTriggered, this, &ProfilePage::signInRequested);
    m_error = new EmptyState(icon(IconKind::Profile), QString(), tr("Try again"), m_stack);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->actionButton()->setObjectName(QStringLiteral("profileErrorRetry"));
    m_error->actionButton()->setAccessibleName(tr("Try again"));
    connect(m_error, &EmptyState::actionTriggered, this, &ProfilePage::reload);

    // The content: a header, then the section of the account's kind, in a scroll area.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = scroll;
    auto *inner = new QWidget(scroll);
    inner->setObjectName(QStringLiteral("profileContent"));
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(12);

    m_title = new QLabel(inner);
    m_title->setObjectName(QStringLiteral("profileTitle"));
    m_title->setAccessibleName(tr("Account"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_refresh = named(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), inner), "profileRefreshButton", tr("Refresh the profile"));
    m_refresh->setToolTip(tr("Load the profile and the balances again"));
    connect(m_refresh, &QPushButton::clicked, this, &ProfilePage::reload);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_refresh);
    layout->addLayout(header);
    m_status = new QLabel(inner);
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setAccessibleName(tr("Profile status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    const auto form = [](QGroupBox *box) {
        auto *f = new QFormLayout;
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        f->setLabelAlignment(Qt::AlignLeft);
        auto *v = new QVBoxLayout(box);
        v->addLayout(f);
        return f;
    };
    const auto masked = [inner](const char *objectName, const QString &accessibleName) {
        return named(new MaskedLabel(inner), objectName, accessibleName);
    };
    const auto address = [inner](const char *objectName, const QString &accessibleName) {
        auto *label = new AddressLabel(inner);
        label->setObjectName(QString::fromLatin1(objectName));
        label->setAccessibleName(accessibleName);
        return label;
    };
    const auto message = [inner](const char *objectName, const QString &accessibleName) {
        auto *label = named(new QLabel(inner), objectName, accessibleName);
        label->setWordWrap(true);
        label->hide();
        return label;
    };

    // Web3Connect: the account (my_info).
    m_web3Group = named(new QGroupBox(tr("Web3Connect account"), inner), "profileWeb3Group", tr("Web3Connect account"));
    QFormLayout *web3 = form(m_web3Group);
    m_web3AccountId = masked("profileWeb3AccountId", tr("Account id"));
    m_web3AccountType = named(new QLabel(inner), "profileWeb3AccountType", tr("Account type"));
    m_web3Wallet = address("profileWeb3Wallet", tr("ID wallet address"));
    m_web3Email = masked("profileWeb3Email", tr("E-mail"));
    m_web3Domain = masked("profileWeb3Domain", tr("Domain"));
    m_web3Verified = named(new QLabel(inner), "profileWeb3Verified", tr("Verified"));
    web3->addRow(tr("Account id:"), m_web3AccountId);
    web3->addRow(tr("Account type:"), m_web3AccountType);
    web3->addRow(tr("ID wallet:"), m_web3Wallet);
    web3->addRow(tr("E-mail:"), m_web3Email);
    web3->addRow(tr("Domain:"), m_web3Domain);
    web3->addRow(tr("Verified:"), m_web3Verified);
    layout->addWidget(m_web3Group);

    // Capture: the user and the wallet balances.
    m_captureGroup = named(new QGroupBox(tr("Capture user"), inner), "profileCaptureGroup", tr("Capture user"));
    QFormLayout *capture = form(m_captureGroup);
    m_captureUser = masked("profileCaptureUser", tr("User name"));
    m_captureEmail = masked("profileCaptureEmail", tr("E-mail"));
    m_captureAddress = address("profileCaptureAddress", tr("Wallet address"));
    capture->addRow(tr("User name:"), m_captureUser);
    capture->addRow(tr("E-mail:"), m_captureEmail);
    capture->addRow(tr("Wallet:"), m_captureAddress);
    m_captureTable = balanceTable("profileCaptureBalances", tr("Capture balances"), {tr("Balance"), tr("Amount"), tr("Unit")}, inner);
    capture->addRow(tr("Balances:"), m_captureTable);
    m_captureMessage = message("profileCaptureMessage", tr("Capture balances status"));
    capture->addRow(QString(), m_captureMessage);
    layout->addWidget(m_captureGroup);

    // Nonce-auth: the profile, editable, and the token balances.
    m_nonceGroup = named(new QGroupBox(tr("Nonce-auth profile"), inner), "profileNonceGroup", tr("Nonce-auth profile"));
    QFormLayout *nonce = form(m_nonceGroup);
    m_nonceAddressLabel = address("profileNonceAddress", tr("Wallet address"));
    m_nonceEmail = masked("profileNonceEmail", tr("E-mail"));
    m_name = named(new QLineEdit(inner), "profileNameEdit", tr("Name"));
    m_name->setMaxLength(kMaxProfileText);
    m_name->setPlaceholderText(tr("Your name, as the service shows it"));
    m_nameCounter = named(new QLabel(inner), "profileNameCounter", tr("Characters used in the name"));
    m_use = named(new QLineEdit(inner), "profileIntendedUseEdit", tr("Intended use"));
    m_use->setMaxLength(kMaxProfileText);
    m_use->setPlaceholderText(tr("What you use this service for"));
    m_useCounter = named(new QLabel(inner), "profileIntendedUseCounter", tr("Characters used in the intended use"));
    const auto withCounter = [](QLineEdit *edit, QLabel *counter) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        counter->setMinimumWidth(counter->fontMetrics().horizontalAdvance(QStringLiteral("255/255")) + 6);
        counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row->addWidget(counter);
        return row;
    };
    m_save = named(new QPushButton(tr("&Save profile"), inner), "profileSaveButton", tr("Save the profile"));
    m_save->setDefault(true);
    m_revert = named(new QPushButton(tr("Re&vert"), inner), "profileRevertButton", tr("Undo the changes"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    m_saveMessage = message("profileSaveMessage", tr("Profile save status"));
    nonce->addRow(tr("Wallet:"), m_nonceAddressLabel);
    nonce->addRow(tr("E-mail:"), m_nonceEmail);
    // A row with a layout gets no buddy from QFormLayout: the labels are made here, for Alt+N/I.
    const auto buddyLabel = [inner](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, inner);
        label->setBuddy(buddy);
        return label;
    };
    nonce->addRow(buddyLabel(tr("&Name:"), m_name), withCounter(m_name, m_nameCounter));
    nonce->addRow(buddyLabel(tr("&Intended use:"), m_use), withCounter(m_use, m_useCounter));
    nonce->addRow(QString(), buttons);
    nonce->addRow(QString(), m_saveMessage);
    layout->addWidget(m_nonceGroup);
    connect(m_name, &QLineEdit::textChanged, this, &ProfilePage::updateCounters);
    connect(m_use, &QLineEdit::textChanged, this, &ProfilePage::updateCounters);
    connect(m_name, &QLineEdit::returnPressed, this, &ProfilePage::save);
    connect(m_use, &QLineEdit::returnPressed, this, &ProfilePage::save);
    connect(m_save, &QPushButton::clicked, this, &ProfilePage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_name->setText(m_savedName);
        m_use->setText(m_savedUse);
        setSaveMessage(QString(), false);
    });

    m_tokensGroup = named(new QGroupBox(tr("Token balances"), inner), "profileTokensGroup", tr("Token balances"));
    auto *tokens = new QVBoxLayout(m_tokensGroup);
    m_tokenTable = balanceTable("profileTokenBalances", tr("Token balances"),
                                {tr("Token"), tr("Chain"), tr("Balance"), tr("Price"), tr("Value")}, inner);
    m_total = masked("profileBalancesTotal", tr("Total value"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tokensMessage = message("profileTokensMessage", tr("Token balances status"));
    tokens->addWidget(m_tokenTable);
    tokens->addWidget(m_total);
    tokens->addWidget(m_tokensMessage);
    layout->addWidget(m_tokensGroup);

    // Pakt: who is signed in (the service has no profile to read).
    m_paktGroup = named(new QGroupBox(tr("Pakt account"), inner), "profilePaktGroup", tr("Pakt account"));
    QFormLayout *pakt = form(m_paktGroup);
    m_paktSubject = masked("profilePaktSubject", tr("Account"));
    m_paktEmail = masked("profilePaktEmail", tr("E-mail"));
    pakt->addRow(tr("Account:"), m_paktSubject);
    pakt->addRow(tr("E-mail:"), m_paktEmail);
    layout->addWidget(m_paktGroup);
    layout->addStretch(1);
    scroll->setWidget(inner);

    connect(m_tokens, &BalancesModel::modelReset, this, &ProfilePage::fillTokenTable);
    connect(m_tokens, &BalancesModel::loaded, this, [this] {
        m_tokensMessage->hide();
        partDone();
    });
    connect(m_tokens, &BalancesModel::loadFailed, this, [this](const net::ApiError &error) {
        m_tokensMessage->setText(tr("Your token balances could not be loaded: %1 Choose Refresh to try again.").arg(error.userMessage));
        m_tokensMessage->show();
        partDone();
    });
    connect(m_captureBalances, &BalancesModel::modelReset, this, &ProfilePage::fillCaptureTable);
    connect(PrivacyMode::instance(), &PrivacyMode::changed, this, &ProfilePage::applyPrivacy);
    // Locking forgets the clients: once unlocked, load again what was shown.
    connect(&m_hub, &session::ServiceHub::lockChanged, this, [this](bool locked) {
        if (locked) {
            if (m_stack->currentWidget() != m_signedOut) {
                m_stale = true;
                ++m_generation; // answers still coming belong to the locked session
                m_pending = 0;
                m_saving = false;
            }
        } else if (m_stale) {
            setAccount(m_accountId);
        }
    });

    m_stack->addWidget(m_signedOut);
    m_stack->addWidget(m_error);
    m_stack->addWidget(m_content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    applyPrivacy();
    updateCounters();
    showSignedOut(m_signedOut->text());
}

ProfilePage::~ProfilePage() = default;

void ProfilePage::showSignedOut(const QString &sentence)
{
    m_signedOut->setText(sentence);
    m_stack->setCurrentWidget(m_signedOut);
}

void ProfilePage::showLoadError(const Error &error)
{
    m_pending = 0;
    if (error.isCancelled())
        return; // the wallet was locked, or the page moved on
    if (error.needsSignIn())
        return showSignedOut(tr("Your session on %1 has ended. Sign in again to see your profile there.").arg(m_accountName));
    m_error->setText(tr("Your profile on %1 could not be loaded: %2 Check that the service is reachable, then try again.")
                         .arg(m_accountName, error.message));
    m_stack->setCurrentWidget(m_error);
}

void ProfilePage::startLoading(int parts)
{
    m_pending = parts;
    m_status->setText(tr("Loading your profile from %1…").arg(m_accountName));
    m_refresh->setEnabled(false);
    updateSaveButton();
}

void ProfilePage::partDone()
{
    if (m_pending == 0)
        return;
    if (--m_pending == 0) {
        m_status->setText(tr("Up to date."));
        m_refresh->setEnabled(true);
        updateSaveButton();
    }
}

void ProfilePage::setAccount(const QString &accountId)
{
    ++m_generation;
    m_stale = false;
    m_pending = 0;
    m_saving = false;
    m_accountId = accountId;
    m_nonceClient = nullptr;
    m_tokens->clear();
    m_captureBalances->clear();
    setSaveMessage(QString(), false);
    m_tokensMessage->hide();
    m_captureMessage->hide();
    m_refresh->setEnabled(true);

    const auto account = accountId.isEmpty() ? std::nullopt : m_hub.accounts().find(accountId);
    if (!account)
        return showSignedOut(tr("Sign in to a service to see your profile and balances here."));
    m_accountName = account->name;
    if (!account->isSignedIn())
        return showSignedOut(tr("You are not signed in to %1. Sign in to see your profile and balances there.").arg(account->name));

    m_title->setText(tr("%1 (%2)", "account name, then the kind of service").arg(account->name, serviceKindTitle(account->kind)));
    m_status->clear();
    using session::ServiceKind;
    const bool web3 = account->kind == ServiceKind::Web3Connect || account->kind == ServiceKind::Oidc;
    m_web3Group->setVisible(web3);
    m_captureGroup->setVisible(account->kind == ServiceKind::Capture);
    m_nonceGroup->setVisible(account->kind == ServiceKind::NonceAuth);
    m_tokensGroup->setVisible(account->kind == ServiceKind::NonceAuth);
    m_paktGroup->setVisible(account->kind == ServiceKind::Pakt);
    m_stack->setCurrentWidget(m_content);

    const quint64 generation = m_generation;
    switch (account->kind) {
    case ServiceKind::Web3Connect:
    case ServiceKind::Oidc:
        return loadWeb3Connect(generation);
    case ServiceKind::Capture:
        return loadCapture(generation);
    case ServiceKind::NonceAuth:
        return loadNonceAuth(generation, account->subject);
    case ServiceKind::Pakt:
        m_paktSubject->setValue(account->subject);
        m_paktEmail->setValue(account->email.isEmpty() ? tr("not given") : account->email);
        m_status->setText(tr("Pakt keeps no profile to show beyond who is signed in."));
        return;
    }
}

void ProfilePage::reload()
{
    setAccount(m_accountId);
}

void ProfilePage::loadWeb3Connect(quint64 generation)
{
    for (MaskedLabel *label : {m_web3AccountId, m_web3Email, m_web3Domain})
        label->setValue(QString());
    m_web3AccountType->clear();
    m_web3Verified->clear();
    m_web3Wallet->setAddress(QString());
    startLoading(1);
    onResult(this, m_hub.web3connect(m_accountId), [this, generation](const Result<services::web3connect::Web3ConnectClient *> &client) {
        if (generation != m_generation)
            return;
        if (!client)
            return showLoadError(client.error());
        onResult(this, (*client)->myInfo()->future(), [this, generation](const Result<services::web3connect::MyInfo> &info) {
            if (generation != m_generation)
                return;
            if (!info)
                return showLoadError(info.error());
            m_web3AccountId->setValue(info->accountId);
            m_web3AccountType->setText(info->accountType == services::web3connect::AccountType::Organization ? tr("Organization")
                                                                                                            : tr("End user (holder)"));
            m_web3Wallet->setAddress(info->idWalletAddress);
            m_web3Email->setValue(info->email.isEmpty() ? tr("not given") : info->email);
            m_web3Domain->setValue(info->domain.isEmpty() ? tr("none") : info->domain);
            QStringList verified;
            if (info->domainVerified)
                verified << tr("domain");
            if (info->phoneVerified)
                verified << tr("phone");
            m_web3Verified->setText(verified.isEmpty() ? tr("nothing yet") : verified.join(QStringLiteral(", ")));
            partDone();
        });
    });
}

void ProfilePage::loadCapture(quint64 generation)
{
    for (MaskedLabel *label : {m_captureUser, m_captureEmail})
        label->setValue(QString());
    m_captureAddress->setAddress(QString());
    startLoading(1);
    onResult(this, m_hub.capture(m_accountId), [this, generation](const Result<services::capture::CaptureClient *> &client) {
        if (generation != m_generation)
            return;
        if (!client)
            return showLoadError(client.error());
        onResult(this, (*client)->me()->future(), [this, generation](const Result<services::capture::CaptureUser> &user) {
            if (generation != m_generation)
                return;
            if (!user)
                return showLoadError(user.error());
            m_captureUser->setValue(user->username.isEmpty() ? tr("not given") : user->username);
            m_captureEmail->setValue(user->email.isEmpty() ? tr("not given") : user->email);
            m_captureAddress->setAddress(user->address);
            m_captureBalances->setCaptureUser(*user);
            m_captureMessage->setText(tr("This user has no wallet balances yet."));
            m_captureMessage->setVisible(m_captureBalances->rowCount() == 0);
            partDone();
        });
    });
}

void ProfilePage::loadNonceAuth(quint64 generation, const QString &address)
{
    m_nonceAddress = address;
    m_nonceAddressLabel->setAddress(address);
    m_nonceEmail->setValue(QString());
    m_savedName.clear();
    m_savedUse.clear();
    m_name->clear();
    m_use->clear();
    m_total->setValue(QString());
    startLoading(2); // the profile and the balances
    onResult(this, m_hub.nonceAuth(m_accountId), [this, generation, address](const Result<services::nonceauth::NonceAuthClient *> &client) {
        if (generation != m_generation)
            return;
        if (!client)
            return showLoadError(client.error());
        m_nonceClient = *client;
        m_tokens->load(*client);
        onResult(this, (*client)->profile(address)->future(), [this, generation](const Result<services::nonceauth::Profile> &profile) {
            if (generation != m_generation)
                return;
            if (!profile)
                return showLoadError(profile.error());
            showProfile(*profile);
            partDone();
        });
    });
}

void ProfilePage::showProfile(const services::nonceauth::Profile &profile)
{
    m_savedName = profile.name;
    m_savedUse = profile.intendedUse;
    m_name->setText(profile.name);
    m_use->setText(profile.intendedUse);
    m_nonceEmail->setValue(profile.email.isEmpty() ? tr("not given") : profile.email);
    updateCounters();
}

void ProfilePage::updateCounters()
{
    const auto show = [](QLabel *counter, QLineEdit *edit) {
        const int used = int(edit->text().size());
        counter->setText(tr("%1/%2", "characters used, then the most allowed").arg(used).arg(kMaxProfileText));
        counter->setAccessibleDescription(tr("%1 of %2 characters used").arg(used).arg(kMaxProfileText));
        QPalette palette = counter->palette();
        palette.setColor(QPalette::WindowText, used >= kMaxProfileText ? Theme::errorColor(palette)
                                                                       : edit->palette().color(QPalette::PlaceholderText));
        counter->setPalette(palette);
        counter->setToolTip(used >= kMaxProfileText ? tr("That is the most the service keeps.") : QString());
    };
    show(m_nameCounter, m_name);
    show(m_useCounter, m_use);
    updateSaveButton();
}

void ProfilePage::updateSaveButton()
{
    const bool changed = m_name->text() != m_savedName || m_use->text() != m_savedUse;
    const bool ready = m_nonceClient && m_pending == 0 && !m_saving && !PrivacyMode::isEnabled();
    m_save->setEnabled(ready && changed);
    m_revert->setEnabled(!m_saving && changed && !PrivacyMode::isEnabled());
}

void ProfilePage::setSaveMessage(const QString &sentence, bool error)
{
    m_saveMessage->setText(sentence);
    QPalette palette = m_saveMessage->palette();
    palette.setColor(QPalette::WindowText, error ? Theme::errorColor(palette) : palette.color(QPalette::Text));
    m_saveMessage->setPalette(palette);
    m_saveMessage->setVisible(!sentence.isEmpty());
}

void ProfilePage::save()
{
    if (!m_save->isEnabled())
        return;
    if (!m_nonceClient)
        return setSaveMessage(tr("The profile cannot be saved right now. Choose Refresh, then try again."), true);
    const QString name = m_name->text().trimmed();
    const QString use = m_use->text().trimmed();
    if (name.size() > kMaxProfileText || use.size() > kMaxProfileText)
        return setSaveMessage(tr("The name and the intended use may have at most %1 characters each. Shorten them, then save.")
                                  .arg(kMaxProfileText), true);
    m_saving = true;
    updateSaveButton();
    setSaveMessage(tr("Saving your profile…"), false);
    const quint64 generation = m_generation;
    auto *job = m_nonceClient->updateProfile(m_nonceAddress, name, use);
    onResult(this, job->future(), [this, generation](const Result<services::nonceauth::Profile> &saved) {
        if (generation != m_generation)
            return;
        m_saving = false;
        if (!saved) {
            updateSaveButton();
            if (saved.error().needsSignIn())
                return setSaveMessage(tr("Your session has ended, so the profile was not saved. Sign in again, then save."), true);
            return setSaveMessage(tr("Your profile was not saved: %1 Your changes are still here; try again.").arg(saved.error().message), true);
        }
        showProfile(*saved);
        setSaveMessage(tr("Your profile was saved."), false);
    });
}

void ProfilePage::fillTokenTable()
{
    const bool masked = PrivacyMode::isEnabled();
    const QString mask = MaskedLabel::maskedText();
    m_tokenTable->setRowCount(0);
    const QList<models::Balance> balances = m_tokens->balances();
    for (const models::Balance &b : balances) {
        const int row = m_tokenTable->rowCount();
        m_tokenTable->insertRow(row);
        m_tokenTable->setItem(row, 0, cell(b.symbol));
        m_tokenTable->setItem(row, 1, cell(chainName(b.chainId)));
        m_tokenTable->setItem(row, 2, cell(masked ? mask : b.amount, true));
        m_tokenTable->setItem(row, 3, cell(b.price ? money(*b.price) : tr("no price"), true));
        const auto value = b.fiatValue();
        m_tokenTable->setItem(row, 4, cell(masked ? mask : value ? money(*value) : QStringLiteral("—"), true));
    }
    fitHeight(m_tokenTable);
    const auto total = m_tokens->totalFiatValue();
    m_total->setValue(balances.isEmpty() ? QString() : total ? tr("Total value: %1").arg(money(*total)) : tr("No price is known for these tokens."));
    if (balances.isEmpty() && !m_tokens->isLoading() && m_pending == 0)
        m_total->setValue(tr("You hold no tokens on this service."));
}

void ProfilePage::fillCaptureTable()
{
    const bool masked = PrivacyMode::isEnabled();
    m_captureTable->setRowCount(0);
    for (const models::Balance &b : m_captureBalances->balances()) {
        const int row = m_captureTable->rowCount();
        m_captureTable->insertRow(row);
        m_captureTable->setItem(row, 0, cell(b.name.isEmpty() ? b.symbol : b.name));
        m_captureTable->setItem(row, 1, cell(masked ? MaskedLabel::maskedText() : b.amount, true));
        m_captureTable->setItem(row, 2, cell(b.symbol.isEmpty() ? tr("credits") : b.symbol));
    }
    fitHeight(m_captureTable);
}

void ProfilePage::applyPrivacy()
{
    const bool on = PrivacyMode::isEnabled();
    // The editable profile is personal data too: hidden and read-only while masked.
    for (QLineEdit *edit : {m_name, m_use}) {
        edit->setEchoMode(on ? QLineEdit::Password : QLineEdit::Normal);
        edit->setReadOnly(on);
        edit->setToolTip(on ? tr("Turn privacy mode off to see and change this.") : QString());
    }
    fillTokenTable();
    fillCaptureTable();
    updateSaveButton();
}

} // namespace inkan::ui
