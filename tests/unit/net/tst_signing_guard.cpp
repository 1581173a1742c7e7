// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// The pieces of the sign-in flows that need no server: the phishing guard, PKCE (RFC 7636
// vector from tests/data/misc.json), ES256K ID token verification, CSV and metadata checks.
#include "Blocking.h"
#include "crypto/Secp256k1.h"
#include "jobs/BatchMint.h"
#include "jobs/Csv.h"
#include "net/Jwt.h"
#include "services/PhishingGuard.h"
#include "services/nonceauth/NonceAuthClient.h"
#include "TinyServer.h"
#include "services/oidc/OidcClient.h"
#include "services/oidc/OidcDesktopFlow.h"
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace inkan;
using services::PhishingGuard;

namespace {

QByteArray makeIdToken(const crypto::PrivateKey &key, const QJsonObject &claims, const QString &kid = QStringLiteral("k1"))
{
    const QByteArray header = net::base64UrlEncode(QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256K")},
                                                                             {QStringLiteral("kid"), kid}}).toJson(QJsonDocument::Compact));
    const QByteArray payload = net::base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray input = header + '.' + payload;
    const auto signature = key.signDigest(QCryptographicHash::hash(input, QCryptographicHash::Sha256));
    return input + '.' + net::base64UrlEncode(signature.toCompact());
}

const QByteArray kOrderHex = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

/// n - s for a 32-byte big-endian s, in 32-bit words (kept apart from net::normalizeLowS).
QByteArray orderMinus(const QByteArray &s32)
{
    const QByteArray n = QByteArray::fromHex(kOrderHex);
    QByteArray out(32, '\0');
    qint64 borrow = 0;
    for (int word = 7; word >= 0; --word) {
        quint32 a = 0, b = 0;
        for (int i = 0; i < 4; ++i) {
            a = (a << 8) | quint8(n[word * 4 + i]);
            b = (b << 8) | quint8(s32[word * 4 + i]);
        }
        qint64 d = qint64(a) - qint64(b) - borrow;
        borrow = d < 0 ? 1 : 0;
        if (d < 0)
            d += qint64(1) << 32;
        for (int i = 3; i >= 0; --i) {
            out[word * 4 + i] = char(d & 0xff);
            d >>= 8;
        }
    }
    return out;
}

/// The same token with its signature's s replaced by n - s (the high-s twin).
QByteArray withHighS(const QByteArray &token)
{
    const qsizetype dot = token.lastIndexOf('.');
    const QByteArray signature = net::base64UrlDecode(token.mid(dot + 1));
    return token.left(dot + 1) + net::base64UrlEncode(QByteArray(signature.left(32) + orderMinus(signature.mid(32))));
}

/// Claims that verify for client "client" and nonce "n1", valid for ten minutes.
QJsonObject validClaims(const QString &issuer)
{
    return {{QStringLiteral("iss"), issuer}, {QStringLiteral("aud"), QStringLiteral("client")},
            {QStringLiteral("sub"), QStringLiteral("0xabc")}, {QStringLiteral("nonce"), QStringLiteral("n1")},
            {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 600}};
}

QByteArray discovery(const TinyServer &provider, const QString &issuer)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("issuer"), issuer},
                                     {QStringLiteral("authorization_endpoint"), provider.url(QStringLiteral("/oidc/authorize")).toString()},
                                     {QStringLiteral("token_endpoint"), provider.url(QStringLiteral("/oidc/token")).toString()},
                                     {QStringLiteral("jwks_uri"), provider.url(QStringLiteral("/oidc/jwks")).toString()}})
        .toJson(QJsonDocument::Compact);
}

QByteArray jwks()
{
    const QByteArray point = crypto::PrivateKey::generate().publicKey();
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{QJsonObject{
                             {QStringLiteral("kty"), QStringLiteral("EC")}, {QStringLiteral("crv"), QStringLiteral("secp256k1")},
                             {QStringLiteral("kid"), QStringLiteral("k1")},
                             {QStringLiteral("x"), QString::fromLatin1(net::base64UrlEncode(point.mid(1, 32)))},
                             {QStringLiteral("y"), QString::fromLatin1(net::base64UrlEncode(point.mid(33, 32)))}}}}})
        .toJson(QJsonDocument::Compact);
}

/// An OIDC provider on loopback that serves discovery (naming `issuer`, by default its own
/// base URL) and a JWKS, and a client for client id "client".
struct FakeProvider {
    TinyServer server;
    net::HttpTransport transport;
    services::oidc::OidcClient client{&transport, server.url(QStringLiteral("/oidc"))};

    explicit FakeProvider(const QString &issuer = QString())
    {
        server.script[QStringLiteral("/oidc/.well-known/openid-configuration")] = {
            {200, discovery(server, issuer.isEmpty() ? server.url(QStringLiteral("/oidc")).toString() : issuer)}};
        server.script[QStringLiteral("/oidc/jwks")] = {{200, jwks()}};
    }
    services::oidc::OidcDesktopFlow *flow()
    {
        services::oidc::OidcDesktopFlow::Options options;
        options.clientId = QStringLiteral("client");
        return new services::oidc::OidcDesktopFlow(&client, options, &client);
    }
};

QString halfHash(const QString &value)
{
    return QString::fromLatin1(net::base64UrlEncode(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).left(16)));
}

} // namespace

class TestSigningGuard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void phishingGuard_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("allowed");
        const QString sandbox = QStringLiteral("http://127.0.0.1:4000/api/v3");
        QTest::newRow("own loopback host") << QStringLiteral("Sign in to Capture at 127.0.0.1:4000\nNonce: 1f") << sandbox << true;
        QTest::newRow("bare nonce") << QStringLiteral("0x4337dc04898551f40b0f186b70b9d585") << sandbox << true;
        QTest::newRow("pakt text") << QStringLiteral("I approve inkan to authenticate with token 1795441381348::z6AwqtAgAN") << sandbox << true;
        QTest::newRow("e-mail is not a host") << QStringLiteral("Welcome alice@evil.example, sign to continue") << sandbox << true;
        QTest::newRow("EIP-4361 other host") << QStringLiteral("evil.example wants you to sign in with your Ethereum account:\n0xabc") << sandbox << false;
        QTest::newRow("EIP-4361 own host")
            << QStringLiteral("api.numbersprotocol.io wants you to sign in with your Ethereum account:\n0xabc\nURI: https://api.numbersprotocol.io/login")
            << QStringLiteral("https://api.numbersprotocol.io/api/v3") << true;
        QTest::newRow("parent domain") << QStringLiteral("numbersprotocol.io wants you to sign in") << QStringLiteral("https://api.numbersprotocol.io/api/v3") << true;
        QTest::newRow("URL to elsewhere") << QStringLiteral("Sign in at https://login.evil.example/x?y") << sandbox << false;
        QTest::newRow("bare foreign host") << QStringLiteral("Authorize web3connect.jp.evil.example now") << QStringLiteral("https://api.web3connect.jp/rest/v1") << false;
        QTest::newRow("foreign IP") << QStringLiteral("Sign in to 10.0.0.8:4000") << sandbox << false;
        const QString web3 = QStringLiteral("https://api.web3connect.jp/rest/v1");
        QTest::newRow("EIP-4361 own host, URI elsewhere")
            << QStringLiteral("api.web3connect.jp wants you to sign in with your Ethereum account:\n0xabc\n\nURI: https://evil.example/login\nVersion: 1\nNonce: 32891756")
            << web3 << false;
        QTest::newRow("userinfo trick") << QStringLiteral("Sign in at https://api.web3connect.jp@evil.example/") << web3 << false;
        QTest::newRow("EIP-4361 with scheme and port") << QStringLiteral("https://evil.example:443 wants you to sign in with your Ethereum account:") << web3 << false;
        QTest::newRow("EIP-4361 upper case") << QStringLiteral("EVIL.EXAMPLE wants you to sign in with your Ethereum account:") << web3 << false;
        QTest::newRow("EIP-4361 own host with port") << QStringLiteral("127.0.0.1:4000 wants you to sign in with your Ethereum account:\n0xabc") << sandbox << true;
        QTest::newRow("own host in a URL") << QStringLiteral("Sign in at https://api.web3connect.jp/login?next=/x") << web3 << true;
        QTest::newRow("lookalike") << QStringLiteral("api.web3conect.jp wants you to sign in") << QStringLiteral("https://api.web3connect.jp/rest/v1") << false;
    }

    void phishingGuard()
    {
        QFETCH(QString, message);
        QFETCH(QString, base);
        QFETCH(bool, allowed);
        const auto checked = PhishingGuard::check(message, QUrl(base));
        QCOMPARE(checked.ok(), allowed);
        if (!allowed) {
            QCOMPARE(checked.error().kind, ErrorKind::Refused);
            QVERIFY(checked.error().message.contains(QUrl(base).host()));
        }
    }

    void pkceVector()
    {
        QFile file(QStringLiteral(INKAN_TEST_DATA_DIR "/misc.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject vector = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("pkce_s256")).toObject();
        QCOMPARE(services::oidc::Pkce::challengeFor(vector.value(QLatin1String("code_verifier")).toString()),
                 vector.value(QLatin1String("code_challenge")).toString());
        const auto fresh = services::oidc::Pkce::generate();
        QCOMPARE(fresh.verifier.size(), 43);
        QCOMPARE(services::oidc::Pkce::challengeFor(fresh.verifier), fresh.challenge);
        QVERIFY(services::oidc::randomToken() != services::oidc::randomToken());
    }

    void idTokenVerification()
    {
        const auto key = crypto::PrivateKey::generate();
        const auto other = crypto::PrivateKey::generate();
        const QList<services::oidc::Jwk> keys{{QStringLiteral("k1"), key.publicKey()}};
        const QString issuer = QStringLiteral("http://127.0.0.1:9/oidc");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims{{QStringLiteral("iss"), issuer}, {QStringLiteral("aud"), QStringLiteral("client")},
                           {QStringLiteral("sub"), QStringLiteral("0xabc")}, {QStringLiteral("nonce"), QStringLiteral("n1")},
                           {QStringLiteral("s_hash"), halfHash(QStringLiteral("s1"))}, {QStringLiteral("exp"), now + 600},
                           {QStringLiteral("iat"), now}};
        const auto verify = [&](const QByteArray &token) {
            return services::oidc::verifyIdToken(token, keys, issuer, QStringLiteral("client"), QStringLiteral("n1"), QStringLiteral("s1"));
        };
        auto ok = verify(makeIdToken(key, claims));
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
        QCOMPARE(ok->sub, QStringLiteral("0xabc"));

        QVERIFY(!verify(makeIdToken(other, claims)).ok()); // wrong key
        QVERIFY(!verify(makeIdToken(key, claims, QStringLiteral("k2"))).ok());
        for (auto [field, value] : {std::pair{"iss", QJsonValue(QStringLiteral("http://evil/oidc"))},
                                    std::pair{"aud", QJsonValue(QStringLiteral("other"))},
                                    std::pair{"nonce", QJsonValue(QStringLiteral("n2"))},
                                    std::pair{"s_hash", QJsonValue(halfHash(QStringLiteral("s2")))},
                                    std::pair{"exp", QJsonValue(now - 3600)}}) {
            QJsonObject bad = claims;
            bad.insert(QLatin1String(field), value);
            const auto refused = verify(makeIdToken(key, bad));
            QVERIFY2(!refused.ok(), field);
            QCOMPARE(refused.error().kind, ErrorKind::Refused);
        }
        // A flipped payload byte breaks the signature.
        QByteArray token = makeIdToken(key, claims);
        const qsizetype dot = token.indexOf('.');
        token[dot + 3] = token[dot + 3] == 'A' ? 'B' : 'A';
        QVERIFY(!verify(token).ok());
    }

    void idTokenAudienceAndCodeBinding()
    {
        const auto key = crypto::PrivateKey::generate();
        const QList<services::oidc::Jwk> keys{{QStringLiteral("k1"), key.publicKey()}};
        const QString issuer = QStringLiteral("http://127.0.0.1:9/oidc");
        const QJsonObject base = validClaims(issuer);
        const auto verify = [&](const QJsonObject &claims, const QString &code = QString()) {
            return services::oidc::verifyIdToken(makeIdToken(key, claims), keys, issuer, QStringLiteral("client"),
                                                 QStringLiteral("n1"), QStringLiteral("s1"), code);
        };
        const auto with = [&base](std::initializer_list<std::pair<const char *, QJsonValue>> changes) {
            QJsonObject claims = base;
            for (const auto &[name, value] : changes)
                claims.insert(QLatin1String(name), value);
            return claims;
        };
        const QJsonArray twoAudiences{QStringLiteral("client"), QStringLiteral("other-client")};
        // Several audiences: azp must name this client.
        QCOMPARE(verify(with({{"aud", twoAudiences}})).error().kind, ErrorKind::Refused);
        QCOMPARE(verify(with({{"aud", twoAudiences}, {"azp", QStringLiteral("other-client")}})).error().kind, ErrorKind::Refused);
        QVERIFY(verify(with({{"aud", twoAudiences}, {"azp", QStringLiteral("client")}})).ok());
        QVERIFY(verify(with({{"aud", QJsonArray{QStringLiteral("client")}}})).ok()); // one audience in a list
        QCOMPARE(verify(with({{"azp", QStringLiteral("other-client")}})).error().kind, ErrorKind::Refused);
        // The hybrid front-channel token binds its code: c_hash required and checked.
        const QString code = QStringLiteral("code-123");
        QCOMPARE(verify(base, code).error().kind, ErrorKind::Refused);
        const auto missing = verify(base, code);
        QVERIFY(missing.error().message.contains(QStringLiteral("c_hash")));
        QCOMPARE(verify(with({{"c_hash", halfHash(QStringLiteral("another-code"))}}), code).error().kind, ErrorKind::Refused);
        QVERIFY(verify(with({{"c_hash", halfHash(code)}}), code).ok());
        QVERIFY(verify(base).ok()); // no code (back channel, implicit): c_hash not required
    }

    void issuerPinnedToBaseUrl_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << QStringLiteral("https://oidc.web3connect.jp") << QStringLiteral("https://oidc.web3connect.jp") << true;
        QTest::newRow("trailing slash") << QStringLiteral("https://oidc.web3connect.jp/") << QStringLiteral("https://oidc.web3connect.jp") << true;
        QTest::newRow("explicit port") << QStringLiteral("https://oidc.web3connect.jp:443") << QStringLiteral("https://oidc.web3connect.jp") << true;
        QTest::newRow("sandbox path") << QStringLiteral("http://127.0.0.1:4000/oidc") << QStringLiteral("http://127.0.0.1:4000/oidc") << true;
        QTest::newRow("other host") << QStringLiteral("https://evil.example") << QStringLiteral("https://oidc.web3connect.jp") << false;
        QTest::newRow("subdomain") << QStringLiteral("https://x.oidc.web3connect.jp") << QStringLiteral("https://oidc.web3connect.jp") << false;
        QTest::newRow("other path") << QStringLiteral("http://127.0.0.1:4000/other") << QStringLiteral("http://127.0.0.1:4000/oidc") << false;
        QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:4001/oidc") << QStringLiteral("http://127.0.0.1:4000/oidc") << false;
        QTest::newRow("http for https") << QStringLiteral("http://oidc.web3connect.jp") << QStringLiteral("https://oidc.web3connect.jp") << false;
        QTest::newRow("empty") << QString() << QStringLiteral("https://oidc.web3connect.jp") << false;
    }
    void issuerPinnedToBaseUrl()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, base);
        QFETCH(bool, matches);
        QCOMPARE(services::oidc::issuerMatchesBaseUrl(issuer, QUrl(base)), matches);
    }

    void oidcFlowRefusesAnotherIssuer()
    {
        FakeProvider provider(QStringLiteral("https://evil.example"));
        auto *flow = provider.flow();
        bool urlHandedOut = false;
        flow->setUrlHandler([&urlHandedOut](const QUrl &) { urlHandedOut = true; });
        const auto result = services::awaitFlow(flow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Refused);
        QVERIFY(result.error().message.contains(QStringLiteral("evil.example")));
        QVERIFY(!urlHandedOut);
        QCOMPARE(provider.server.hits.value(QStringLiteral("/oidc/jwks")), 0);
    }

    void oidcListenerClosesOnCancelAndFailure_data()
    {
        QTest::addColumn<bool>("cancel"); // else: fails because no browser can be opened
        QTest::newRow("cancel") << true;
        QTest::newRow("failure") << false;
    }
    void oidcListenerClosesOnCancelAndFailure()
    {
        QFETCH(bool, cancel);
        FakeProvider provider;
        auto *flow = provider.flow();
        QPointer<services::oidc::OidcDesktopFlow> guard(flow);
        if (cancel)
            flow->setUrlHandler([flow](const QUrl &) { QMetaObject::invokeMethod(flow, &services::SignInFlow::cancel, Qt::QueuedConnection); });
        // (without a handler, in a QCoreApplication, no browser can be opened: the flow fails)
        const auto result = services::awaitFlow(flow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, cancel ? ErrorKind::Cancelled : ErrorKind::Unsupported);
        const quint16 port = quint16(flow->redirectUri().port());
        QVERIFY(port != 0);
        QVERIFY(guard); // the flow object still exists: its listener must be closed anyway
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(5000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void lowSNormalization()
    {
        const QByteArray r(32, '\x11');
        QByteArray one(32, '\0');
        one[31] = 1;
        const QByteArray nMinusOne = QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140");
        QCOMPARE(orderMinus(one), nMinusOne);
        QCOMPARE(net::normalizeLowS(QByteArray(r + nMinusOne)), r + one);      // high s -> n - s
        QCOMPARE(net::normalizeLowS(QByteArray(r + one)), r + one);            // low s unchanged
        const QByteArray half = QByteArray::fromHex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");
        QCOMPARE(net::normalizeLowS(QByteArray(r + half)), r + half);          // n/2 itself is low
        const QByteArray n = QByteArray::fromHex(kOrderHex);
        QCOMPARE(net::normalizeLowS(QByteArray(r + n)), r + n);                // s = n is invalid: left for verify to refuse
        QCOMPARE(net::normalizeLowS(QByteArray(63, 'x')), QByteArray(63, 'x'));
        for (int i = 0; i < 20; ++i) {
            const auto key = crypto::PrivateKey::generate();
            const QByteArray digest = QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256);
            const QByteArray low = key.signDigest(digest).toCompact();
            const QByteArray high = low.left(32) + orderMinus(low.mid(32));
            QVERIFY(high.mid(32) > half);
            QCOMPARE(net::normalizeLowS(high), low);
        }
    }

    void idTokenWithHighS()
    {
        // JWS ES256K does not require a low s: a token signed with the high-s twin is valid.
        const auto key = crypto::PrivateKey::generate();
        const auto other = crypto::PrivateKey::generate();
        const QList<services::oidc::Jwk> keys{{QStringLiteral("k1"), key.publicKey()}};
        const QString issuer = QStringLiteral("https://oidc.web3connect.jp");
        const QJsonObject claims = validClaims(issuer);
        const auto verify = [&](const QByteArray &token) {
            return services::oidc::verifyIdToken(token, keys, issuer, QStringLiteral("client"), QStringLiteral("n1"), QStringLiteral("s1"));
        };
        const QByteArray token = makeIdToken(key, claims);
        const QByteArray high = withHighS(token);
        QVERIFY(high != token);
        QVERIFY(!crypto::verifyDigest(key.publicKey(), QCryptographicHash::hash(token.left(token.lastIndexOf('.')), QCryptographicHash::Sha256),
                                      net::base64UrlDecode(high.mid(high.lastIndexOf('.') + 1)))); // crypto alone refuses it
        const auto accepted = verify(high);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        QCOMPARE(accepted->sub, QStringLiteral("0xabc"));
        // Normalizing does not make a wrong signature right.
        QCOMPARE(verify(withHighS(makeIdToken(other, claims))).error().kind, ErrorKind::Refused);
        QJsonObject otherNonce = claims;
        otherNonce.insert(QStringLiteral("nonce"), QStringLiteral("n2"));
        QCOMPARE(verify(withHighS(makeIdToken(key, otherNonce))).error().kind, ErrorKind::Refused);
    }

    void csv()
    {
        auto table = jobs::parseCsv("holder,name\r\n0x1,\"a, \"\"b\"\"\"\n\n0x2,c\n");
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows[0][1], QStringLiteral("a, \"b\""));
        QVERIFY(!jobs::parseCsv("a,b\n1\n").ok());
        QVERIFY(!jobs::parseCsv("a\n\"open\n").ok());
        QCOMPARE(jobs::csvLine({QStringLiteral("1"), QStringLiteral("x,y")}), QByteArray("1,\"x,y\"\n"));
    }

    void metadataValidation()
    {
        QJsonObject good;
        for (const QString &f : jobs::requiredStaticFields())
            good.insert(f, QStringLiteral("v"));
        good.insert(QStringLiteral("serial_number"), 1);
        good.insert(QStringLiteral("total_issued"), 10);
        QVERIFY(jobs::validateMetadata(good, {}).isEmpty());
        QJsonObject bad = good;
        bad.remove(QStringLiteral("name"));
        bad.insert(QStringLiteral("serial_number"), QStringLiteral("one"));
        const auto problems = jobs::validateMetadata(bad, QJsonObject{{QStringLiteral("numbered_position"), 1.5}});
        QCOMPARE(problems.size(), 3);
    }

    void units()
    {
        QCOMPARE(services::nonceauth::formatUnits(QStringLiteral("1250000000000000000"), 18), QStringLiteral("1.25"));
        QCOMPARE(services::nonceauth::formatUnits(QStringLiteral("5"), 2), QStringLiteral("0.05"));
        QCOMPARE(services::nonceauth::formatUnits(QStringLiteral("42"), 0), QStringLiteral("42"));
        QCOMPARE(services::nonceauth::formatUnits(QStringLiteral("-1"), 0), QString());
    }
};

QTEST_GUILESS_MAIN(TestSigningGuard)
#include "tst_signing_guard.moc"
