// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Sign-in flows against a real inkan-sandbox: OIDC (hybrid with PKCE, implicit, form_post,
// ES256K ID tokens checked against the JWKS), Capture, nonce-auth and Pakt; published EIP-191
// vectors accepted, altered messages, wrong addresses and replays refused.
#include "SandboxFixture.h"
#include "support/TestData.h"

#include "crypto/Address.h"
#include "crypto/PersonalSign.h"
#include "crypto/Secp256k1.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace inkan;
using namespace inkan::test;

namespace {

QByteArray fromBase64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

} // namespace

using inkan::testdata::keyFromHex;
using inkan::testdata::readJson;

class SandboxSignInTest : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{QStringLiteral("--demo"), QStringLiteral("--test-hooks")}};
    std::unique_ptr<HttpProbe> m_http;
    QJsonValue m_demo; // demo.json
    QJsonObject m_pkce;

    HttpProbe &http() { return *m_http; }
    QString clientId() { return m_demo["oidc"]["client_id"].toString(); }

    QUrlQuery authorizeParameters(const QString &responseType, const QString &responseMode)
    {
        QUrlQuery query;
        query.addQueryItem("client_id", clientId());
        query.addQueryItem("redirect_uri", "http://127.0.0.1:53682/callback");
        query.addQueryItem("scope", "openid profile email");
        query.addQueryItem("response_type", responseType);
        query.addQueryItem("response_mode", responseMode);
        query.addQueryItem("state", "st-4711");
        query.addQueryItem("nonce", "n-0S6_WzA2Mj");
        if (responseType.contains("code")) {
            query.addQueryItem("code_challenge", m_pkce["code_challenge"].toString());
            query.addQueryItem("code_challenge_method", "S256");
        }
        return query;
    }

    // Posts the sign-in form as alice; the 303's fragment parameters.
    QUrlQuery signInWithFragment(const QUrlQuery &parameters)
    {
        QUrlQuery form = parameters;
        form.addQueryItem("email", m_demo["end_users"][0]["email"].toString());
        form.addQueryItem("password", m_demo["end_users"][0]["password"].toString());
        const HttpReply reply = http().postForm("/oidc/oauth2/auth", form);
        if (reply.status != 303)
            return {};
        const QUrl location(QString::fromUtf8(reply.header("location")));
        if (location.toString(QUrl::RemoveFragment) != u"http://127.0.0.1:53682/callback")
            return {};
        return QUrlQuery(location.fragment(QUrl::FullyEncoded));
    }

    // Checks an ES256K ID token against the JWKS; its claims.
    QJsonObject verifiedClaims(const QString &idToken)
    {
        const QStringList parts = idToken.split(u'.');
        if (parts.size() != 3)
            return {};
        const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts[0])).object();
        const QJsonObject jwks = http().get("/oidc/.well-known/jwks.json").object();
        const QJsonObject key = jwks["keys"][0].toObject();
        if (header.value("alg").toString() != u"ES256K" || header.value("kid") != key.value("kid"))
            return {};
        const QByteArray publicKey = QByteArray(1, '\x04') + fromBase64Url(key["x"].toString()) + fromBase64Url(key["y"].toString());
        const QByteArray digest = QCryptographicHash::hash((parts[0] + u'.' + parts[1]).toLatin1(), QCryptographicHash::Sha256);
        if (!crypto::verifyDigest(publicKey, digest, fromBase64Url(parts[2])))
            return {};
        return QJsonDocument::fromJson(fromBase64Url(parts[1])).object();
    }

    HttpReply nonceAuthenticate(const QString &address, const QString &signature)
    {
        return http().postJson("/users/authenticate", {{"address", address}, {"signature", signature}});
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

    void oidcDiscoveryAndJwks()
    {
        const HttpReply discovery = http().get("/oidc/.well-known/openid-configuration");
        QCOMPARE(discovery.status, 200);
        const QJsonObject config = discovery.object();
        const QString issuer = m_sandbox.baseUrl().toString() + "/oidc";
        QCOMPARE(config["issuer"].toString(), issuer);
        QCOMPARE(config["authorization_endpoint"].toString(), issuer + "/oauth2/auth");
        QCOMPARE(config["token_endpoint"].toString(), issuer + "/oauth2/token");
        QCOMPARE(config["userinfo_endpoint"].toString(), issuer + "/userinfo");
        QCOMPARE(config["jwks_uri"].toString(), issuer + "/.well-known/jwks.json");
        QCOMPARE(config["id_token_signing_alg_values_supported"].toArray(), QJsonArray{"ES256K"});
        QCOMPARE(config["code_challenge_methods_supported"].toArray(), QJsonArray{"S256"});
        const QJsonObject key = http().get("/oidc/.well-known/jwks.json").object()["keys"][0].toObject();
        QCOMPARE(key["kty"].toString(), QStringLiteral("EC"));
        QCOMPARE(key["crv"].toString(), QStringLiteral("secp256k1"));
        QCOMPARE(fromBase64Url(key["x"].toString()).size(), 32);
        QCOMPARE(fromBase64Url(key["y"].toString()).size(), 32);
    }

    void oidcHybridFlowWithPkce()
    {
        const QUrlQuery parameters = authorizeParameters("code id_token", "fragment");
        const HttpReply page = http().get("/oidc/oauth2/auth?" + parameters.toString(QUrl::FullyEncoded));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("name=\"password\""));
        QVERIFY(page.body.contains("name=\"code_challenge\""));

        const QUrlQuery answer = signInWithFragment(parameters);
        const QString code = answer.queryItemValue("code", QUrl::FullyDecoded);
        const QString idToken = answer.queryItemValue("id_token", QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        QCOMPARE(answer.queryItemValue("state"), QStringLiteral("st-4711"));
        const QJsonObject claims = verifiedClaims(idToken);
        QVERIFY2(!claims.isEmpty(), "the ID token's ES256K signature does not verify against the JWKS");
        const QString alice = m_demo["end_users"][0]["id_wallet_address"].toString();
        QCOMPARE(claims["sub"].toString(), alice);
        QCOMPARE(claims["email"].toString(), QStringLiteral("alice@example.com"));
        QCOMPARE(claims["nonce"].toString(), QStringLiteral("n-0S6_WzA2Mj"));
        QCOMPARE(claims["aud"].toString(), clientId());
        QCOMPARE(claims["iss"].toString(), m_sandbox.baseUrl().toString() + "/oidc");
        QVERIFY(claims["exp"].toInteger() > claims["iat"].toInteger());
        const QByteArray stateHash = QCryptographicHash::hash("st-4711", QCryptographicHash::Sha256).left(16);
        QCOMPARE(claims["s_hash"].toString(), QString::fromLatin1(stateHash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));

        QUrlQuery token;
        token.addQueryItem("grant_type", "authorization_code");
        token.addQueryItem("code", code);
        token.addQueryItem("redirect_uri", "http://127.0.0.1:53682/callback");
        token.addQueryItem("code_verifier", m_pkce["code_verifier"].toString());
        token.addQueryItem("client_id", clientId());
        const HttpReply tokens = http().postForm("/oidc/oauth2/token", token);
        QCOMPARE(tokens.status, 200);
        QCOMPARE(keysOf(tokens.object()), sorted({"access_token", "expires_in", "id_token", "scope", "token_type"}));
        QCOMPARE(tokens.object()["token_type"].toString(), QStringLiteral("Bearer"));
        QCOMPARE(tokens.object()["scope"].toString(), QStringLiteral("openid profile email"));
        QCOMPARE(verifiedClaims(tokens.object()["id_token"].toString())["sub"].toString(), alice);

        // Codes are single-use.
        const HttpReply replay = http().postForm("/oidc/oauth2/token", token);
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.object()["error"].toString(), QStringLiteral("invalid_grant"));

        const QString accessToken = tokens.object()["access_token"].toString();
        const HttpReply userinfo = http().get("/oidc/userinfo", HttpProbe::bearer(accessToken));
        QCOMPARE(userinfo.status, 200);
        QCOMPARE(userinfo.object(), (QJsonObject{{"sub", alice}, {"id_wallet_address", alice}, {"email", "alice@example.com"}}));
        // Sandbox rule: the OIDC access token works on the REST API as the end-user.
        const HttpReply me = http().get("/rest/v1/account/my_info", HttpProbe::bearer(accessToken));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.result()["id_wallet"]["address"].toString(), alice);
    }

    void oidcRefusals()
    {
        // PKCE is required for the hybrid flow.
        QUrlQuery noPkce = authorizeParameters("code id_token", "fragment");
        noPkce.removeQueryItem("code_challenge");
        QCOMPARE(http().get("/oidc/oauth2/auth?" + noPkce.toString(QUrl::FullyEncoded)).status, 400);
        QUrlQuery plain = authorizeParameters("code id_token", "fragment");
        plain.removeQueryItem("code_challenge_method");
        plain.addQueryItem("code_challenge_method", "plain");
        QCOMPARE(http().get("/oidc/oauth2/auth?" + plain.toString(QUrl::FullyEncoded)).status, 400);
        // Unregistered redirect URIs and unknown clients: a page, never a redirect.
        QUrlQuery evil = authorizeParameters("code id_token", "fragment");
        evil.removeQueryItem("redirect_uri");
        evil.addQueryItem("redirect_uri", "https://evil.example/callback");
        QCOMPARE(http().get("/oidc/oauth2/auth?" + evil.toString(QUrl::FullyEncoded)).status, 400);
        QUrlQuery unknownClient = authorizeParameters("id_token", "fragment");
        unknownClient.removeQueryItem("client_id");
        unknownClient.addQueryItem("client_id", m_demo["end_users"][0]["id_wallet_address"].toString());
        QCOMPARE(http().get("/oidc/oauth2/auth?" + unknownClient.toString(QUrl::FullyEncoded)).status, 400);
        // localhost is registered too.
        QUrlQuery localhost = authorizeParameters("id_token", "fragment");
        localhost.removeQueryItem("redirect_uri");
        localhost.addQueryItem("redirect_uri", "http://localhost:9/cb");
        QCOMPARE(http().get("/oidc/oauth2/auth?" + localhost.toString(QUrl::FullyEncoded)).status, 200);

        QUrlQuery wrongPassword = authorizeParameters("code id_token", "fragment");
        wrongPassword.addQueryItem("email", "alice@example.com");
        wrongPassword.addQueryItem("password", "not-her-password");
        QCOMPARE(http().postForm("/oidc/oauth2/auth", wrongPassword).status, 401);

        // A wrong code_verifier is refused and spends the code.
        const QString code = signInWithFragment(authorizeParameters("code id_token", "fragment")).queryItemValue("code");
        QVERIFY(!code.isEmpty());
        QUrlQuery token;
        token.addQueryItem("grant_type", "authorization_code");
        token.addQueryItem("code", code);
        token.addQueryItem("redirect_uri", "http://127.0.0.1:53682/callback");
        token.addQueryItem("code_verifier", QString(43, u'a'));
        token.addQueryItem("client_id", clientId());
        QCOMPARE(http().postForm("/oidc/oauth2/token", token).object()["error"].toString(), QStringLiteral("invalid_grant"));
        token.removeQueryItem("code_verifier");
        token.addQueryItem("code_verifier", m_pkce["code_verifier"].toString());
        QCOMPARE(http().postForm("/oidc/oauth2/token", token).status, 400);
    }

    void oidcImplicitAndFormPost()
    {
        const QUrlQuery implicit = signInWithFragment(authorizeParameters("id_token", "fragment"));
        QVERIFY(!implicit.hasQueryItem("code"));
        const QJsonObject claims = verifiedClaims(implicit.queryItemValue("id_token", QUrl::FullyDecoded));
        QCOMPARE(claims["sub"].toString(), m_demo["end_users"][0]["id_wallet_address"].toString());
        QCOMPARE(claims["nonce"].toString(), QStringLiteral("n-0S6_WzA2Mj"));

        QUrlQuery form = authorizeParameters("code id_token", "form_post");
        form.addQueryItem("email", "alice@example.com");
        form.addQueryItem("password", m_demo["end_users"][0]["password"].toString());
        const HttpReply page = http().postForm("/oidc/oauth2/auth", form);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("action=\"http://127.0.0.1:53682/callback\""));
        QVERIFY(page.body.contains("name=\"code\""));
        QVERIFY(page.body.contains("name=\"id_token\""));
        QVERIFY(page.body.contains("name=\"state\" value=\"st-4711\""));
    }

    void capture()
    {
        const HttpReply login = http().postJson("/api/v3/auth/token/login/",
                                                {{"email", "alice@example.com"}, {"password", m_demo["end_users"][0]["password"]}});
        QCOMPARE(login.status, 200);
        QCOMPARE(keysOf(login.object()), QStringList{"auth_token"});
        const QString token = login.object()["auth_token"].toString();
        QVERIFY(QRegularExpression("^[0-9a-f]{40}$").match(token).hasMatch());
        const HttpReply me = http().get("/api/v3/auth/users/me/", {{"Authorization", "token " + token.toUtf8()}});
        QCOMPARE(me.status, 200);
        QCOMPARE(keysOf(me.object()), sorted({"address", "username", "email", "language", "user_wallet", "referrer",
                                              "referral_code", "referee_count", "joined_at"}));
        QCOMPARE(keysOf(me.object()["user_wallet"].toObject()),
                 sorted({"asset_wallet", "asset_wallet_num", "integrity_wallet", "integrity_wallet_num", "points"}));
        QCOMPARE(http().postJson("/api/v3/auth/token/login/", {{"email", "alice@example.com"}, {"password", "nope"}}).status, 400);

        // Wallet login: a fresh key (an unknown address becomes a user).
        const crypto::PrivateKey key = crypto::PrivateKey::generate();
        const QString address = key.address().toChecksummed();
        const HttpReply message = http().get("/api/v3/auth/token/login-web3/?address=" + address);
        QCOMPARE(message.status, 200);
        const QString text = message.object()["message"].toString();
        QVERIFY(text.contains(address));
        QVERIFY(text.contains(m_sandbox.baseUrl().authority()));
        const QString signature = crypto::personal::sign(key, text.toUtf8());
        const HttpReply web3 = http().postJson("/api/v3/auth/token/login-web3/", {{"address", address}, {"signature", signature}});
        QCOMPARE(web3.status, 200);
        const QString web3Token = web3.object()["auth_token"].toString();
        QCOMPARE(http().get("/api/v3/auth/users/me/", {{"Authorization", "token " + web3Token.toUtf8()}}).object()["address"].toString(),
                 address);
        // Replayed: the message was single-use.
        QCOMPARE(http().postJson("/api/v3/auth/token/login-web3/", {{"address", address}, {"signature", signature}}).status, 400);
        // Altered message, and a signature by another key.
        const QString next = http().get("/api/v3/auth/token/login-web3/?address=" + address).object()["message"].toString();
        QCOMPARE(http().postJson("/api/v3/auth/token/login-web3/",
                                 {{"address", address}, {"signature", crypto::personal::sign(key, (next + " ").toUtf8())}}).status, 400);
        http().get("/api/v3/auth/token/login-web3/?address=" + address);
        const crypto::PrivateKey other = crypto::PrivateKey::generate();
        const QString third = http().get("/api/v3/auth/token/login-web3/?address=" + address).object()["message"].toString();
        QCOMPARE(http().postJson("/api/v3/auth/token/login-web3/",
                                 {{"address", address}, {"signature", crypto::personal::sign(other, third.toUtf8())}}).status, 400);
        QCOMPARE(http().get("/api/v3/auth/token/login-web3/?address=0x12").status, 400);
    }

    void nonceAuth()
    {
        const QJsonObject wallet = m_demo["wallets"][0].toObject();
        const crypto::PrivateKey key = keyFromHex(wallet["private_key"].toString());
        const QString address = wallet["address"].toString().toLower();
        const HttpReply nonce = http().postJson("/users/nonce", {{"address", wallet["address"]}});
        QCOMPARE(nonce.status, 200);
        QCOMPARE(keysOf(nonce.object()), sorted({"address", "nonce"}));
        const QString nonceText = nonce.object()["nonce"].toString();
        QVERIFY(nonceText.startsWith("0x"));
        const QString signature = crypto::personal::sign(key, nonceText.toUtf8());
        const HttpReply authenticated = nonceAuthenticate(address, signature);
        QCOMPARE(authenticated.status, 200);
        QCOMPARE(keysOf(authenticated.object()), sorted({"address", "token", "email"}));
        const QByteArray token = authenticated.object()["token"].toString().toUtf8();
        QCOMPARE(nonceAuthenticate(address, signature).status, 401); // replayed nonce

        const HttpReply apiKey = http().get("/users/api-key", {{"x-auth-token", token}});
        QCOMPARE(apiKey.status, 200);
        QCOMPARE(keysOf(apiKey.object()), sorted({"address", "apiKey"}));
        const HttpReply tokens = http().get("/users/tokens", {{"x-auth-token", token}});
        QCOMPARE(tokens.status, 200);
        const QJsonArray balances = tokens.array();
        QCOMPARE(balances.size(), 3);
        QCOMPARE(keysOf(balances[0].toObject()),
                 sorted({"chainId", "address", "symbol", "decimals", "balance", "allowance", "price", "logo"}));
        QVERIFY(balances[0]["balance"].isString());
        QVERIFY(QRegularExpression("^[0-9]+$").match(balances[0]["balance"].toString()).hasMatch());
        QVERIFY(balances[0]["logo"].toString().startsWith(m_sandbox.baseUrl().toString() + "/assets/"));

        const HttpReply profile = http().get("/users/" + address + "/data", {{"x-auth-token", token}});
        QCOMPARE(profile.status, 200);
        QCOMPARE(keysOf(profile.object()), sorted({"userAddress", "name", "intendedUse", "email"}));
        const HttpReply updated = http().postJson("/users/" + address + "/data", {{"intendedUse", "testing Inkan"}},
                                                  {{"x-auth-token", token}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object()["intendedUse"].toString(), QStringLiteral("testing Inkan"));
        QCOMPARE(http().postJson("/users/" + address + "/data", {{"intendedUse", QString(256, u'x')}}, {{"x-auth-token", token}}).status, 400);
        const QString bob = m_demo["wallets"][1]["address"].toString();
        QCOMPARE(http().get("/users/" + bob + "/data", {{"x-auth-token", token}}).status, 403);
        QCOMPARE(http().postJson("/users/" + bob + "/data", {{"name", "mallory"}}, {{"x-auth-token", token}}).status, 403);

        // A signature of the wrong text or by another key is refused, and spends the nonce.
        const QString fresh = http().postJson("/users/nonce", {{"address", address}}).object()["nonce"].toString();
        QCOMPARE(nonceAuthenticate(address, crypto::personal::sign(key, (fresh + "0").toUtf8())).status, 401);
        QCOMPARE(nonceAuthenticate(address, crypto::personal::sign(key, fresh.toUtf8())).status, 401);
        QCOMPARE(nonceAuthenticate(address, "0x1234").status, 401);
        QCOMPARE(http().postJson("/users/nonce", {{"address", "0xnothex"}}).status, 400);
    }

    void publishedEip191Vectors()
    {
        const QJsonArray vectors = readJson("eip191.json").value("vectors").toArray();
        QVERIFY(vectors.size() >= 3);
        for (const QJsonValue &value : vectors) {
            const QJsonObject vector = value.toObject();
            // The address from the vector when it has one; else from its private key. The
            // signature itself always comes from eth-account / ethers.js, not from our code.
            const QString address = vector.contains("address")
                                        ? vector["address"].toString()
                                        : keyFromHex(vector["private_key"].toString()).address().toChecksummed();
            const QString message = vector["message"].toString();
            const QString signature = vector["signature"].toString();
            QCOMPARE(http().postJson("/_test/nonceauth/nonce", {{"address", address}, {"nonce", message}}).status, 200);
            const HttpReply accepted = nonceAuthenticate(address, signature);
            QVERIFY2(accepted.status == 200, accepted.body.constData());
            QCOMPARE(accepted.object()["address"].toString(), address.toLower());
            QCOMPARE(nonceAuthenticate(address, signature).status, 401); // replay

            http().postJson("/_test/nonceauth/nonce", {{"address", address}, {"nonce", QString(message + ".")}});
            QCOMPARE(nonceAuthenticate(address, signature).status, 401); // altered message
            const QString stranger = QStringLiteral("0x14791697260e4c9a71f18484c9f997b308e59326");
            http().postJson("/_test/nonceauth/nonce", {{"address", stranger}, {"nonce", message}});
            QCOMPARE(nonceAuthenticate(stranger, signature).status, 401); // wrong address
        }
        // eth-account's documented address for its key 0x4c08…2318.
        QCOMPARE(keyFromHex(vectors[0]["private_key"].toString()).address().toChecksummed(),
                 QStringLiteral("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"));
    }

    void pakt()
    {
        const Headers builder = HttpProbe::bearer(m_demo["pakt"]["builder_token"].toString());
        const crypto::PrivateKey key = crypto::PrivateKey::generate();
        const QString account = key.address().toLower();
        auto request = [&] { return http().postJson("/v1/auth/web3/request", {{"account", account}}, builder); };

        HttpReply first = request();
        QCOMPARE(first.status, 200);
        QCOMPARE(keysOf(first.object()), sorted({"status", "message", "data"}));
        QCOMPARE(first.object()["status"].toString(), QStringLiteral("success"));
        const QString message = first.object()["data"]["message"].toString();
        QVERIFY2(QRegularExpression("^I approve inkan to authenticate with token \\d{13}::\\S{10}$").match(message).hasMatch(),
                 qPrintable(message));
        const QJsonObject temp = first.object()["data"]["tempToken"].toObject();
        QCOMPARE(keysOf(temp), sorted({"token", "token_type", "expiresIn"}));
        QVERIFY(temp["expiresIn"].toDouble() > QDateTime::currentMSecsSinceEpoch());

        const QString signature = crypto::personal::sign(key, message.toUtf8());
        const HttpReply created = http().postJson("/v1/auth/web3/validate", {{"signedMessage", signature}, {"tempToken", temp["token"]}},
                                                  builder);
        QCOMPARE(created.status, 202);
        QCOMPARE(created.object()["data"]["account"].toString(), account);
        const QString onboardToken = created.object()["data"]["tempToken"]["token"].toString();
        // The request's temp token was single-use.
        QCOMPARE(http().postJson("/v1/auth/web3/validate", {{"signedMessage", signature}, {"tempToken", temp["token"]}}, builder).status,
                 401);

        const HttpReply onboarded = http().postJson("/v1/auth/web3/onboard",
                                                    {{"tempToken", onboardToken}, {"firstName", "Jack"}, {"lastName", "Mar"},
                                                     {"email", "jack@example.com"}},
                                                    builder);
        QCOMPARE(onboarded.status, 200);
        QCOMPARE(keysOf(onboarded.object()["data"].toObject()), sorted({"tempToken", "isVerified"}));
        QCOMPARE(onboarded.object()["data"]["isVerified"].toBool(), false);
        QCOMPARE(http().postJson("/v1/auth/web3/onboard", {{"tempToken", onboardToken}, {"firstName", "J"}, {"lastName", "M"},
                                                           {"email", "j@example.com"}}, builder).status, 401);

        // A known account signs in.
        const HttpReply second = request();
        const QString secondMessage = second.object()["data"]["message"].toString();
        const HttpReply session = http().postJson("/v1/auth/web3/validate",
                                                  {{"signedMessage", crypto::personal::sign(key, secondMessage.toUtf8())},
                                                   {"tempToken", second.object()["data"]["tempToken"]["token"]}},
                                                  builder);
        QCOMPARE(session.status, 200);
        QCOMPARE(session.object()["data"]["token"].toString().count(u'.'), 2);

        // Another key's signature is refused.
        const HttpReply third = request();
        const crypto::PrivateKey other = crypto::PrivateKey::generate();
        const HttpReply refused = http().postJson("/v1/auth/web3/validate",
                                                  {{"signedMessage", crypto::personal::sign(other, third.object()["data"]["message"].toString().toUtf8())},
                                                   {"tempToken", third.object()["data"]["tempToken"]["token"]}},
                                                  builder);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.object()["status"].toString(), QStringLiteral("error"));
    }
};

QTEST_GUILESS_MAIN(SandboxSignInTest)
#include "tst_sandbox_signin.moc"
