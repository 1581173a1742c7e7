// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The OS keychain through QtKeychain. The blobs it hands back are moved into SecureBytes and
// the QByteArray copies Inkan owns are wiped.
#include "session/SecretStore.h"
#include <QCoreApplication>
#include <QPromise>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace inkan::session {

namespace {

Error keychainError(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::EntryNotFound)
        return makeError(ErrorKind::NotFound, SecretStore::tr("The keychain has no such entry."));
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser)
        return makeError(ErrorKind::Refused, SecretStore::tr("The keychain refused access: %1").arg(text));
    return makeError(ErrorKind::Io, SecretStore::tr("The keychain failed: %1").arg(text));
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
            // Copied once into a SecureBytes; `data` shares QtKeychain's buffer, which is the
            // job's to free (takeFrom would detach and so make one more copy).
            QByteArray data = job->binaryData();
            crypto::SecureBytes secret{QByteArrayView(data)};
            crypto::wipe(data);
            promise->addResult(Result<crypto::SecureBytes>(std::move(secret)));
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

} // namespace inkan::session
