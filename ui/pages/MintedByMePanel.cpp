// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "MintedByMePanel.h"

#include "Named.h"
#include "Theme.h"
#include "commands/NftCommands.h"
#include "delegates/NftDelegate.h"
#include "jobs/MetadataRules.h"
#include "net/Json.h"
#include "models/NftModel.h"
#include "models/ThumbnailCache.h"
#include "pages/NftDetailView.h"
#include "services/web3connect/Web3ConnectClient.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inkan::ui {

using services::web3connect::Nft;

MintedByMePanel::MintedByMePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mintedByMePanel"));
    setAccessibleName(tr("Minted by me"));
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    auto *searchRow = new QHBoxLayout;
    m_searchField = named(new QComboBox, "mintedSearchField", tr("Field to search"));
    for (const char *field : {"name", "issuer", "contents_provider", "description", "category", "level", "status", "organization"})
        m_searchField->addItem(QString::fromLatin1(field), QString::fromLatin1(field));
    m_searchText = named(new QLineEdit, "mintedSearchText", tr("Exact value to search for"));
    m_searchText->setPlaceholderText(tr("exact value; empty lists everything"));
    m_searchButton = named(new QPushButton(tr("Search")), "mintedSearchButton", tr("Search the minted NFTs"));
    m_reloadButton = named(new QPushButton(tr("Show all")), "mintedReloadButton", tr("List every minted NFT"));
    searchRow->addWidget(m_searchField);
    searchRow->addWidget(m_searchText, 1);
    searchRow->addWidget(m_searchButton);
    searchRow->addWidget(m_reloadButton);
    left->addLayout(searchRow);
    m_list = named(new QListView, "mintedList", tr("NFTs minted by this organization"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setGridSize(NftDelegate::cardSize() + QSize(8, 8));
    left->addWidget(m_list, 1);
    m_status = named(new QLabel, "mintedStatus", tr("Minted list status"));
    m_status->setWordWrap(true);
    left->addWidget(m_status);
    layout->addLayout(left, 3);
    connect(m_searchButton, &QPushButton::clicked, this, &MintedByMePanel::search);
    connect(m_searchText, &QLineEdit::returnPressed, this, &MintedByMePanel::search);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        m_searchText->clear();
        reload();
    });

    auto *right = new QVBoxLayout;
    m_title = named(new QLabel(tr("Choose an NFT on the left to see and edit its dynamic metadata.")), "mintedTitle", tr("Chosen NFT"));
    m_title->setWordWrap(true);
    right->addWidget(m_title);
    m_dynamic = named(new QTableWidget(0, 2), "mintedDynamic", tr("Dynamic metadata"));
    m_dynamic->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_dynamic->horizontalHeader()->setStretchLastSection(true);
    m_dynamic->verticalHeader()->hide();
    m_dynamic->horizontalHeader()->setObjectName(QStringLiteral("mintedDynamicColumnHeader"));
    m_dynamic->horizontalHeader()->setAccessibleName(tr("Dynamic metadata columns"));
    m_dynamic->verticalHeader()->setObjectName(QStringLiteral("mintedDynamicRowHeader"));
    m_dynamic->verticalHeader()->setAccessibleName(tr("Dynamic metadata rows"));
    for (QAbstractButton *corner : m_dynamic->findChildren<QAbstractButton *>())
        if (corner->objectName().isEmpty()) {
            corner->setObjectName(QStringLiteral("mintedDynamicSelectAll"));
            corner->setAccessibleName(tr("Select all dynamic metadata"));
        }
    right->addWidget(m_dynamic, 1);
    auto *buttons = new QHBoxLayout;
    m_addButton = named(new QPushButton(tr("Add a field")), "mintedAddFieldButton", tr("Add a dynamic field"));
    m_saveButton = named(new QPushButton(tr("Save changes")), "mintedSaveButton", tr("Save the dynamic metadata"));
    m_openButton = named(new QPushButton(tr("Open…")), "mintedOpenButton", tr("Open the NFT"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch();
    buttons->addWidget(m_openButton);
    right->addLayout(buttons);
    m_message = named(new QLabel, "mintedMessage", tr("Edit result"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    right->addWidget(m_message);
    layout->addLayout(right, 2);
    connect(m_addButton, &QPushButton::clicked, this, &MintedByMePanel::addField);
    connect(m_saveButton, &QPushButton::clicked, this, &MintedByMePanel::saveDynamic);
    // "Save changes" waits for a change.
    connect(m_dynamic, &QTableWidget::itemChanged, this, [this] { m_saveButton->setEnabled(!m_selected.tokenId.isEmpty()); });
    connect(m_openButton, &QPushButton::clicked, this, &MintedByMePanel::openSelected);
    connect(m_list, &QListView::doubleClicked, this, &MintedByMePanel::openSelected);
    for (QWidget *w : {static_cast<QWidget *>(m_addButton), static_cast<QWidget *>(m_saveButton), static_cast<QWidget *>(m_openButton)})
        w->setEnabled(false);
    updateStatus();
}

MintedByMePanel::~MintedByMePanel() = default;

NftDetailView *MintedByMePanel::detailView() const
{
    return m_detail;
}

void MintedByMePanel::setClient(services::web3connect::Web3ConnectClient *client, const QUrl &serviceBaseUrl)
{
    if (client == m_client && m_model)
        return;
    delete m_detail;
    m_client = client;
    m_selected = {};
    showSelected();
    m_list->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    if (!client) {
        updateStatus();
        return;
    }
    models::ThumbnailCache::Options options;
    options.serviceBaseUrl = serviceBaseUrl;
    delete m_thumbnails;
    m_thumbnails = new models::ThumbnailCache(options, this);
    m_model = new models::NftModel(client, this);
    m_list->setModel(m_model);
    // Cards as in the holder's gallery.
    delete m_list->itemDelegate();
    m_list->setItemDelegate(new NftDelegate(m_thumbnails, m_list));
    connect(m_thumbnails, &models::ThumbnailCache::stateChanged, m_list->viewport(), [this] { m_list->viewport()->update(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            select(current.data(models::NftModel::TokenIdRole).toString());
    });
    connect(m_model, &models::NftModel::loadingChanged, this, &MintedByMePanel::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MintedByMePanel::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MintedByMePanel::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_model->rowOf(m_selected.tokenId);
        if (row >= from.row() && row <= to.row()) {
            const QString error = m_model->index(row).data(models::NftModel::RowErrorRole).toString();
            const auto state = models::NftModel::RowState(m_model->index(row).data(models::NftModel::RowStateRole).toInt());
            m_selected = m_model->nftAt(row);
            showSelected();
            if (state == models::NftModel::RowState::Failed) {
                m_message->setText(error);
                Theme::setTone(m_message, Theme::Tone::Error);
            }
        }
    });
    reload();
}

void MintedByMePanel::reload()
{
    if (!m_model)
        return;
    m_model->reset(models::NftModel::Source::mintedByMe(50));
    m_model->fetchMore({});
}

void MintedByMePanel::search()
{
    if (!m_model)
        return;
    const QString value = m_searchText->text().trimmed();
    if (value.isEmpty())
        return reload();
    m_model->reset(models::NftModel::Source::searchMintedByMe({{m_searchField->currentData().toString(), value}}, 50));
    m_model->fetchMore({});
}

void MintedByMePanel::updateStatus()
{
    if (!m_model) {
        m_status->setText(tr("Sign in as an organization to see what it minted."));
        return;
    }
    if (m_model->isLoading())
        m_status->setText(tr("Loading…"));
    else if (m_model->lastError())
        m_status->setText(tr("The list could not be loaded: %1 Press \"Show all\" to try again.").arg(m_model->lastError()->userMessage));
    else if (m_model->rowCount() == 0)
        m_status->setText(m_searchText->text().trimmed().isEmpty()
                              ? tr("Nothing minted yet: mint one NFT or a batch on the other tabs.")
                              : tr("No minted NFT has %1 equal to \"%2\". Search another value, or press \"Show all\".")
                                    .arg(m_searchField->currentText(), m_searchText->text().trimmed()));
    else
        m_status->setText(tr("%n NFT(s) listed.", nullptr, m_model->rowCount()) + (m_model->canFetchMore({}) ? tr(" Scroll for more.") : QString()));
}

void MintedByMePanel::select(const QString &tokenId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(tokenId);
    if (row < 0)
        return;
    m_selected = m_model->nftAt(row);
    if (m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row));
    m_message->clear();
    showSelected();
}

void MintedByMePanel::showSelected()
{
    const bool any = !m_selected.tokenId.isEmpty();
    m_addButton->setEnabled(any);
    m_openButton->setEnabled(any);
    m_saveButton->setEnabled(false); // until something is edited
    const QSignalBlocker filling(m_dynamic);
    m_dynamic->setRowCount(0);
    if (!any) {
        m_title->setText(tr("Choose an NFT on the left to see and edit its dynamic metadata."));
        return;
    }
    m_title->setText(tr("%1 — %2…").arg(m_selected.staticMetadata.value(QLatin1String("name")).toString(), m_selected.tokenId.left(14)));
    QStringList keys = m_selected.dynamicMetadata.keys();
    for (const QString &key : keys) {
        const int row = m_dynamic->rowCount();
        m_dynamic->insertRow(row);
        auto *keyItem = new QTableWidgetItem(key);
        keyItem->setFlags(keyItem->flags() & ~Qt::ItemIsEditable);
        m_dynamic->setItem(row, 0, keyItem);
        const QJsonValue value = m_selected.dynamicMetadata.value(key);
        if (key == u"expires" && value.isDouble()) {
            auto *date = new QDateTimeEdit(QDateTime::fromSecsSinceEpoch(qint64(value.toDouble())));
            date->setObjectName(QStringLiteral("mintedValue_") + key);
            date->setAccessibleName(tr("Value of %1").arg(key));
            date->setCalendarPopup(true);
            connect(date, &QDateTimeEdit::dateTimeChanged, m_saveButton, [this] { m_saveButton->setEnabled(true); });
            m_dynamic->setCellWidget(row, 1, date);
        } else {
            m_dynamic->setItem(row, 1, new QTableWidgetItem(net::jsonValueText(value)));
        }
    }
}

void MintedByMePanel::addField()
{
    const int row = m_dynamic->rowCount();
    m_dynamic->insertRow(row);
    m_dynamic->setItem(row, 0, new QTableWidgetItem);
    m_dynamic->setItem(row, 1, new QTableWidgetItem);
    m_dynamic->editItem(m_dynamic->item(row, 0));
}

void MintedByMePanel::saveDynamic()
{
    if (!m_client || m_selected.tokenId.isEmpty())
        return;
    QJsonObject changed;
    QStringList problems;
    for (int row = 0; row < m_dynamic->rowCount(); ++row) {
        const QString key = m_dynamic->item(row, 0) ? m_dynamic->item(row, 0)->text().trimmed() : QString();
        if (key.isEmpty())
            continue;
        if (jobs::isStaticField(key)) {
            problems << tr("\"%1\" is a static field: it never changes after minting.").arg(key);
            continue;
        }
        QJsonValue value;
        if (auto *date = qobject_cast<QDateTimeEdit *>(m_dynamic->cellWidget(row, 1))) {
            value = double(date->dateTime().toSecsSinceEpoch());
        } else {
            const QString text = m_dynamic->item(row, 1) ? m_dynamic->item(row, 1)->text() : QString();
            switch (jobs::fieldType(key, false)) {
            case jobs::FieldType::Integer:
            case jobs::FieldType::Number: {
                bool ok = false;
                const double n = QLocale::c().toDouble(text.trimmed(), &ok);
                if (!ok) {
                    problems << tr("\"%1\" must be a number, such as 12.5.").arg(key);
                    continue;
                }
                value = n;
                break;
            }
            case jobs::FieldType::Array:
            case jobs::FieldType::Object: {
                const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
                if (doc.isNull()) {
                    problems << tr("\"%1\" must be JSON (an array or an object).").arg(key);
                    continue;
                }
                value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
                break;
            }
            case jobs::FieldType::String: {
                const QJsonValue old = m_selected.dynamicMetadata.value(key);
                bool ok = false;
                const double n = QLocale::c().toDouble(text.trimmed(), &ok);
                value = old.isDouble() && ok ? QJsonValue(n) : old.isBool() ? QJsonValue(text == u"true") : QJsonValue(text);
                break;
            }
            }
        }
        if (m_selected.dynamicMetadata.value(key) != value)
            changed.insert(key, value);
    }
    if (!problems.isEmpty()) {
        Theme::setTone(m_message, Theme::Tone::Error);
        m_message->setText(tr("Nothing was sent: %1").arg(problems.join(u' ')));
        return;
    }
    if (changed.isEmpty()) {
        Theme::setTone(m_message, Theme::Tone::Plain);
        m_message->setText(tr("Nothing changed: edit a value or add a field first."));
        return;
    }
    auto *edit = new UpdateDynamicMetadata(m_client, m_selected, changed, m_model, this);
    Theme::setTone(m_message, Theme::Tone::Plain);
    m_message->setText(tr("Saving…"));
    connect(edit, &Command::succeeded, this, [this] {
        Theme::setTone(m_message, Theme::Tone::Success);
        m_message->setText(tr("Saved."));
        Q_EMIT saved(true);
    });
    connect(edit, &Command::failed, this, [this](const net::ApiError &error) {
        Theme::setTone(m_message, Theme::Tone::Error);
        m_message->setText(tr("The change was not saved and is undone: %1").arg(error.toError().message));
        Q_EMIT saved(false);
    });
    connect(edit, &Command::finished, edit, &QObject::deleteLater);
    edit->start();
}

void MintedByMePanel::openSelected()
{
    if (!m_model || m_selected.tokenId.isEmpty())
        return;
    delete m_detail;
    NftDetailContext context;
    context.client = m_client;
    context.model = m_model;
    context.thumbnails = m_thumbnails;
    m_detail = new NftDetailView(context, m_selected.tokenId, this);
    m_detail->setAttribute(Qt::WA_DeleteOnClose);
    m_detail->show();
}

} // namespace inkan::ui
