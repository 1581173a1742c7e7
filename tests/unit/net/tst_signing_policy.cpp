// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// What a sign-in flow may sign: the strict grammar per flow, EIP-4361 parsed in full, hidden
// characters refused, and the escaping of server text printed on a terminal.
#include "services/SigningPolicy.h"
#include "services/Siwe.h"
#include <QTest>

using namespace inkan;
using namespace inkan::services;

namespace {

const QString kKey = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const QString kOther = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const QUrl kService(QStringLiteral("https://login.example.com/v1"));
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-12-02T06:00:00Z"), Qt::ISODate);

QString siwe(const QString &domain = QStringLiteral("login.example.com"), const QString &address = kKey,
             const QString &extra = QString(), const QString &statement = QStringLiteral("Sign in to Example."))
{
    return domain + QStringLiteral(" wants you to sign in with your Ethereum account:\n") + address + QStringLiteral("\n\n")
        + (statement.isEmpty() ? QString() : statement + QLatin1Char('\n')) + QStringLiteral("\n")
        + QStringLiteral("URI: https://") + domain + QStringLiteral("/signin\nVersion: 1\nChain ID: 137\nNonce: 32891756abc\n"
                                                             "Issued At: 2026-12-02T05:59:00Z")
        + extra;
}

} // namespace

class TestSigningPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nonceAuthGrammar_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("sandbox nonce") << QStringLiteral("0x3f1c0d2e4b5a69788796a5b4c3d2e1f0") << true;
        QTest::newRow("documented example") << QStringLiteral("0xdeadbeef") << true;
        QTest::newRow("pakt sentence") << QStringLiteral("I approve inkan to authenticate with token 1::abc") << false;
        QTest::newRow("capture text") << QStringLiteral("Sign in to Capture at login.example.com\nNonce: 1f") << false;
        QTest::newRow("no 0x") << QStringLiteral("deadbeef") << false;
        QTest::newRow("too short") << QStringLiteral("0xdead") << false;
        QTest::newRow("trailing newline") << QStringLiteral("0xdeadbeef\n") << false;
        QTest::newRow("not hex") << QStringLiteral("0xdeadbeefzz") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void nonceAuthGrammar()
    {
        QFETCH(QString, message);
        QFETCH(bool, allowed);
        const auto request = SigningPolicy::nonceAuth().evaluate(message, kService, kKey, kNow);
        QCOMPARE(request.ok(), allowed);
        if (allowed) {
            QVERIFY(request->matchesGrammar);
            QCOMPARE(request->serviceHost, QStringLiteral("login.example.com"));
        } else {
            QCOMPARE(request.error().kind, ErrorKind::Refused);
            QVERIFY(!request.error().message.isEmpty());
        }
    }

    void paktGrammar_data()
    {
        QTest::addColumn<QString>("pinned");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("allowed");
        const QString doc = QStringLiteral("I approve afrofund to authenticate with token 1728505838893::5A7sFIIZM9");
        QTest::newRow("first use") << QString() << doc << true;
        QTest::newRow("pinned, same app") << QStringLiteral("afrofund") << doc << true;
        QTest::newRow("pinned, other app") << QStringLiteral("inkan") << doc << false;
        QTest::newRow("sandbox base64url code") << QString() << QStringLiteral("I approve inkan to authenticate with token 1::a-b_C") << true;
        QTest::newRow("extra line") << QString() << doc + QStringLiteral("\nand send all funds") << false;
        QTest::newRow("prefix") << QString() << QStringLiteral("Hi. ") + doc << false;
        QTest::newRow("bare nonce") << QString() << QStringLiteral("0xdeadbeef") << false;
    }
    void paktGrammar()
    {
        QFETCH(QString, pinned);
        QFETCH(QString, message);
        QFETCH(bool, allowed);
        const auto request = SigningPolicy::pakt(pinned).evaluate(message, QUrl(QStringLiteral("https://api.pakt.world/v1/auth/web3")), kKey, kNow);
        QCOMPARE(request.ok(), allowed);
        if (allowed) {
            QVERIFY(request->matchesGrammar);
            QCOMPARE(request->paktAppName, SigningPolicy::paktAppNameIn(message));
            QVERIFY(!request->paktAppName.isEmpty());
        }
    }

    void hostBoundGrammar_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("own host") << QStringLiteral("Sign in to Capture at login.example.com\nAddress: %1\nNonce: 1f").arg(kKey) << true;
        QTest::newRow("own host, another key's address")
            << QStringLiteral("Sign in to Capture at login.example.com\nAddress: %1\nNonce: 1f").arg(kOther) << false;
        QTest::newRow("no host at all") << QStringLiteral("Sign in to Capture\nNonce: 1f") << false;
        QTest::newRow("bare nonce") << QStringLiteral("0xdeadbeef") << false;
        QTest::newRow("foreign host") << QStringLiteral("Sign in at evil.example.org") << false;
        QTest::newRow("siwe, own domain") << siwe() << true;
        QTest::newRow("siwe, other domain") << siwe(QStringLiteral("app.uniswap.org")) << false;
    }
    void hostBoundGrammar()
    {
        QFETCH(QString, message);
        QFETCH(bool, allowed);
        const auto request = SigningPolicy::hostBound().evaluate(message, kService, kKey, kNow);
        QVERIFY2(request.ok() == allowed, qPrintable(request.ok() ? QStringLiteral("allowed") : request.error().message));
    }

    void genericNeverMatchesGrammar()
    {
        // With no grammar a person must say yes: --yes never covers it.
        const auto request = SigningPolicy::generic().evaluate(QStringLiteral("Hello"), kService, kKey, kNow);
        QVERIFY(request.ok());
        QVERIFY(!request->matchesGrammar);
    }

    void hiddenCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("named");
        const QString base = QStringLiteral("0xdeadbeef");
        const std::pair<const char *, char16_t> hidden[] = {
            {"NUL", 0x00}, {"carriage return", 0x0d}, {"escape", 0x1b}, {"DEL", 0x7f}, {"C1 CSI", 0x9b},
            {"RLO", 0x202e}, {"LRE", 0x202a}, {"RLI isolate", 0x2067}, {"PDI", 0x2069}, {"zero-width space", 0x200b},
            {"zero-width joiner", 0x200d}, {"BOM", 0xfeff}, {"lone surrogate", 0xd800}};
        for (const auto &[name, code] : hidden)
            QTest::newRow(name) << base + QChar(code)
                                << QStringLiteral("U+%1").arg(QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    void hiddenCharactersAreRefused()
    {
        QFETCH(QString, message);
        QFETCH(QString, named);
        for (const SigningPolicy &policy : {SigningPolicy::nonceAuth(), SigningPolicy::generic(), SigningPolicy::hostBound()}) {
            const auto request = policy.evaluate(message, kService, kKey, kNow);
            QVERIFY(!request.ok());
            QCOMPARE(request.error().kind, ErrorKind::Refused);
            QVERIFY2(request.error().message.contains(named), qPrintable(request.error().message));
        }
        // Newlines and ordinary non-ASCII text stay allowed.
        QVERIFY(SigningPolicy::checkVisibleText(QStringLiteral("ログイン\nline two")).ok());
    }

    void siweParsesInFull()
    {
        const auto parsed = SiweMessage::parse(siwe(QStringLiteral("login.example.com"), kKey,
            QStringLiteral("\nExpiration Time: 2026-12-02T06:10:00Z\nNot Before: 2026-12-02T05:50:00Z\nRequest ID: r-1\n"
                           "Resources:\n- ipfs://bafy\n- https://example.com/terms")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->domain, QStringLiteral("login.example.com"));
        QCOMPARE(parsed->address, kKey);
        QCOMPARE(parsed->statement, QStringLiteral("Sign in to Example."));
        QCOMPARE(parsed->chainId, qint64(137));
        QCOMPARE(parsed->nonce, QStringLiteral("32891756abc"));
        QVERIFY(parsed->expirationTime.has_value());
        QVERIFY(parsed->notBefore.has_value());
        QCOMPARE(parsed->requestId, QStringLiteral("r-1"));
        QCOMPARE(parsed->resources.size(), 2);
        QVERIFY(SiweMessage::parse(siwe(QStringLiteral("login.example.com"), kKey, QString(), QString())).ok()); // no statement
    }

    void siweRefusals_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("because");
        QTest::newRow("other domain") << siwe(QStringLiteral("app.uniswap.org")) << QStringLiteral("app.uniswap.org");
        QTest::newRow("subdomain is not the host") << siwe(QStringLiteral("example.com")) << QStringLiteral("example.com");
        QTest::newRow("other port") << siwe(QStringLiteral("login.example.com:8443")) << QStringLiteral("8443");
        QTest::newRow("other address") << siwe(QStringLiteral("login.example.com"), kOther) << kOther;
        QTest::newRow("expired") << siwe(QStringLiteral("login.example.com"), kKey, QStringLiteral("\nExpiration Time: 2026-12-02T05:59:59Z"))
                                 << QStringLiteral("expired");
        QTest::newRow("not yet valid") << siwe(QStringLiteral("login.example.com"), kKey, QStringLiteral("\nNot Before: 2026-12-02T06:00:01Z"))
                                       << QStringLiteral("not valid before");
        QTest::newRow("bad time") << siwe(QStringLiteral("login.example.com"), kKey, QStringLiteral("\nExpiration Time: tomorrow"))
                                  << QStringLiteral("Expiration Time");
        QTest::newRow("unknown line") << siwe(QStringLiteral("login.example.com"), kKey, QStringLiteral("\nTransfer: everything"))
                                      << QStringLiteral("Transfer");
        QTest::newRow("fields out of order")
            << QStringLiteral("login.example.com wants you to sign in with your Ethereum account:\n%1\n\n\nVersion: 1\nURI: https://login.example.com\n"
                              "Chain ID: 1\nNonce: 12345678\nIssued At: 2026-12-02T05:59:00Z").arg(kKey)
            << QStringLiteral("URI");
        QTest::newRow("bad checksum") << siwe(QStringLiteral("login.example.com"), QStringLiteral("0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"))
                                      << QStringLiteral("address");
        QTest::newRow("version 2") << siwe().replace(QStringLiteral("Version: 1"), QStringLiteral("Version: 2")) << QStringLiteral("version");
        QTest::newRow("no chain id") << siwe().remove(QStringLiteral("Chain ID: 137\n")) << QStringLiteral("Chain ID");
    }
    void siweRefusals()
    {
        QFETCH(QString, message);
        QFETCH(QString, because);
        for (const SigningPolicy &policy : {SigningPolicy::hostBound(), SigningPolicy::generic()}) {
            const auto request = policy.evaluate(message, kService, kKey, kNow);
            QVERIFY(!request.ok());
            QCOMPARE(request.error().kind, ErrorKind::Refused);
            QVERIFY2(request.error().message.contains(because), qPrintable(request.error().message));
        }
    }

    void siweChainIdIsExposed()
    {
        const auto request = SigningPolicy::hostBound().evaluate(siwe(), kService, kKey, kNow);
        QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().message));
        QVERIFY(request->siwe.has_value());
        QCOMPARE(request->siwe->chainId, qint64(137));
        QCOMPARE(request->serviceHost, QStringLiteral("login.example.com"));
        // The loopback sandbox: the domain carries the port.
        const QUrl sandbox(QStringLiteral("http://127.0.0.1:4000/api/v3"));
        QVERIFY(SigningPolicy::hostBound().evaluate(siwe(QStringLiteral("127.0.0.1:4000")), sandbox, kKey, kNow).ok());
        QVERIFY(!SigningPolicy::hostBound().evaluate(siwe(QStringLiteral("127.0.0.1:4001")), sandbox, kKey, kNow).ok());
    }

    void terminalEscaping()
    {
        const QString hostile = QStringLiteral("bad\x1b[2J") + QChar(0x202e) + QStringLiteral("txt\r\nok") + QChar(0x9b) + QChar(0xd800);
        const QString shown = escapeNonPrintable(hostile);
        QCOMPARE(shown, QStringLiteral("bad\\u{001B}[2J\\u{202E}txt\\u{000D}\nok\\u{009B}\\u{D800}"));
        QCOMPARE(escapeNonPrintable(QStringLiteral("日本語 ok\n")), QStringLiteral("日本語 ok\n"));
    }
};

QTEST_GUILESS_MAIN(TestSigningPolicy)
#include "tst_signing_policy.moc"
