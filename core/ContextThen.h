// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// QFuture::then(context, f) for Qt 6.4 without its trap: there, a continuation whose context
// object was destroyed first runs into Q_ASSERT(context) (debug builds), e.g. when a window or
// the hub goes away with a request in flight. thenOn() runs `f` with the future's value on the
// context's thread through a QFutureWatcher owned by the context: once the context is gone, `f`
// never runs and the returned future is cancelled.
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <memory>
#include <type_traits>

namespace inkan {

template <typename T, typename F>
auto thenOn(QObject *context, QFuture<T> future, F f)
{
    using R = typename decltype([] {
        if constexpr (std::is_void_v<T>)
            return std::type_identity<std::invoke_result_t<F>>();
        else
            return std::type_identity<std::invoke_result_t<F, T>>();
    }())::type;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> next = promise->future();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, promise, f = std::move(f)]() mutable {
        watcher->deleteLater();
        bool empty = false;
        if constexpr (!std::is_void_v<T>)
            empty = watcher->future().resultCount() == 0;
        if (watcher->isCanceled() || empty) {
            promise->future().cancel();
            promise->finish();
            return;
        }
        if constexpr (std::is_void_v<T> && std::is_void_v<R>)
            f();
        else if constexpr (std::is_void_v<T>)
            promise->addResult(f());
        else if constexpr (std::is_void_v<R>)
            f(watcher->result());
        else
            promise->addResult(f(watcher->result()));
        promise->finish();
    });
    watcher->setFuture(std::move(future));
    return next;
}

} // namespace inkan
