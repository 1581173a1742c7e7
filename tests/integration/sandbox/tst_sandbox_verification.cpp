// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// NFT verification by QR code: the code and its PNG, one verification per code, expiry with a
// short --qr-ttl, the 1 km distance rule and the venue geofence from dynamic metadata.
#include "SandboxFixture.h"

#include "qr/QrEncoder.h"

#include <QImage>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QTest>

using namespace inkan;
using namespace inkan::test;

namespace {
// A venue in Ueno, and points at known distances from it (1° of latitude ≈ 111.2 km).
constexpr double kVenueLat = 35.7188;
constexpr double kVenueLon = 139.7765;
QJsonObject gps(double latitude, double longitude)
{
    return {{"gps", QJsonObject{{"latitude", QString::number(latitude, 'f', 6)},
                                {"longitude", QString::number(longitude, 'f', 6)}}}};
}
QJsonObject northOfVenue(double metres)
{
    return gps(kVenueLat + metres / 111195.0, kVenueLon);
}
} // namespace

class SandboxVerificationTest : public QObject {
    Q_OBJECT

private:
    // Codes live 6 s here: long enough for step 1 → step 2 on a loaded machine, short enough to wait out.
    SandboxProcess m_sandbox{{QStringLiteral("--demo"), QStringLiteral("--qr-ttl"), QStringLiteral("6")}};
    std::unique_ptr<HttpProbe> m_http;
    QJsonValue m_demo; // demo.json
    QString m_org;

    HttpProbe &http() { return *m_http; }
    QString token(int endUser) { return accessToken(http(), m_demo["end_users"][endUser]["api_key_secret"].toString()); }
    QString address(int endUser) { return m_demo["end_users"][endUser]["id_wallet_address"].toString(); }

    QString mintFor(int endUser, const QJsonObject &dynamicPart)
    {
        const HttpReply reply = mint(http(), accessToken(http(), m_demo["organization"]["api_key_secret"].toString()),
                                     address(endUser), staticMetadata(1), dynamicPart);
        return reply.result()["token_id"].toString();
    }

    HttpReply step1(const QString &tokenId, const QString &holderToken, const QJsonObject &position)
    {
        return http().postJson("/rest/v1/nft/" + tokenId + "/verification/qr_code/step1", position, HttpProbe::bearer(holderToken));
    }

    HttpReply step2(const QString &code, const QString &scannerToken, const QJsonObject &position)
    {
        return http().postJson("/rest/v1/nft/verification/qr_code/step2?c=" + code, position, HttpProbe::bearer(scannerToken));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_http = std::make_unique<HttpProbe>(m_sandbox.baseUrl());
        m_demo = m_sandbox.demo();
    }

    void codeAndPng()
    {
        const QString tokenId = mintFor(0, {});
        const HttpReply reply = step1(tokenId, token(0), gps(kVenueLat, kVenueLon));
        QCOMPARE(reply.status, 200);
        const QJsonObject result = reply.result().toObject();
        QCOMPARE(keysOf(result), sorted({"code", "qr_code_base64"}));
        const QString code = result.value("code").toString();
        QVERIFY2(QRegularExpression("^[0-9a-f]{32,}$").match(code).hasMatch(), qPrintable(code)); // ≥ 128 bits
        const QString dataUrl = result.value("qr_code_base64").toString();
        QVERIFY(dataUrl.startsWith("data:image/png;base64,"));
        const QByteArray png = QByteArray::fromBase64(dataUrl.mid(22).toLatin1());
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QVERIFY(image.width() > 100);
        // The PNG is the QR code of the hosted service's JSON payload.
        const QString payload = QStringLiteral("{\"c\":\"%1\",\"m\":{},\"p\":\"nft_verification_code\",\"v\":\"0\"}").arg(code);
        QImage expected;
        QVERIFY(expected.loadFromData(qr::QrEncoder::encodePng(payload), "PNG"));
        QCOMPARE(image.convertToFormat(QImage::Format_Grayscale8), expected.convertToFormat(QImage::Format_Grayscale8));
        // Two codes are never the same.
        QVERIFY(step1(tokenId, token(0), gps(kVenueLat, kVenueLon)).result()["code"].toString() != code);
        QCOMPARE(step1(tokenId, token(0), {}).status, 400);
    }

    void verifyOnceAndPoll()
    {
        const QString tokenId = mintFor(0, {});
        const QString alice = token(0);
        const QString code = step1(tokenId, alice, gps(kVenueLat, kVenueLon)).result()["code"].toString();
        HttpReply poll = http().get("/rest/v1/nft/verification/qr_code/result?c=" + code, HttpProbe::bearer(alice));
        QCOMPARE(poll.status, 200);
        QCOMPARE(keysOf(poll.result().toObject()), QStringList{"token_id"});
        QVERIFY(poll.result()["token_id"].isNull());

        const HttpReply verified = step2(code, token(1), northOfVenue(50));
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.result().toObject(), (QJsonObject{{"token_id", tokenId}}));
        poll = http().get("/rest/v1/nft/verification/qr_code/result?c=" + code, HttpProbe::bearer(alice));
        QCOMPARE(poll.result()["token_id"].toString(), tokenId);
        QCOMPARE(http().get("/rest/v1/nft/verification/qr_code/result?c=" + code, HttpProbe::bearer(token(1))).status, 404);

        // Once only.
        const HttpReply again = step2(code, token(2), northOfVenue(10));
        QCOMPARE(again.status, 409);
        QCOMPARE(step2("0123456789abcdef0123456789abcdef", token(1), northOfVenue(10)).status, 404);
        QCOMPARE(step2(code, token(1), {}).status, 400);
    }

    void expiresAfterQrTtl()
    {
        const QString tokenId = mintFor(0, {});
        const QString alice = token(0);
        const QString code = step1(tokenId, alice, gps(kVenueLat, kVenueLon)).result()["code"].toString();
        QThread::msleep(8000); // well past the 6 s of --qr-ttl
        const HttpReply late = step2(code, token(1), gps(kVenueLat, kVenueLon));
        QCOMPARE(late.status, 410);
        QCOMPARE(late.object().value("status").toString(), QStringLiteral("error"));
        QCOMPARE(http().get("/rest/v1/nft/verification/qr_code/result?c=" + code, HttpProbe::bearer(alice)).status, 410);
    }

    void scannerWithinOneKilometre()
    {
        const QString tokenId = mintFor(0, {});
        const QString code = step1(tokenId, token(0), gps(kVenueLat, kVenueLon)).result()["code"].toString();
        const HttpReply far = step2(code, token(1), northOfVenue(1500));
        QCOMPARE(far.status, 403);
        QVERIFY2(far.object().value("error").toString().contains("km"), far.body.constData());
        // Refused, not spent: a scanner in range still verifies it.
        QCOMPARE(step2(code, token(1), northOfVenue(900)).status, 200);
    }

    void venueGeofence()
    {
        const QString tokenId = mintFor(0, {{"valid_latitude", QString::number(kVenueLat)},
                                            {"valid_longitude", QString::number(kVenueLon)},
                                            {"valid_radius", 300},
                                            {"unit_of_length", "m"}});
        // Holder and scanner 600 m from the venue, close to each other: the geofence refuses.
        const QString code = step1(tokenId, token(0), northOfVenue(600)).result()["code"].toString();
        const HttpReply outside = step2(code, token(1), northOfVenue(650));
        QCOMPARE(outside.status, 403);
        QVERIFY2(outside.object().value("error").toString().contains("venue"), outside.body.constData());
        QCOMPARE(step2(code, token(1), northOfVenue(250)).status, 200);

        // Kilometres: 2 km around the venue.
        const QString wide = mintFor(0, {{"valid_latitude", QString::number(kVenueLat)},
                                         {"valid_longitude", QString::number(kVenueLon)},
                                         {"valid_radius", 2},
                                         {"unit_of_length", "km"}});
        const QString wideCode = step1(wide, token(0), northOfVenue(1500)).result()["code"].toString();
        QCOMPARE(step2(wideCode, token(1), northOfVenue(2500)).status, 403);
        QCOMPARE(step2(wideCode, token(1), northOfVenue(1800)).status, 200);
    }

    void demoTicketsCarryTheVenue()
    {
        const QJsonArray held = http().postJson("/rest/v1/nft/search?perPageItemNum=100", {{"category", "ticket"}},
                                                HttpProbe::bearer(token(0))).result().toArray();
        QVERIFY(!held.isEmpty());
        const QJsonObject dynamic = held[0]["metadata"]["dynamic"].toObject();
        QVERIFY(dynamic.contains("valid_latitude") && dynamic.contains("valid_longitude") && dynamic.contains("valid_radius"));
    }

    void transferredAfterStep1IsRefused()
    {
        const QString tokenId = mintFor(0, {});
        const QString code = step1(tokenId, token(0), gps(kVenueLat, kVenueLon)).result()["code"].toString();
        QCOMPARE(http().send("PUT", "/rest/v1/nft/" + tokenId + "/transfer/to/" + address(2), {}, {},
                             HttpProbe::bearer(token(0))).status, 200);
        QCOMPARE(step2(code, token(1), gps(kVenueLat, kVenueLon)).status, 403);
    }
};

QTEST_GUILESS_MAIN(SandboxVerificationTest)
#include "tst_sandbox_verification.moc"
