// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The base of every long user action (Kleopatra style): sign in, mint a batch, import users,
// show a verification code and wait for the scan. A command starts on the next event-loop
// turn (so the caller can connect first), reports progress and steps, can be cancelled, and
// ends exactly once with succeeded() or failed(ApiError), then finished(). The service jobs it
// runs are tracked: cancelling or destroying the command cancels them, and their callbacks
// never run on a dead command (every connection has the command as its context).
#include "net/ApiError.h"
#include "net/ApiJob.h"
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <functional>
#include <memory>
#include <optional>

namespace inkan {

class Command : public QObject {
    Q_OBJECT
public:
    enum class State { Ready, Running, Succeeded, Failed };
    Q_ENUM(State)

    ~Command() override;

    /// Runs run() on the next event-loop turn; a second call does nothing.
    void start();
    /// Stops the command. By default it ends at once with Cause::Cancelled and its jobs are
    /// cancelled; a command that must first settle work in flight overrides onCancel().
    void cancel();

    State state() const { return m_state; }
    bool isStarted() const { return m_state != State::Ready; }
    bool isFinished() const { return m_state == State::Succeeded || m_state == State::Failed; }
    bool isCancelRequested() const { return m_cancelRequested; }
    /// Set once failed() was emitted.
    const std::optional<net::ApiError> &error() const { return m_error; }
    /// Finished with the outcome (an Error keeps the cause and the HTTP status).
    QFuture<Result<void>> future() const { return m_future; }

Q_SIGNALS:
    void stepChanged(const QString &description);
    void progress(qint64 done, qint64 total);
    void succeeded();
    void failed(const inkan::net::ApiError &error);
    void finished();

protected:
    explicit Command(QObject *parent = nullptr);
    virtual void run() = 0;
    /// Called once by cancel() while running. The default fails at once with Cancelled.
    virtual void onCancel();

    void setStep(const QString &description) { Q_EMIT stepChanged(description); }
    void reportProgress(qint64 done, qint64 total) { Q_EMIT progress(done, total); }
    void succeed();
    void fail(const net::ApiError &error);

    /// Tracks `job` (cancelled with the command) and hands its value to `next`; a failure
    /// fails the command unless `onFailure` takes it. Nothing runs once the command finished.
    template <typename T>
    void then(net::RequestJob<T> *job, std::function<void(const T &)> next,
              std::function<void(const net::ApiError &)> onFailure = {})
    {
        track(job);
        if (isFinished())
            return;
        connect(job, &net::ApiJob::failed, this, [this, onFailure](const net::ApiError &e) {
            if (isFinished())
                return;
            if (onFailure)
                onFailure(e);
            else
                fail(e);
        });
        connect(job, &net::ApiJob::succeeded, this, [this, job, next] {
            if (!isFinished())
                next(*job->value());
        });
    }
    /// Runs `next` with the future's result on this command's thread, unless it has finished.
    template <typename T>
    void whenReady(QFuture<T> future, std::function<void(const T &)> next)
    {
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, next] {
            watcher->deleteLater();
            if (!isFinished())
                next(watcher->result());
        });
        watcher->setFuture(future);
    }
    /// Cancels the job when the command is cancelled or destroyed, or finishes first.
    void track(net::ApiJob *job);
    /// Cancels every tracked job that is still running.
    void cancelJobs();

private:
    void settle();

    State m_state = State::Ready;
    bool m_cancelRequested = false;
    std::optional<net::ApiError> m_error;
    QList<QPointer<net::ApiJob>> m_jobs;
    QFuture<Result<void>> m_future;
    std::shared_ptr<QPromise<Result<void>>> m_promise;
};

} // namespace inkan
