// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The address book (session::AddressBook) as a list model: one row per entry, by name. Changes
// go through the model (setEntry, removeEntry), which saves the book and resets its rows; a
// failure leaves both as they were and returns the sentence. The book is not owned.
#include "Error.h"
#include <QAbstractListModel>

namespace inkan::session { class AddressBook; }

namespace inkan::models {

class AddressBookModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        NameRole = Qt::UserRole + 1, // QString
        AddressRole,                 // QString, "0x" + EIP-55
    };
    Q_ENUM(Roles)

    explicit AddressBookModel(session::AddressBook *book, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Adds `address` (any case) under `name`, or renames it.
    Result<void> setEntry(const QString &name, const QString &address);
    Result<void> removeEntry(int row);
    /// The row of an address (any case), or -1.
    int rowOf(const QString &address) const;

private:
    session::AddressBook *m_book;
};

} // namespace inkan::models
