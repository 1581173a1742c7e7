// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// One QNetworkAccessManager for every service: base URL and auth scheme per service, JSON in
// and out, envelopes, transfer timeouts, a response size cap, retries with backoff for
// idempotent requests only, plain http:// refused except to loopback, TLS errors surfaced.
// No QNetworkReply leaves this file's implementation.
#include "crypto/SecureBytes.h"
#include "net/ApiError.h"
#include "net/Json.h"
#include <QByteArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace inkan::net {

enum class AuthScheme {
    None,
    Bearer,     // Authorization: Bearer <token>   (Web3Connect, OIDC userinfo, Pakt)
    Token,      // Authorization: token <token>    (Capture)
    XAuthToken, // x-auth-token: <token>           (nonce-auth users API)
};

struct ServiceEndpoint {
    QUrl baseUrl;
    AuthScheme authScheme = AuthScheme::Bearer;
    Envelope envelope = Envelope::Plain;
};

struct ApiRequest {
    QByteArray verb = "GET";
    QString path;                      // already percent-encoded, appended to the base path
    QUrlQuery query;
    std::optional<QJsonValue> json;    // sent as application/json when set
    QByteArray formBody;               // sent as x-www-form-urlencoded when not empty
    bool authenticated = true;         // carries the service's auth header
    bool appliesOnce = false;          // a PUT whose repetition is not harmless (an NFT transfer)

    /// Only these may be retried: a POST (or a transfer) that timed out may have been applied.
    bool isIdempotent() const
    {
        return !appliesOnce && (verb == "GET" || verb == "PUT" || verb == "DELETE" || verb == "HEAD");
    }
};

struct TransportLimits {
    int transferTimeoutMs = 30000;
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int maxRetries = 2;            // extra attempts for idempotent requests
    int initialBackoffMs = 250;    // doubled each retry
    int maxRedirects = 5;
};

/// Percent-encodes one path segment (a token id, an address) for ApiRequest::path.
QString pathSegment(const QString &value);

/// One HTTP exchange including its retries. Emits finished() exactly once, then the owner
/// reads outcome() and deletes it.
class PendingCall : public QObject {
    Q_OBJECT
public:
    const ReplyOrError &outcome() const { return m_outcome; }
    void cancel();

Q_SIGNALS:
    void finished();
    void progress(qint64 received, qint64 total);

private:
    friend class HttpTransport;
    enum class AbortReason { None, Caller, TooLarge };
    PendingCall(QNetworkAccessManager *nam, const TransportLimits &limits, QObject *parent);
    void startAttempt();
    void sendRequest();
    /// Follows a 3xx answer by hand: each hop passes checkUrlAllowed and never goes from https to
    /// http; a hop to another origin loses the auth header, and a 307/308 that would send the
    /// body (an API key secret, a password) to another origin is refused. False: not a redirect.
    bool followRedirect(QNetworkReply *reply, int status);
    void onReplyFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    void finishWith(ReplyOrError outcome);
    bool retryIfAllowed(bool transient);

    QNetworkAccessManager *m_nam;
    TransportLimits m_limits;
    QUrl m_url;
    QByteArray m_verb;
    QByteArray m_body;
    QByteArray m_contentType;
    QByteArray m_authHeaderName;
    QByteArray m_authHeaderValue;
    Envelope m_envelope = Envelope::Plain;
    bool m_idempotent = false;
    int m_attempt = 0;
    int m_redirects = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_backoffTimer = nullptr;
    QByteArray m_received;
    AbortReason m_abortReason = AbortReason::None;
    QString m_tlsProblem;
    bool m_done = false;
    bool m_requestSent = false; // some attempt's request reached the socket
    ReplyOrError m_outcome = ApiError::cancelled();
};

class HttpTransport : public QObject {
    Q_OBJECT
public:
    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    void setLimits(const TransportLimits &limits) { m_limits = limits; }
    const TransportLimits &limits() const { return m_limits; }

    /// https:// anywhere; http:// only to 127.0.0.0/8, ::1 and localhost; nothing else.
    static std::optional<ApiError> checkUrlAllowed(const QUrl &url);
    static bool isLoopbackHost(const QString &host);
    static QUrl resolve(const QUrl &baseUrl, const QString &path, const QUrlQuery &query);

    /// Sends now. `credential` is the bare token for the endpoint's scheme (ignored when the
    /// request is not authenticated). The PendingCall is parented to the transport.
    PendingCall *send(const ServiceEndpoint &endpoint, const ApiRequest &request,
                      const crypto::SecureBytes &credential);

private:
    QNetworkAccessManager *m_nam;
    TransportLimits m_limits;
};

} // namespace inkan::net
