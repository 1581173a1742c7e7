#include "session/SecretStore.h"
#include "crypto/Random.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <openssl/evp.h>
#include <qt6keychain/keychain.h>

namespace inkan::session {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

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
    return makeError(ErrorKind::Io, Text::tr("Could not write the secret store %1: %2").arg(QDir::toNativeSeparators(path), why));
}

} // namespace

// ---------------------------------------------------------------------------------------------

struct EncryptedFileSecretStore::State {
    QMutex mutex;
    QThreadPool pool; // one thread: file operations are serialized and never on the caller's
    QString path;
    crypto::SecureBytes password;
    quint64 scryptN = 1 << 15;
    bool loaded = false;
    QByteArray salt;
    crypto::SecureBytes key;
    QList<std::pair<QString, crypto::SecureBytes>> entries;

    QByteArray associatedData() const
    {
        return "inkan-secrets-v1|scrypt|" + QByteArray::number(scryptN) + '|' + QByteArray::number(kScryptR) + '|'
            + QByteArray::number(kScryptP) + '|' + salt.toBase64();
    }

    Result<void> deriveKey()
    {
        key = crypto::SecureBytes(kKeyBytes);
        if (EVP_PBE_scrypt(password.constChar(), size_t(password.size()),
                           reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()),
                           scryptN, kScryptR, kScryptP, 512ull * 1024 * 1024, key.data(), kKeyBytes) != 1) {
            key.clear();
            return makeError(ErrorKind::Internal, Text::tr("The key derivation for the secret store failed."));
        }
        return {};
    }

    Result<void> load()
    {
        if (loaded)
            return {};
        QFile file(path);
        if (!file.exists()) {
            salt = crypto::randomBytes(16);
            if (auto derived = deriveKey(); !derived)
                return derived;
            loaded = true;
            return {};
        }
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Io, Text::tr("Could not read the secret store %1.").arg(QDir::toNativeSeparators(path)));
        const QJsonObject header = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
        const auto malformed = makeError(ErrorKind::Malformed,
            Text::tr("The secret store %1 is damaged; it cannot be read.").arg(QDir::toNativeSeparators(path)));
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
            return makeError(ErrorKind::WrongPassword, Text::tr("The password does not unlock the stored secrets."));
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
        loaded = true;
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
            return makeError(ErrorKind::Internal, Text::tr("Encrypting the secret store failed."));

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
    if (auto loaded = m_state->load(); !loaded)
        return loaded.error();
    for (const auto &[name, value] : m_state->entries)
        if (name == key)
            return value;
    return makeError(ErrorKind::NotFound, Text::tr("No stored secret named %1.").arg(key));
}

Result<void> EncryptedFileSecretStore::writeNow(const QString &key, const crypto::SecureBytes &secret)
{
    QMutexLocker lock(&m_state->mutex);
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
    if (!QFile::exists(m_state->path) && !m_state->loaded)
        return {};
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

// ---------------------------------------------------------------------------------------------

namespace {

Error keychainError(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::EntryNotFound)
        return makeError(ErrorKind::NotFound, Text::tr("The keychain has no such entry."));
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser)
        return makeError(ErrorKind::Refused, Text::tr("The keychain refused access: %1").arg(text));
    return makeError(ErrorKind::Io, Text::tr("The keychain failed: %1").arg(text));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName) : m_service(std::move(serviceName)) {}

QFuture<Result<crypto::SecureBytes>> KeychainSecretStore::read(const QString &key)
{
    auto promise = std::make_shared<QPromise<Result<crypto::SecureBytes>>>();
    promise->start();
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job] {
        if (job->error() != QKeychain::NoError) {
            promise->addResult(Result<crypto::SecureBytes>(keychainError(job->error(), job->errorString())));
        } else {
            QByteArray data = job->binaryData();
            promise->addResult(Result<crypto::SecureBytes>(crypto::SecureBytes::takeFrom(data)));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Result<void>> KeychainSecretStore::write(const QString &key, const crypto::SecureBytes &secret)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(QByteArray(secret.constChar(), secret.size()));
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job] {
        promise->addResult(job->error() == QKeychain::NoError ? Result<void>()
                                                               : Result<void>(keychainError(job->error(), job->errorString())));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<Result<void>> KeychainSecretStore::remove(const QString &key)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        promise->addResult(ok ? Result<void>() : Result<void>(keychainError(job->error(), job->errorString())));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<bool> KeychainSecretStore::probe(int timeoutMs)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Without a session bus every keychain backend would wait for D-Bus: do not even try.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QtFuture::makeReadyFuture(false);
#endif
    auto promise = std::make_shared<QPromise<bool>>();
    auto settled = std::make_shared<bool>(false);
    promise->start();
    const auto settle = [promise, settled](bool usable) {
        if (*settled)
            return;
        *settled = true;
        promise->addResult(usable);
        promise->finish();
    };
    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("Inkan"));
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("inkan-keychain-probe"));
    QObject::connect(job, &QKeychain::Job::finished, job, [job, settle] {
        settle(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound);
    });
    // A keychain that does not answer in time counts as absent (the job is left to finish).
    QTimer::singleShot(timeoutMs, job, [settle] { settle(false); });
    job->start();
    return promise->future();
}

namespace {

using Opened = Result<std::shared_ptr<SecretStore>>;

/// Asks for the password, then opens the file store; `done` gets the outcome.
void openFileStore(const SecretStoreOptions &options, const PasswordSource &password, std::function<void(Opened)> done)
{
    password([options, done](Result<crypto::SecureBytes> pw) {
        if (!pw)
            return done(pw.error());
        if (pw->isEmpty())
            return done(makeError(ErrorKind::InvalidInput, Text::tr("An empty password cannot protect the stored secrets.")));
        done(std::shared_ptr<SecretStore>(std::make_shared<EncryptedFileSecretStore>(
            QDir(options.dataDir).filePath(QStringLiteral("secrets.inkan")), std::move(*pw), options.scryptN)));
    });
}

} // namespace

QFuture<Result<std::shared_ptr<SecretStore>>> openSecretStoreAsync(const SecretStoreOptions &options, PasswordSource password)
{
    auto promise = std::make_shared<QPromise<Opened>>();
    promise->start();
    QFuture<Opened> future = promise->future();
    // The password may be answered later, or never (a dialog left open): the promise is
    // settled once, whichever comes first; a late second answer is ignored.
    auto settle = [promise](Opened opened) {
        if (promise->future().isFinished())
            return;
        promise->addResult(std::move(opened));
        promise->finish();
    };
    QString preferred = options.preferred;
    if (preferred == QLatin1String("auto")) {
        const QString forced = qEnvironmentVariable("INKAN_SECRET_BACKEND");
        if (!forced.isEmpty())
            preferred = forced;
    }
    if (preferred == QLatin1String("file")) {
        openFileStore(options, password, settle);
        return future;
    }
    // Runs where the probe is settled: on this thread (its event loop), or at once without a bus.
    KeychainSecretStore::probe(options.keychainProbeTimeoutMs).then([options, password, preferred, settle](bool keychain) {
        if (keychain)
            return settle(std::shared_ptr<SecretStore>(std::make_shared<KeychainSecretStore>()));
        if (preferred == QLatin1String("keychain"))
            return settle(makeError(ErrorKind::Io, Text::tr("No OS keychain is running, and the secrets of this account are kept there.")));
        openFileStore(options, password, settle);
    });
    return future;
}

} // namespace inkan::session
