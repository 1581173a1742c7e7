// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Everything that expires does expire: OIDC authorization codes (--code-ttl), Capture messages,
// nonce-auth nonces, Pakt temp tokens and phone tmp_tokens (--challenge-ttl), nonce-auth
// sessions (--session-ttl) and OIDC access tokens (--token-ttl). The sandbox runs with 3 s
// lifetimes; each challenge is taken, the test sleeps well past the lifetime and checks that it
// is refused *because it expired*, then shows that a fresh one, used at once in exactly the same
// way, is accepted (so the refusal was the expiry, not a broken request). No timing is asserted.
#include "SandboxFixture.h"
#include "support/TestData.h"

#include "crypto/Address.h"
#include "crypto/PersonalSign.h"
#include "crypto/Secp256k1.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace inkan;
using namespace inkan::test;

namespace {

constexpr int kLifetimeSeconds = 3;
// Generous: the lifetimes are whole seconds and JWT `exp` is rounded down to one.
constexpr int kSleepSeconds = 2 * kLifetimeSeconds;

} // namespace

using inkan::testdata::keyFromHex;
using inkan::testdata::readJson;

class SandboxLifetimesTest : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{QStringLiteral("--demo"), QStringLiteral("--code-ttl"), QString::number(kLifetimeSeconds),
                              QStringLiteral("--challenge-ttl"), QString::number(kLifetimeSeconds),
                              QStringLiteral("--session-ttl"), QString::number(kLifetimeSeconds),
                              QStringLiteral("--token-ttl"), QString::number(kLifetimeSeconds)}};
    std::unique_ptr<HttpProbe> m_http;
    QJsonValue m_demo;
    QJsonObject m_pkce;

    HttpProbe &http() { return *m_http; }
    QString clientId() { return m_demo["oidc"]["client_id"].toString(); }
    crypto::PrivateKey walletKey(int i) { return keyFromHex(m_demo["wallets"][i]["private_key"].toString()); }
    QString walletAddress(int i) { return m_demo["wallets"][i]["address"].toString().toLower(); }
    QString orgToken() { return accessToken(http(), m_demo["organization"]["api_key_secret"].toString()); }

    // --- one helper per challenge: take it, and use it ---------------------------------

    QString oidcCode()
    {
        QUrlQuery form;
        form.addQueryItem("client_id", clientId());
        form.addQueryItem("redirect_uri", "http://127.0.0.1:53682/callback");
        form.addQueryItem("scope", "openid profile");
        form.addQueryItem("response_type", "code id_token");
        form.addQueryItem("response_mode", "fragment");
        form.addQueryItem("state", "lifetimes");
        form.addQueryItem("nonce", "n-lifetimes");
        form.addQueryItem("code_challenge", m_pkce["code_challenge"].toString());
        form.addQueryItem("code_challenge_method", "S256");
        form.addQueryItem("email", m_demo["end_users"][0]["email"].toString());
        form.addQueryItem("password", m_demo["end_users"][0]["password"].toString());
        const HttpReply reply = http().postForm("/oidc/oauth2/auth", form);
        if (reply.status != 303)
            return {};
        const QUrl location(QString::fromUtf8(reply.header("location")));
        return QUrlQuery(location.fragment(QUrl::FullyEncoded)).queryItemValue("code", QUrl::FullyDecoded);
    }

    HttpReply redeemOidcCode(const QString &code)
    {
        QUrlQuery token;
        token.addQueryItem("grant_type", "authorization_code");
        token.addQueryItem("code", code);
        token.addQueryItem("redirect_uri", "http://127.0.0.1:53682/callback");
        token.addQueryItem("code_verifier", m_pkce["code_verifier"].toString());
        token.addQueryItem("client_id", clientId());
        return http().postForm("/oidc/oauth2/token", token);
    }

    QString captureMessage(const crypto::PrivateKey &key)
    {
        return http().get("/api/v3/auth/token/login-web3/?address=" + key.address().toChecksummed())
            .object()["message"].toString();
    }

    HttpReply captureLogin(const crypto::PrivateKey &key, const QString &message)
    {
        return http().postJson("/api/v3/auth/token/login-web3/",
                               {{"address", key.address().toChecksummed()},
                                {"signature", crypto::personal::sign(key, message.toUtf8())}});
    }

    QString nonceAuthNonce(int wallet)
    {
        return http().postJson("/users/nonce", {{"address", walletAddress(wallet)}}).object()["nonce"].toString();
    }

    HttpReply nonceAuthenticate(int wallet, const QString &nonce)
    {
        return http().postJson("/users/authenticate",
                               {{"address", walletAddress(wallet)},
                                {"signature", crypto::personal::sign(walletKey(wallet), nonce.toUtf8())}});
    }

    Headers builder() { return HttpProbe::bearer(m_demo["pakt"]["builder_token"].toString()); }

    QJsonObject paktRequest(const crypto::PrivateKey &key)
    {
        return http().postJson("/v1/auth/web3/request", {{"account", key.address().toLower()}}, builder())
            .object()["data"].toObject();
    }

    HttpReply paktValidate(const crypto::PrivateKey &key, const QJsonObject &request)
    {
        return http().postJson("/v1/auth/web3/validate",
                               {{"signedMessage", crypto::personal::sign(key, request["message"].toString().toUtf8())},
                                {"tempToken", request["tempToken"]["token"]}},
                               builder());
    }

    // Phone step 1 for `token`'s account; {tmp_token, code from the outbox}.
    std::pair<QString, QString> phoneChallenge(const QString &token, const QString &phone)
    {
        const QString tmpToken = http().postJson("/rest/v1/verify/phone/step1", {{"phone_number", phone}},
                                                 HttpProbe::bearer(token)).result()["tmp_token"].toString();
        QFile outbox(m_sandbox.dataDir() + QStringLiteral("/outbox.log"));
        if (!outbox.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> lines = outbox.readAll().trimmed().split('\n');
        const QString code = QRegularExpression(QStringLiteral("(\\d{6})\\.$")).match(QString::fromUtf8(lines.last())).captured(1);
        return {tmpToken, code};
    }

    static bool saysExpired(const HttpReply &reply, const char *field)
    {
        return reply.object().value(QLatin1String(field)).toString().contains(QLatin1String("expired"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl());
        m_demo = m_sandbox.demo();
        m_pkce = readJson("misc.json").value("pkce_s256").toObject();
        QVERIFY(!m_pkce.isEmpty());
    }

    void helpNamesTheLifetimeOptions()
    {
        QProcess help;
        help.start(SandboxProcess::binaryPath(), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(60000));
        const QByteArray text = help.readAllStandardOutput();
        for (const char *option : {"--qr-ttl", "--token-ttl", "--code-ttl", "--challenge-ttl", "--session-ttl"})
            QVERIFY2(text.contains(option), option);
        // A lifetime must be a positive number of seconds.
        QProcess bad;
        bad.start(SandboxProcess::binaryPath(), {QStringLiteral("--data"), QDir::tempPath(), QStringLiteral("--challenge-ttl"),
                                                 QStringLiteral("0")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--challenge-ttl"));
    }

    void everyChallengeExpires()
    {
        // Take one of each.
        const QString code = oidcCode();
        QVERIFY(!code.isEmpty());
        const crypto::PrivateKey captureKey = crypto::PrivateKey::generate();
        const QString captureText = captureMessage(captureKey);
        QVERIFY(!captureText.isEmpty());
        const QString nonce = nonceAuthNonce(0);
        QVERIFY(nonce.startsWith("0x"));
        const crypto::PrivateKey paktKey = crypto::PrivateKey::generate();
        const QJsonObject paktTemp = paktRequest(paktKey);
        QVERIFY(!paktTemp["message"].toString().isEmpty());
        const QString org = orgToken();
        const auto [tmpToken, phoneCode] = phoneChallenge(org, "+819011110000");
        QVERIFY(!tmpToken.isEmpty() && phoneCode.size() == 6);
        // …and sessions that expire: a nonce-auth token and an OIDC access token.
        const HttpReply session = nonceAuthenticate(1, nonceAuthNonce(1));
        QCOMPARE(session.status, 200);
        const QByteArray xAuthToken = session.object()["token"].toString().toUtf8();
        QCOMPARE(http().get("/users/api-key", {{"x-auth-token", xAuthToken}}).status, 200);
        const QString oidcAccess = redeemOidcCode(oidcCode()).object()["access_token"].toString();
        QVERIFY(!oidcAccess.isEmpty());
        QCOMPARE(http().get("/oidc/userinfo", HttpProbe::bearer(oidcAccess)).status, 200);

        // A read the sandbox answers from its cache (same token, nothing written since).
        const HttpReply minted = http().get("/rest/v1/nft/minted_by_me", HttpProbe::bearer(org));
        QCOMPARE(minted.status, 200);
        QCOMPARE(http().get("/rest/v1/nft/minted_by_me", HttpProbe::bearer(org)).body, minted.body);

        QThread::sleep(kSleepSeconds);

        // The cached answer is not served once its token has expired.
        QCOMPARE(http().get("/rest/v1/nft/minted_by_me", HttpProbe::bearer(org)).status, 401);

        // Every one of them is refused now, as expired, in its service's own error shape.
        const HttpReply oidc = redeemOidcCode(code);
        QCOMPARE(oidc.status, 400);
        QCOMPARE(oidc.object()["error"].toString(), QStringLiteral("invalid_grant"));
        QVERIFY2(saysExpired(oidc, "error_description"), oidc.body.constData());

        const HttpReply capture = captureLogin(captureKey, captureText);
        QCOMPARE(capture.status, 400);
        QVERIFY2(saysExpired(capture, "detail"), capture.body.constData());

        const HttpReply nonceAuth = nonceAuthenticate(0, nonce);
        QCOMPARE(nonceAuth.status, 401);
        QVERIFY2(saysExpired(nonceAuth, "error"), nonceAuth.body.constData());

        const HttpReply pakt = paktValidate(paktKey, paktTemp);
        QCOMPARE(pakt.status, 401);
        QCOMPARE(pakt.object()["status"].toString(), QStringLiteral("error"));
        QVERIFY2(pakt.object()["message"].toString().contains("expired"), pakt.body.constData());

        const HttpReply phone = http().postJson("/rest/v1/verify/phone/step2", {{"tmp_token", tmpToken}, {"code", phoneCode}},
                                                HttpProbe::bearer(orgToken()));
        QCOMPARE(phone.status, 400);
        QVERIFY2(saysExpired(phone, "error"), phone.body.constData());
        QVERIFY(http().get("/rest/v1/account/my_info", HttpProbe::bearer(orgToken())).result()["phone_number"].isNull());

        const HttpReply staleSession = http().get("/users/api-key", {{"x-auth-token", xAuthToken}});
        QCOMPARE(staleSession.status, 401);
        QVERIFY2(saysExpired(staleSession, "error"), staleSession.body.constData());
        QCOMPARE(http().get("/users/tokens", {{"x-auth-token", xAuthToken}}).status, 401);
        QCOMPARE(http().get("/users/" + walletAddress(1) + "/data", {{"x-auth-token", xAuthToken}}).status, 401);

        const HttpReply staleUserinfo = http().get("/oidc/userinfo", HttpProbe::bearer(oidcAccess));
        QCOMPARE(staleUserinfo.status, 401);
        QCOMPARE(staleUserinfo.object()["error"].toString(), QStringLiteral("invalid_token"));
        QVERIFY2(saysExpired(staleUserinfo, "error_description"), staleUserinfo.body.constData());
        QCOMPARE(http().get("/rest/v1/account/my_info", HttpProbe::bearer(oidcAccess)).status, 401);

        // A fresh challenge, used at once the same way, is accepted: the refusals were the expiry.
        QCOMPARE(redeemOidcCode(oidcCode()).status, 200);
        QCOMPARE(captureLogin(captureKey, captureMessage(captureKey)).status, 200);
        QCOMPARE(nonceAuthenticate(0, nonceAuthNonce(0)).status, 200);
        QCOMPARE(paktValidate(paktKey, paktRequest(paktKey)).status, 202);
        const QString freshOrg = orgToken();
        const auto [freshTmpToken, freshCode] = phoneChallenge(freshOrg, "+819011110000");
        QCOMPARE(http().postJson("/rest/v1/verify/phone/step2", {{"tmp_token", freshTmpToken}, {"code", freshCode}},
                                 HttpProbe::bearer(freshOrg)).status, 200);
    }

    void requestLogNamesNoChallenge()
    {
        // The log of all the above: codes, nonces, tokens and signatures never appear.
        const QByteArray log = m_sandbox.log();
        QVERIFY(!log.isEmpty());
        QVERIFY(!log.contains(m_demo["pakt"]["builder_token"].toString().toUtf8()));
        QVERIFY(!log.contains(m_demo["end_users"][0]["password"].toString().toUtf8()));
        QVERIFY(!QRegularExpression(QStringLiteral("0x[0-9a-f]{32}\\b")).match(QString::fromUtf8(log)).hasMatch()); // nonces
        QVERIFY(!log.contains("eyJ")); // JWTs
    }
};

QTEST_GUILESS_MAIN(SandboxLifetimesTest)
#include "tst_sandbox_lifetimes.moc"
