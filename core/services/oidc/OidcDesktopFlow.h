// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// OIDC for a desktop app (RFC 8252): a loopback listener on 127.0.0.1 with a random port, the
// system browser (or a handler that hands the URL to a headless caller), PKCE S256, random
// state and nonce, form_post or fragment (the callback page posts the fragment back), the
// hybrid ("code id_token") or implicit ("id_token") flow, and the ID token verified.
#include "services/SignInFlow.h"
#include "services/oidc/OidcClient.h"
#include <QPointer>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

namespace inkan::services::oidc {

enum class ResponseMode { FormPost, Fragment };

class OidcDesktopFlow : public SignInFlow {
    Q_OBJECT
public:
    struct Options {
        QString clientId;
        bool implicit = false;
        ResponseMode responseMode = ResponseMode::FormPost;
        QString scope = QStringLiteral("openid profile email");
        int timeoutSeconds = 300;
    };
    OidcDesktopFlow(OidcClient *client, Options options, QObject *parent = nullptr);
    ~OidcDesktopFlow() override;

    /// Instead of QDesktopServices::openUrl (e.g. print it, or drive a test browser).
    void setUrlHandler(std::function<void(const QUrl &)> handler) { m_urlHandler = std::move(handler); }
    QUrl redirectUri() const { return m_redirectUri; }

protected:
    void run() override;

private:
    void listenAndOpen();
    void onConnection();
    void handleRequest(QTcpSocket *socket, const QByteArray &method, const QUrl &target, const QByteArray &body);
    void handleCallback(const QUrlQuery &params);
    void finishWith(const IdTokenClaims &claims, const crypto::SecureBytes &accessToken);

    QPointer<OidcClient> m_client;
    Options m_options;
    std::function<void(const QUrl &)> m_urlHandler;
    Configuration m_configuration;
    QList<Jwk> m_keys;
    Pkce m_pkce;
    QString m_state;
    QString m_nonce;
    QUrl m_redirectUri;
    QTcpServer *m_server = nullptr;
    QTimer m_timeout;
    bool m_callbackHandled = false;
};

} // namespace inkan::services::oidc
