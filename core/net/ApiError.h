// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The one error type of every network call: what kind of failure (the CLI's exit code and the
// caller's branch), the HTTP status when there was one, what the server said, and one sentence
// the user can act on. All mapping from HTTP statuses and QNetworkReply errors lives here.
#include "Error.h"
#include <QCoreApplication>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace inkan::net {

struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    /// Why the call failed (core/Error.h); kept when the ApiError becomes an Error.
    using Cause = ErrorCause;

    ErrorKind kind = ErrorKind::Network;
    Cause cause = Cause::Network;
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    QString serverMessage;    // the service's own words, untranslated, may be empty
    QString userMessage;      // one translated sentence

    /// userMessage, followed by the server's words when it said something; keeps kind, cause
    /// and HTTP status.
    Error toError() const;
    operator Error() const { return toError(); }

    static ApiError fromHttpStatus(int status, const QString &serverMessage = {});
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &detail = {});
    static ApiError badReply(const QString &detail);
    static ApiError tooLarge(qint64 capBytes);
    static ApiError timeout();
    static ApiError insecure(const QString &host);
    static ApiError cancelled();
    static ApiError signatureRefused(const QString &reason);
    /// Wraps a local failure (e.g. a key that would not unlock) keeping its kind and sentence.
    static ApiError fromError(const Error &error);
};

} // namespace inkan::net

Q_DECLARE_METATYPE(inkan::net::ApiError)
