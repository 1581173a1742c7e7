// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Takes a QFuture's result back on the GUI thread for a widget, without waiting on it: a
// QFutureWatcher that is the context's child, so a result that arrives after the widget is gone
// is dropped (QFuture::then(context) asserts in Qt 6.4 when the context died first). A cancelled
// future delivers nothing.
#include <QFutureWatcher>
#include <QObject>

namespace inkan::ui {

template <typename T, typename F>
QFutureWatcher<T> *onResult(QObject *context, QFuture<T> future, F handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, handler = std::move(handler)]() mutable {
        watcher->deleteLater();
        if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
            handler(watcher->result());
    });
    watcher->setFuture(std::move(future));
    return watcher;
}

} // namespace inkan::ui
