// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Web3Connect REST against a real inkan-sandbox: every endpoint's happy path with the exact
// response shape, the rules of minting, visibility, transfer, search, import and verification of
// phone and domain, and that no private NFT leaks.
#include "SandboxFixture.h"

#include "crypto/Address.h"
#include "crypto/Keccak.h"
#include "crypto/PersonalSign.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QTest>

using namespace inkan;
using namespace inkan::test;

class SandboxWeb3ConnectTest : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{QStringLiteral("--demo"), QStringLiteral("--test-hooks")}};
    std::unique_ptr<HttpProbe> m_http;
    QJsonValue m_demo; // demo.json
    QString m_org;   // organization access token
    QString m_alice; // end-user access tokens
    QString m_bob;
    QString m_carol;
    QString m_aliceAddress;
    QString m_bobAddress;
    QString m_carolAddress;
    QString m_orgAddress;

    HttpProbe &http() { return *m_http; }

    QString readOutboxCode()
    {
        QFile outbox(m_sandbox.dataDir() + QStringLiteral("/outbox.log"));
        if (!outbox.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> lines = outbox.readAll().trimmed().split('\n');
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("(\\d{6})\\.$")).match(QString::fromUtf8(lines.last()));
        return match.captured(1);
    }

    static void verifyErrorEnvelope(const HttpReply &reply, int status)
    {
        QCOMPARE(reply.status, status);
        const QJsonObject body = reply.object();
        QCOMPARE(keysOf(body), sorted({"status", "result", "error"}));
        QCOMPARE(body.value("status").toString(), QStringLiteral("error"));
        QVERIFY(body.value("result").isNull());
        QVERIFY(!body.value("error").toString().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl());
        m_demo = m_sandbox.demo();
        QVERIFY(!m_demo.toObject().isEmpty());
        const QJsonArray users = m_demo["end_users"].toArray();
        QCOMPARE(users.size(), 3);
        m_org = accessToken(http(), m_demo["organization"]["api_key_secret"].toString());
        m_alice = accessToken(http(), users[0]["api_key_secret"].toString());
        m_bob = accessToken(http(), users[1]["api_key_secret"].toString());
        m_carol = accessToken(http(), users[2]["api_key_secret"].toString());
        QVERIFY(!m_org.isEmpty() && !m_alice.isEmpty() && !m_bob.isEmpty() && !m_carol.isEmpty());
        m_aliceAddress = users[0]["id_wallet_address"].toString();
        m_bobAddress = users[1]["id_wallet_address"].toString();
        m_carolAddress = users[2]["id_wallet_address"].toString();
        m_orgAddress = m_demo["organization"]["id_wallet_address"].toString();
    }

    // Reads of an NFT and of lists are answered from a cache until the database changes: every
    // write shows at once in the next read with the same token.
    void repeatedReadsFollowEveryChange()
    {
        const HttpReply minted = mint(http(), m_org, m_aliceAddress, staticMetadata(9101), {{"points_earned", 1}});
        QCOMPARE(minted.status, 200);
        const QString tokenId = minted.result()["token_id"].toString();
        const QString path = QStringLiteral("/rest/v1/nft/") + tokenId;
        const QString held = QStringLiteral("/rest/v1/nft/held_by_id_wallet/") + m_aliceAddress + QStringLiteral("?perPageItemNum=100");
        auto holds = [&](const QString &token) {
            for (const QJsonValue &nft : http().get(held, HttpProbe::bearer(token)).result().toArray())
                if (nft["token_id"].toString() == tokenId)
                    return true;
            return false;
        };
        const HttpReply first = http().get(path, HttpProbe::bearer(m_alice));
        QCOMPARE(first.status, 200);
        QCOMPARE(http().get(path, HttpProbe::bearer(m_alice)).body, first.body);
        QVERIFY(holds(m_alice));

        QCOMPARE(http().putJson(path + QStringLiteral("/metadata/dynamic"), {{"points_earned", 2}}, HttpProbe::bearer(m_org)).status, 200);
        QCOMPARE(http().get(path, HttpProbe::bearer(m_alice)).result()["metadata"]["dynamic"]["points_earned"].toInt(), 2);

        QCOMPARE(http().send("PUT", path + QStringLiteral("/transfer/to/") + m_bobAddress, {}, {}, HttpProbe::bearer(m_alice)).status, 200);
        QVERIFY(!holds(m_alice));
        verifyErrorEnvelope(http().get(path, HttpProbe::bearer(m_alice)), 404);
        QCOMPARE(http().get(path, HttpProbe::bearer(m_bob)).status, 200);
    }

    void demoJsonShape()
    {
        QCOMPARE(m_demo["base_url"].toString(), m_sandbox.baseUrl().toString());
        const QJsonObject services = m_demo["services"].toObject();
        const QString base = m_sandbox.baseUrl().toString();
        QCOMPARE(services.value("web3connect").toString(), base + "/rest/v1");
        QCOMPARE(services.value("oidc").toString(), base + "/oidc");
        QCOMPARE(services.value("capture").toString(), base + "/api/v3");
        QCOMPARE(services.value("nonceauth").toString(), base);
        QCOMPARE(services.value("pakt").toString(), base + "/v1/auth/web3");
        const QJsonObject organization = m_demo["organization"].toObject();
        QCOMPARE(keysOf(organization), sorted({"name", "account_id", "api_key_secret", "id_wallet_address", "domain"}));
        QCOMPARE(organization.value("name").toString(), QStringLiteral("Inkan Demo Museum"));
        for (const QJsonValue &user : m_demo["end_users"].toArray())
            QCOMPARE(keysOf(user.toObject()), sorted({"email", "password", "api_key_secret", "id_wallet_address"}));
        QCOMPARE(m_demo["oidc"]["client_id"].toString(), organization.value("account_id").toString());
        QVERIFY(!m_demo["pakt"]["builder_token"].toString().isEmpty());
        QCOMPARE(QFile(m_sandbox.dataDir() + "/demo.json").permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void demoSeededFortyNfts()
    {
        int total = 0;
        for (int page = 1;; ++page) {
            const HttpReply reply = http().get(QStringLiteral("/rest/v1/nft/minted_by_me?perPageItemNum=100&pageNum=%1").arg(page),
                                               HttpProbe::bearer(m_org));
            QCOMPARE(reply.status, 200);
            total += reply.result().toArray().size();
            if (reply.result().toArray().size() < 100)
                break;
        }
        QVERIFY(total >= 40);
        const HttpReply asset = http().get(QStringLiteral("/assets/ticket-concert.png"));
        QCOMPARE(asset.status, 200);
        QCOMPARE(asset.header("content-type"), QByteArray("image/png"));
        QVERIFY(asset.body.startsWith("\x89PNG"));
    }

    void accessTokenAndAccountType()
    {
        const HttpReply refresh = http().postJson("/rest/v1/auth/account/access_token/refresh",
                                                  {{"api_key_secret", m_demo["end_users"][0]["api_key_secret"]}});
        QCOMPARE(refresh.status, 200);
        QCOMPARE(keysOf(refresh.object()), sorted({"status", "result", "error"}));
        QCOMPARE(refresh.object().value("status").toString(), QStringLiteral("ok"));
        QVERIFY(refresh.object().value("error").isNull());
        QCOMPARE(refresh.result().toString().count(u'.'), 2);

        const HttpReply type = http().postJson("/rest/v1/auth/account/access_token/check_account_type_and_address",
                                               {{"api_key_secret", m_demo["organization"]["api_key_secret"]}});
        QCOMPARE(type.status, 200);
        const QJsonObject result = type.result().toObject();
        QCOMPARE(keysOf(result), sorted({"account_id", "id_wallet_address_eth", "id_wallet_address_suri", "account_type"}));
        QCOMPARE(result.value("account_type").toString(), QStringLiteral("organization"));
        QCOMPARE(result.value("id_wallet_address_eth").toString(), m_orgAddress);
        QVERIFY(result.value("id_wallet_address_suri").toString().startsWith(u'5'));

        verifyErrorEnvelope(http().postJson("/rest/v1/auth/account/access_token/refresh", {{"api_key_secret", "wrong"}}), 401);
        verifyErrorEnvelope(http().postJson("/rest/v1/auth/account/access_token/refresh", {}), 401);
    }

    void myInfoAndPublicInfo()
    {
        const HttpReply info = http().get("/rest/v1/account/my_info", HttpProbe::bearer(m_alice));
        QCOMPARE(info.status, 200);
        const QJsonObject me = info.result().toObject();
        QCOMPARE(keysOf(me),
                 sorted({"account_id", "oidc_issuer_url", "sub", "name", "given_name", "family_name", "middle_name",
                         "nickname", "preferred_username", "profile", "picture", "website", "email", "email_verified",
                         "gender", "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified", "address",
                         "account_type", "domain", "domain_verified", "id_wallet", "created_at", "updated_at"}));
        QCOMPARE(me.value("account_type").toString(), QStringLiteral("end_user"));
        QCOMPARE(me.value("email").toString(), QStringLiteral("alice@example.com"));
        const QJsonObject wallet = me.value("id_wallet").toObject();
        QCOMPARE(keysOf(wallet), sorted({"address", "jwk_encrypted", "owner", "created_date_string", "created_at", "updated_at"}));
        QCOMPARE(wallet.value("address").toString(), m_aliceAddress);

        const HttpReply publicInfo = http().get("/rest/v1/account/id_wallet/" + m_orgAddress + "/public_info",
                                                HttpProbe::bearer(m_alice));
        QCOMPARE(publicInfo.status, 200);
        const QJsonObject result = publicInfo.result().toObject();
        QCOMPARE(keysOf(result), sorted({"id_wallet_address", "id_wallet_public_key_jwk"}));
        const QJsonObject jwk = result.value("id_wallet_public_key_jwk").toObject();
        QCOMPARE(keysOf(jwk), sorted({"kty", "crv", "x", "y"}));
        QCOMPARE(jwk.value("crv").toString(), QStringLiteral("secp256k1"));
        // The JWK really is the wallet's key: its address is the wallet address.
        const QByteArray x = QByteArray::fromBase64(jwk.value("x").toString().toLatin1(), QByteArray::Base64UrlEncoding);
        const QByteArray y = QByteArray::fromBase64(jwk.value("y").toString().toLatin1(), QByteArray::Base64UrlEncoding);
        QCOMPARE(crypto::Address::fromPublicKey(QByteArray(x + y)).toLower(), m_orgAddress);

        verifyErrorEnvelope(http().get("/rest/v1/account/id_wallet/0x0000000000000000000000000000000000000001/public_info",
                                       HttpProbe::bearer(m_alice)), 404);
        verifyErrorEnvelope(http().get("/rest/v1/account/id_wallet/nonsense/public_info", HttpProbe::bearer(m_alice)), 400);
    }

    void importOne()
    {
        const HttpReply imported = http().postJson("/rest/v1/account/import", {{"email", "dave@example.com"}},
                                                   HttpProbe::bearer(m_org));
        QCOMPARE(imported.status, 200);
        const QJsonObject result = imported.result().toObject();
        QCOMPARE(keysOf(result), sorted({"email", "id_wallet_address", "id_wallet_address_eth", "id_wallet_address_suri"}));
        QCOMPARE(result.value("id_wallet_address").toString(), result.value("id_wallet_address_eth").toString());
        // Importing again finds the same wallet.
        QCOMPARE(http().postJson("/rest/v1/account/import", {{"email", "dave@example.com"}}, HttpProbe::bearer(m_org))
                     .result()["id_wallet_address"].toString(),
                 result.value("id_wallet_address").toString());
        verifyErrorEnvelope(http().postJson("/rest/v1/account/import", {{"email", "not an email"}}, HttpProbe::bearer(m_org)), 400);
        verifyErrorEnvelope(http().postJson("/rest/v1/account/import", {{"email", "x@example.com"}}, HttpProbe::bearer(m_alice)), 403);
    }

    void batchImport()
    {
        const QString secret = m_demo["organization"]["api_key_secret"].toString();
        QJsonArray emails;
        for (int i = 0; i < 10000; ++i)
            emails.append(QStringLiteral("batch%1@example.org").arg(i));
        emails[17] = QStringLiteral("not-an-address");
        emails[9998] = 42;
        const HttpReply submitted = http().postJson("/rest/v1/account/import/batch/submit",
                                                    {{"api_key_secret", secret}, {"emails", emails}});
        QCOMPARE(submitted.status, 200);
        const QString batchId = submitted.result()["batch_id"].toString();
        QVERIFY(batchId.contains(u':'));

        HttpReply check = http().postJson("/rest/v1/account/import/batch/check",
                                          {{"api_key_secret", secret}, {"batch_id", batchId}});
        QCOMPARE(check.status, 200);
        QJsonObject batch = check.result()["batch_result"].toObject();
        QCOMPARE(keysOf(batch), sorted({"batch_id", "started_at", "finished_at", "status", "result"}));
        QCOMPARE(batch.value("status").toString(), QStringLiteral("running"));
        QCOMPARE(batch.value("result").toArray().size(), 0);

        const QDeadlineTimer deadline(300000);
        while (batch.value("status").toString() == u"running" && !deadline.hasExpired()) {
            QThread::msleep(200);
            check = http().postJson("/rest/v1/account/import/batch/check", {{"api_key_secret", secret}, {"batch_id", batchId}});
            batch = check.result()["batch_result"].toObject();
        }
        QCOMPARE(batch.value("status").toString(), QStringLiteral("done"));
        QVERIFY(!batch.value("finished_at").toString().isEmpty());
        const QJsonArray result = batch.value("result").toArray();
        QCOMPARE(result.size(), 10000);
        QCOMPARE(keysOf(result[0].toObject()),
                 sorted({"email", "id_wallet_address", "id_wallet_address_eth", "id_wallet_address_suri", "ok"}));
        QVERIFY(result[0]["ok"].toBool());
        QVERIFY(result[0]["id_wallet_address"].toString().startsWith("0x"));
        QVERIFY(!result[17]["ok"].toBool());
        QCOMPARE(result[17]["id_wallet_address"].toString(), QString());
        QVERIFY(!result[9998]["ok"].toBool());

        emails.append(QStringLiteral("one-too-many@example.org"));
        verifyErrorEnvelope(http().postJson("/rest/v1/account/import/batch/submit", {{"api_key_secret", secret}, {"emails", emails}}), 400);
        verifyErrorEnvelope(http().postJson("/rest/v1/account/import/batch/submit", {{"api_key_secret", secret}, {"emails", "a@b.c"}}), 400);
        verifyErrorEnvelope(http().postJson("/rest/v1/account/import/batch/submit",
                                            {{"api_key_secret", m_demo["end_users"][0]["api_key_secret"]}, {"emails", QJsonArray()}}),
                            403);
        verifyErrorEnvelope(http().postJson("/rest/v1/account/import/batch/check", {{"api_key_secret", secret}, {"batch_id", "nope"}}), 404);
    }

    void associationButton()
    {
        const QString secret = m_demo["organization"]["api_key_secret"].toString();
        const HttpReply js = http().postJson("/rest/v1/auth/account/association/generate_web3connect_button_js",
                                             {{"api_key_secret", secret},
                                              {"redirect_url", "https://company.example/abc/def?g=h&userId=42"}});
        QCOMPARE(js.status, 200);
        const QString script = js.result().toString();
        QVERIFY(script.startsWith("function globalWeb3ConnectButtonOnClick()"));
        const QRegularExpressionMatch url = QRegularExpression("\"(http://[^\"]+/association\\?s=[^\"]+)\"").match(script);
        QVERIFY2(url.hasMatch(), qPrintable(script));
        const QString path = url.captured(1).mid(m_sandbox.baseUrl().toString().size());

        const HttpReply page = http().get(path);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<form") && page.body.contains("name=\"email\""));
        const QString session = QUrlQuery(QUrl(url.captured(1))).queryItemValue("s");

        QUrlQuery form;
        form.addQueryItem("s", session);
        form.addQueryItem("email", "erin@example.com");
        const HttpReply done = http().postForm("/association", form);
        QCOMPARE(done.status, 303);
        const QUrl location(QString::fromUtf8(done.header("location")));
        QCOMPARE(location.host(), QStringLiteral("company.example"));
        const QUrlQuery query(location);
        QCOMPARE(query.queryItemValue("userId"), QStringLiteral("42"));
        QCOMPARE(query.queryItemValue("g"), QStringLiteral("h"));
        QVERIFY(QRegularExpression("^0x[0-9a-f]{40}$").match(query.queryItemValue("id_wallet_address")).hasMatch());
        // One-time: the link is spent.
        QCOMPARE(http().postForm("/association", form).status, 410);
        QCOMPARE(http().get(path).status, 410);

        verifyErrorEnvelope(http().postJson("/rest/v1/auth/account/association/generate_web3connect_button_js",
                                            {{"api_key_secret", secret}, {"redirect_url", "javascript:alert(1)"}}), 400);
        verifyErrorEnvelope(http().postJson("/rest/v1/auth/account/association/generate_web3connect_button_js",
                                            {{"api_key_secret", m_demo["end_users"][0]["api_key_secret"]},
                                             {"redirect_url", "https://company.example/"}}), 403);
    }

    void phoneVerification()
    {
        verifyErrorEnvelope(http().postJson("/rest/v1/verify/phone/step1", {{"phone_number", "0901234"}}, HttpProbe::bearer(m_org)), 400);
        const HttpReply step1 = http().postJson("/rest/v1/verify/phone/step1", {{"phone_number", "+819012345678"}},
                                                HttpProbe::bearer(m_org));
        QCOMPARE(step1.status, 200);
        QCOMPARE(keysOf(step1.result().toObject()), sorted({"tmp_token", "code_sent"}));
        QCOMPARE(step1.result()["code_sent"].toBool(), true);
        const QString tmpToken = step1.result()["tmp_token"].toString();
        const QString code = readOutboxCode();
        QCOMPARE(code.size(), 6);
        const QString wrong = code == "000000" ? "111111" : "000000";
        for (int i = 0; i < 4; ++i)
            verifyErrorEnvelope(http().postJson("/rest/v1/verify/phone/step2", {{"tmp_token", tmpToken}, {"code", wrong}},
                                                HttpProbe::bearer(m_org)), 400);
        // Another account cannot use this tmp_token.
        verifyErrorEnvelope(http().postJson("/rest/v1/verify/phone/step2", {{"tmp_token", tmpToken}, {"code", code}},
                                            HttpProbe::bearer(m_alice)), 400);
        const HttpReply step2 = http().postJson("/rest/v1/verify/phone/step2", {{"tmp_token", tmpToken}, {"code", code}},
                                                HttpProbe::bearer(m_org));
        QCOMPARE(step2.status, 200);
        QCOMPARE(step2.result(), QJsonValue(true));
        const QJsonObject me = http().get("/rest/v1/account/my_info", HttpProbe::bearer(m_org)).result().toObject();
        QCOMPARE(me.value("phone_number").toString(), QStringLiteral("+819012345678"));
        QCOMPARE(me.value("phone_number_verified").toBool(), true);
        // Spent: used once.
        verifyErrorEnvelope(http().postJson("/rest/v1/verify/phone/step2", {{"tmp_token", tmpToken}, {"code", code}},
                                            HttpProbe::bearer(m_org)), 400);

        // Five wrong tries spend the tmp_token: the right code no longer works.
        const QString second = http().postJson("/rest/v1/verify/phone/step1", {{"phone_number", "+819012345679"}},
                                               HttpProbe::bearer(m_alice)).result()["tmp_token"].toString();
        const QString secondCode = readOutboxCode();
        const QString secondWrong = secondCode == "000000" ? "111111" : "000000";
        for (int i = 0; i < 5; ++i)
            http().postJson("/rest/v1/verify/phone/step2", {{"tmp_token", second}, {"code", secondWrong}}, HttpProbe::bearer(m_alice));
        verifyErrorEnvelope(http().postJson("/rest/v1/verify/phone/step2", {{"tmp_token", second}, {"code", secondCode}},
                                            HttpProbe::bearer(m_alice)), 400);
    }

    void domainVerificationGatesMinting()
    {
        const QJsonObject fresh = createOrganization(http(), "Fresh Org", "fresh-org.example", false);
        const QString token = accessToken(http(), fresh["api_key_secret"].toString());
        verifyErrorEnvelope(mint(http(), token, m_aliceAddress, staticMetadata(1)), 403);

        const HttpReply step1 = http().get("/rest/v1/verify/domain/step1", HttpProbe::bearer(token));
        QCOMPARE(step1.status, 200);
        QCOMPARE(keysOf(step1.result().toObject()), sorted({"txt_record", "domain"}));
        QCOMPARE(step1.result()["domain"].toString(), QStringLiteral("fresh-org.example"));
        const QString record = step1.result()["txt_record"].toString();
        QVERIFY(record.startsWith("web3connect-domain-verification="));
        verifyErrorEnvelope(http().get("/rest/v1/verify/domain/step2", HttpProbe::bearer(token)), 400);

        QFile dns(m_sandbox.dataDir() + "/dns.json");
        QVERIFY(dns.open(QIODevice::WriteOnly));
        dns.write(QJsonDocument(QJsonObject{{"fresh-org.example", QJsonArray{"v=spf1 -all", record}}}).toJson());
        dns.close();
        const HttpReply step2 = http().get("/rest/v1/verify/domain/step2", HttpProbe::bearer(token));
        QCOMPARE(step2.status, 200);
        QCOMPARE(step2.result(), QJsonValue(true));
        QCOMPARE(mint(http(), token, m_aliceAddress, staticMetadata(1)).status, 200);

        verifyErrorEnvelope(http().get("/rest/v1/verify/domain/step1", HttpProbe::bearer(m_alice)), 403);
    }

    void mintValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("isDynamic");
        QTest::newRow("missing name") << "name" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("missing issuer") << "issuer" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("serial_number as text") << "serial_number" << QJsonValue("12") << false;
        QTest::newRow("total_issued fraction") << "total_issued" << QJsonValue(1.5) << false;
        QTest::newRow("image not a string") << "image" << QJsonValue(7) << false;
        QTest::newRow("expired_at not a date") << "expired_at" << QJsonValue("soon") << false;
        QTest::newRow("unknown static field") << "colour" << QJsonValue("red") << false;
        QTest::newRow("points_earned text") << "points_earned" << QJsonValue("ten") << true;
        QTest::newRow("numbered_position fraction") << "numbered_position" << QJsonValue(1.25) << true;
        QTest::newRow("attributes not array") << "attributes" << QJsonValue("x") << true;
        QTest::newRow("valid_latitude not a number") << "valid_latitude" << QJsonValue("north") << true;
        QTest::newRow("unit_of_length miles") << "unit_of_length" << QJsonValue("mi") << true;
    }

    void mintValidation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, isDynamic);
        QJsonObject staticPart = staticMetadata(5);
        QJsonObject dynamicPart;
        QJsonObject &target = isDynamic ? dynamicPart : staticPart;
        if (value.isUndefined())
            target.remove(field);
        else
            target.insert(field, value);
        const HttpReply reply = mint(http(), m_org, m_aliceAddress, staticPart, dynamicPart);
        verifyErrorEnvelope(reply, 400);
        QVERIFY2(reply.object().value("error").toString().contains(field), reply.body.constData());
    }

    void mintTargets()
    {
        verifyErrorEnvelope(mint(http(), m_org, m_orgAddress, staticMetadata(1)), 400);
        verifyErrorEnvelope(mint(http(), m_org, "0x00000000000000000000000000000000000000aa", staticMetadata(1)), 404);
        verifyErrorEnvelope(mint(http(), m_org, "0x1234", staticMetadata(1)), 400);
        verifyErrorEnvelope(mint(http(), m_alice, m_bobAddress, staticMetadata(1)), 403);
    }

    void nftLifecycle()
    {
        const QJsonObject dynamicPart{{"category", "lifecycle"}, {"points_earned", 10}, {"anything", QJsonArray{1, 2}}};
        const HttpReply minted = mint(http(), m_org, m_aliceAddress, staticMetadata(77), dynamicPart);
        QCOMPARE(minted.status, 200);
        const QJsonObject nft = minted.result().toObject();
        QCOMPARE(keysOf(nft), nftKeys());
        const QString tokenId = nft.value("token_id").toString();
        QVERIFY(QRegularExpression("^0x[0-9a-f]{64}$").match(tokenId).hasMatch());
        QCOMPARE(nft["metadata"]["static"]["expired_at"].toString(), QStringLiteral("9999-12-31T23:59:59.000Z"));
        QCOMPARE(nft["metadata"]["dynamic"]["anything"].toArray(), (QJsonArray{1, 2}));

        // minter_digital_signature: personal_sign of keccak256(token id bytes ‖ canonical static JSON).
        const QByteArray digest = crypto::keccak256(
            QByteArray(QByteArray::fromHex(tokenId.mid(2).toLatin1())
                       + QJsonDocument(nft["metadata"]["static"].toObject()).toJson(QJsonDocument::Compact)));
        Result<crypto::Address> signer = crypto::personal::recover(digest, nft.value("minter_digital_signature").toString());
        QVERIFY(signer.ok());
        QCOMPARE(signer->toLower(), m_orgAddress);

        // New NFTs are private: holder and minter see it, others get 404.
        QCOMPARE(http().get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(m_alice)).status, 200);
        QCOMPARE(http().get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(m_org)).status, 200);
        verifyErrorEnvelope(http().get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(m_bob)), 404);
        verifyErrorEnvelope(http().putJson("/rest/v1/nft/" + tokenId + "/visibility", {{"to", "public"}}, HttpProbe::bearer(m_bob)), 404);
        verifyErrorEnvelope(http().get("/rest/v1/nft/0x1234", HttpProbe::bearer(m_alice)), 400);

        const HttpReply visibility = http().putJson("/rest/v1/nft/" + tokenId + "/visibility", {{"to", "public"}},
                                                    HttpProbe::bearer(m_alice));
        QCOMPARE(visibility.status, 200);
        QCOMPARE(visibility.result().toString(), QStringLiteral("public"));
        verifyErrorEnvelope(http().putJson("/rest/v1/nft/" + tokenId + "/visibility", {{"to", "hidden"}}, HttpProbe::bearer(m_alice)), 400);
        QCOMPARE(http().get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(m_bob)).status, 200);
        verifyErrorEnvelope(http().putJson("/rest/v1/nft/" + tokenId + "/visibility", {{"to", "private"}}, HttpProbe::bearer(m_bob)), 403);

        // Dynamic metadata: the minter only; static never changes.
        verifyErrorEnvelope(http().putJson("/rest/v1/nft/" + tokenId + "/metadata/dynamic", {{"points_earned", 11}},
                                           HttpProbe::bearer(m_alice)), 403);
        verifyErrorEnvelope(http().putJson("/rest/v1/nft/" + tokenId + "/metadata/dynamic", {{"points_earned", "eleven"}},
                                           HttpProbe::bearer(m_org)), 400);
        const HttpReply updated = http().putJson("/rest/v1/nft/" + tokenId + "/metadata/dynamic",
                                                 {{"points_earned", 11}, {"level", "gold"}, {"name", "renamed?"}},
                                                 HttpProbe::bearer(m_org));
        QCOMPARE(updated.status, 200);
        QCOMPARE(keysOf(updated.result().toObject()), nftKeys());
        QCOMPARE(updated.result()["metadata"]["dynamic"]["points_earned"].toInt(), 11);
        QCOMPARE(updated.result()["metadata"]["dynamic"]["category"].toString(), QStringLiteral("lifecycle"));
        QCOMPARE(updated.result()["metadata"]["static"].toObject(), nft["metadata"]["static"].toObject());

        // Transfer: holder or minter, to an existing end-user.
        verifyErrorEnvelope(http().send("PUT", "/rest/v1/nft/" + tokenId + "/transfer/to/" + m_carolAddress, {}, {},
                                        HttpProbe::bearer(m_bob)), 403);
        verifyErrorEnvelope(http().send("PUT", "/rest/v1/nft/" + tokenId + "/transfer/to/" + m_orgAddress, {}, {},
                                        HttpProbe::bearer(m_alice)), 400);
        verifyErrorEnvelope(http().send("PUT", "/rest/v1/nft/" + tokenId + "/transfer/to/0x00000000000000000000000000000000000000bb",
                                        {}, {}, HttpProbe::bearer(m_alice)), 404);
        const HttpReply moved = http().send("PUT", "/rest/v1/nft/" + tokenId + "/transfer/to/" + m_bobAddress, {}, {},
                                            HttpProbe::bearer(m_alice));
        QCOMPARE(moved.status, 200);
        QCOMPARE(keysOf(moved.result().toObject()), nftKeys());
        QVERIFY(containsToken(http().get("/rest/v1/nft/held_by_id_wallet/" + m_bobAddress + "?perPageItemNum=100&order=desc",
                                         HttpProbe::bearer(m_bob)).result().toArray(), tokenId));
        const HttpReply byMinter = http().send("PUT", "/rest/v1/nft/" + tokenId + "/transfer/to/" + m_carolAddress, {}, {},
                                               HttpProbe::bearer(m_org));
        QCOMPARE(byMinter.status, 200);

        // History: mint, then two transfers, with increasing block numbers.
        const HttpReply history = http().get("/rest/v1/nft/" + tokenId + "/history", HttpProbe::bearer(m_carol));
        QCOMPARE(history.status, 200);
        const QJsonObject result = history.result().toObject();
        QCOMPARE(keysOf(result), sorted({"token_id", "transactions", "mint", "transfers", "burn"}));
        QCOMPARE(result.value("token_id").toString(), tokenId);
        QVERIFY(result.value("burn").isNull());
        QCOMPARE(result.value("transfers").toArray().size(), 2);
        const QJsonArray transactions = result.value("transactions").toArray();
        QCOMPARE(transactions.size(), 3);
        QCOMPARE(keysOf(transactions[0].toObject()),
                 sorted({"network", "trackId", "transactionId", "blockNumber", "explorerUrl", "panelUrl"}));
        QCOMPARE(result.value("mint").toObject(), transactions[0].toObject());
        qint64 previous = 0;
        for (const QJsonValue &entry : transactions) {
            const qint64 block = entry["blockNumber"].toString().toLongLong();
            QVERIFY(block > previous);
            previous = block;
        }
    }

    void listsPagingAndSearch()
    {
        // Three fresh public NFTs for carol with one searchable brand.
        QStringList minted;
        for (int i = 0; i < 3; ++i) {
            const HttpReply reply = mint(http(), m_org, m_carolAddress, staticMetadata(900 + i),
                                         {{"brand", "PagingBrand"}, {"level", i == 1 ? "gold" : "silver"}});
            QCOMPARE(reply.status, 200);
            minted << reply.result()["token_id"].toString();
            QCOMPARE(http().putJson("/rest/v1/nft/" + minted.last() + "/visibility", {{"to", "public"}}, HttpProbe::bearer(m_carol)).status,
                     200);
        }
        const QString held = "/rest/v1/nft/held_by_id_wallet/" + m_carolAddress;
        for (const char *bad : {"?perPageItemNum=0", "?perPageItemNum=101", "?perPageItemNum=x", "?pageNum=0",
                                "?pageNum=-3", "?order=sideways"})
            verifyErrorEnvelope(http().get(held + bad, HttpProbe::bearer(m_carol)), 400);
        const QJsonArray asc = http().get(held + "?perPageItemNum=100&order=asc", HttpProbe::bearer(m_carol)).result().toArray();
        const QJsonArray desc = http().get(held + "?perPageItemNum=100&order=desc", HttpProbe::bearer(m_carol)).result().toArray();
        QCOMPARE(asc.size(), desc.size());
        QCOMPARE(asc.first().toObject(), desc.last().toObject());
        QCOMPARE(desc.first()["token_id"].toString(), minted.last());
        const QJsonArray page2 = http().get(held + "?perPageItemNum=2&pageNum=2", HttpProbe::bearer(m_carol)).result().toArray();
        QCOMPARE(page2.size(), 2);
        QCOMPARE(page2[0].toObject(), asc[2].toObject());
        QCOMPARE(http().get(held, HttpProbe::bearer(m_carol)).result().toArray().size(), qMin(10, int(asc.size())));

        const HttpReply search = http().postJson("/rest/v1/nft/search?perPageItemNum=100", {{"brand", "PagingBrand"}},
                                                 HttpProbe::bearer(m_bob));
        QCOMPARE(search.status, 200);
        QCOMPARE(search.result().toArray().size(), 3);
        QCOMPARE(keysOf(search.result().toArray()[0].toObject()), nftKeys());
        // Every given field must match.
        const QJsonArray both = http().postJson("/rest/v1/nft/search", {{"brand", "PagingBrand"}, {"level", "gold"}},
                                                HttpProbe::bearer(m_bob)).result().toArray();
        QCOMPARE(both.size(), 1);
        QCOMPARE(both[0]["token_id"].toString(), minted[1]);
        QCOMPARE(http().postJson("/rest/v1/nft/search", {{"brand", "PagingBran"}}, HttpProbe::bearer(m_bob)).result().toArray().size(), 0);
        QCOMPARE(http().postJson("/rest/v1/nft/search", {{"name", "Test NFT 901"}, {"brand", "PagingBrand"}}, HttpProbe::bearer(m_bob))
                     .result().toArray().size(), 1);
        verifyErrorEnvelope(http().postJson("/rest/v1/nft/search", {{"colour", "red"}}, HttpProbe::bearer(m_bob)), 400);
        verifyErrorEnvelope(http().postJson("/rest/v1/nft/search", {{"brand", 3}}, HttpProbe::bearer(m_bob)), 400);
        verifyErrorEnvelope(http().postJson("/rest/v1/nft/search?perPageItemNum=500", {}, HttpProbe::bearer(m_bob)), 400);

        const HttpReply mine = http().postJson("/rest/v1/nft/minted_by_me/search", {{"brand", "PagingBrand"}}, HttpProbe::bearer(m_org));
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.result().toArray().size(), 3);
        verifyErrorEnvelope(http().get("/rest/v1/nft/minted_by_me", HttpProbe::bearer(m_carol)), 403);
        verifyErrorEnvelope(http().postJson("/rest/v1/nft/minted_by_me/search", {}, HttpProbe::bearer(m_carol)), 403);
    }

    void noPrivateNftLeaks()
    {
        const HttpReply minted = mint(http(), m_org, m_carolAddress, staticMetadata(4242),
                                      {{"brand", "SecretBrand"}, {"keywords", "secret"}});
        const QString tokenId = minted.result()["token_id"].toString();
        const QJsonObject otherOrg = createOrganization(http(), "Other Org", "other-org.example", true);
        const QString other = accessToken(http(), otherOrg["api_key_secret"].toString());

        for (const QString &outsider : {m_bob, other}) {
            verifyErrorEnvelope(http().get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(outsider)), 404);
            verifyErrorEnvelope(http().get("/rest/v1/nft/" + tokenId + "/history", HttpProbe::bearer(outsider)), 404);
            for (int page = 1; page <= 5; ++page) {
                const QJsonArray list = http().get(QStringLiteral("/rest/v1/nft/held_by_id_wallet/%1?perPageItemNum=100&pageNum=%2")
                                                       .arg(m_carolAddress).arg(page),
                                                   HttpProbe::bearer(outsider)).result().toArray();
                QVERIFY(!containsToken(list, tokenId));
            }
            QCOMPARE(http().postJson("/rest/v1/nft/search", {{"brand", "SecretBrand"}}, HttpProbe::bearer(outsider)).result().toArray().size(), 0);
            QCOMPARE(http().postJson("/rest/v1/nft/search", {{"keywords", "secret"}}, HttpProbe::bearer(outsider)).result().toArray().size(), 0);
            verifyErrorEnvelope(http().send("PUT", "/rest/v1/nft/" + tokenId + "/transfer/to/" + m_bobAddress, {}, {},
                                            HttpProbe::bearer(outsider)), 404);
            verifyErrorEnvelope(http().postJson("/rest/v1/nft/" + tokenId + "/verification/qr_code/step1",
                                                {{"gps", QJsonObject{{"latitude", "35"}, {"longitude", "139"}}}},
                                                HttpProbe::bearer(outsider)), 404);
        }
        QVERIFY(!containsToken(http().postJson("/rest/v1/nft/minted_by_me/search", {{"brand", "SecretBrand"}}, HttpProbe::bearer(other))
                                   .result().toArray(), tokenId));
        // Even the holder's public search does not list a private NFT; the minter's own search does.
        QCOMPARE(http().postJson("/rest/v1/nft/search", {{"brand", "SecretBrand"}}, HttpProbe::bearer(m_carol)).result().toArray().size(), 0);
        QVERIFY(containsToken(http().postJson("/rest/v1/nft/minted_by_me/search", {{"brand", "SecretBrand"}}, HttpProbe::bearer(m_org))
                                  .result().toArray(), tokenId));
        QVERIFY(containsToken(http().get("/rest/v1/nft/held_by_id_wallet/" + m_carolAddress + "?perPageItemNum=100&order=desc",
                                         HttpProbe::bearer(m_carol)).result().toArray(), tokenId));

        // Public, then private again: gone for outsiders in fetch and search alike.
        QCOMPARE(http().putJson("/rest/v1/nft/" + tokenId + "/visibility", {{"to", "public"}}, HttpProbe::bearer(m_carol)).status, 200);
        QCOMPARE(http().get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(m_bob)).status, 200);
        QCOMPARE(http().postJson("/rest/v1/nft/search", {{"brand", "SecretBrand"}}, HttpProbe::bearer(m_bob)).result().toArray().size(), 1);
        QCOMPARE(http().putJson("/rest/v1/nft/" + tokenId + "/visibility", {{"to", "private"}}, HttpProbe::bearer(m_carol)).status, 200);
        verifyErrorEnvelope(http().get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(m_bob)), 404);
        QCOMPARE(http().postJson("/rest/v1/nft/search", {{"brand", "SecretBrand"}}, HttpProbe::bearer(m_bob)).result().toArray().size(), 0);
        // A private NFT given away: its previous holder is an outsider from then on.
        QCOMPARE(http().send("PUT", "/rest/v1/nft/" + tokenId + "/transfer/to/" + m_bobAddress, {}, {}, HttpProbe::bearer(m_carol)).status,
                 200);
        verifyErrorEnvelope(http().get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(m_carol)), 404);
        verifyErrorEnvelope(http().get("/rest/v1/nft/" + tokenId + "/history", HttpProbe::bearer(m_carol)), 404);
        QVERIFY(!containsToken(http().get("/rest/v1/nft/held_by_id_wallet/" + m_bobAddress + "?perPageItemNum=100&order=desc",
                                          HttpProbe::bearer(m_carol)).result().toArray(), tokenId));
        QVERIFY(!containsToken(http().get("/rest/v1/nft/held_by_id_wallet/" + m_carolAddress + "?perPageItemNum=100&order=desc",
                                          HttpProbe::bearer(m_carol)).result().toArray(), tokenId));
        QVERIFY(containsToken(http().get("/rest/v1/nft/held_by_id_wallet/" + m_bobAddress + "?perPageItemNum=100&order=desc",
                                         HttpProbe::bearer(m_bob)).result().toArray(), tokenId));
        QCOMPARE(http().get("/rest/v1/nft/" + tokenId + "/history", HttpProbe::bearer(m_bob)).result()["transfers"].toArray().size(), 1);
        verifyErrorEnvelope(http().get("/rest/v1/nft/" + tokenId, HttpProbe::bearer(other)), 404);

        // The request log never carries tokens or secrets.
        const QByteArray log = m_sandbox.log();
        QVERIFY(!log.contains(m_org.toUtf8()));
        QVERIFY(!log.contains(m_demo["organization"]["api_key_secret"].toString().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(SandboxWeb3ConnectTest)
#include "tst_sandbox_web3connect.moc"
