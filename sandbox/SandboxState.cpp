// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "SandboxState.h"

#include "Secrets.h"
#include "crypto/Random.h"

#include <QDebug>
#include <QDir>

namespace inkan::sandbox {

SandboxState::SandboxState(SandboxOptions options, Worker &worker)
    : m_options(std::move(options)), m_worker(worker),
      m_db(QStringLiteral("inkan-sandbox"))
{
}

QString SandboxState::dataPath(const QString &fileName) const
{
    return QDir(m_options.dataDir).filePath(fileName);
}

Result<void> SandboxState::open()
{
    if (Result<void> opened = m_db.open(dataPath(QStringLiteral("sandbox.sqlite"))); !opened)
        return opened;
    try {
        m_db.begin();
        m_jwtSecret = m_db.setting(QStringLiteral("jwt_secret"));
        if (m_jwtSecret.isEmpty()) {
            m_jwtSecret = crypto::randomBytes(32);
            m_db.setSetting(QStringLiteral("jwt_secret"), m_jwtSecret);
        }
        QByteArray keyBytes = m_db.setting(QStringLiteral("id_token_key"));
        if (keyBytes.isEmpty()) {
            const crypto::PrivateKey fresh = crypto::PrivateKey::generate();
            keyBytes = QByteArray(fresh.bytes().constChar(), fresh.bytes().size());
            m_db.setSetting(QStringLiteral("id_token_key"), keyBytes);
        }
        Result<crypto::PrivateKey> key = crypto::PrivateKey::fromBytes(crypto::SecureBytes::takeFrom(keyBytes));
        if (!key) {
            m_db.rollback();
            return key.error();
        }
        m_idTokenKey = std::move(*key);
        // The key id names the key, so a client that caches the JWKS notices a new one.
        m_idTokenKeyId = secrets::base64Url(secrets::sha256(m_idTokenKey->publicKey()).left(12));
        m_db.commit();
    } catch (const DatabaseError &error) {
        m_db.rollback();
        return makeError(ErrorKind::Io, QString::fromUtf8(error.what()));
    }
    return {};
}

void SandboxState::close()
{
    m_db.close();
}

Result<void> SandboxState::openReader()
{
    auto reader = std::make_unique<Database>(QStringLiteral("inkan-sandbox-reader"));
    if (Result<void> opened = reader->openReadOnly(dataPath(QStringLiteral("sandbox.sqlite"))); !opened)
        return opened;
    m_reader = std::move(reader);
    m_readerThread = QThread::currentThread();
    return {};
}

void SandboxState::closeReader()
{
    m_reader.reset();
    m_readerThread = nullptr;
}

std::optional<SandboxState::VerifiedToken> SandboxState::verifiedToken(const QString &token) const
{
    QMutexLocker lock(&m_tokensLock);
    const auto found = m_tokens.constFind(token);
    if (found == m_tokens.cend())
        return std::nullopt;
    return *found;
}

void SandboxState::rememberToken(const QString &token, const VerifiedToken &verified)
{
    constexpr qsizetype kMaxTokens = 4096;
    QMutexLocker lock(&m_tokensLock);
    if (m_tokens.size() >= kMaxTokens)
        m_tokens.clear(); // the next requests verify their tokens again
    m_tokens.insert(token, verified);
}

qint64 SandboxState::nextBlockNumber()
{
    constexpr qint64 kFirstBlock = 1000000;
    const QByteArray last = m_db.setting(QStringLiteral("last_block_number"));
    const qint64 next = last.isEmpty() ? kFirstBlock : last.toLongLong() + 1;
    m_db.setSetting(QStringLiteral("last_block_number"), QByteArray::number(next));
    return next;
}

void SandboxState::runInBackground(std::function<void(SandboxState &)> job)
{
    m_worker.post([this, job = std::move(job)] {
        if (!m_db.isOpen())
            return;
        try {
            m_db.begin();
            job(*this);
            m_db.commit();
        } catch (const std::exception &error) {
            m_db.rollback();
            qWarning().noquote() << "background job failed:" << error.what();
        }
    });
}

} // namespace inkan::sandbox
