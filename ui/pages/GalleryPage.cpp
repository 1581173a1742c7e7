// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "pages/GalleryPage.h"
#include "dialogs/FutureResult.h"

#include "Icons.h"
#include "delegates/NftDelegate.h"
#include "models/NftFilterModel.h"
#include "models/NftModel.h"
#include "models/ThumbnailCache.h"
#include "pages/NftDetailView.h"
#include "services/web3connect/Authenticity.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "session/HiddenNfts.h"
#include "widgets/EmptyState.h"
#include "widgets/LineEditButtons.h"
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace inkan::ui {

using models::NftFilterModel;
using models::NftModel;
using services::web3connect::Web3ConnectClient;

GalleryPage::GalleryPage(session::ServiceHub &hub, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_hidden(new session::HiddenNfts(hub.dataDir(), this)),
      m_recipients(new session::KnownRecipients(hub.dataDir(), this))
{
    setObjectName(QStringLiteral("galleryPage"));
    setAccessibleName(tr("NFT gallery"));

    m_stack = new QStackedWidget(this);
    m_signedOut = new EmptyState(icon(IconKind::Gallery), tr("Sign in to a service to see the NFTs you hold."),
                                 tr("Sign in…"), m_stack);
    m_signedOut->setObjectName(QStringLiteral("gallerySignedOut"));
    m_signedOut->actionButton()->setObjectName(QStringLiteral("gallerySignInButton"));
    m_signedOut->actionButton()->setAccessibleName(tr("Sign in"));
    connect(m_signedOut, &EmptyState::actionTriggered, this, &GalleryPage::signInRequested);
    m_error = new EmptyState(icon(IconKind::Gallery), QString(), tr("Try again"), m_stack);
    m_error->setObjectName(QStringLiteral("galleryError"));
    m_error->actionButton()->setObjectName(QStringLiteral("galleryErrorRetry"));
    m_error->actionButton()->setAccessibleName(tr("Try again"));
    connect(m_error, &EmptyState::actionTriggered, this, [this] { setAccount(m_accountId); });

    m_content = new QWidget(m_stack);
    m_search = new QLineEdit(m_content);
    m_search->setObjectName(QStringLiteral("gallerySearch"));
    m_search->setAccessibleName(tr("Search public NFTs by name"));
    m_search->setPlaceholderText(tr("Search public NFTs by exact name, then press Enter"));
    m_search->setClearButtonEnabled(true);
    nameLineEditButtons(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, &GalleryPage::search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_model && m_model->source().kind == NftModel::Source::Kind::Search)
            listHeld();
    });

    m_show = new QComboBox(m_content);
    m_show->setObjectName(QStringLiteral("galleryShow"));
    m_show->setAccessibleName(tr("Which NFTs"));
    m_show->addItem(tr("My NFTs"), int(NftFilterModel::Show::Gallery));
    m_show->addItem(tr("Hidden"), int(NftFilterModel::Show::Hidden));
    m_show->addItem(tr("Unverified"), int(NftFilterModel::Show::Unverified));
    m_visibility = new QComboBox(m_content);
    m_visibility->setObjectName(QStringLiteral("galleryVisibility"));
    m_visibility->setAccessibleName(tr("Visibility"));
    m_visibility->addItem(tr("Public and private"), int(NftFilterModel::Visibility::Any));
    m_visibility->addItem(tr("Public only"), int(NftFilterModel::Visibility::Public));
    m_visibility->addItem(tr("Private only"), int(NftFilterModel::Visibility::Private));
    m_kind = new QComboBox(m_content);
    m_kind->setObjectName(QStringLiteral("galleryKind"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Every kind"), QString());
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *combo : {m_show, m_visibility, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &GalleryPage::applyFilters);
    m_sort = new QToolButton(m_content);
    m_sort->setObjectName(QStringLiteral("gallerySort"));
    m_sort->setAccessibleName(tr("Sort order"));
    m_sort->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sort->setText(tr("Newest first"));
    m_sort->setToolTip(tr("Change between newest first and oldest first"));
    connect(m_sort, &QToolButton::clicked, this, [this] {
        m_descending = !m_descending;
        m_sort->setText(m_descending ? tr("Newest first") : tr("Oldest first"));
        if (!m_model)
            return;
        NftModel::Source source = m_model->source();
        source.descending = m_descending;
        m_model->reset(source);
        m_model->fetchMore({});
    });

    m_view = new QListView(m_content);
    m_view->setObjectName(QStringLiteral("galleryList"));
    m_view->setAccessibleName(tr("NFTs"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setUniformItemSizes(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setWrapping(true);
    m_view->setSpacing(4);
    m_view->setGridSize(NftDelegate::cardSize() + QSize(8, 8));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this); // its paints tell when the first thumbnails are up
    connect(m_view, &QListView::activated, this, &GalleryPage::openDetail);
    connect(m_view, &QListView::customContextMenuRequested, this, &GalleryPage::showContextMenu);

    m_status = new QLabel(m_content);
    m_status->setObjectName(QStringLiteral("galleryStatus"));
    m_status->setAccessibleName(tr("Gallery status"));
    m_status->setWordWrap(true);
    m_retry = new QPushButton(tr("Try again"), m_content);
    m_retry->setObjectName(QStringLiteral("galleryRetry"));
    m_retry->setAccessibleName(tr("Try loading again"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->retry();
    });
    m_emptyList = new QLabel(m_content);
    m_emptyList->setObjectName(QStringLiteral("galleryEmptyList"));
    m_emptyList->setAlignment(Qt::AlignCenter);
    m_emptyList->setWordWrap(true);
    m_emptyList->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_show);
    filters->addWidget(m_visibility);
    filters->addWidget(m_kind);
    filters->addWidget(m_sort);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(m_emptyList);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addLayout(statusRow);

    m_stack->addWidget(m_signedOut);
    m_stack->addWidget(m_error);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showSignedOut();
}

GalleryPage::~GalleryPage() = default;

void GalleryPage::dropModels()
{
    if (m_detail)
        m_detail->close();
    m_view->setModel(nullptr);
    for (QObject *o : std::initializer_list<QObject *>{m_filter, m_model, m_thumbnails, m_checker})
        delete o;
    m_filter = nullptr;
    m_model = nullptr;
    m_thumbnails = nullptr;
    m_checker = nullptr;
    m_client = nullptr;
}

void GalleryPage::showSignedOut()
{
    dropModels();
    m_holder.clear();
    m_stack->setCurrentWidget(m_signedOut);
    reportFirstPageShown(); // nothing to wait for
}

void GalleryPage::showError(const QString &sentence)
{
    m_error->setText(sentence);
    m_stack->setCurrentWidget(m_error);
    reportFirstPageShown(); // a definite answer is shown
}

bool GalleryPage::firstPageSettled()
{
    if (!m_model || !m_filter || !m_thumbnails || m_stack->currentWidget() != m_content)
        return false;
    const int shown = m_filter->rowCount();
    if (shown == 0) // settled once the listing is over (the empty text) or failed
        return m_model->lastError().has_value()
               || (m_model->pagesLoaded() > 0 && !m_model->isLoading() && !m_model->canFetchMore({}));
    // Every card in view: a uniform grid, laid out row by row from the top.
    const QRect viewport = m_view->viewport()->rect();
    int inView = 0;
    for (int row = 0; row < shown; ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        const QRect rect = m_view->visualRect(index);
        if (rect.top() > viewport.bottom())
            break;
        if (!rect.intersects(viewport))
            continue;
        ++inView;
        if (m_thumbnails->state(index.data(NftModel::ImageUrlRole).toUrl()) == models::ThumbnailCache::State::Loading)
            return false;
    }
    return inView > 0; // none yet: not laid out
}

void GalleryPage::reportFirstPageShown()
{
    if (m_shownGeneration == m_generation)
        return;
    m_shownGeneration = m_generation;
    // Queued: after the paint (or the state change) that settled it has been handled; not for
    // an account that is no longer the one shown.
    QMetaObject::invokeMethod(this, [this, generation = m_generation] {
        if (generation == m_generation)
            Q_EMIT firstPageShown();
    }, Qt::QueuedConnection);
}

NftDetailView *GalleryPage::detailView() const
{
    return m_detail;
}

void GalleryPage::setAccount(const QString &accountId)
{
    ++m_generation;
    std::optional<session::Account> account = accountId.isEmpty() ? std::nullopt : m_hub.accounts().find(accountId);
    // The NFTs live on Web3Connect: another kind of account chosen in the switcher shows those of
    // the first signed-in Web3Connect account.
    if (account && account->kind != session::ServiceKind::Web3Connect) {
        account.reset();
        for (const session::Account &candidate : m_hub.accounts().accounts())
            if (candidate.kind == session::ServiceKind::Web3Connect && candidate.isSignedIn()) {
                account = candidate;
                break;
            }
    }
    if (!account || !account->isSignedIn()) {
        m_accountId = accountId;
        showSignedOut();
        return;
    }
    m_accountId = account->id;
    dropModels();
    m_holder = account->subject;
    m_status->setText(tr("Opening %1…").arg(account->name));
    m_stack->setCurrentWidget(m_content);
    const quint64 generation = m_generation;
    onResult(this, m_hub.web3connect(m_accountId), [this, generation](const Result<Web3ConnectClient *> &client) {
        if (generation != m_generation)
            return;
        if (!client) {
            if (client.error().needsSignIn())
                return showSignedOut();
            return showError(tr("Your NFTs could not be listed: %1").arg(client.error().message));
        }
        useClient(*client);
    });
}

void GalleryPage::useClient(Web3ConnectClient *client)
{
    m_client = client;
    m_model = new NftModel(client, this);
    m_checker = new services::web3connect::AuthenticityChecker(client, this);
    models::ThumbnailCache::Options options;
    options.cacheDir = QDir(m_hub.dataDir()).filePath(QStringLiteral("thumbnails"));
    options.serviceBaseUrl = client->baseUrl();
    m_thumbnails = new models::ThumbnailCache(options, this);
    connect(m_thumbnails, &models::ThumbnailCache::stateChanged, m_view->viewport(), [this] { m_view->viewport()->update(); });
    m_filter = new NftFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setHiddenNfts(m_hidden, m_holder);
    m_filter->setAuthenticityChecker(m_checker);
    if (auto *old = qobject_cast<NftDelegate *>(m_view->itemDelegate()))
        old->deleteLater();
    m_view->setItemDelegate(new NftDelegate(m_thumbnails, m_view));
    m_view->setModel(m_filter);
    m_kindsScanned = 0;
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_kindsScanned = 0; });
    connect(m_model, &NftModel::pageLoaded, this, [this] {
        updateKinds();
        updateStatus();
    });
    connect(m_model, &NftModel::loadingChanged, this, &GalleryPage::updateStatus);
    connect(m_model, &NftModel::loadFailed, this, [this] {
        const QString sentence = tr("Your NFTs could not be listed: %1").arg(m_model->lastError()->userMessage);
        if (m_model->rowCount() == 0 && m_model->source().kind == NftModel::Source::Kind::HeldBy)
            return showError(sentence);
        updateStatus();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &GalleryPage::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &GalleryPage::updateStatus);
    applyFilters();
    listHeld();
}

void GalleryPage::listHeld()
{
    if (!m_model)
        return;
    NftModel::Source source = NftModel::Source::heldBy(m_holder, 50);
    source.descending = m_descending;
    m_model->reset(source);
    m_model->fetchMore({});
    updateStatus();
}

void GalleryPage::reload()
{
    if (!m_model)
        return setAccount(m_accountId);
    m_model->refresh();
    m_model->fetchMore({});
}

void GalleryPage::search()
{
    if (!m_model)
        return;
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return listHeld();
    NftModel::Source source = NftModel::Source::search(QJsonObject{{QStringLiteral("name"), text}}, 50);
    source.descending = m_descending;
    m_model->reset(source);
    m_model->fetchMore({});
    m_view->setFocus();
    updateStatus();
}

void GalleryPage::applyFilters()
{
    if (!m_filter)
        return;
    m_filter->setShow(NftFilterModel::Show(m_show->currentData().toInt()));
    m_filter->setVisibilityFilter(NftFilterModel::Visibility(m_visibility->currentData().toInt()));
    m_filter->setKindFilter(m_kind->currentData().toString());
    updateStatus();
}

void GalleryPage::updateKinds()
{
    if (!m_model)
        return;
    // Only the rows added since the last call: a page of a long listing costs a page.
    if (m_kindsScanned > m_model->rowCount())
        m_kindsScanned = 0;
    for (int row = m_kindsScanned; row < m_model->rowCount(); ++row) {
        const QString kind = m_model->index(row).data(NftModel::KindRole).toString();
        if (!kind.isEmpty() && m_kind->findData(kind) < 0)
            m_kind->addItem(kind, kind);
    }
    m_kindsScanned = m_model->rowCount();
}

void GalleryPage::updateStatus()
{
    if (!m_model || !m_filter)
        return;
    const bool searching = m_model->source().kind == NftModel::Source::Kind::Search;
    const int shown = m_filter->rowCount();
    QString text;
    if (m_model->lastError()) {
        text = tr("More NFTs could not be loaded: %1").arg(m_model->lastError()->userMessage);
    } else if (m_model->isLoading()) {
        text = tr("Loading NFTs…");
    } else if (searching) {
        text = tr("%n public NFT(s) found.", nullptr, shown);
    } else {
        text = m_model->isComplete() ? tr("%n NFT(s) shown, all loaded.", nullptr, shown)
                                     : tr("%n NFT(s) shown; scroll for more.", nullptr, shown);
    }
    m_status->setText(text);
    m_retry->setVisible(m_model->lastError().has_value());
    const bool empty = shown == 0 && !m_model->isLoading() && !m_model->lastError();
    // A holder with no NFTs (or a failed listing) has no thumbnails to wait for.
    if (shown == 0 && m_shownGeneration != m_generation && firstPageSettled())
        reportFirstPageShown();
    if (empty) {
        switch (NftFilterModel::Show(m_show->currentData().toInt())) {
        case NftFilterModel::Show::Hidden:
            m_emptyList->setText(tr("You have hidden no NFTs. Hide one from its menu to keep it out of the gallery."));
            break;
        case NftFilterModel::Show::Unverified:
            m_emptyList->setText(tr("Every NFT here has a valid minter signature."));
            break;
        default:
            m_emptyList->setText(searching ? tr("No public NFT has that name. Check the spelling, or clear the search.")
                                           : m_model->rowCount() > 0 ? tr("No NFT matches these filters. Change the filters above.")
                                                                     : tr("You hold no NFTs yet. An NFT sent to your ID wallet appears here."));
        }
    }
    m_emptyList->setVisible(empty);
    // A filter can hide a whole page: keep fetching until something shows or all is loaded.
    if (shown < 12 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void GalleryPage::openDetail(const QModelIndex &index)
{
    if (!index.isValid() || !m_model)
        return;
    const QString tokenId = index.data(NftModel::TokenIdRole).toString();
    if (m_detail)
        m_detail->close();
    NftDetailContext context{m_client, m_model, m_hidden, m_recipients, m_checker, m_thumbnails, m_holder};
    m_detail = new NftDetailView(context, tokenId, this);
    m_detail->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_detail, &NftDetailView::showVerificationQrRequested, this, &GalleryPage::showVerificationQrRequested);
    m_detail->show();
}

void GalleryPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString tokenId = index.data(NftModel::TokenIdRole).toString();
    const bool hidden = m_hidden->isHidden(m_holder, tokenId);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("galleryItemMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Open"), this, [this, index] { openDetail(index); });
    menu->addAction(hidden ? tr("Show in the gallery again") : tr("Hide from the gallery"), this, [this, tokenId, hidden] {
        hidden ? m_hidden->unhide(m_holder, tokenId) : m_hidden->hide(m_holder, tokenId);
    });
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void GalleryPage::updateGrid()
{
    // The columns share the width evenly, so no wide empty strip is left on the right. The
    // scroll bar's width is always kept aside: the grid does not change when it comes and goes.
    const QSize cell = NftDelegate::cardSize() + QSize(8, 8);
    const int width = m_view->contentsRect().width()
                      - m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view) - 2 * m_view->spacing();
    const int columns = std::max(1, width / cell.width());
    const QSize grid(std::max(cell.width(), width / columns), cell.height());
    if (m_view->gridSize() != grid)
        m_view->setGridSize(grid);
}

bool GalleryPage::eventFilter(QObject *watched, QEvent *event)
{
    // What a paint draws is what the thumbnail cache holds now: when every card in view is
    // settled before this paint, the first page is on screen once it is done.
    if (event->type() == QEvent::Paint && watched == m_view->viewport() && m_shownGeneration != m_generation
        && firstPageSettled())
        reportFirstPageShown();
    if (watched == m_view && event->type() == QEvent::Resize)
        updateGrid();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        const bool printable = !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()
                               && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (printable) {
            m_search->setFocus();
            m_search->insert(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace inkan::ui
