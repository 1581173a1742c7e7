// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// What the integration tests expect of a client call's ApiResult: ok() gives the value or ends
// the test with the error's message; failure() gives the error.
#include "crypto/SecureBytes.h"
#include "net/ApiJob.h"

#include <QtGlobal>
#include <variant>

namespace inkan::test {

template <typename T>
T ok(net::ApiResult<T> outcome, const char *what)
{
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        qFatal("%s failed: %s", what, qPrintable(e->toError().message));
    return std::get<T>(std::move(outcome));
}

template <typename T>
net::ApiError failure(net::ApiResult<T> outcome)
{
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return *e;
    return net::ApiError::fromError(makeError(ErrorKind::Internal, QStringLiteral("unexpected success")));
}

inline crypto::SecureBytes bytes(const QString &text) { return crypto::SecureBytes(text.toUtf8()); }

} // namespace inkan::test
