// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The user's names for addresses (name <-> address), kept in DATA/addressbook.json and written
// atomically (QSaveFile) after every change. Addresses are accepted in any case (a mixed-case
// one must pass its EIP-55 checksum) and stored and shown in EIP-55. One entry per address;
// names are trimmed and must not be empty. A change that fails (bad input, a disk error) leaves
// both the book and the file as they were.
#include "Error.h"
#include "crypto/Address.h"
#include <QList>
#include <QString>

namespace inkan::session {

struct AddressBookEntry {
    QString name;
    crypto::Address address;
};

class AddressBook {
public:
    explicit AddressBook(QString dataDir);
    QString path() const { return m_path; }
    /// Reads the file (an absent file is an empty book). A damaged file is an error and the book
    /// stays empty, so it is never overwritten by accident: fix or remove the file first.
    Result<void> load();
    /// By name, case-insensitively.
    QList<AddressBookEntry> entries() const { return m_entries; }
    /// The name for an address, or an empty string.
    QString nameOf(const crypto::Address &address) const;
    /// Adds the address, or renames it when it is in the book already.
    Result<void> set(const QString &name, const QString &address);
    Result<void> remove(const crypto::Address &address);

private:
    Result<void> save(const QList<AddressBookEntry> &entries);
    QString m_path;
    bool m_loadFailed = false;
    QList<AddressBookEntry> m_entries;
};

} // namespace inkan::session
