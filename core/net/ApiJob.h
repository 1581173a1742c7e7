// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The one asynchronous style of the code base (libQuotient-like): one job object per call.
// A job owns its verb, path, query, body and auth; it fetches the credential, sends through
// HttpTransport, retries once with a refreshed credential after a 401 when the credential
// source can refresh, and maps every failure to an ApiError. A caller either connects to the
// signals (finished / succeeded / failed / progress) or takes future(), a QFuture<Result<T>>.
// Jobs start on the next event-loop turn (so callers can connect first) and delete themselves
// after finished() unless setAutoDelete(false).
#include "Error.h"
#include "crypto/SecureBytes.h"
#include "net/ApiError.h"
#include "net/HttpTransport.h"
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace inkan::net {

template <typename T>
using ApiResult = std::variant<T, ApiError>;

using CredentialOutcome = std::variant<crypto::SecureBytes, ApiError>;

/// Where a job gets the token for its service's auth header.
class CredentialSource {
public:
    virtual ~CredentialSource() = default;
    /// Calls `done` once, possibly later on `context`'s thread. `forceRefresh` after a 401.
    virtual void obtain(bool forceRefresh, QObject *context, std::function<void(CredentialOutcome)> done) = 0;
    /// True when obtain(true) may produce a different, fresh credential.
    virtual bool canRefresh() const { return false; }
    /// Called when the service refused the credential for good: a 401 that no refresh cured.
    /// Set by the client that owns the credential (to say that the account is signed out).
    std::function<void()> onRejected;
};

/// A fixed token (Capture's auth_token, nonce-auth's JWT, Pakt's builder token, OIDC tokens).
class StaticCredential : public CredentialSource {
public:
    StaticCredential() = default;
    explicit StaticCredential(crypto::SecureBytes token) : m_token(std::move(token)) {}
    void setToken(crypto::SecureBytes token) { m_token = std::move(token); }
    const crypto::SecureBytes &token() const { return m_token; }
    void obtain(bool, QObject *, std::function<void(CredentialOutcome)> done) override;

private:
    crypto::SecureBytes m_token;
};

/// What a client hands each of its jobs.
struct ServiceContext {
    QPointer<HttpTransport> transport;
    ServiceEndpoint endpoint;
    std::shared_ptr<CredentialSource> credentials; // may be null for unauthenticated services
};

class ApiJob : public QObject {
    Q_OBJECT
public:
    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    const std::optional<ApiError> &error() const { return m_error; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    /// Stops the request; the job fails with Cause::Cancelled.
    void cancel();
    /// Makes the job fail with `error` instead of sending (a client found bad input). Only
    /// before the job has started, i.e. in the call that created it.
    void rejectBeforeSending(const ApiError &error) { m_rejection = error; }

Q_SIGNALS:
    void finished();
    void succeeded();
    void failed(const inkan::net::ApiError &error);
    void progress(qint64 done, qint64 total);

protected:
    ApiJob(ServiceContext context, ApiRequest request);
    /// Parses a successful reply and keeps the value; returns the error when it does not parse.
    virtual std::optional<ApiError> accept(const HttpReply &reply) = 0;
    /// Called once with the final outcome, before the signals, to fulfil the future.
    virtual void settle(const std::optional<ApiError> &error) = 0;
    /// A request that must not be repeated failed in a way that leaves it unknown whether the
    /// server applied it (a timeout, a connection lost after sending). Return true to find out
    /// instead of failing; the job then ends through finishRecovered(). Default: fail.
    virtual bool recoverUncertainOutcome(const ApiError &) { return false; }
    void finishRecovered(std::optional<ApiError> error) { finish(std::move(error)); }

private:
    void start();
    void send(bool afterRefresh);
    void onCallFinished(bool afterRefresh);
    void finish(std::optional<ApiError> error);
    void reportRejected();

    ServiceContext m_context;
    ApiRequest m_request;
    QPointer<PendingCall> m_call;
    std::optional<ApiError> m_error;
    std::optional<ApiError> m_rejection;
    bool m_finished = false;
    bool m_aborted = false;
    bool m_autoDelete = true;
};

/// A job with a typed result, parsed by a plain function (also used by the fuzzers).
template <typename T>
class RequestJob : public ApiJob {
public:
    using ValueType = T;
    using Parser = std::function<ApiResult<T>(const HttpReply &)>;

    RequestJob(ServiceContext context, ApiRequest request, Parser parser)
        : ApiJob(std::move(context), std::move(request)), m_parser(std::move(parser))
    {
        m_promise.start();
    }
    ~RequestJob() override
    {
        if (!m_settled) {
            m_promise.addResult(Result<T>(ApiError::cancelled().toError()));
            m_promise.finish();
        }
    }

    QFuture<Result<T>> future() { return m_promise.future(); }
    /// The parsed value once succeeded() was emitted.
    const std::optional<T> &value() const { return m_value; }

protected:
    /// Ends a recovered job with `value` (see recoverUncertainOutcome).
    void succeedWith(T value)
    {
        m_value = std::move(value);
        finishRecovered(std::nullopt);
    }
    std::optional<ApiError> accept(const HttpReply &reply) override
    {
        ApiResult<T> parsed = m_parser(reply);
        if (auto *e = std::get_if<ApiError>(&parsed))
            return *e;
        m_value = std::move(std::get<T>(parsed));
        return std::nullopt;
    }
    void settle(const std::optional<ApiError> &error) override
    {
        m_settled = true;
        if (error)
            m_promise.addResult(Result<T>(error->toError()));
        else
            m_promise.addResult(Result<T>(*m_value));
        m_promise.finish();
    }

private:
    Parser m_parser;
    QPromise<Result<T>> m_promise;
    std::optional<T> m_value;
    bool m_settled = false;
};

/// Declares the job class of one endpoint: a distinct type (so a caller can tell the calls
/// apart, e.g. in a model) whose request and parser the client sets up.
#define INKAN_ENDPOINT_JOB(Name, ResultType)                                              \
    class Name final : public ::inkan::net::RequestJob<ResultType> {                      \
    public:                                                                               \
        using RequestJob::RequestJob;                                                     \
    };

/// ApiResult -> Result (loses the ApiError details, keeps kind and sentence).
template <typename T>
Result<T> toResult(ApiResult<T> outcome)
{
    if (auto *e = std::get_if<ApiError>(&outcome))
        return e->toError();
    return Result<T>(std::move(std::get<T>(outcome)));
}

} // namespace inkan::net
