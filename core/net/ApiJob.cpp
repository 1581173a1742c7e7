// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "net/ApiJob.h"

namespace inkan::net {

void StaticCredential::obtain(bool, QObject *, std::function<void(CredentialOutcome)> done)
{
    if (m_token.isEmpty()) {
        ApiError e = ApiError::fromHttpStatus(401);
        e.cause = ApiError::Cause::Local;
        e.userMessage = ApiError::tr("You are not signed in to this service; sign in first.");
        done(e);
        return;
    }
    done(m_token);
}

ApiJob::ApiJob(ServiceContext context, ApiRequest request)
    : QObject(context.transport), m_context(std::move(context)), m_request(std::move(request))
{
    QMetaObject::invokeMethod(this, &ApiJob::start, Qt::QueuedConnection);
}

ApiJob::~ApiJob()
{
    if (m_call)
        m_call->deleteLater();
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_call)
        m_call->cancel();
    else
        finish(ApiError::cancelled());
}

void ApiJob::start()
{
    if (m_finished || m_aborted)
        return;
    if (m_rejection)
        return finish(m_rejection);
    if (!m_context.transport)
        return finish(ApiError::fromError(makeError(ErrorKind::Internal, ApiError::tr("The network layer is gone."))));
    send(false);
}

void ApiJob::send(bool afterRefresh)
{
    QPointer<ApiJob> self(this);
    auto dispatch = [self, this, afterRefresh](CredentialOutcome outcome) {
        if (!self || m_finished || m_aborted)
            return;
        if (auto *e = std::get_if<ApiError>(&outcome)) {
            if (e->httpStatus == 401 && e->cause == ApiError::Cause::Http)
                reportRejected(); // the service refused to refresh the credential
            return finish(*e);
        }
        m_call = m_context.transport->send(m_context.endpoint, m_request, std::get<crypto::SecureBytes>(outcome));
        connect(m_call, &PendingCall::progress, this, &ApiJob::progress);
        connect(m_call, &PendingCall::finished, this, [this, afterRefresh] { onCallFinished(afterRefresh); });
    };
    if (m_request.authenticated && m_context.credentials)
        m_context.credentials->obtain(afterRefresh, this, dispatch);
    else
        dispatch(crypto::SecureBytes());
}

void ApiJob::onCallFinished(bool afterRefresh)
{
    PendingCall *call = m_call;
    m_call = nullptr;
    const ReplyOrError outcome = call->outcome();
    call->deleteLater();
    if (const auto *e = std::get_if<ApiError>(&outcome)) {
        // An expired or revoked token gets one transparent refresh, never more.
        if (e->httpStatus == 401 && !afterRefresh && m_request.authenticated && m_context.credentials
            && m_context.credentials->canRefresh() && !m_aborted) {
            send(true);
            return;
        }
        if (e->httpStatus == 401 && m_request.authenticated)
            reportRejected();
        const bool uncertain = e->cause == ApiError::Cause::Timeout || e->cause == ApiError::Cause::Network;
        if (uncertain && !m_aborted && !m_request.isIdempotent() && recoverUncertainOutcome(*e))
            return;
        return finish(*e);
    }
    finish(accept(std::get<HttpReply>(outcome)));
}

void ApiJob::reportRejected()
{
    if (m_context.credentials && m_context.credentials->onRejected)
        m_context.credentials->onRejected();
}

void ApiJob::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    settle(error);
    if (error)
        Q_EMIT failed(*error);
    else
        Q_EMIT succeeded();
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace inkan::net
