// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The keys of the local wallet (crypto::AsyncWalletStore::list()), one row each. reload()
// starts the listing on the store's worker thread and fills the model when it is done; a
// reload started before the previous one finished replaces it, and a listing that finishes
// after the model is gone is dropped (its QFutureWatcher is the model's child; not
// QFuture::then(context), which in Qt 6.4 asserts when the context died first). The store is
// not owned and must outlive the model.
#include "Error.h"
#include "crypto/WalletStore.h"
#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QPointer>
#include <optional>

namespace inkan::crypto {
class AsyncWalletStore;
}

namespace inkan::models {

class WalletKeysModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Roles {
        AddressRole = Qt::UserRole + 1, // QString, "0x" + EIP-55
        FileNameRole,                   // geth's UTC--<time>--<address>
        PathRole,                       // absolute path of the keystore file
    };
    Q_ENUM(Roles)

    /// Starts the first listing (reload()).
    explicit WalletKeysModel(crypto::AsyncWalletStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QList<crypto::WalletKey> keys() const { return m_keys; }
    bool isLoading() const { return m_watcher != nullptr; }
    /// The row of an address (any case), or -1.
    int rowOf(const QString &address) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    /// The folder could not be listed; the rows stay as they were.
    void loadFailed(const QString &message);

private:
    using Listing = Result<QList<crypto::WalletKey>>;
    void apply(const Listing &listed);

    crypto::AsyncWalletStore *m_store;
    QList<crypto::WalletKey> m_keys;
    QPointer<QFutureWatcher<Listing>> m_watcher;
};

} // namespace inkan::models
