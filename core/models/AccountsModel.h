// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The service accounts of an AccountStore, one row each, in the store's order. reload() reads
// the store again (a small INI file); rows whose ids did not change are updated in place, so
// a view keeps its selection. The store is not owned and must outlive the model.
#include "session/AccountStore.h"
#include <QAbstractListModel>

namespace inkan::models {

class AccountsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,        // session::ServiceKind (int)
        KindNameRole,    // "web3connect", "capture", … (session::serviceKindName)
        BaseUrlRole,     // QUrl
        SubjectRole,     // who is signed in; empty when signed out
        SignedInRole,    // bool
        RoleRole,        // "organization" / "end_user", where the service says
        EmailRole,
        KeyAddressRole,  // the local key used to sign in, when one was
    };
    Q_ENUM(Roles)

    /// Reads the store at once (reload()).
    explicit AccountsModel(const session::AccountStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The account of a row (a default Account when out of range).
    session::Account accountAt(int row) const;
    /// The row of an account id, or -1.
    int rowOf(const QString &id) const;

public Q_SLOTS:
    void reload();
    /// Shows these accounts instead of the store's (e.g. from a hub's accountsChanged signal).
    void setAccounts(const QList<inkan::session::Account> &accounts);

private:
    const session::AccountStore *m_store;
    QList<session::Account> m_accounts;
};

} // namespace inkan::models
