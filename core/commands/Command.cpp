// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "commands/Command.h"
#include <QPromise>

namespace inkan {

Command::Command(QObject *parent)
    : QObject(parent), m_promise(std::make_shared<QPromise<Result<void>>>())
{
    m_promise->start();
    m_future = m_promise->future();
}

Command::~Command()
{
    // The derived part is gone already: no job callback may reach it.
    for (const auto &job : std::as_const(m_jobs))
        if (job)
            job->disconnect(this);
    cancelJobs();
    if (!isFinished()) {
        m_promise->addResult(Result<void>(net::ApiError::cancelled().toError()));
        m_promise->finish();
    }
}

void Command::start()
{
    if (m_state != State::Ready)
        return;
    m_state = State::Running;
    QMetaObject::invokeMethod(this, [this] {
        if (!isFinished())
            run();
    }, Qt::QueuedConnection);
}

void Command::cancel()
{
    if (isFinished() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_state == State::Ready) { // never started: nothing to settle
        m_state = State::Running;
        return fail(net::ApiError::cancelled());
    }
    onCancel();
}

void Command::onCancel()
{
    cancelJobs();
    fail(net::ApiError::cancelled());
}

void Command::track(net::ApiJob *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
    if (isFinished())
        job->cancel();
}

void Command::cancelJobs()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const auto &job : jobs)
        if (job && !job->isFinished())
            job->cancel();
}

void Command::succeed()
{
    if (isFinished())
        return;
    m_state = State::Succeeded;
    settle();
    Q_EMIT succeeded();
    Q_EMIT finished();
}

void Command::fail(const net::ApiError &error)
{
    if (isFinished())
        return;
    m_state = State::Failed;
    m_error = error;
    settle();
    cancelJobs();
    Q_EMIT failed(error);
    Q_EMIT finished();
}

void Command::settle()
{
    m_promise->addResult(m_error ? Result<void>(m_error->toError()) : Result<void>());
    m_promise->finish();
}

} // namespace inkan
