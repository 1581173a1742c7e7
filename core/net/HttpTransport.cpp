// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "net/HttpTransport.h"
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace inkan::net {

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// ---------------------------------------------------------------------------------------------

PendingCall::PendingCall(QNetworkAccessManager *nam, const TransportLimits &limits, QObject *parent)
    : QObject(parent), m_nam(nam), m_limits(limits)
{
}

void PendingCall::cancel()
{
    if (m_done)
        return;
    m_abortReason = AbortReason::Caller;
    if (m_backoffTimer)
        m_backoffTimer->stop();
    if (m_reply)
        m_reply->abort(); // finishes through onReplyFinished
    else
        finishWith(ApiError::cancelled());
}

void PendingCall::startAttempt()
{
    ++m_attempt;
    if (m_idempotent)
        m_requestSent = false; // a retried request's outcome is its own
    sendRequest();
}

void PendingCall::sendRequest()
{
    m_received.clear();
    m_tlsProblem.clear();

    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_limits.transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Inkan/0.1");
    if (!m_contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    if (!m_authHeaderName.isEmpty())
        request.setRawHeader(m_authHeaderName, m_authHeaderValue);
    // Redirects are followed by followRedirect(), which decides what may travel to the next hop.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = m_body.isNull() && m_verb == "GET"
        ? m_nam->get(request)
        : m_nam->sendCustomRequest(request, m_verb, m_body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_received += reply->readAll();
        if (m_received.size() > m_limits.maxResponseBytes && m_abortReason == AbortReason::None) {
            m_abortReason = AbortReason::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, &PendingCall::onDownloadProgress);
    // Once the request has left, a later "connection refused" is Qt's own resend after the
    // server dropped the connection: the first copy may have been applied.
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            m_requestSent = true;
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded so the user sees why; never ignored, so the handshake fails.
        if (!errors.isEmpty())
            m_tlsProblem = errors.first().errorString();
    });
    connect(reply, &QNetworkReply::finished, this, &PendingCall::onReplyFinished);
}

void PendingCall::onDownloadProgress(qint64 received, qint64 total)
{
    if ((total > m_limits.maxResponseBytes || received > m_limits.maxResponseBytes)
        && m_abortReason == AbortReason::None && m_reply) {
        m_abortReason = AbortReason::TooLarge;
        m_reply->abort();
        return;
    }
    Q_EMIT progress(received, total);
}

bool PendingCall::retryIfAllowed(bool transient)
{
    if (!transient || !m_idempotent || m_attempt > m_limits.maxRetries
        || m_abortReason != AbortReason::None)
        return false;
    if (!m_backoffTimer) {
        m_backoffTimer = new QTimer(this);
        m_backoffTimer->setSingleShot(true);
        connect(m_backoffTimer, &QTimer::timeout, this, &PendingCall::startAttempt);
    }
    m_backoffTimer->start(m_limits.initialBackoffMs << (m_attempt - 1));
    return true;
}

void PendingCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_abortReason == AbortReason::Caller)
        return finishWith(ApiError::cancelled());
    if (m_abortReason == AbortReason::TooLarge)
        return finishWith(ApiError::tooLarge(m_limits.maxResponseBytes));

    m_received += reply->readAll();
    if (m_received.size() > m_limits.maxResponseBytes)
        return finishWith(ApiError::tooLarge(m_limits.maxResponseBytes));

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::ConnectionRefusedError && m_requestSent)
        error = QNetworkReply::RemoteHostClosedError;
    if (!statusAttribute.isValid() || statusAttribute.toInt() == 0) {
        const bool transient = error == QNetworkReply::ConnectionRefusedError
            || error == QNetworkReply::RemoteHostClosedError
            || error == QNetworkReply::TimeoutError
            || error == QNetworkReply::OperationCanceledError // the transfer timeout fired
            || error == QNetworkReply::TemporaryNetworkFailureError
            || error == QNetworkReply::NetworkSessionFailedError
            || error == QNetworkReply::UnknownNetworkError;
        if (retryIfAllowed(transient))
            return;
        if (error == QNetworkReply::NoError)
            return finishWith(ApiError::badReply(ApiError::tr("no HTTP status")));
        QString detail = m_tlsProblem;
        return finishWith(ApiError::fromNetworkError(error, detail));
    }

    const int status = statusAttribute.toInt();
    if (followRedirect(reply, status))
        return;
    if ((status == 502 || status == 503 || status == 504) && retryIfAllowed(true))
        return;
    finishWith(unwrapEnvelope(m_envelope, status, m_received));
}

bool PendingCall::followRedirect(QNetworkReply *reply, int status)
{
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return false;
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty())
        return false; // an ordinary (failed) reply
    const auto refuse = [this](const QString &why) {
        ApiError e = ApiError::insecure(m_url.host());
        e.kind = ErrorKind::Refused;
        e.userMessage = why;
        finishWith(e);
        return true;
    };
    if (++m_redirects > m_limits.maxRedirects)
        return refuse(ApiError::tr("The service redirected too many times; the request was stopped."));
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    if (auto refused = HttpTransport::checkUrlAllowed(target)) {
        finishWith(*refused);
        return true;
    }
    if (m_url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && target.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return refuse(ApiError::tr("The service redirected from https to an unencrypted address; the request was stopped."));
    const auto origin = [](const QUrl &u) {
        const QString scheme = u.scheme().toLower();
        return std::tuple(scheme, u.host().toLower(), u.port(scheme == QLatin1String("https") ? 443 : 80));
    };
    const bool sameOrigin = origin(m_url) == origin(target);
    const bool keepsMethod = status == 307 || status == 308;
    if (keepsMethod && !m_body.isEmpty() && !sameOrigin)
        return refuse(ApiError::tr("The service redirected a request that carries a secret to another server (%1); "
                                   "nothing was sent there.").arg(target.host()));
    if (!sameOrigin) {
        crypto::wipe(m_authHeaderValue);
        m_authHeaderName.clear();
        m_authHeaderValue.clear();
    }
    if (!keepsMethod && m_verb != "GET" && m_verb != "HEAD") {
        m_verb = "GET"; // 301/302/303 after a POST: fetch the result, without the body
        crypto::wipe(m_body);
        m_body = QByteArray();
        m_contentType.clear();
    }
    m_url = target;
    sendRequest();
    return true;
}

void PendingCall::finishWith(ReplyOrError outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_received.clear();
    // The auth header and a body with an API key secret or a password are not kept around.
    crypto::wipe(m_authHeaderValue);
    crypto::wipe(m_body);
    m_outcome = std::move(outcome);
    Q_EMIT finished();
}

// ---------------------------------------------------------------------------------------------

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // Cookies are never wanted: every service authenticates by header.
    m_nam->setCookieJar(nullptr);
}

HttpTransport::~HttpTransport() = default;

bool HttpTransport::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

std::optional<ApiError> HttpTransport::checkUrlAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        ApiError e = ApiError::insecure(url.toString());
        e.userMessage = ApiError::tr("\"%1\" is not a usable service address.").arg(url.toString());
        return e;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return std::nullopt;
    return ApiError::insecure(url.host());
}

QUrl HttpTransport::resolve(const QUrl &baseUrl, const QString &path, const QUrlQuery &query)
{
    QByteArray encoded = baseUrl.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (!path.isEmpty() && encoded.endsWith('/'))
        encoded.chop(1);
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        encoded += '/';
    encoded += path.toUtf8();
    QUrl url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

PendingCall *HttpTransport::send(const ServiceEndpoint &endpoint, const ApiRequest &request,
                                 const crypto::SecureBytes &credential)
{
    auto *call = new PendingCall(m_nam, m_limits, this);
    call->m_url = resolve(endpoint.baseUrl, request.path, request.query);
    call->m_verb = request.verb;
    call->m_envelope = endpoint.envelope;
    call->m_idempotent = request.isIdempotent();
    if (request.json) {
        const QJsonValue &json = *request.json;
        call->m_body = json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                      : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
        call->m_contentType = "application/json";
    } else if (!request.formBody.isEmpty()) {
        call->m_body = request.formBody;
        call->m_contentType = "application/x-www-form-urlencoded";
    }
    if (request.authenticated && !credential.isEmpty()) {
        QByteArray token(credential.constChar(), credential.size());
        switch (endpoint.authScheme) {
        case AuthScheme::None: break;
        case AuthScheme::Bearer:
            call->m_authHeaderName = "Authorization";
            call->m_authHeaderValue = "Bearer " + token;
            break;
        case AuthScheme::Token:
            call->m_authHeaderName = "Authorization";
            call->m_authHeaderValue = "token " + token;
            break;
        case AuthScheme::XAuthToken:
            call->m_authHeaderName = "x-auth-token";
            call->m_authHeaderValue = token;
            break;
        }
        crypto::wipe(token);
    }

    if (auto refused = checkUrlAllowed(call->m_url)) {
        // Finish on the next turn of the event loop so callers can connect first.
        QMetaObject::invokeMethod(call, [call, e = *refused] { call->finishWith(e); }, Qt::QueuedConnection);
        return call;
    }
    call->startAttempt();
    return call;
}

} // namespace inkan::net
