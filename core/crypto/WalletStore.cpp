// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "crypto/WalletStore.h"
#include "Tr.h"

#include "crypto/Bip32.h"
#include "crypto/Bip39.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace inkan::crypto {

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

Result<void> ensurePrivateDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return makeError(ErrorKind::Io, inkan::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(path)));
    if (!QFile::setPermissions(path, kOwnerOnlyDirectory)) {
        return makeError(ErrorKind::Io,
                         inkan::tr("The permissions of the folder %1 cannot be set to owner-only.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

Error notFound(const Address &address)
{
    return makeError(ErrorKind::NotFound, inkan::tr("There is no account %1 in this wallet.").arg(address.toChecksummed()));
}

} // namespace

Result<void> writePrivateFile(const QString &path, QByteArrayView contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, inkan::tr("The file %1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Owner-only before the contents land and before the rename makes the file visible.
    if (!file.setPermissions(kOwnerOnlyFile) || file.write(contents.data(), contents.size()) != contents.size()) {
        file.cancelWriting();
        return makeError(ErrorKind::Io, inkan::tr("The file %1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (!file.commit())
        return makeError(ErrorKind::Io, inkan::tr("The file %1 cannot be saved: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

WalletStore::WalletStore(QString directory) : m_directory(QDir::cleanPath(QDir(directory).absolutePath())) {}

QString WalletStore::removedDirectory() const
{
    return m_directory + QStringLiteral("/removed");
}

Result<QByteArray> WalletStore::readFile(const QString &path) const
{
    QFile file(path);
    if (file.size() > keystore::kMaxFileSize)
        return makeError(ErrorKind::Malformed, inkan::tr("The file %1 is too large to be a keystore.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, inkan::tr("The file %1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.read(keystore::kMaxFileSize + 1);
}

Result<QList<WalletKey>> WalletStore::list() const
{
    QList<WalletKey> accounts;
    const QDir dir(m_directory);
    if (!dir.exists())
        return accounts;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.size() > keystore::kMaxFileSize)
            continue;
        Result<QByteArray> contents = readFile(entry.absoluteFilePath());
        if (!contents)
            continue;
        const Address address = keystore::peekAddress(*contents);
        if (address.isNull())
            continue;
        accounts.append(WalletKey{address, entry.fileName(), entry.absoluteFilePath()});
    }
    return accounts;
}

Result<WalletKey> WalletStore::find(const Address &address) const
{
    Result<QList<WalletKey>> accounts = list();
    if (!accounts)
        return accounts.error();
    for (const WalletKey &account : std::as_const(*accounts)) {
        if (account.address == address)
            return account;
    }
    return notFound(address);
}

Result<WalletKey> WalletStore::store(const Address &address, const QByteArray &json)
{
    // Checked again right before writing: one account per address keeps find() unambiguous.
    if (find(address).ok()) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The account %1 is already in this wallet.").arg(address.toChecksummed()));
    }
    Result<void> directory = ensurePrivateDirectory(m_directory);
    if (!directory)
        return directory.error();
    const QString fileName = keystore::gethFileName(address, QDateTime::currentDateTimeUtc());
    const QString path = m_directory + u'/' + fileName;
    Result<void> written = writePrivateFile(path, json);
    if (!written)
        return written.error();
    return WalletKey{address, fileName, path};
}

Result<WalletStore::Created> WalletStore::create(int words, const SecureBytes &password, keystore::Strength strength)
{
    if (words != 12 && words != 24)
        return makeError(ErrorKind::InvalidInput, inkan::tr("A new mnemonic has 12 or 24 words, not %1.").arg(words));
    SecureBytes mnemonic = bip39::generateMnemonic(words);
    Result<WalletKey> account = importMnemonic(mnemonic, SecureBytes(), 0, password, strength);
    if (!account)
        return account.error();
    return Created{std::move(account).value(), std::move(mnemonic)};
}

Result<WalletKey> WalletStore::importKeystore(QByteArrayView json, const SecureBytes &password)
{
    Result<keystore::Decrypted> decrypted = keystore::decrypt(json, password);
    if (!decrypted)
        return decrypted.error();
    const Address address = decrypted->key.address();
    if (find(address).ok()) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The account %1 is already in this wallet.").arg(address.toChecksummed()));
    }
    // Keep the file's own encryption; only make sure it names its address, as geth's files do,
    // so that listing never needs a password.
    QJsonObject object = QJsonDocument::fromJson(json.toByteArray()).object();
    object.insert(QStringLiteral("address"), address.toLower().mid(2));
    return store(address, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<WalletKey> WalletStore::importMnemonic(const SecureBytes &mnemonic, const SecureBytes &passphrase, quint32 index,
                                           const SecureBytes &password, keystore::Strength strength)
{
    const SecureBytes words = bip39::normalizeMnemonic(mnemonic);
    Result<void> valid = bip39::validate(words);
    if (!valid)
        return valid.error();
    Result<PrivateKey> key = bip32::ethereumKeyFromSeed(bip39::toSeed(words, passphrase), index);
    if (!key)
        return key.error();
    return importPrivateKey(*key, password, strength);
}

Result<WalletKey> WalletStore::importPrivateKey(const PrivateKey &key, const SecureBytes &password,
                                              keystore::Strength strength)
{
    const Address address = key.address();
    // Refuse a duplicate before spending a second on the KDF.
    if (find(address).ok()) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The account %1 is already in this wallet.").arg(address.toChecksummed()));
    }
    Result<QByteArray> json = keystore::encrypt(key, password, strength);
    if (!json)
        return json.error();
    return store(address, *json);
}

Result<QByteArray> WalletStore::exportKeystore(const Address &address) const
{
    Result<WalletKey> account = find(address);
    if (!account)
        return account.error();
    return readFile(account->path);
}

Result<QByteArray> WalletStore::exportKeystore(const Address &address, const SecureBytes &password,
                                               const SecureBytes &newPassword, keystore::Strength strength) const
{
    Result<PrivateKey> key = unlock(address, password);
    if (!key)
        return key.error();
    return keystore::encrypt(*key, newPassword, strength);
}

Result<void> WalletStore::changePassword(const Address &address, const SecureBytes &password,
                                         const SecureBytes &newPassword, keystore::Strength strength)
{
    Result<WalletKey> account = find(address);
    if (!account)
        return account.error();
    Result<QByteArray> json = exportKeystore(address, password, newPassword, strength);
    if (!json)
        return json.error();
    // Same file name: QSaveFile replaces it atomically, so a crash leaves the old file whole.
    return writePrivateFile(account->path, *json);
}

Result<PrivateKey> WalletStore::unlock(const Address &address, const SecureBytes &password) const
{
    Result<WalletKey> account = find(address);
    if (!account)
        return account.error();
    Result<QByteArray> json = readFile(account->path);
    if (!json)
        return json.error();
    Result<keystore::Decrypted> decrypted = keystore::decrypt(*json, password);
    if (!decrypted)
        return decrypted.error();
    if (decrypted->key.address() != address) {
        return makeError(ErrorKind::Malformed,
                         inkan::tr("The keystore file %1 holds a different account than its address field says.")
                             .arg(account->fileName));
    }
    return std::move(decrypted->key);
}

Result<QString> WalletStore::remove(const Address &address, Removal removal)
{
    Result<WalletKey> account = find(address);
    if (!account)
        return account.error();
    if (removal == Removal::Destroy) {
        if (!QFile::remove(account->path))
            return makeError(ErrorKind::Io, inkan::tr("The file %1 cannot be deleted.").arg(QDir::toNativeSeparators(account->path)));
        return QString();
    }
    Result<void> directory = ensurePrivateDirectory(removedDirectory());
    if (!directory)
        return directory.error();
    QString target = removedDirectory() + u'/' + account->fileName;
    for (int suffix = 1; QFileInfo::exists(target); ++suffix)
        target = removedDirectory() + u'/' + account->fileName + u'.' + QString::number(suffix);
    if (!QFile::rename(account->path, target))
        return makeError(ErrorKind::Io, inkan::tr("The file %1 cannot be moved aside.").arg(QDir::toNativeSeparators(account->path)));
    return target;
}

} // namespace inkan::crypto
