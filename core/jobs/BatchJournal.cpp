// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "jobs/BatchJournal.h"
#include <QCoreApplication>
#include <QMutexLocker>
#include <unistd.h>

namespace inkan::jobs {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(inkan::jobs::BatchMintJob)
};
} // namespace

BatchJournal::BatchJournal(const QString &path)
    : m_lock(path + QStringLiteral(".lock")), m_file(path)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_lock.setStaleLockTime(0); // a lock is stale only when its process is gone
}

BatchJournal::~BatchJournal()
{
    m_pool.waitForDone();
}

Result<std::unique_ptr<BatchJournal>> BatchJournal::open(const QString &path, const QString &batchId, const QByteArray &csvDigest)
{
    std::unique_ptr<BatchJournal> journal(new BatchJournal(path));
    if (!journal->m_lock.tryLock(0)) {
        if (journal->m_lock.error() == QLockFile::LockFailedError)
            return makeError(ErrorKind::InvalidInput,
                Text::tr("Another run of this batch is still going (it holds %1.lock); wait for it to finish.").arg(path));
        return makeError(ErrorKind::Io, Text::tr("Cannot lock the journal %1.").arg(path));
    }
    const bool existed = journal->m_file.exists();
    bool endsMidLine = false;
    if (existed) {
        QFile previous(path);
        if (previous.open(QIODevice::ReadOnly) && previous.size() > 0 && previous.seek(previous.size() - 1)) {
            char last = '\n';
            endsMidLine = previous.getChar(&last) && last != '\n';
        }
    }
    if (!journal->m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return makeError(ErrorKind::Io, Text::tr("Cannot write the journal %1.").arg(path));
    // A kill in the middle of a write leaves half a line: end it, so the next line is whole.
    if (endsMidLine && !journal->writeNow("\n"))
        return makeError(ErrorKind::Io, Text::tr("Cannot write the journal %1.").arg(path));
    if (!existed && !journal->writeNow("inkan-batch-journal\tv1\t" + batchId.toUtf8() + '\t' + csvDigest + '\n'))
        return makeError(ErrorKind::Io, Text::tr("Cannot write the journal %1.").arg(path));
    return journal;
}

bool BatchJournal::writeNow(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size() || !m_file.flush())
        return false;
    return ::fsync(m_file.handle()) == 0;
}

QFuture<bool> BatchJournal::append(QByteArray line)
{
    line.replace('\n', ' ');
    line.append('\n');
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    QFuture<bool> future = promise->future();
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append({std::move(line), promise});
    }
    m_pool.start([this] { flushPending(); });
    return future;
}

QFuture<bool> BatchJournal::drained()
{
    return append(QByteArray()).then([](bool ok) { return ok; });
}

void BatchJournal::flushPending()
{
    QList<std::pair<QByteArray, std::shared_ptr<QPromise<bool>>>> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch = std::exchange(m_pending, {});
    }
    if (batch.isEmpty())
        return; // an earlier flush took these lines
    QByteArray bytes;
    for (const auto &entry : std::as_const(batch))
        if (entry.first != "\n")
            bytes += entry.first;
    const bool ok = !m_broken && (bytes.isEmpty() || writeNow(bytes));
    m_broken = !ok;
    for (const auto &entry : std::as_const(batch)) {
        entry.second->addResult(ok);
        entry.second->finish();
    }
}

} // namespace inkan::jobs
