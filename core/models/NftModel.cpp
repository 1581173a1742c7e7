// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/NftModel.h"
#include "services/web3connect/Web3ConnectClient.h"

namespace inkan::models {

using services::web3connect::Nft;
using services::web3connect::Page;
using services::web3connect::Web3ConnectClient;

namespace nftfields {

QString name(const Nft &nft) { return nft.staticMetadata.value(QLatin1String("name")).toString(); }

QString description(const Nft &nft) { return nft.staticMetadata.value(QLatin1String("description")).toString(); }

QUrl imageUrl(const Nft &nft, const QUrl &serviceBase)
{
    const QString image = nft.staticMetadata.value(QLatin1String("image")).toString();
    if (image.isEmpty())
        return {};
    const QUrl url(image);
    if (!url.isRelative() || !serviceBase.isValid())
        return url;
    return serviceBase.resolved(url);
}

QString kind(const Nft &nft)
{
    for (const char *key : {"category", "credential_category"}) {
        const QString value = nft.dynamicMetadata.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    for (const char *key : {"type", "kind"}) {
        const QString value = nft.staticMetadata.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QDateTime mintedAt(const Nft &nft)
{
    QDateTime when = QDateTime::fromString(nft.createdAt, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(nft.createdAt, Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}

QDateTime expiresAt(const Nft &nft)
{
    const QJsonValue expires = nft.dynamicMetadata.value(QLatin1String("expires"));
    if (expires.isDouble() && expires.toDouble() > 0 && expires.toDouble() < 253402300800.0)
        return QDateTime::fromSecsSinceEpoch(qint64(expires.toDouble()), Qt::UTC);
    const QString text = nft.staticMetadata.value(QLatin1String("expired_at")).toString();
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid() || when.date().year() >= 9999)
        return {};
    return when.toUTC();
}

} // namespace nftfields

NftModel::Source NftModel::Source::heldBy(const QString &address, int pageSize)
{
    Source s;
    s.kind = Kind::HeldBy;
    s.address = address;
    s.pageSize = pageSize;
    return s;
}

NftModel::Source NftModel::Source::mintedByMe(int pageSize)
{
    Source s;
    s.kind = Kind::MintedByMe;
    s.pageSize = pageSize;
    return s;
}

NftModel::Source NftModel::Source::search(const QJsonObject &fields, int pageSize)
{
    Source s;
    s.kind = Kind::Search;
    s.fields = fields;
    s.pageSize = pageSize;
    return s;
}

NftModel::Source NftModel::Source::searchMintedByMe(const QJsonObject &fields, int pageSize)
{
    Source s = search(fields, pageSize);
    s.kind = Kind::SearchMintedByMe;
    return s;
}

NftModel::NftModel(Web3ConnectClient *client, QObject *parent) : JobListModel(parent), m_client(client)
{
    qRegisterMetaType<Nft>();
}

NftModel::~NftModel() = default;

int NftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Nft &nft = row.nft;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: {
        const QString name = nftfields::name(nft);
        return name.isEmpty() && role == Qt::DisplayRole ? nft.tokenId : name;
    }
    case Qt::ToolTipRole:
    case DescriptionRole: return nftfields::description(nft);
    case TokenIdRole: return nft.tokenId;
    case ImageUrlRole: return nftfields::imageUrl(nft, m_client ? m_client->baseUrl() : QUrl());
    case VisibilityRole: return nft.visibility;
    case IsPublicRole: return nft.visibility.isEmpty() ? QVariant() : QVariant(nft.visibility == QLatin1String("public"));
    case KindRole: return nftfields::kind(nft);
    case MintedAtRole: return nftfields::mintedAt(nft);
    case ExpiresAtRole: return nftfields::expiresAt(nft);
    case NftRole: return QVariant::fromValue(nft);
    case RawRole: return nft.raw;
    case RowStateRole: return int(row.state);
    case RowErrorRole: return row.error;
    default: return {};
    }
}

QHash<int, QByteArray> NftModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{TokenIdRole, "tokenId"},
                  {NameRole, "name"},
                  {DescriptionRole, "description"},
                  {ImageUrlRole, "imageUrl"},
                  {VisibilityRole, "visibility"},
                  {IsPublicRole, "isPublic"},
                  {KindRole, "kind"},
                  {MintedAtRole, "mintedAt"},
                  {ExpiresAtRole, "expiresAt"},
                  {NftRole, "nft"},
                  {RawRole, "raw"},
                  {RowStateRole, "rowState"},
                  {RowErrorRole, "rowError"}});
    return names;
}

bool NftModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source.kind != Source::Kind::None && m_client && !isLoading() && !m_complete
        && !lastError();
}

void NftModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Page page{m_source.pageSize, m_nextPage, m_source.descending};
    auto deliver = [this, pageNum = page.pageNum](const QList<Nft> &nfts) { onPage(pageNum, nfts); };
    switch (m_source.kind) {
    case Source::Kind::HeldBy: startJob(m_client->heldBy(m_source.address, page), deliver); break;
    case Source::Kind::MintedByMe: startJob(m_client->mintedByMe(page), deliver); break;
    case Source::Kind::Search: startJob(m_client->search(m_source.fields, page), deliver); break;
    case Source::Kind::SearchMintedByMe: startJob(m_client->searchMintedByMe(m_source.fields, page), deliver); break;
    case Source::Kind::None: break;
    }
}

void NftModel::onPage(int pageNum, const QList<Nft> &page)
{
    m_nextPage = pageNum + 1;
    QList<Row> fresh;
    for (const Nft &nft : page) {
        if (nft.tokenId.isEmpty() || m_tokenIds.contains(nft.tokenId))
            continue;
        m_tokenIds.insert(nft.tokenId);
        fresh.append(Row{nft, RowState::Ready, {}});
        // The service leaves visibility out of NFT objects; a search lists public NFTs only.
        if (m_source.kind == Source::Kind::Search && nft.visibility.isEmpty())
            fresh.last().nft.visibility = QStringLiteral("public");
    }
    // Settled before the rows go in: a view may call fetchMore() from rowsInserted. A short
    // page is the last one; a full page may be followed by an empty one.
    if (page.size() < m_source.pageSize)
        setComplete(true);
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    Q_EMIT pageLoaded(pageNum, int(fresh.size()));
}

void NftModel::setComplete(bool complete)
{
    if (m_complete == complete)
        return;
    m_complete = complete;
    Q_EMIT completeChanged(complete);
}

void NftModel::reset(const Source &source)
{
    cancelLoad();
    beginResetModel();
    m_source = source;
    m_rows.clear();
    m_tokenIds.clear();
    clearError();
    m_nextPage = 1;
    endResetModel();
    setComplete(false);
}

void NftModel::refresh()
{
    reset(m_source);
}

void NftModel::retry()
{
    if (isLoading() || !lastError())
        return;
    clearError();
    fetchMore({});
}

int NftModel::rowOf(const QString &tokenId) const
{
    if (!m_tokenIds.contains(tokenId))
        return -1;
    // From the end: the rows asked about most (checked, changed) are the newest pages.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i)
        if (m_rows[i].nft.tokenId == tokenId)
            return int(i);
    return -1;
}

Nft NftModel::nftAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].nft : Nft();
}

bool NftModel::updateNft(const Nft &nft)
{
    const int row = rowOf(nft.tokenId);
    if (row < 0)
        return false;
    m_rows[row] = Row{nft, RowState::Ready, {}};
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

bool NftModel::removeNft(const QString &tokenId)
{
    const int row = rowOf(tokenId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row); // its id stays in m_tokenIds: a later page does not bring it back
    endRemoveRows();
    return true;
}

bool NftModel::setRowState(const QString &tokenId, RowState state, const QString &error)
{
    const int row = rowOf(tokenId);
    if (row < 0)
        return false;
    m_rows[row].state = state;
    m_rows[row].error = state == RowState::Failed ? error : QString();
    Q_EMIT dataChanged(index(row), index(row), {RowStateRole, RowErrorRole});
    return true;
}

} // namespace inkan::models
