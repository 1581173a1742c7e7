// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "pages/NftDetailView.h"

#include "Theme.h"
#include "commands/NftCommands.h"
#include "dialogs/TransferDialog.h"
#include "models/NftDescription.h"
#include "models/NftHistoryModel.h"
#include "models/NftModel.h"
#include "models/ThumbnailCache.h"
#include "services/web3connect/Authenticity.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "session/HiddenNfts.h"
#include "widgets/AddressLabel.h"
#include "widgets/MaskedLabel.h"
#include "widgets/PrivacyMode.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>

namespace inkan::ui {

using models::NftModel;
using services::web3connect::Authenticity;
using services::web3connect::Nft;

namespace {
// The style's size hint with a little air on both sides of the text (Fusion's is tight), and
// never less: the row keeps every button whole, whichever text it shows.
class ActionButton : public QPushButton {
public:
    using QPushButton::QPushButton;
    QSize sizeHint() const override
    {
        return QPushButton::sizeHint() + QSize(fontMetrics().averageCharWidth() * 2, 4);
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};

QPushButton *button(const QString &text, const char *name, const QString &accessible, QWidget *parent)
{
    auto *b = new ActionButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    b->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // never narrower than its text
    return b;
}
} // namespace

NftDetailView::NftDetailView(const NftDetailContext &context, const QString &tokenId, QWidget *parent)
    : QDialog(parent), m_context(context), m_tokenId(tokenId),
      m_history(new models::NftHistoryModel(context.client, this))
{
    setObjectName(QStringLiteral("nftDetailView"));
    setAccessibleName(tr("NFT details"));
    setWindowTitle(tr("NFT details"));
    setModal(false);
    resize(720, 640);

    m_image = new QLabel(this);
    m_image->setObjectName(QStringLiteral("nftImage"));
    m_image->setFixedSize(200, 200);
    m_image->setAlignment(Qt::AlignCenter);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("nftName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("nftDescription"));
    m_description->setWordWrap(true);
    m_authenticity = new QLabel(this);
    m_authenticity->setObjectName(QStringLiteral("nftAuthenticity"));
    m_authenticity->setAccessibleName(tr("Authenticity"));
    m_authenticity->setWordWrap(true);
    m_authenticity->setMargin(6);
    m_visibility = new QLabel(this);
    m_visibility->setObjectName(QStringLiteral("nftVisibility"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("nftMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *headerText = new QVBoxLayout;
    headerText->addWidget(m_name);
    headerText->addWidget(m_description);
    headerText->addWidget(m_visibility);
    headerText->addWidget(m_authenticity);
    headerText->addStretch();
    auto *header = new QHBoxLayout;
    header->addWidget(m_image);
    header->addLayout(headerText, 1);

    auto *fieldsBox = new QWidget(this);
    m_fields = new QFormLayout(fieldsBox);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("nftFields"));
    scroll->setAccessibleName(tr("Metadata"));
    scroll->setWidget(fieldsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // As tall as the fields (scrolling only when the window is too short); the history below
    // takes the rest of the height.
    scroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    m_historyView = new QTreeView(this);
    m_historyView->setObjectName(QStringLiteral("nftHistory"));
    m_historyView->setAccessibleName(tr("History on the chain"));
    m_historyView->setRootIsDecorated(false);
    m_historyView->setHeaderHidden(true);
    m_historyView->header()->setObjectName(QStringLiteral("nftHistoryHeader"));
    m_historyView->header()->setAccessibleName(tr("Columns"));
    m_historyView->setModel(m_history);
    m_historyView->setMinimumHeight(m_historyView->fontMetrics().lineSpacing() * 4);
    m_historyView->header()->setStretchLastSection(true);
    m_historyView->setAlternatingRowColors(true);
    const auto maskAddresses = [this](bool masked) { m_history->setAddressMask(masked ? AddressLabel::maskedText() : QString()); };
    maskAddresses(PrivacyMode::isEnabled());
    connect(PrivacyMode::instance(), &PrivacyMode::changed, this, maskAddresses);

    m_visibilityButton = button(tr("Make public"), "nftVisibilityButton", tr("Change visibility"), this);
    m_makePrivateButton = button(tr("Make private"), "nftMakePrivateButton", tr("Make private"), this);
    m_transferButton = button(tr("Transfer…"), "nftTransferButton", tr("Transfer this NFT"), this);
    m_hideButton = button(tr("Hide"), "nftHideButton", tr("Hide from the gallery"), this);
    m_refreshButton = button(tr("Refresh"), "nftRefreshButton", tr("Refresh the metadata"), this);
    m_qrButton = button(tr("Verification QR…"), "nftQrButton", tr("Show the verification QR code"), this);
    m_closeButton = button(tr("Close"), "nftCloseButton", tr("Close"), this);
    connect(m_visibilityButton, &QPushButton::clicked, this, &NftDetailView::toggleVisibility);
    connect(m_makePrivateButton, &QPushButton::clicked, this, [this] { setVisibility(false); });
    connect(m_transferButton, &QPushButton::clicked, this, &NftDetailView::transfer);
    connect(m_hideButton, &QPushButton::clicked, this, &NftDetailView::toggleHidden);
    connect(m_refreshButton, &QPushButton::clicked, this, &NftDetailView::refreshMetadata);
    connect(m_qrButton, &QPushButton::clicked, this, [this] {
        Q_EMIT showVerificationQrRequested(m_tokenId, models::nftfields::name(m_nft));
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);
    auto *actions = new QHBoxLayout;
    const int groupGap = fontMetrics().averageCharWidth() * 2;
    for (QPushButton *b : {m_visibilityButton, m_makePrivateButton})
        actions->addWidget(b);
    actions->addSpacing(groupGap);
    for (QPushButton *b : {m_transferButton, m_hideButton})
        actions->addWidget(b);
    actions->addSpacing(groupGap);
    for (QPushButton *b : {m_refreshButton, m_qrButton})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_closeButton);

    auto *historyLabel = new QLabel(tr("History"), this);
    QFont bold = historyLabel->font();
    bold.setBold(true);
    historyLabel->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(scroll);
    layout->addSpacing(historyLabel->fontMetrics().lineSpacing() / 2);
    layout->addWidget(historyLabel);
    layout->addWidget(m_historyView, 1);
    layout->addLayout(actions);

    if (m_context.model) {
        connect(m_context.model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    const int row = m_context.model->rowOf(m_tokenId);
                    if (row >= topLeft.row() && row <= bottomRight.row())
                        render();
                });
        connect(m_context.model, &QAbstractItemModel::rowsRemoved, this, [this] {
            if (m_context.model->rowOf(m_tokenId) < 0)
                render(); // gone (transferred): the actions are disabled
        });
    }
    if (m_context.thumbnails)
        connect(m_context.thumbnails, &models::ThumbnailCache::stateChanged, this, [this](const QUrl &url) {
            if (m_context.client && url == models::nftfields::imageUrl(m_nft, m_context.client->baseUrl()))
                render();
        });
    if (m_context.checker) {
        connect(m_context.checker, &services::web3connect::AuthenticityChecker::checked, this,
                [this](const QString &tokenId) {
                    if (tokenId == m_tokenId)
                        renderAuthenticity();
                });
    }
    if (m_context.hidden)
        connect(m_context.hidden, &session::HiddenNfts::changed, this, [this] { render(); });
    m_nft = currentNft();
    if (m_context.checker && !m_context.checker->hasResult(m_tokenId) && !m_nft.tokenId.isEmpty())
        m_context.checker->check(m_nft);
    if (m_context.client)
        m_history->load(m_tokenId);
    render();
    // Wide enough for every button at its size hint.
    resize(size().expandedTo(sizeHint()));
    m_visibilityButton->setFocus();
}

NftDetailView::~NftDetailView() = default;

Nft NftDetailView::currentNft() const
{
    if (!m_context.model)
        return m_nft;
    const int row = m_context.model->rowOf(m_tokenId);
    return row >= 0 ? m_context.model->nftAt(row) : m_nft;
}

void NftDetailView::render()
{
    const bool present = m_context.model && m_context.model->rowOf(m_tokenId) >= 0;
    m_nft = currentNft();
    const QString name = models::nftfields::name(m_nft);
    setWindowTitle(name.isEmpty() ? tr("NFT details") : name);
    m_name->setText(name.isEmpty() ? tr("(no name)") : name);
    m_description->setText(models::nftfields::description(m_nft));

    const QUrl url = m_context.client ? models::nftfields::imageUrl(m_nft, m_context.client->baseUrl()) : QUrl();
    const auto state = m_context.thumbnails ? m_context.thumbnails->state(url) : models::ThumbnailCache::State::Unavailable;
    if (state == models::ThumbnailCache::State::Ready) {
        m_image->setPixmap(QPixmap::fromImage(m_context.thumbnails->image(url)).scaled(m_image->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_image->setPixmap({});
        m_image->setText(state == models::ThumbnailCache::State::Loading ? tr("Loading the image…") : tr("No image"));
    }

    const int row = present ? m_context.model->rowOf(m_tokenId) : -1;
    const QVariant isPublic = row >= 0 ? m_context.model->index(row).data(NftModel::IsPublicRole) : QVariant();
    const auto rowState = row >= 0 ? NftModel::RowState(m_context.model->index(row).data(NftModel::RowStateRole).toInt())
                                   : NftModel::RowState::Ready;
    m_visibility->setText(!isPublic.isValid() ? tr("Visibility: unknown (the service does not report it).")
                          : isPublic.toBool() ? tr("Public: anyone signed in to the service can see it.")
                                              : tr("Private: only you and its minter can see it."));
    m_visibilityButton->setText(isPublic.isValid() && isPublic.toBool() ? tr("Make private") : tr("Make public"));
    m_makePrivateButton->setVisible(!isPublic.isValid());
    if (rowState == NftModel::RowState::Failed)
        showMessage(m_context.model->index(row).data(NftModel::RowErrorRole).toString(), true);

    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    // Privacy mode masks what ties the NFT to a person: its token id, addresses and e-mails.
    static const QRegularExpression personal(QStringLiteral("^(0x[0-9a-fA-F]{40}|[^@\\s]+@[^@\\s]+)$"));
    auto *tokenIdLabel = new MaskedLabel;
    tokenIdLabel->setObjectName(QStringLiteral("nftField_tokenId"));
    tokenIdLabel->setValue(m_tokenId);
    m_fields->addRow(tr("Token id"), tokenIdLabel);
    for (const models::nftfields::Field &field : models::nftfields::describe(m_nft)) {
        QLabel *value = nullptr;
        if (personal.match(field.value.trimmed()).hasMatch()) {
            auto *masked = new MaskedLabel;
            masked->setValue(field.value);
            value = masked;
        } else {
            value = new QLabel(field.value);
        }
        value->setObjectName(QStringLiteral("nftField_") + field.key);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields->addRow(field.label, value);
    }
    for (int i = 0; i < m_fields->rowCount(); ++i)
        if (auto *label = qobject_cast<QLabel *>(m_fields->itemAt(i, QFormLayout::FieldRole)->widget()))
            if (!qobject_cast<MaskedLabel *>(label)) // it knows when its text may be selected
                label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const bool hidden = m_context.hidden && m_context.hidden->isHidden(m_context.holder, m_tokenId);
    m_hideButton->setText(hidden ? tr("Show again") : tr("Hide"));
    const bool busy = rowState == NftModel::RowState::Updating;
    const bool holding = present && m_context.model->source().kind == NftModel::Source::Kind::HeldBy;
    m_visibilityButton->setEnabled(holding && !busy && m_context.client);
    m_makePrivateButton->setEnabled(m_visibilityButton->isEnabled());
    // The history's one known party: the holder, when this NFT is among theirs.
    m_history->setHolder(holding ? m_context.holder : QString());
    m_history->setMintedAt(row >= 0 ? m_context.model->index(row).data(NftModel::MintedAtRole).toDateTime() : QDateTime());
    m_transferButton->setEnabled(holding && !busy && m_context.client);
    m_hideButton->setEnabled(holding && m_context.hidden);
    m_qrButton->setEnabled(holding);
    m_refreshButton->setEnabled(present && m_context.client);
    if (!present && !m_nft.tokenId.isEmpty())
        showMessage(tr("This NFT is no longer in your gallery."), false);
    renderAuthenticity();
}

void NftDetailView::renderAuthenticity()
{
    QPalette pal = m_authenticity->palette();
    m_authenticity->setAutoFillBackground(true);
    if (!m_context.checker || !m_context.checker->hasResult(m_tokenId)) {
        m_authenticity->setText(tr("Checking the minter signature…"));
        m_authenticity->setAutoFillBackground(false);
        return;
    }
    const Authenticity a = m_context.checker->result(m_tokenId);
    QColor color = Theme::warningColor(pal);
    QString text;
    switch (a.verdict) {
    case Authenticity::Verdict::Authentic:
        color = Theme::successColor(pal);
        text = tr("✔ %1").arg(a.sentence);
        break;
    case Authenticity::Verdict::Forged:
        color = Theme::errorColor(pal);
        text = tr("⚠ Warning: %1").arg(a.sentence);
        break;
    case Authenticity::Verdict::Unknown:
        text = tr("⚠ Unverified: %1").arg(a.sentence);
        break;
    }
    m_authenticity->setProperty("verdict", int(a.verdict));
    // A shade of the verdict's colour under the ordinary text colour: readable in both themes.
    const QPalette theme = palette();
    pal.setColor(QPalette::Window, Theme::bannerColor(theme, color));
    pal.setColor(QPalette::WindowText, theme.color(QPalette::WindowText));
    m_authenticity->setPalette(pal);
    m_authenticity->setText(text);
}

void NftDetailView::showMessage(const QString &text, bool error)
{
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, error ? Theme::errorColor(pal) : palette().color(QPalette::WindowText));
    m_message->setPalette(pal);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void NftDetailView::toggleVisibility()
{
    if (!m_context.model)
        return;
    const QVariant isPublic = m_context.model->index(m_context.model->rowOf(m_tokenId)).data(NftModel::IsPublicRole);
    setVisibility(!(isPublic.isValid() && isPublic.toBool()));
}

void NftDetailView::setVisibility(bool makePublic)
{
    if (m_toggle || !m_context.model)
        return;
    showMessage({}, false);
    auto *toggle = new ToggleVisibility(m_context.client, m_nft, makePublic, m_context.model, this);
    m_toggle = toggle;
    connect(toggle, &Command::finished, this, [this, toggle] {
        if (m_toggle == toggle)
            m_toggle = nullptr; // another change may start at once
        toggle->deleteLater();
    });
    connect(toggle, &Command::succeeded, this, [this, makePublic] {
        showMessage(makePublic ? tr("The NFT is public now.") : tr("The NFT is private now."), false);
    });
    toggle->start();
    render();
}

void NftDetailView::transfer()
{
    auto *dialog = new TransferDialog(m_context.client, m_nft, m_context.holder, m_context.model, m_context.recipients, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransferDialog::transferred, this, [this](const QString &tokenId, const QString &recipient) {
        Q_EMIT transferred(tokenId, recipient);
        close();
    });
    dialog->open();
}

void NftDetailView::toggleHidden()
{
    if (!m_context.hidden)
        return;
    const bool ok = m_context.hidden->isHidden(m_context.holder, m_tokenId)
                        ? m_context.hidden->unhide(m_context.holder, m_tokenId)
                        : m_context.hidden->hide(m_context.holder, m_tokenId);
    if (!ok)
        showMessage(tr("The hide list could not be saved in the data folder; the change lasts until Inkan quits."), true);
}

void NftDetailView::refreshMetadata()
{
    if (!m_context.client)
        return;
    m_refreshButton->setEnabled(false);
    showMessage(tr("Refreshing…"), false);
    auto *job = m_context.client->nft(m_tokenId);
    connect(job, &net::ApiJob::succeeded, this, [this, job] {
        Nft fresh = *job->value();
        if (fresh.visibility.isEmpty())
            fresh.visibility = m_nft.visibility; // the NFT object does not say
        if (m_context.model)
            m_context.model->updateNft(fresh);
        m_history->load(m_tokenId);
        showMessage(tr("The metadata is up to date."), false);
        render();
    });
    connect(job, &net::ApiJob::failed, this, [this](const net::ApiError &error) {
        showMessage(tr("The NFT could not be refreshed: %1").arg(error.userMessage), true);
        render();
    });
}

} // namespace inkan::ui
