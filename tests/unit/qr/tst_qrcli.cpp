// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli qr through QProcess: encode/decode round trip, byte-exact --out, --out in UTF-8
// and --raw for codes in other charsets, the NV12 camera-frame path, --repeat timing, --json,
// and exit 4 on an image without a code.
#include "unit/qr/CharsetCodes.h"
#include "unit/qr/QrTestImages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace inkan::qr::testing;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess process;
    process.setProgram(QStringLiteral(INKAN_BIN_DIR "/inkan-cli"));
    process.setArguments(args);
    process.start();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

const QString kVerificationText =
    QStringLiteral(R"({"c":"1234567890","m":{},"p":"nft_verification_code","v":"0"})");

} // namespace

class TestQrCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(INKAN_BIN_DIR "/inkan-cli")), "build the inkan-cli target first");
        QVERIFY(m_dir.isValid());
    }

    void encodeThenDecode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("verification json") << kVerificationText;
        QTest::newRow("japanese") << QStringLiteral("検証コード 1234");
        QTest::newRow("leading dashes") << QStringLiteral("--not-an-option");
    }
    void encodeThenDecode()
    {
        QFETCH(QString, text);
        const QString png = m_dir.filePath(QStringLiteral("code.png"));
        const Run encoded = runCli({QStringLiteral("qr"), QStringLiteral("encode"), QStringLiteral("--out"), png,
                                    QStringLiteral("--scale"), QStringLiteral("5"), QStringLiteral("--"), text});
        QVERIFY2(encoded.exitCode == 0, encoded.err.constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width() % 5, 0);

        const Run decoded = runCli({QStringLiteral("qr"), QStringLiteral("decode"), png});
        QVERIFY2(decoded.exitCode == 0, decoded.err.constData());
        QCOMPARE(QString::fromUtf8(decoded.out), text + u'\n');
    }

    void outIsByteExact()
    {
        // Trailing newline, CR and tab: a file written from the decode must keep every byte.
        const QString text = QStringLiteral("line one\r\nline two\t\n");
        const QString png = m_dir.filePath(QStringLiteral("exact.png"));
        QVERIFY(runCli({QStringLiteral("qr"), QStringLiteral("encode"), text, QStringLiteral("--out"), png}).exitCode == 0);
        const QString textFile = m_dir.filePath(QStringLiteral("exact.txt"));
        const Run decoded = runCli({QStringLiteral("qr"), QStringLiteral("decode"), png, QStringLiteral("--out"), textFile});
        QCOMPARE(decoded.exitCode, 0);
        QVERIFY(decoded.out.isEmpty());
        QFile file(textFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text.toUtf8());
    }

    // Issue #9: --out writes the decoded text in UTF-8 whatever charset the code carried;
    // --raw writes the payload bytes as carried (to the file, or to stdout without --out).
    void outIsUtf8AndRawIsAsCarried_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("eci");
        QTest::addColumn<QString>("text");
        for (const CharsetCase &c : charsetCases())
            QTest::newRow(c.name) << c.payload << c.eci << c.text;
    }
    void outIsUtf8AndRawIsAsCarried()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, eci);
        QFETCH(QString, text);
        const QString png = m_dir.filePath(QStringLiteral("charset.png"));
        QVERIFY(charsetCodeImage(payload, eci).save(png));

        const QString textFile = m_dir.filePath(QStringLiteral("charset.txt"));
        const Run decoded = runCli({QStringLiteral("qr"), QStringLiteral("decode"), png, QStringLiteral("--out"), textFile});
        QVERIFY2(decoded.exitCode == 0, decoded.err.constData());
        QVERIFY(decoded.out.isEmpty());
        QFile file(textFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text.toUtf8());
        file.close();

        const QString rawFile = m_dir.filePath(QStringLiteral("charset.bin"));
        QCOMPARE(runCli({QStringLiteral("qr"), QStringLiteral("decode"), png, QStringLiteral("--out"), rawFile,
                         QStringLiteral("--raw")}).exitCode, 0);
        QFile raw(rawFile);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.readAll(), payload);

        const Run toStdout = runCli({QStringLiteral("qr"), QStringLiteral("decode"), png, QStringLiteral("--raw")});
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, payload);

        // Printed, the text is UTF-8 too; and a scanner would call it text, not binary data.
        const Run printed = runCli({QStringLiteral("qr"), QStringLiteral("decode"), png});
        QCOMPARE(QString::fromUtf8(printed.out), text + u'\n');
        const QJsonObject report = QJsonDocument::fromJson(
            runCli({QStringLiteral("--json"), QStringLiteral("qr"), QStringLiteral("decode"), png}).out).object();
        QCOMPARE(report.value(QLatin1String("text")).toString(), text);
        QCOMPARE(report.value(QLatin1String("bytes")).toInt(), int(payload.size()));
        const QString refused = report.value(QLatin1String("verification_refused")).toString();
        QVERIFY2(refused.contains(QLatin1String("text")) && !refused.contains(QLatin1String("binary")), qPrintable(refused));
    }

    void nv12PathOnAPhotoLikeImage()
    {
        const QString photo = m_dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(withNoise(scene(codeImage(kVerificationText, 5), {1280, 720}, QTransform().rotate(20)), 20).save(photo));
        const Run run = runCli({QStringLiteral("--json"), QStringLiteral("qr"), QStringLiteral("decode"), photo,
                                QStringLiteral("--as-nv12"), QStringLiteral("--repeat"), QStringLiteral("3")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QLatin1String("text")).toString(), kVerificationText);
        QCOMPARE(json.value(QLatin1String("path")).toString(), QStringLiteral("nv12"));
        QCOMPARE(json.value(QLatin1String("verification_code")).toString(), QStringLiteral("1234567890"));
        QCOMPARE(json.value(QLatin1String("corners")).toArray().size(), 4);
        QVERIFY(json.value(QLatin1String("mean_ns")).toDouble() > 0);
        QVERIFY2(run.err.contains("ns per decode"), run.err.constData());
    }

    void oddSizedImageThroughNv12()
    {
        const QString odd = m_dir.filePath(QStringLiteral("odd.png"));
        QVERIFY(scene(codeImage(QStringLiteral("ODD"), 4), {641, 481}).save(odd));
        const Run run = runCli({QStringLiteral("qr"), QStringLiteral("decode"), odd, QStringLiteral("--as-nv12"),
                                QStringLiteral("--live")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("ODD\n"));
    }

    void imageWithoutCodeExitsFour()
    {
        const QString blank = m_dir.filePath(QStringLiteral("blank.png"));
        QVERIFY(scene(QImage(1, 1, QImage::Format_RGB32), {320, 240}).save(blank));
        for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--as-nv12")}}) {
            const Run run = runCli(QStringList{QStringLiteral("qr"), QStringLiteral("decode"), blank} + extra);
            QCOMPARE(run.exitCode, 4);
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.contains("No QR code was found"), run.err.constData());
        }
        const Run json = runCli({QStringLiteral("--json"), QStringLiteral("qr"), QStringLiteral("decode"), blank});
        QCOMPARE(json.exitCode, 4);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("kind")).toString(),
                 QStringLiteral("not-found"));
    }

    void unreadableInputsAndUsage()
    {
        QCOMPARE(runCli({QStringLiteral("qr"), QStringLiteral("decode"), m_dir.filePath(QStringLiteral("missing.png"))}).exitCode, 4);
        const QString notImage = m_dir.filePath(QStringLiteral("not-an-image.png"));
        QFile file(notImage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain text");
        file.close();
        QCOMPARE(runCli({QStringLiteral("qr"), QStringLiteral("decode"), notImage}).exitCode, 4);
        QCOMPARE(runCli({QStringLiteral("qr"), QStringLiteral("encode"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("qr"), QStringLiteral("encode"), QStringLiteral("x"), QStringLiteral("--out"),
                         m_dir.filePath(QStringLiteral("s.png")), QStringLiteral("--scale"), QStringLiteral("0")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("qr"), QStringLiteral("decode"), notImage, QStringLiteral("--repeat"),
                         QStringLiteral("many")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("qr"), QStringLiteral("frobnicate")}).exitCode, 2);
        const Run tooLong = runCli({QStringLiteral("qr"), QStringLiteral("encode"), QString(5000, QLatin1Char('x')),
                                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("long.png"))});
        QCOMPARE(tooLong.exitCode, 4);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("long.png"))));
        const Run help = runCli({QStringLiteral("qr"), QStringLiteral("help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("qr decode FILE"));
    }

    void jsonOnEverySuccessAndFailure()
    {
        // --json before the group or after the command: exactly one JSON object on stdout, for
        // successes and failures (usage errors included), with the contract's exit codes.
        const QString png = m_dir.filePath(QStringLiteral("json.png"));
        const QString blank = m_dir.filePath(QStringLiteral("json-blank.png"));
        QVERIFY(scene(QImage(1, 1, QImage::Format_RGB32), {320, 240}).save(blank));
        struct Case {
            QStringList args;
            int exitCode;
            QStringList keys;
        };
        const QStringList failure{QStringLiteral("error"), QStringLiteral("kind")};
        const QList<Case> cases = {
            {{"qr", "encode", "hello", "--out", png}, 0, {"bytes", "file", "height", "width"}},
            {{"qr", "encode", "hello"}, 2, failure},
            {{"qr", "encode", "hello", "--out", png, "--scale", "0"}, 2, failure},
            {{"qr", "encode", QString(5000, QLatin1Char('x')), "--out", m_dir.filePath(QStringLiteral("json-long.png"))}, 4, failure},
            {{"qr", "decode", png}, 0, {"bytes", "corners", "path", "text", "verification_code"}},
            {{"qr", "decode", png, "--as-nv12", "--repeat", "2"}, 0, {"bytes", "corners", "mean_ns", "path", "text", "verification_code"}},
            {{"qr", "decode", blank}, 4, failure},
            {{"qr", "decode", m_dir.filePath(QStringLiteral("json-missing.png"))}, 4, failure},
            {{"qr", "decode", png, "--repeat", "many"}, 2, failure},
            {{"qr", "frobnicate"}, 2, failure},
            {{"qr"}, 2, failure},
        };
        for (const Case &c : cases) {
            for (bool after : {false, true}) {
                QStringList args = c.args;
                if (after && args.size() >= 2)
                    args.insert(2, QStringLiteral("--json"));
                else
                    args.prepend(QStringLiteral("--json"));
                const Run run = runCli(args);
                const QString what = args.join(u' ').left(120);
                QVERIFY2(run.exitCode == c.exitCode, qPrintable(what + u' ' + QString::number(run.exitCode)));
                QVERIFY2(run.out.endsWith('\n') && run.out.count('\n') == 1, qPrintable(what + u' ' + QString::fromUtf8(run.out)));
                const QJsonDocument document = QJsonDocument::fromJson(run.out);
                QVERIFY2(document.isObject(), qPrintable(what));
                QCOMPARE(document.object().keys(), c.keys);
            }
        }
        // "hello" is no verification code: the report says why, and still exits 0.
        const Run refused = runCli({QStringLiteral("--json"), QStringLiteral("qr"), QStringLiteral("encode"), QStringLiteral("https://example.com/x"),
                                    QStringLiteral("--out"), png});
        QCOMPARE(refused.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(runCli({QStringLiteral("--json"), QStringLiteral("qr"), QStringLiteral("decode"), png}).out).object();
        QVERIFY(report.contains(QLatin1String("verification_refused")));
        QVERIFY(!report.contains(QLatin1String("verification_code")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestQrCli)
#include "tst_qrcli.moc"
