// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/AccountsModel.h"

namespace inkan::models {

AccountsModel::AccountsModel(const session::AccountStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    reload();
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const session::Account &a = m_accounts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return a.name;
    case Qt::ToolTipRole:
        return a.isSignedIn() ? tr("%1 at %2, signed in as %3").arg(session::serviceKindName(a.kind), a.baseUrl.toDisplayString(), a.subject)
                              : tr("%1 at %2, signed out").arg(session::serviceKindName(a.kind), a.baseUrl.toDisplayString());
    case IdRole: return a.id;
    case KindRole: return int(a.kind);
    case KindNameRole: return session::serviceKindName(a.kind);
    case BaseUrlRole: return a.baseUrl;
    case SubjectRole: return a.subject;
    case SignedInRole: return a.isSignedIn();
    case RoleRole: return a.role;
    case EmailRole: return a.email;
    case KeyAddressRole: return a.keyAddress;
    default: return {};
    }
}

QHash<int, QByteArray> AccountsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {NameRole, "name"},
                  {KindRole, "kind"},
                  {KindNameRole, "kindName"},
                  {BaseUrlRole, "baseUrl"},
                  {SubjectRole, "subject"},
                  {SignedInRole, "signedIn"},
                  {RoleRole, "role"},
                  {EmailRole, "email"},
                  {KeyAddressRole, "keyAddress"}});
    return names;
}

session::Account AccountsModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? m_accounts[row] : session::Account();
}

int AccountsModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i)
        if (m_accounts[i].id == id)
            return int(i);
    return -1;
}

void AccountsModel::reload()
{
    if (m_store)
        setAccounts(m_store->accounts());
}

void AccountsModel::setAccounts(const QList<session::Account> &accounts)
{
    bool sameIds = accounts.size() == m_accounts.size();
    for (qsizetype i = 0; sameIds && i < accounts.size(); ++i)
        sameIds = accounts[i].id == m_accounts[i].id;
    if (!sameIds) {
        beginResetModel();
        m_accounts = accounts;
        endResetModel();
        return;
    }
    m_accounts = accounts;
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_accounts.size()) - 1));
}

} // namespace inkan::models
