// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The blocking conveniences: each runs a local QEventLoop until something asynchronous has
// finished. They re-enter the event loop, so they are for inkan-cli and the tests only; a GUI
// connects to signals or chains futures with a context object instead. tst_blocking_header
// fails if a file outside app/cli and tests/ includes this header.
#include "Error.h"
#include "commands/Command.h"
#include "net/ApiJob.h"
#include "services/SignInFlow.h"
#include "session/SecretStore.h"
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace inkan {

/// Waits for a future while running the event loop.
template <typename T>
T waitFor(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

/// Starts the command when it has not started, and waits until it has finished.
inline Result<void> awaitCommand(Command *command)
{
    if (!command->isFinished()) {
        QEventLoop loop;
        QObject::connect(command, &Command::finished, &loop, &QEventLoop::quit);
        command->start();
        if (!command->isFinished())
            loop.exec();
    }
    if (command->error())
        return command->error()->toError();
    return {};
}

namespace net {

/// Waits until the job finishes; its value or its ApiError.
template <typename Job, typename T = typename Job::ValueType>
ApiResult<T> await(Job *job)
{
    std::optional<ApiResult<T>> outcome;
    if (job->isFinished()) {
        if (job->error())
            return *job->error();
        return *job->value();
    }
    QEventLoop loop;
    QObject::connect(job, &ApiJob::succeeded, &loop, [&] { outcome.emplace(*job->value()); });
    QObject::connect(job, &ApiJob::failed, &loop, [&](const ApiError &e) { outcome.emplace(e); });
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return std::move(*outcome);
}

} // namespace net

namespace services {

/// Runs the flow to its end; what it signed in with, or why not.
inline Result<SignInResult> awaitFlow(SignInFlow *flow)
{
    if (auto done = awaitCommand(flow); !done)
        return done.error();
    return flow->result();
}

} // namespace services

namespace session {

using inkan::waitFor;

/// Opens the secret store, answering a password request from a plain function.
inline Result<std::shared_ptr<SecretStore>> openSecretStore(const SecretStoreOptions &options,
                                                            std::function<Result<crypto::SecureBytes>()> password)
{
    return waitFor(openSecretStoreAsync(options, [password](auto answer) { answer(password()); }));
}

/// Whether an OS keychain answers within the timeout.
inline bool keychainAvailable(int timeoutMs) { return waitFor(KeychainSecretStore::probe(timeoutMs)); }

} // namespace session

} // namespace inkan
