// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/WalletKeysModel.h"
#include "crypto/AsyncWalletStore.h"

namespace inkan::models {

WalletKeysModel::WalletKeysModel(crypto::AsyncWalletStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    reload();
}

int WalletKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant WalletKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const crypto::WalletKey &key = m_keys[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case AddressRole: return key.address.toChecksummed();
    case Qt::ToolTipRole:
    case PathRole: return key.path;
    case FileNameRole: return key.fileName;
    default: return {};
    }
}

QHash<int, QByteArray> WalletKeysModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{AddressRole, "address"}, {FileNameRole, "fileName"}, {PathRole, "path"}});
    return names;
}

int WalletKeysModel::rowOf(const QString &address) const
{
    const auto wanted = crypto::Address::parse(address);
    if (!wanted)
        return -1;
    for (qsizetype i = 0; i < m_keys.size(); ++i)
        if (m_keys[i].address == *wanted)
            return int(i);
    return -1;
}

void WalletKeysModel::reload()
{
    if (!m_store)
        return;
    const bool wasLoading = m_watcher != nullptr;
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    auto *watcher = new QFutureWatcher<Listing>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (m_watcher != watcher)
            return;
        m_watcher.clear();
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            apply(watcher->result());
        else
            apply(makeError(ErrorKind::Cancelled, tr("Listing the wallet's keys was cancelled.")));
        Q_EMIT loadingChanged(false);
    });
    watcher->setFuture(m_store->list());
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void WalletKeysModel::apply(const Listing &listed)
{
    if (!listed) {
        Q_EMIT loadFailed(listed.error().message);
        return;
    }
    beginResetModel();
    m_keys = listed.value();
    endResetModel();
    Q_EMIT loaded();
}

} // namespace inkan::models
