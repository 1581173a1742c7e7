// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "net/ApiError.h"

namespace inkan::net {

Error ApiError::toError() const
{
    QString text = userMessage;
    if (!serverMessage.isEmpty() && cause == Cause::Http)
        text += QLatin1Char(' ') + tr("The service said: %1").arg(serverMessage.left(300));
    return Error{kind, text, cause, httpStatus};
}

ApiError ApiError::fromHttpStatus(int status, const QString &serverMessage)
{
    ApiError e;
    e.cause = Cause::Http;
    e.httpStatus = status;
    e.serverMessage = serverMessage;
    switch (status) {
    case 400:
    case 422:
        e.kind = ErrorKind::InvalidInput;
        e.userMessage = tr("The service refused the request as invalid; check what you entered.");
        break;
    case 401:
        e.kind = ErrorKind::Refused;
        e.userMessage = tr("The service did not accept your credentials; sign in again.");
        break;
    case 403:
        e.kind = ErrorKind::Refused;
        e.userMessage = tr("This account is not allowed to do that.");
        break;
    case 404:
        e.kind = ErrorKind::NotFound;
        e.userMessage = tr("The service has nothing by that name or id that you may see.");
        break;
    case 409:
        e.kind = ErrorKind::InvalidInput;
        e.userMessage = tr("The request conflicts with what the service already has (it may have been done already).");
        break;
    case 410:
        e.kind = ErrorKind::InvalidInput;
        e.userMessage = tr("That code or token has expired; start again.");
        break;
    case 413:
        e.kind = ErrorKind::InvalidInput;
        e.userMessage = tr("The request is too large for the service.");
        break;
    case 429:
        e.kind = ErrorKind::Network;
        e.userMessage = tr("The service is receiving too many requests; wait a moment and try again.");
        break;
    default:
        if (status >= 500) {
            e.kind = ErrorKind::Network;
            e.userMessage = tr("The service had an internal error (HTTP %1); try again later.").arg(status);
        } else if (status >= 400) {
            e.kind = ErrorKind::InvalidInput;
            e.userMessage = tr("The service refused the request (HTTP %1).").arg(status);
        } else {
            e.kind = ErrorKind::Network;
            e.userMessage = tr("The service answered with an unexpected HTTP status %1.").arg(status);
        }
    }
    return e;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError error, const QString &detail)
{
    ApiError e;
    e.kind = ErrorKind::Network;
    e.serverMessage = detail;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        e.cause = Cause::ConnectionRefused;
        e.userMessage = tr("Could not connect to the service: nothing is listening there. Is it running?");
        break;
    case QNetworkReply::HostNotFoundError:
        e.cause = Cause::HostNotFound;
        e.userMessage = tr("The service's host name could not be found; check the address and your connection.");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        e.cause = Cause::Timeout;
        e.userMessage = tr("The service did not answer in time; try again later.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        e.cause = Cause::Tls;
        e.userMessage = detail.isEmpty()
            ? tr("The secure connection to the service failed; its certificate could not be trusted.")
            : tr("The secure connection to the service failed: %1").arg(detail);
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.cause = Cause::Network;
        e.userMessage = tr("The service closed the connection before answering; try again.");
        break;
    default:
        e.cause = Cause::Network;
        e.userMessage = tr("The network request failed; check your connection and try again.");
    }
    return e;
}

ApiError ApiError::badReply(const QString &detail)
{
    ApiError e;
    e.kind = ErrorKind::Network;
    e.cause = Cause::BadReply;
    e.serverMessage = detail;
    e.userMessage = tr("The service sent an answer Inkan cannot read (%1).").arg(detail);
    return e;
}

ApiError ApiError::tooLarge(qint64 capBytes)
{
    ApiError e;
    e.kind = ErrorKind::Network;
    e.cause = Cause::TooLarge;
    e.userMessage = tr("The service's answer is larger than the %1 MiB limit; it was stopped.")
                        .arg(double(capBytes) / (1024.0 * 1024.0), 0, 'g', 3);
    return e;
}

ApiError ApiError::timeout()
{
    return fromNetworkError(QNetworkReply::TimeoutError);
}

ApiError ApiError::insecure(const QString &host)
{
    ApiError e;
    e.kind = ErrorKind::InvalidInput;
    e.cause = Cause::Insecure;
    e.userMessage = tr("Refusing plain http:// to %1: only loopback addresses may be used without https.").arg(host);
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = ErrorKind::Cancelled;
    e.cause = Cause::Cancelled;
    e.userMessage = tr("Cancelled.");
    return e;
}

ApiError ApiError::signatureRefused(const QString &reason)
{
    ApiError e;
    e.kind = ErrorKind::Refused;
    e.cause = Cause::SignatureRefused;
    e.userMessage = reason.isEmpty() ? tr("The signature was refused, so nothing was sent.") : reason;
    return e;
}

ApiError ApiError::fromError(const Error &error)
{
    ApiError e;
    e.kind = error.kind;
    // An Error that came from an ApiError keeps what it was; a local one is Local.
    e.cause = error.cause != ErrorCause::None ? error.cause
        : error.kind == ErrorKind::Cancelled  ? Cause::Cancelled
                                              : Cause::Local;
    e.httpStatus = error.httpStatus;
    e.userMessage = error.message;
    return e;
}

} // namespace inkan::net
