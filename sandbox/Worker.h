// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The sandbox's one worker thread. It owns the SQLite connection; jobs run on it one at a time,
// in order, which makes every request's transaction serializable without lock retries.
// (A QThreadPool would not do: waiting on a QtConcurrent future may run the job on the waiting
// thread, away from the connection.)
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace inkan::sandbox {

class Worker {
public:
    Worker();
    ~Worker();
    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

    /// Queues `job`; it is dropped if the worker stops before reaching it.
    void post(std::function<void()> job);

    /// Queues `job` and returns a future of its result (never run on the calling thread).
    template <typename Function>
    auto run(Function job) -> QFuture<std::invoke_result_t<Function>>
    {
        using R = std::invoke_result_t<Function>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([promise, job = std::move(job)]() mutable {
            if constexpr (std::is_void_v<R>)
                job();
            else
                promise->addResult(job());
            promise->finish();
        });
        return future;
    }

    /// Drops queued jobs from now on and waits for the one running; `last` still runs, after it.
    void stop(std::function<void()> last);

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread: queued calls on it run there
    std::atomic_bool m_stopping = false;
};

} // namespace inkan::sandbox
