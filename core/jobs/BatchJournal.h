// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The journal of a batch mint: one line per event ("<row>\tsending", "<row>\tdone\t<token>",
// "<row>\tfailed\t<why>", "<row>\timported\t<e-mail>\t<address>") after a header naming the
// batch and the CSV's digest. Lines are written and fsync'd on the journal's own thread, in
// the order they were queued; lines queued while an fsync runs share the next one, so the
// thread that runs the batch never waits on the disk. A "sending" line is on disk before its
// request goes out: the caller waits for append()'s future first.
//
// The journal is locked (QLockFile "<journal>.lock") while open, so a second run of the same
// CSV refuses to start instead of minting every row again. A lock left by a killed run is
// taken over, since its process is gone.
#include "Error.h"
#include <QFile>
#include <QFuture>
#include <QLockFile>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace inkan::jobs {

class BatchJournal {
public:
    ~BatchJournal();
    BatchJournal(const BatchJournal &) = delete;
    BatchJournal &operator=(const BatchJournal &) = delete;

    /// Locks and opens `path` for appending, writing the header when it is new (and ending a
    /// line a kill cut short). Blocking: call on a worker thread.
    static Result<std::unique_ptr<BatchJournal>> open(const QString &path, const QString &batchId, const QByteArray &csvDigest);

    QString path() const { return m_file.fileName(); }
    /// Queues one line (newlines in it become spaces). The future says whether it reached the
    /// disk; once one write failed, every later one fails too.
    QFuture<bool> append(QByteArray line);
    /// Finished once every line queued so far is on disk (or failed).
    QFuture<bool> drained();

private:
    explicit BatchJournal(const QString &path);
    bool writeNow(const QByteArray &bytes);
    void flushPending();

    QLockFile m_lock;
    QFile m_file;
    QMutex m_mutex;
    QList<std::pair<QByteArray, std::shared_ptr<QPromise<bool>>>> m_pending;
    bool m_broken = false;
    QThreadPool m_pool; // one thread: lines reach the file in order; declared last, so it is
                        // waited for before the file closes
};

} // namespace inkan::jobs
