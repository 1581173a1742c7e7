// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The authorization matrix: every protected endpoint × {no token, malformed, expired, another
// end-user, organization vs end-user} gets the right 401/403/404, and nothing changes.
#include "SandboxFixture.h"

#include <QJsonDocument>
#include <QThread>
#include <QTest>

using namespace inkan;
using namespace inkan::test;

namespace {

enum class Caller { None, Malformed, Expired, Holder, OtherEndUser, Organization, OtherOrganization };

} // namespace

Q_DECLARE_METATYPE(Caller)

class SandboxAuthzTest : public QObject {
    Q_OBJECT

private:
    // Access tokens live 2 s here, so a token made at the start is expired by the matrix.
    SandboxProcess m_sandbox{{QStringLiteral("--demo"), QStringLiteral("--test-hooks"), QStringLiteral("--token-ttl"),
                              QStringLiteral("2")}};
    std::unique_ptr<HttpProbe> m_http;
    QJsonValue m_demo; // demo.json
    QString m_otherOrgSecret;
    QString m_expired;
    QString m_privateId;
    QString m_publicId;
    QString m_code;
    int m_mintedBefore = 0;

    HttpProbe &http() { return *m_http; }
    QString secretOf(int endUser) { return m_demo["end_users"][endUser]["api_key_secret"].toString(); }
    QString addressOf(int endUser) { return m_demo["end_users"][endUser]["id_wallet_address"].toString(); }
    QString orgToken() { return accessToken(http(), m_demo["organization"]["api_key_secret"].toString()); }

    QString tokenFor(Caller caller)
    {
        switch (caller) {
        case Caller::None: return {};
        case Caller::Malformed: return QStringLiteral("not.a.jwt");
        case Caller::Expired: return m_expired;
        case Caller::Holder: return accessToken(http(), secretOf(0));
        case Caller::OtherEndUser: return accessToken(http(), secretOf(1));
        case Caller::Organization: return orgToken();
        case Caller::OtherOrganization: return accessToken(http(), m_otherOrgSecret);
        }
        return {};
    }

    int mintedCount(const QString &token)
    {
        int total = 0;
        for (int page = 1;; ++page) {
            const QJsonArray list = http().get(QStringLiteral("/rest/v1/nft/minted_by_me?perPageItemNum=100&pageNum=%1").arg(page),
                                               HttpProbe::bearer(token)).result().toArray();
            total += list.size();
            if (list.size() < 100)
                return total;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl());
        m_demo = m_sandbox.demo();
        m_otherOrgSecret = createOrganization(http(), "Another Org", "another.example", true)["api_key_secret"].toString();
        m_expired = orgToken();
        const QString org = orgToken();
        const QString alice = tokenFor(Caller::Holder);
        m_privateId = mint(http(), org, addressOf(0), staticMetadata(1), {{"level", "a"}}).result()["token_id"].toString();
        m_publicId = mint(http(), org, addressOf(0), staticMetadata(2), {{"level", "a"}}).result()["token_id"].toString();
        QCOMPARE(http().putJson("/rest/v1/nft/" + m_publicId + "/visibility", {{"to", "public"}}, HttpProbe::bearer(alice)).status, 200);
        m_code = http().postJson("/rest/v1/nft/" + m_privateId + "/verification/qr_code/step1",
                                 {{"gps", QJsonObject{{"latitude", "35.7188"}, {"longitude", "139.7765"}}}},
                                 HttpProbe::bearer(alice)).result()["code"].toString();
        QVERIFY(!m_code.isEmpty());
        m_mintedBefore = mintedCount(org);
        QThread::sleep(3); // m_expired is now past its 2 s
    }

    void restMatrix_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<Caller>("caller");
        QTest::addColumn<int>("status");

        const QJsonObject gps{{"gps", QJsonObject{{"latitude", "35.7188"}, {"longitude", "139.7765"}}}};
        const QJsonObject mintBody{{"metadata", QJsonObject{{"static", staticMetadata(9)}}}};
        struct Endpoint {
            const char *method;
            const char *path;
            QJsonObject body;
        };
        const QList<Endpoint> anyAccount = {
            {"GET", "/rest/v1/account/my_info", {}},
            {"GET", "/rest/v1/account/id_wallet/{alice}/public_info", {}},
            {"POST", "/rest/v1/verify/phone/step1", {{"phone_number", "+819011112222"}}},
            {"POST", "/rest/v1/verify/phone/step2", {{"tmp_token", "x"}, {"code", "123456"}}},
            {"GET", "/rest/v1/nft/{public}", {}},
            {"GET", "/rest/v1/nft/{public}/history", {}},
            {"GET", "/rest/v1/nft/held_by_id_wallet/{alice}", {}},
            {"POST", "/rest/v1/nft/search", {}},
            {"POST", "/rest/v1/nft/verification/qr_code/step2?c={code}", gps},
            {"GET", "/rest/v1/nft/verification/qr_code/result?c={code}", {}},
            {"PUT", "/rest/v1/nft/{private}/transfer/to/{bob}", {}},
            {"PUT", "/rest/v1/nft/{private}/visibility", {{"to", "public"}}},
            {"PUT", "/rest/v1/nft/{private}/metadata/dynamic", {{"level", "b"}}},
            {"POST", "/rest/v1/nft/{private}/verification/qr_code/step1", gps},
        };
        const QList<Endpoint> organizationOnly = {
            {"POST", "/rest/v1/account/import", {{"email", "matrix@example.com"}}},
            {"GET", "/rest/v1/verify/domain/step1", {}},
            {"GET", "/rest/v1/verify/domain/step2", {}},
            {"POST", "/rest/v1/nft/mint/to/{alice}", mintBody},
            {"GET", "/rest/v1/nft/minted_by_me", {}},
            {"POST", "/rest/v1/nft/minted_by_me/search", {}},
        };
        for (const Endpoint &endpoint : anyAccount + organizationOnly) {
            for (Caller caller : {Caller::None, Caller::Malformed, Caller::Expired}) {
                QTest::addRow("%s %s no/bad token %d", endpoint.method, endpoint.path, int(caller))
                    << QByteArray(endpoint.method) << QString::fromLatin1(endpoint.path) << endpoint.body << caller << 401;
            }
        }
        for (const Endpoint &endpoint : organizationOnly) {
            QTest::addRow("%s %s end-user", endpoint.method, endpoint.path)
                << QByteArray(endpoint.method) << QString::fromLatin1(endpoint.path) << endpoint.body << Caller::Holder << 403;
        }
        // Another end-user: a private NFT does not exist for them; a public one is not theirs.
        auto row = [](const char *name, const char *method, const char *path, const QJsonObject &body, Caller caller, int status) {
            QTest::newRow(name) << QByteArray(method) << QString::fromLatin1(path) << body << caller << status;
        };
        row("fetch private, other end-user", "GET", "/rest/v1/nft/{private}", {}, Caller::OtherEndUser, 404);
        row("history private, other end-user", "GET", "/rest/v1/nft/{private}/history", {}, Caller::OtherEndUser, 404);
        row("transfer private, other end-user", "PUT", "/rest/v1/nft/{private}/transfer/to/{bob}", {}, Caller::OtherEndUser, 404);
        row("transfer public, other end-user", "PUT", "/rest/v1/nft/{public}/transfer/to/{bob}", {}, Caller::OtherEndUser, 403);
        row("transfer private, other organization", "PUT", "/rest/v1/nft/{private}/transfer/to/{bob}", {}, Caller::OtherOrganization, 404);
        row("visibility private, other end-user", "PUT", "/rest/v1/nft/{private}/visibility", {{"to", "public"}}, Caller::OtherEndUser, 404);
        row("visibility public, other end-user", "PUT", "/rest/v1/nft/{public}/visibility", {{"to", "private"}}, Caller::OtherEndUser, 403);
        row("dynamic private, other end-user", "PUT", "/rest/v1/nft/{private}/metadata/dynamic", {{"level", "b"}}, Caller::OtherEndUser, 404);
        row("dynamic private, holder", "PUT", "/rest/v1/nft/{private}/metadata/dynamic", {{"level", "b"}}, Caller::Holder, 403);
        row("dynamic public, other organization", "PUT", "/rest/v1/nft/{public}/metadata/dynamic", {{"level", "b"}}, Caller::OtherOrganization, 403);
        row("qr step1 private, other end-user", "POST", "/rest/v1/nft/{private}/verification/qr_code/step1", gps, Caller::OtherEndUser, 404);
        row("qr step1 public, other end-user", "POST", "/rest/v1/nft/{public}/verification/qr_code/step1", gps, Caller::OtherEndUser, 403);
        row("qr step1, minter", "POST", "/rest/v1/nft/{private}/verification/qr_code/step1", gps, Caller::Organization, 403);
        row("qr result, other end-user", "GET", "/rest/v1/nft/verification/qr_code/result?c={code}", {}, Caller::OtherEndUser, 404);
        row("qr result, organization", "GET", "/rest/v1/nft/verification/qr_code/result?c={code}", {}, Caller::Organization, 404);
        row("mint to an organization wallet", "POST", "/rest/v1/nft/mint/to/{org}", mintBody, Caller::Organization, 400);
    }

    void restMatrix()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(Caller, caller);
        QFETCH(int, status);
        path.replace("{private}", m_privateId)
            .replace("{public}", m_publicId)
            .replace("{alice}", addressOf(0))
            .replace("{bob}", addressOf(1))
            .replace("{org}", m_demo["organization"]["id_wallet_address"].toString())
            .replace("{code}", m_code);
        const QString token = tokenFor(caller);
        const Headers headers = token.isEmpty() ? Headers{} : HttpProbe::bearer(token);
        const HttpReply reply = http().send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                            "application/json", headers);
        QVERIFY2(reply.status == status, qPrintable(QStringLiteral("%1 %2 -> %3 %4").arg(QString::fromLatin1(method), path)
                                                        .arg(reply.status).arg(QString::fromUtf8(reply.body))));
        QCOMPARE(reply.object().value("status").toString(), QStringLiteral("error"));
        QVERIFY(reply.object().value("result").isNull());
    }

    void secretMatrix_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        const QStringList endpoints = {"/rest/v1/auth/account/access_token/refresh",
                                       "/rest/v1/auth/account/access_token/check_account_type_and_address",
                                       "/rest/v1/auth/account/association/generate_web3connect_button_js",
                                       "/rest/v1/account/import/batch/submit", "/rest/v1/account/import/batch/check"};
        for (const QString &path : endpoints) {
            QTest::addRow("%s no secret", qPrintable(path)) << path << QJsonObject{} << 401;
            QTest::addRow("%s wrong secret", qPrintable(path)) << path << QJsonObject{{"api_key_secret", "wrong"}} << 401;
        }
        for (const QString &path : endpoints.mid(2)) {
            QTest::addRow("%s end-user secret", qPrintable(path))
                << path << QJsonObject{{"redirect_url", "https://a.example/"}, {"emails", QJsonArray{}}, {"batch_id", "x"}} << 403;
        }
    }

    void secretMatrix()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        if (status == 403)
            body.insert("api_key_secret", secretOf(0));
        const HttpReply reply = http().postJson(path, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.object().value("status").toString(), QStringLiteral("error"));
    }

    void otherServicesRefuseMissingCredentials()
    {
        // OIDC userinfo takes only OIDC access tokens: a REST token is refused.
        QCOMPARE(http().get("/oidc/userinfo").status, 401);
        QCOMPARE(http().get("/oidc/userinfo", HttpProbe::bearer("garbage")).status, 401);
        QCOMPARE(http().get("/oidc/userinfo", HttpProbe::bearer(orgToken())).status, 401);
        QCOMPARE(http().get("/oidc/userinfo").object().value("error").toString(), QStringLiteral("invalid_token"));
        // Capture
        QCOMPARE(http().get("/api/v3/auth/users/me/").status, 401);
        QCOMPARE(http().get("/api/v3/auth/users/me/", {{"Authorization", "token 0000000000000000000000000000000000000000"}}).status, 401);
        QVERIFY(http().get("/api/v3/auth/users/me/").object().contains("detail"));
        // nonce-auth
        const QStringList nonceAuthPaths = {QStringLiteral("/users/api-key"), QStringLiteral("/users/tokens"),
                                            QString(QStringLiteral("/users/") + addressOf(0) + QStringLiteral("/data"))};
        for (const QString &path : nonceAuthPaths) {
            QCOMPARE(http().get(path).status, 401);
            QCOMPARE(http().get(path, {{"x-auth-token", "forged"}}).status, 401);
            QCOMPARE(http().get(path, {{"x-auth-token", orgToken().toUtf8()}}).status, 401); // a REST token is not ours
        }
        // Pakt: every call needs the builder token.
        for (const QString &path : {QStringLiteral("/v1/auth/web3/request"), QStringLiteral("/v1/auth/web3/validate"),
                                    QStringLiteral("/v1/auth/web3/onboard")}) {
            const HttpReply none = http().postJson(path, {{"account", addressOf(0)}});
            QCOMPARE(none.status, 401);
            QCOMPARE(none.object().value("status").toString(), QStringLiteral("error"));
            QCOMPARE(http().postJson(path, {{"account", addressOf(0)}}, HttpProbe::bearer("wrong")).status, 401);
        }
    }

    void nothingChanged()
    {
        const QString alice = tokenFor(Caller::Holder);
        const HttpReply nft = http().get("/rest/v1/nft/" + m_privateId, HttpProbe::bearer(alice));
        QCOMPARE(nft.status, 200);
        QCOMPARE(nft.result()["metadata"]["dynamic"].toObject(), (QJsonObject{{"level", "a"}}));
        QCOMPARE(http().get("/rest/v1/nft/" + m_privateId, HttpProbe::bearer(tokenFor(Caller::OtherEndUser))).status, 404);
        QCOMPARE(http().get("/rest/v1/nft/" + m_privateId + "/history", HttpProbe::bearer(alice)).result()["transactions"].toArray().size(), 1);
        QCOMPARE(http().get("/rest/v1/nft/" + m_publicId + "/history", HttpProbe::bearer(alice)).result()["transactions"].toArray().size(), 1);
        QCOMPARE(http().get("/rest/v1/nft/" + m_publicId, HttpProbe::bearer(alice)).result()["metadata"]["dynamic"].toObject(),
                 (QJsonObject{{"level", "a"}}));
        QCOMPARE(mintedCount(orgToken()), m_mintedBefore);
        // The refused visibility changes changed nothing: public stays public, private private.
        QCOMPARE(http().get("/rest/v1/nft/" + m_publicId, HttpProbe::bearer(tokenFor(Caller::OtherEndUser))).status, 200);
        QCOMPARE(http().get("/rest/v1/nft/" + m_publicId, HttpProbe::bearer(alice)).result()["token_id"].toString(), m_publicId);
        QVERIFY(containsToken(http().get("/rest/v1/nft/held_by_id_wallet/" + addressOf(0) + "?perPageItemNum=100&order=desc",
                                         HttpProbe::bearer(alice)).result().toArray(), m_privateId));
        const QJsonObject me = http().get("/rest/v1/account/my_info", HttpProbe::bearer(orgToken())).result().toObject();
        QVERIFY(me.value("phone_number").isNull());
        QCOMPARE(http().get("/rest/v1/nft/verification/qr_code/result?c=" + m_code, HttpProbe::bearer(alice)).result()["token_id"],
                 QJsonValue(QJsonValue::Null));
        QCOMPARE(http().postJson("/rest/v1/account/import", {{"email", "matrix@example.com"}}, HttpProbe::bearer(orgToken()))
                     .status, 200); // the end-user's 403 attempt created nothing that gets in the way
    }
};

QTEST_GUILESS_MAIN(SandboxAuthzTest)
#include "tst_sandbox_authz.moc"
