// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/oidc/OidcDesktopFlow.h"
#include <QDesktopServices>
#include <QGuiApplication>
#include <QTcpServer>
#include <QTcpSocket>

namespace inkan::services::oidc {

namespace {

constexpr qint64 kMaxRequestBytes = 64 * 1024;

QByteArray page(const QString &title, const QString &text)
{
    const QString html = QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                        "<body><h1>%1</h1><p>%2</p></body></html>")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    return html.toUtf8();
}

// For response_mode=fragment the parameters never reach a server: this page posts them back.
QByteArray fragmentRelayPage()
{
    return QByteArrayLiteral(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Inkan</title></head><body>"
        "<script>var f=window.location.hash.substring(1);"
        "fetch('/callback',{method:'POST',headers:{'Content-Type':'application/x-www-form-urlencoded'},body:f})"
        ".then(function(r){return r.text();}).then(function(t){document.open();document.write(t);document.close();});"
        "</script><noscript>JavaScript is needed to finish signing in.</noscript></body></html>");
}

void respond(QTcpSocket *socket, int status, const QByteArray &body)
{
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
                  "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

OidcDesktopFlow::OidcDesktopFlow(OidcClient *client, Options options, QObject *parent)
    : SignInFlow(client->baseUrl(), parent), m_client(client), m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    // However the flow ends (success, any failure, cancel), nothing listens on loopback after.
    connect(this, &SignInFlow::finished, this, [this] {
        m_timeout.stop();
        if (m_server)
            m_server->close();
    });
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(net::ApiError::fromError(makeError(ErrorKind::Cancelled, tr("Nobody finished signing in within %1 seconds.").arg(m_options.timeoutSeconds))));
        if (m_server)
            m_server->close();
    });
}

OidcDesktopFlow::~OidcDesktopFlow() = default;

void OidcDesktopFlow::run()
{
    if (m_options.clientId.isEmpty())
        return fail(net::ApiError::fromError(makeError(ErrorKind::InvalidInput, tr("OIDC needs a client id."))));
    Q_EMIT stepChanged(tr("Reading the provider's configuration"));
    then<Configuration>(m_client->discovery(), [this](const Configuration &configuration) {
        // Tokens are accepted only from the issuer the account was set up with.
        if (!issuerMatchesBaseUrl(configuration.issuer, m_client->baseUrl()))
            return fail(net::ApiError::fromError(makeError(ErrorKind::Refused,
                tr("The provider calls itself \"%1\", but this account signs in with \"%2\"; nothing was sent.")
                    .arg(configuration.issuer, m_client->baseUrl().toString()))));
        m_configuration = configuration;
        then<QList<Jwk>>(m_client->jwks(configuration.jwksUri), [this](const QList<Jwk> &keys) {
            m_keys = keys;
            listenAndOpen();
        });
    });
}

void OidcDesktopFlow::listenAndOpen()
{
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return fail(net::ApiError::fromError(makeError(ErrorKind::Io, tr("Could not listen on 127.0.0.1 for the sign-in callback."))));
    connect(m_server, &QTcpServer::newConnection, this, &OidcDesktopFlow::onConnection);
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server->serverPort()));
    m_pkce = Pkce::generate();
    m_state = randomToken();
    m_nonce = randomToken();

    QUrl url = m_configuration.authorizationEndpoint;
    QUrlQuery query(url);
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_id"), m_options.clientId);
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    add(QStringLiteral("scope"), m_options.scope);
    add(QStringLiteral("response_type"), m_options.implicit ? QStringLiteral("id_token") : QStringLiteral("code id_token"));
    add(QStringLiteral("response_mode"), m_options.responseMode == ResponseMode::FormPost ? QStringLiteral("form_post") : QStringLiteral("fragment"));
    add(QStringLiteral("state"), m_state);
    add(QStringLiteral("nonce"), m_nonce);
    add(QStringLiteral("code_challenge"), m_pkce.challenge);
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query);

    m_timeout.start(m_options.timeoutSeconds * 1000);
    Q_EMIT stepChanged(tr("Waiting for you to sign in in the browser"));
    if (m_urlHandler) {
        m_urlHandler(url);
    } else if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) && QDesktopServices::openUrl(url)) {
        // the system browser has it
    } else {
        fail(net::ApiError::fromError(makeError(ErrorKind::Unsupported, tr("No browser could be opened; hand the sign-in address to one yourself."))));
    }
}

void OidcDesktopFlow::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (buffer->size() > kMaxRequestBytes)
                return respond(socket, 400, page(tr("Too large"), tr("The request is too large.")));
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            if (requestLine.size() != 3)
                return respond(socket, 400, page(tr("Bad request"), QString()));
            qsizetype contentLength = 0;
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                    contentLength = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (contentLength < 0 || contentLength > kMaxRequestBytes)
                return respond(socket, 400, page(tr("Bad request"), QString()));
            if (buffer->size() < headerEnd + 4 + contentLength)
                return; // the body is still coming
            const QByteArray body = buffer->mid(headerEnd + 4, contentLength);
            handleRequest(socket, requestLine[0], QUrl::fromEncoded(requestLine[1]), body);
        });
    }
}

void OidcDesktopFlow::handleRequest(QTcpSocket *socket, const QByteArray &method, const QUrl &target, const QByteArray &body)
{
    if (target.path() != QLatin1String("/callback"))
        return respond(socket, 404, page(tr("Not found"), QString()));
    QUrlQuery params;
    if (method == "POST")
        params = QUrlQuery(QString::fromLatin1(body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    else if (method == "GET" && target.hasQuery())
        params = QUrlQuery(target);
    else if (method == "GET")
        return respond(socket, 200, fragmentRelayPage());
    else
        return respond(socket, 400, page(tr("Bad request"), QString()));

    if (params.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state || m_callbackHandled)
        return respond(socket, 400, page(tr("Sign-in not accepted"), tr("This answer does not belong to the sign-in Inkan started.")));
    m_callbackHandled = true;
    m_timeout.stop();
    respond(socket, 200, page(tr("Signed in"), tr("You can close this window and return to Inkan.")));
    m_server->close();
    handleCallback(params);
}

void OidcDesktopFlow::handleCallback(const QUrlQuery &params)
{
    const auto value = [&params](const char *key) { return params.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    if (!value("error").isEmpty()) {
        const QString description = value("error_description");
        return fail(net::ApiError::fromError(makeError(ErrorKind::Refused,
            tr("The provider refused the sign-in: %1").arg(description.isEmpty() ? value("error") : description))));
    }
    // The hybrid flow's front-channel token must carry the c_hash of the code that came with it.
    auto claims = verifyIdToken(value("id_token").toLatin1(), m_keys, m_configuration.issuer, m_options.clientId, m_nonce, m_state,
                                m_options.implicit ? QString() : value("code"));
    if (!claims)
        return fail(net::ApiError::fromError(claims.error()));
    if (m_options.implicit)
        return finishWith(*claims, {});
    const QString code = value("code");
    if (code.isEmpty())
        return fail(net::ApiError::badReply(tr("the callback has no authorization code")));
    Q_EMIT stepChanged(tr("Exchanging the authorization code"));
    then<TokenResponse>(m_client->exchangeCode(m_configuration.tokenEndpoint, code, m_redirectUri, m_pkce.verifier, m_options.clientId),
                        [this, claims = *claims](const TokenResponse &tokens) {
                            if (!tokens.idToken.isEmpty()) {
                                auto again = verifyIdToken(tokens.idToken, m_keys, m_configuration.issuer, m_options.clientId, m_nonce, m_state);
                                if (!again)
                                    return fail(net::ApiError::fromError(again.error()));
                                if (again->sub != claims.sub)
                                    return fail(net::ApiError::fromError(makeError(ErrorKind::Refused, tr("The token endpoint named another user."))));
                            }
                            if (m_configuration.userinfoEndpoint.isEmpty())
                                return finishWith(claims, tokens.accessToken);
                            // Step 3: the claims behind the access token, which must be the same user.
                            then<UserInfo>(m_client->userInfo(m_configuration.userinfoEndpoint, tokens.accessToken),
                                           [this, claims, token = tokens.accessToken](const UserInfo &info) {
                                               if (info.sub != claims.sub)
                                                   return fail(net::ApiError::fromError(makeError(ErrorKind::Refused, tr("The userinfo endpoint named another user."))));
                                               IdTokenClaims merged = claims;
                                               if (merged.email.isEmpty())
                                                   merged.email = info.email;
                                               if (merged.idWalletAddress.isEmpty())
                                                   merged.idWalletAddress = info.idWalletAddress;
                                               finishWith(merged, token);
                                           });
                        });
}

void OidcDesktopFlow::finishWith(const IdTokenClaims &claims, const crypto::SecureBytes &accessToken)
{
    SignInResult result;
    result.subject = claims.sub; // the key; e-mail is for display only
    result.email = claims.email;
    result.role = QStringLiteral("end_user");
    result.token = accessToken;
    result.details = QJsonObject{{QStringLiteral("sub"), claims.sub},
                                 {QStringLiteral("id_wallet_address"), claims.idWalletAddress.isEmpty() ? claims.sub : claims.idWalletAddress},
                                 {QStringLiteral("email"), claims.email},
                                 {QStringLiteral("flow"), m_options.implicit ? QStringLiteral("implicit") : QStringLiteral("hybrid")}};
    succeed(std::move(result));
}

} // namespace inkan::services::oidc
