// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/AddressBookModel.h"

#include "session/AddressBook.h"

namespace inkan::models {

AddressBookModel::AddressBookModel(session::AddressBook *book, QObject *parent) : QAbstractListModel(parent), m_book(book) {}

int AddressBookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_book->entries().size());
}

QVariant AddressBookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const session::AddressBookEntry entry = m_book->entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(entry.name, entry.address.toChecksummed());
    case NameRole:
        return entry.name;
    case AddressRole:
    case Qt::ToolTipRole:
        return entry.address.toChecksummed();
    default:
        return {};
    }
}

QHash<int, QByteArray> AddressBookModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(AddressRole, "address");
    return names;
}

Result<void> AddressBookModel::setEntry(const QString &name, const QString &address)
{
    beginResetModel();
    Result<void> result = m_book->set(name, address);
    endResetModel();
    return result;
}

Result<void> AddressBookModel::removeEntry(int row)
{
    if (row < 0 || row >= rowCount())
        return Error{ErrorKind::InvalidInput, tr("Choose an entry to remove.")};
    beginResetModel(); // a failed save leaves the rows as they were
    Result<void> result = m_book->remove(m_book->entries().at(row).address);
    endResetModel();
    return result;
}

int AddressBookModel::rowOf(const QString &address) const
{
    const auto parsed = crypto::Address::parse(address);
    if (!parsed)
        return -1;
    const auto entries = m_book->entries();
    for (int i = 0; i < entries.size(); ++i)
        if (entries[i].address == *parsed)
            return i;
    return -1;
}

} // namespace inkan::models
