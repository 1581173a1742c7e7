// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// VerificationPayload: the documented JSON, bare codes, and everything a hostile or broken
// QR code may carry instead.
#include "qr/VerificationPayload.h"

#include <QTest>

using inkan::ErrorKind;
using inkan::qr::VerificationPayload;

class TestVerificationPayload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("scanned");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isJson");
        QTest::newRow("documented json") << QByteArray(R"({"c":"1234567890","m":{},"p":"nft_verification_code","v":"0"})")
                                         << QStringLiteral("1234567890") << true;
        QTest::newRow("keys in another order, spaces")
            << QByteArray("\n { \"v\" : \"0\", \"p\":\"nft_verification_code\",\t\"c\":\"ab-CD_12\", \"m\":{\"x\":1} }\r\n")
            << QStringLiteral("ab-CD_12") << true;
        QTest::newRow("json without m") << QByteArray(R"({"c":"abcd","p":"nft_verification_code","v":"0"})")
                                        << QStringLiteral("abcd") << true;
        QTest::newRow("unknown extra key ignored")
            << QByteArray(R"({"c":"abcd","m":{},"p":"nft_verification_code","v":"0","x":[1,2]})")
            << QStringLiteral("abcd") << true;
        QTest::newRow("bare digits") << QByteArray("1234567890") << QStringLiteral("1234567890") << false;
        QTest::newRow("bare with newline") << QByteArray("Zx9-_aB3\n") << QStringLiteral("Zx9-_aB3") << false;
        QTest::newRow("bare longest") << QByteArray(128, 'a') << QString(128, QLatin1Char('a')) << false;
        QTest::newRow("bare shortest") << QByteArray("a1b2") << QStringLiteral("a1b2") << false;
    }
    void accepted()
    {
        QFETCH(QByteArray, scanned);
        QFETCH(QString, code);
        QFETCH(bool, isJson);
        const auto parsed = VerificationPayload::parse(scanned);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->code, code);
        QCOMPARE(parsed->form, isJson ? VerificationPayload::Form::Json : VerificationPayload::Form::BareCode);
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("scanned");
        QTest::addColumn<QString>("reasonMentions"); // a word the sentence must contain
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank") << QByteArray(" \n\t ") << QStringLiteral("empty");
        QTest::newRow("https link") << QByteArray("https://evil.example/verify?c=1234") << QStringLiteral("link");
        QTest::newRow("http link") << QByteArray("http://127.0.0.1/") << QStringLiteral("link");
        QTest::newRow("javascript uri") << QByteArray("javascript:alert(1)") << QStringLiteral("link");
        QTest::newRow("ethereum uri") << QByteArray("ethereum:0x52908400098527886E0F7030069857D2E4169EE7")
                                      << QStringLiteral("link");
        QTest::newRow("data uri") << QByteArray("data:text/html,<b>x</b>") << QStringLiteral("link");
        QTest::newRow("www host") << QByteArray("www.example.com") << QStringLiteral("link");
        QTest::newRow("wallet address") << QByteArray("0x52908400098527886E0F7030069857D2E4169EE7")
                                        << QStringLiteral("wallet address");
        QTest::newRow("lower-case address") << QByteArray("0xde709f2102306220921060314715629080e2fb77")
                                            << QStringLiteral("wallet address");
        QTest::newRow("token id")
            << QByteArray("0xf27cb07069a1de3da2f539f79ef7d2d080ecc8e3b7440bed6b975963786d0b5f")
            << QStringLiteral("token id");
        QTest::newRow("address inside json")
            << QByteArray(R"({"c":"0x52908400098527886E0F7030069857D2E4169EE7","m":{},"p":"nft_verification_code","v":"0"})")
            << QStringLiteral("wallet address");
        QTest::newRow("oversized") << QByteArray(5000, 'a') << QStringLiteral("bytes");
        QTest::newRow("just over the cap") << QByteArray(VerificationPayload::kMaxPayloadBytes + 1, '1')
                                           << QStringLiteral("bytes");
        QTest::newRow("code too long") << QByteArray(129, 'a') << QStringLiteral("4 to 128");
        QTest::newRow("code too short") << QByteArray("abc") << QStringLiteral("4 to 128");
        QTest::newRow("nul byte") << QByteArray("abcd\0efgh", 9) << QStringLiteral("binary");
        QTest::newRow("control character") << QByteArray("abcd\x1b[2Jefgh") << QStringLiteral("binary");
        QTest::newRow("c1 control") << QByteArray("abcd\xc2\x85") << QStringLiteral("binary");
        QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe\x00\x01garbage", 11) << QStringLiteral("binary");
        QTest::newRow("overlong utf-8") << QByteArray("\xc0\xaf") << QStringLiteral("binary");
        QTest::newRow("spaces inside") << QByteArray("abcd efgh") << QStringLiteral("letters");
        QTest::newRow("sql") << QByteArray("1234'; DROP TABLE nft;--") << QStringLiteral("letters");
        QTest::newRow("path") << QByteArray("../../etc/passwd") << QStringLiteral("letters");
        QTest::newRow("right-to-left override") << QByteArray("abcd\xe2\x80\xae" "efgh") << QStringLiteral("letters");
        QTest::newRow("full-width digits") << QByteArray("\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94")
                                           << QStringLiteral("letters");
        QTest::newRow("broken json") << QByteArray(R"({"c":"abcd","p":"nft_verification_code","v":"0")")
                                     << QStringLiteral("malformed");
        QTest::newRow("json array") << QByteArray(R"(["c","abcd"])") << QStringLiteral("letters");
        QTest::newRow("json wrong purpose") << QByteArray(R"({"c":"abcd","m":{},"p":"login","v":"0"})")
                                            << QStringLiteral("another kind");
        QTest::newRow("json no purpose") << QByteArray(R"({"c":"abcd","m":{},"v":"0"})") << QStringLiteral("another kind");
        QTest::newRow("json wrong version") << QByteArray(R"({"c":"abcd","m":{},"p":"nft_verification_code","v":"1"})")
                                            << QStringLiteral("version");
        QTest::newRow("json numeric version") << QByteArray(R"({"c":"abcd","m":{},"p":"nft_verification_code","v":0})")
                                              << QStringLiteral("version");
        QTest::newRow("json no code") << QByteArray(R"({"m":{},"p":"nft_verification_code","v":"0"})")
                                      << QStringLiteral("without a code");
        QTest::newRow("json numeric code") << QByteArray(R"({"c":1234567890,"m":{},"p":"nft_verification_code","v":"0"})")
                                           << QStringLiteral("without a code");
        QTest::newRow("json m not object") << QByteArray(R"({"c":"abcd","m":"x","p":"nft_verification_code","v":"0"})")
                                           << QStringLiteral("malformed");
        QTest::newRow("json url code")
            << QByteArray("{\"c\":\"https:\\/\\/evil.example\",\"m\":{},\"p\":\"nft_verification_code\",\"v\":\"0\"}")
            << QStringLiteral("link");
        QTest::newRow("json escaped control in code")
            << QByteArray(R"({"c":"ab\u0000cd","m":{},"p":"nft_verification_code","v":"0"})")
            << QStringLiteral("letters");
        QTest::newRow("json deeply nested") << (QByteArray(300, '[') + QByteArray(300, ']')) << QStringLiteral("letters");
        QTest::newRow("json nested object")
            << (QByteArray("{\"m\":") + QByteArray(200, '{') + QByteArray(200, '}') + "}")
            << QStringLiteral("malformed");
    }
    void rejected()
    {
        QFETCH(QByteArray, scanned);
        QFETCH(QString, reasonMentions);
        const auto parsed = VerificationPayload::parse(scanned);
        QVERIFY2(!parsed.ok(), qPrintable(QStringLiteral("accepted as code %1").arg(parsed.ok() ? parsed->code : QString())));
        QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(parsed.error().message.contains(reasonMentions, Qt::CaseInsensitive), qPrintable(parsed.error().message));
        // The reason never repeats what the code carried.
        QVERIFY(!parsed.error().message.contains(QLatin1String("evil")));
    }

    void qrTextIsTheDocumentedJson()
    {
        QCOMPARE(VerificationPayload::toQrText(QStringLiteral("1234567890")),
                 QStringLiteral(R"({"c":"1234567890","m":{},"p":"nft_verification_code","v":"0"})"));
        const auto parsed = VerificationPayload::parse(VerificationPayload::toQrText(QStringLiteral("Ab_9-x")).toUtf8());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->code, QStringLiteral("Ab_9-x"));
    }

    void codeValidity()
    {
        QVERIFY(VerificationPayload::isValidCode(QStringLiteral("1234")));
        QVERIFY(!VerificationPayload::isValidCode(QStringLiteral("0x1234")));
        QVERIFY(!VerificationPayload::isValidCode(QStringLiteral("12 34")));
        QVERIFY(!VerificationPayload::isValidCode(QString()));
    }
};

QTEST_GUILESS_MAIN(TestVerificationPayload)
#include "tst_verificationpayload.moc"
