// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "session/AddressBook.h"

#include "Tr.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace inkan::session {

namespace {
void sortByName(QList<AddressBookEntry> &entries)
{
    std::sort(entries.begin(), entries.end(), [](const AddressBookEntry &a, const AddressBookEntry &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
}
} // namespace

AddressBook::AddressBook(QString dataDir) : m_path(QDir(dataDir).filePath(QStringLiteral("addressbook.json"))) {}

Result<void> AddressBook::load()
{
    m_entries.clear();
    m_loadFailed = false;
    QFile file(m_path);
    if (!file.exists())
        return {};
    const auto damaged = [this] {
        m_loadFailed = true;
        return Error{ErrorKind::Malformed,
                     inkan::tr("The address book %1 is damaged; fix or remove the file, then open it again.").arg(m_path)};
    };
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024)
        return damaged();
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return damaged();
    QList<AddressBookEntry> entries;
    for (const QJsonValue &value : document.object().value(QLatin1String("entries")).toArray()) {
        const QString name = value.toObject().value(QLatin1String("name")).toString().trimmed();
        const Result<crypto::Address> address = crypto::Address::parse(value.toObject().value(QLatin1String("address")).toString());
        if (name.isEmpty() || !address)
            return damaged();
        entries.append({name, *address});
    }
    sortByName(entries);
    m_entries = entries;
    return {};
}

QString AddressBook::nameOf(const crypto::Address &address) const
{
    for (const AddressBookEntry &entry : m_entries)
        if (entry.address == address)
            return entry.name;
    return {};
}

Result<void> AddressBook::set(const QString &name, const QString &address)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorKind::InvalidInput, inkan::tr("Give the address a name.")};
    const Result<crypto::Address> parsed = crypto::Address::parse(address.trimmed());
    if (!parsed)
        return parsed.error();
    QList<AddressBookEntry> entries = m_entries;
    auto it = std::find_if(entries.begin(), entries.end(), [&](const AddressBookEntry &e) { return e.address == *parsed; });
    if (it != entries.end())
        it->name = trimmed;
    else
        entries.append({trimmed, *parsed});
    sortByName(entries);
    return save(entries);
}

Result<void> AddressBook::remove(const crypto::Address &address)
{
    QList<AddressBookEntry> entries = m_entries;
    const auto removed = entries.removeIf([&](const AddressBookEntry &e) { return e.address == address; });
    if (removed == 0)
        return Error{ErrorKind::NotFound, inkan::tr("%1 is not in the address book.").arg(address.toChecksummed())};
    return save(entries);
}

Result<void> AddressBook::save(const QList<AddressBookEntry> &entries)
{
    if (m_loadFailed)
        return Error{ErrorKind::Malformed,
                     inkan::tr("The address book %1 is damaged, so it was not changed; fix or remove the file first.").arg(m_path)};
    QJsonArray array;
    for (const AddressBookEntry &entry : entries)
        array.append(QJsonObject{{QStringLiteral("name"), entry.name}, {QStringLiteral("address"), entry.address.toChecksummed()}});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorKind::Io, inkan::tr("Could not write the address book %1: %2").arg(m_path, file.errorString())};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("entries"), array}}).toJson());
    if (!file.commit())
        return Error{ErrorKind::Io, inkan::tr("Could not write the address book %1: %2").arg(m_path, file.errorString())};
    m_entries = entries;
    return {};
}

} // namespace inkan::session
