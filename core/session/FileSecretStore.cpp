// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The encrypted file store: one file in the data dir, scrypt then AES-256-GCM, written
// atomically with mode 0600, shared by every inkan process on that data dir through a QLockFile.
#include "session/SecretStore.h"
#include <QCoreApplication>
#include "crypto/Random.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <openssl/evp.h>

namespace inkan::session {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr quint64 kScryptR = 8;
constexpr quint64 kScryptP = 1;
constexpr quint64 kMaxScryptN = 1 << 20;

void appendU32(crypto::SecureBytes &out, quint32 value)
{
    const unsigned char bytes[4] = {uchar(value >> 24), uchar(value >> 16), uchar(value >> 8), uchar(value)};
    out.append(QByteArrayView(reinterpret_cast<const char *>(bytes), 4));
}

bool readU32(const crypto::SecureBytes &in, qsizetype &pos, quint32 &value)
{
    if (pos + 4 > in.size())
        return false;
    const unsigned char *p = in.data() + pos;
    value = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    pos += 4;
    return true;
}

Error ioError(const QString &path, const QString &why)
{
    return makeError(ErrorKind::Io, SecretStore::tr("Could not write the secret store %1: %2").arg(QDir::toNativeSeparators(path), why));
}

} // namespace

struct EncryptedFileSecretStore::State {
    QMutex mutex;
    QThreadPool pool; // one thread: file operations are serialized and never on the caller's
    QString path;
    crypto::SecureBytes password;
    quint64 scryptN = 1 << 15;
    QByteArray salt;
    crypto::SecureBytes key;
    QByteArray keySalt;   // the salt and n `key` was derived for: the KDF runs again only when
    quint64 keyN = 0;     // another process rewrote the file with a new salt
    QList<std::pair<QString, crypto::SecureBytes>> entries;

    QByteArray associatedData() const
    {
        return "inkan-secrets-v1|scrypt|" + QByteArray::number(scryptN) + '|' + QByteArray::number(kScryptR) + '|'
            + QByteArray::number(kScryptP) + '|' + salt.toBase64();
    }

    Result<void> deriveKey()
    {
        if (!key.isEmpty() && keySalt == salt && keyN == scryptN)
            return {};
        key = crypto::SecureBytes(kKeyBytes);
        if (EVP_PBE_scrypt(password.constChar(), size_t(password.size()),
                           reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()),
                           scryptN, kScryptR, kScryptP, 512ull * 1024 * 1024, key.data(), kKeyBytes) != 1) {
            key.clear();
            return makeError(ErrorKind::Internal, SecretStore::tr("The key derivation for the secret store failed."));
        }
        keySalt = salt;
        keyN = scryptN;
        return {};
    }

    /// Another inkan process may hold the file: every read-modify-write happens under this
    /// lock, and reads the file again inside it (load() below), so no process writes back an
    /// old snapshot over what another one stored or removed meanwhile.
    Result<std::unique_ptr<QLockFile>> lock()
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto file = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
        file->setStaleLockTime(30000); // operations hold it for milliseconds; a crashed holder's lock is taken over
        if (!file->tryLock(20000))
            return makeError(ErrorKind::Io, SecretStore::tr("The secret store %1 is locked by another Inkan process; try again.")
                                                .arg(QDir::toNativeSeparators(path)));
        return file;
    }

    /// Reads the file as it is now (call under lock()); an absent file is an empty store.
    Result<void> load()
    {
        QFile file(path);
        if (!file.exists()) {
            entries.clear();
            if (salt.isEmpty())
                salt = crypto::randomBytes(16);
            return deriveKey();
        }
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Io, SecretStore::tr("Could not read the secret store %1.").arg(QDir::toNativeSeparators(path)));
        QByteArray contents = file.read(4 * 1024 * 1024);
        const QJsonObject header = QJsonDocument::fromJson(contents).object();
        crypto::wipe(contents);
        const auto malformed = makeError(ErrorKind::Malformed,
            SecretStore::tr("The secret store %1 is damaged; it cannot be read.").arg(QDir::toNativeSeparators(path)));
        if (header.value(QLatin1String("version")).toInt() != 1 || header.value(QLatin1String("kdf")).toString() != QLatin1String("scrypt"))
            return malformed;
        const quint64 n = quint64(header.value(QLatin1String("n")).toDouble());
        if (n < 2 || n > kMaxScryptN || (n & (n - 1)) != 0)
            return malformed;
        scryptN = n;
        salt = QByteArray::fromBase64(header.value(QLatin1String("salt")).toString().toLatin1());
        const QByteArray nonce = QByteArray::fromBase64(header.value(QLatin1String("nonce")).toString().toLatin1());
        const QByteArray sealed = QByteArray::fromBase64(header.value(QLatin1String("ciphertext")).toString().toLatin1());
        if (salt.size() < 16 || nonce.size() != kNonceBytes || sealed.size() < kTagBytes)
            return malformed;
        if (auto derived = deriveKey(); !derived)
            return derived;

        const qsizetype cipherSize = sealed.size() - kTagBytes;
        crypto::SecureBytes plain(cipherSize);
        const QByteArray aad = associatedData();
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        int length = 0;
        bool ok = ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
            && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
            && EVP_DecryptInit_ex(ctx, nullptr, nullptr, key.data(), reinterpret_cast<const unsigned char *>(nonce.constData())) == 1
            && EVP_DecryptUpdate(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size())) == 1
            && EVP_DecryptUpdate(ctx, plain.data(), &length, reinterpret_cast<const unsigned char *>(sealed.constData()), int(cipherSize)) == 1
            && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTagBytes, const_cast<char *>(sealed.constData() + cipherSize)) == 1
            && EVP_DecryptFinal_ex(ctx, plain.data() + length, &length) == 1;
        EVP_CIPHER_CTX_free(ctx);
        if (!ok) {
            key.clear();
            return makeError(ErrorKind::WrongPassword, SecretStore::tr("The password does not unlock the stored secrets."));
        }
        qsizetype pos = 0;
        QList<std::pair<QString, crypto::SecureBytes>> parsed;
        while (pos < plain.size()) {
            quint32 keyLength = 0, valueLength = 0;
            if (!readU32(plain, pos, keyLength) || pos + keyLength > plain.size())
                return malformed;
            const QString name = QString::fromUtf8(plain.constChar() + pos, keyLength);
            pos += keyLength;
            if (!readU32(plain, pos, valueLength) || pos + valueLength > plain.size())
                return malformed;
            parsed.append({name, crypto::SecureBytes(plain.constChar() + pos, valueLength)});
            pos += valueLength;
        }
        entries = std::move(parsed);
        return {};
    }

    Result<void> save()
    {
        crypto::SecureBytes plain;
        for (const auto &[name, value] : entries) {
            const QByteArray nameBytes = name.toUtf8();
            appendU32(plain, quint32(nameBytes.size()));
            plain.append(nameBytes);
            appendU32(plain, quint32(value.size()));
            plain.append(value.view());
        }
        const QByteArray nonce = crypto::randomBytes(kNonceBytes);
        const QByteArray aad = associatedData();
        QByteArray sealed(plain.size() + kTagBytes, '\0');
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        int length = 0, finalLength = 0;
        bool ok = ctx && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
            && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
            && EVP_EncryptInit_ex(ctx, nullptr, nullptr, key.data(), reinterpret_cast<const unsigned char *>(nonce.constData())) == 1
            && EVP_EncryptUpdate(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size())) == 1
            && EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(sealed.data()), &length, plain.data(), int(plain.size())) == 1
            && EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(sealed.data()) + length, &finalLength) == 1
            && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kTagBytes, sealed.data() + plain.size()) == 1;
        EVP_CIPHER_CTX_free(ctx);
        if (!ok)
            return makeError(ErrorKind::Internal, SecretStore::tr("Encrypting the secret store failed."));

        const QJsonObject header{{QStringLiteral("version"), 1},
                                 {QStringLiteral("kdf"), QStringLiteral("scrypt")},
                                 {QStringLiteral("n"), double(scryptN)},
                                 {QStringLiteral("r"), double(kScryptR)},
                                 {QStringLiteral("p"), double(kScryptP)},
                                 {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
                                 {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                                 {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                                 {QStringLiteral("ciphertext"), QString::fromLatin1(sealed.toBase64())}};
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return ioError(path, file.errorString());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QJsonDocument(header).toJson(QJsonDocument::Indented));
        if (!file.commit())
            return ioError(path, file.errorString());
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return {};
    }
};

EncryptedFileSecretStore::EncryptedFileSecretStore(QString path, crypto::SecureBytes password, quint64 scryptN)
    : m_state(std::make_shared<State>())
{
    m_state->path = std::move(path);
    m_state->password = std::move(password);
    m_state->scryptN = scryptN;
    m_state->pool.setMaxThreadCount(1);
}

EncryptedFileSecretStore::~EncryptedFileSecretStore()
{
    m_state->pool.waitForDone();
}

Result<crypto::SecureBytes> EncryptedFileSecretStore::readNow(const QString &key)
{
    QMutexLocker lock(&m_state->mutex);
    auto fileLock = m_state->lock();
    if (!fileLock)
        return fileLock.error();
    if (auto loaded = m_state->load(); !loaded)
        return loaded.error();
    for (const auto &[name, value] : m_state->entries)
        if (name == key)
            return value;
    return makeError(ErrorKind::NotFound, SecretStore::tr("No stored secret named %1.").arg(key));
}

Result<void> EncryptedFileSecretStore::writeNow(const QString &key, const crypto::SecureBytes &secret)
{
    QMutexLocker lock(&m_state->mutex);
    auto fileLock = m_state->lock();
    if (!fileLock)
        return fileLock.error();
    if (auto loaded = m_state->load(); !loaded)
        return loaded;
    auto previous = m_state->entries;
    bool replaced = false;
    for (auto &[name, value] : m_state->entries)
        if (name == key) {
            value = secret;
            replaced = true;
        }
    if (!replaced)
        m_state->entries.append({key, secret});
    auto saved = m_state->save();
    if (!saved)
        m_state->entries = std::move(previous); // memory stays what the disk has
    return saved;
}

Result<void> EncryptedFileSecretStore::removeNow(const QString &key)
{
    QMutexLocker lock(&m_state->mutex);
    if (!QFile::exists(m_state->path))
        return {};
    auto fileLock = m_state->lock();
    if (!fileLock)
        return fileLock.error();
    if (auto loaded = m_state->load(); !loaded)
        return loaded;
    const auto before = m_state->entries.size();
    auto previous = m_state->entries;
    m_state->entries.removeIf([&key](const auto &entry) { return entry.first == key; });
    if (m_state->entries.size() == before)
        return {};
    auto saved = m_state->save();
    if (!saved)
        m_state->entries = std::move(previous);
    return saved;
}

QFuture<Result<crypto::SecureBytes>> EncryptedFileSecretStore::read(const QString &key)
{
    return QtConcurrent::run(&m_state->pool, [this, key] { return readNow(key); });
}

QFuture<Result<void>> EncryptedFileSecretStore::write(const QString &key, const crypto::SecureBytes &secret)
{
    return QtConcurrent::run(&m_state->pool, [this, key, secret] { return writeNow(key, secret); });
}

QFuture<Result<void>> EncryptedFileSecretStore::remove(const QString &key)
{
    return QtConcurrent::run(&m_state->pool, [this, key] { return removeNow(key); });
}

} // namespace inkan::session
