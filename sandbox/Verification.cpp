// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Web3Connect REST: NFT verification by QR code. The holder makes a code (step 1), a scanner
// at the venue presents it with its GPS position (step 2), the holder polls the result.
#include "Accounts.h"
#include "Tr.h"
#include "Database.h"
#include "NftStore.h"
#include "Router.h"
#include "SandboxState.h"
#include "Secrets.h"
#include "Services.h"

#include "qr/QrEncoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>
#include <numbers>

namespace inkan::sandbox {

namespace {

using Method = QHttpServerRequest::Method;


struct Position {
    double latitude = 0;
    double longitude = 0;
};

bool parseDegrees(const QJsonValue &value, double limit, double *out)
{
    bool ok = false;
    double number = 0;
    if (value.isString())
        number = value.toString().trimmed().toDouble(&ok);
    else if (value.isDouble())
        number = value.toDouble(), ok = true;
    if (!ok || !std::isfinite(number) || std::fabs(number) > limit)
        return false;
    *out = number;
    return true;
}

ApiResult<Position> gpsOf(const QJsonObject &body)
{
    const QJsonObject gps = body.value("gps").toObject();
    Position position;
    if (!body.value("gps").isObject() || !parseDegrees(gps.value("latitude"), 90, &position.latitude)
        || !parseDegrees(gps.value("longitude"), 180, &position.longitude))
        return ApiError{400, inkan::tr("gps.latitude and gps.longitude are required, as decimal degrees in strings."), {}};
    return position;
}

double distanceKm(const Position &a, const Position &b)
{
    // Haversine on a sphere of the Earth's mean radius: exact enough for a 1 km rule.
    constexpr double kEarthRadiusKm = 6371.0088;
    const double toRadians = std::numbers::pi / 180.0;
    const double dLat = (b.latitude - a.latitude) * toRadians;
    const double dLon = (b.longitude - a.longitude) * toRadians;
    const double h = std::pow(std::sin(dLat / 2), 2)
                     + std::cos(a.latitude * toRadians) * std::cos(b.latitude * toRadians)
                           * std::pow(std::sin(dLon / 2), 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

QString codeFrom(const HttpRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("c"), QUrl::FullyDecoded);
}

HttpResponse step1(RequestContext &context)
{
    ApiResult<Account> caller = accounts::authenticate(context);
    if (!caller)
        return context.fail(caller.error());
    const QString tokenId = nfts::normalizeTokenId(context.param(QStringLiteral("token_id")));
    if (tokenId.isEmpty())
        return context.fail(400, inkan::tr("A token id is 0x followed by 64 hex digits."));
    std::optional<Nft> nft = nfts::byTokenId(context.state.db(), tokenId);
    if (!nft || !nfts::isVisibleTo(*nft, *caller))
        return context.fail(404, inkan::tr("There is no NFT %1.").arg(tokenId));
    if (nft->holderId != caller->id)
        return context.fail(403, inkan::tr("Only the holder of this NFT can show it for verification."));
    ApiResult<Position> position = gpsOf(context.json);
    if (!position)
        return context.fail(position.error());

    const QString code = secrets::randomHex(16); // 128 random bits
    const QString payload = QString::fromUtf8(
        QJsonDocument(QJsonObject{{"c", code}, {"m", QJsonObject()}, {"p", "nft_verification_code"}, {"v", "0"}})
            .toJson(QJsonDocument::Compact));
    const QByteArray png = qr::QrEncoder::encodePng(payload);
    if (png.isEmpty())
        return context.fail(500, inkan::tr("The QR code could not be drawn."));
    const qint64 now = secrets::nowMs();
    context.state.db().exec(
        QStringLiteral("INSERT INTO verifications (code_hash, token_id, holder_id, latitude, longitude,"
                       " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {secrets::sha256Hex(code), tokenId, caller->id, position->latitude, position->longitude, now,
         now + qint64(context.state.options().qrTtlSeconds) * 1000});
    return context.ok(QJsonObject{
        {"code", code},
        {"qr_code_base64", QString(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()))}});
}

HttpResponse step2(RequestContext &context)
{
    ApiResult<Account> scanner = accounts::authenticate(context);
    if (!scanner)
        return context.fail(scanner.error());
    const QString code = codeFrom(context.request);
    if (code.isEmpty())
        return context.fail(400, inkan::tr("The query parameter c (the code from the QR code) is required."));
    ApiResult<Position> scannerPosition = gpsOf(context.json);
    if (!scannerPosition)
        return context.fail(scannerPosition.error());
    Database &db = context.state.db();
    const QString codeHash = secrets::sha256Hex(code);
    QSqlQuery row = db.exec(QStringLiteral("SELECT token_id, holder_id, latitude, longitude, expires_at, verified_at"
                                           " FROM verifications WHERE code_hash = ?"),
                            {codeHash});
    if (!row.next())
        return context.fail(404, inkan::tr("This verification code is unknown."));
    if (row.value(4).toLongLong() <= secrets::nowMs())
        return context.fail(410, inkan::tr("This verification code has expired; ask the holder for a new one."));
    if (!row.value(5).isNull())
        return context.fail(409, inkan::tr("This verification code was already used."));
    const QString tokenId = row.value(0).toString();
    std::optional<Nft> nft = nfts::byTokenId(db, tokenId);
    if (!nft || nft->holderId != row.value(1).toString())
        return context.fail(403, inkan::tr("Refused: the NFT changed hands after the code was made."));

    const Position holderPosition{row.value(2).toDouble(), row.value(3).toDouble()};
    const double apartKm = distanceKm(holderPosition, *scannerPosition);
    const double limitKm = context.state.options().maxScanDistanceKm;
    if (apartKm > limitKm) {
        return context.fail(403, inkan::tr("Refused: the scanner is %1 km from the holder; the limit is %2 km.")
                                     .arg(apartKm, 0, 'f', 2)
                                     .arg(limitKm, 0, 'f', 2));
    }
    const QJsonObject dynamic = nft->dynamicMetadata;
    Position venue;
    if (parseDegrees(dynamic.value("valid_latitude"), 90, &venue.latitude)
        && parseDegrees(dynamic.value("valid_longitude"), 180, &venue.longitude)
        && dynamic.value("valid_radius").isDouble()) {
        const bool kilometres = dynamic.value("unit_of_length").toString() == u"km";
        const double radiusKm = dynamic.value("valid_radius").toDouble() / (kilometres ? 1.0 : 1000.0);
        const double fromVenueKm = distanceKm(venue, *scannerPosition);
        if (fromVenueKm > radiusKm) {
            return context.fail(403, inkan::tr("Refused: the scanner is %1 m from the venue; this NFT is valid within %2 m of it.")
                                         .arg(fromVenueKm * 1000, 0, 'f', 0)
                                         .arg(radiusKm * 1000, 0, 'f', 0));
        }
    }
    db.exec(QStringLiteral("UPDATE verifications SET verified_at = ?, verifier_id = ? WHERE code_hash = ?"),
            {secrets::nowMs(), scanner->id, codeHash});
    return context.ok(QJsonObject{{"token_id", tokenId}});
}

HttpResponse result(RequestContext &context)
{
    ApiResult<Account> caller = accounts::authenticate(context);
    if (!caller)
        return context.fail(caller.error());
    const QString code = codeFrom(context.request);
    if (code.isEmpty())
        return context.fail(400, inkan::tr("The query parameter c (the code from step 1) is required."));
    QSqlQuery row = context.state.db().exec(
        QStringLiteral("SELECT token_id, holder_id, expires_at, verified_at FROM verifications WHERE code_hash = ?"),
        {secrets::sha256Hex(code)});
    // Someone else's code does not exist for the caller.
    if (!row.next() || row.value(1).toString() != caller->id)
        return context.fail(404, inkan::tr("This verification code is unknown."));
    if (row.value(2).toLongLong() <= secrets::nowMs())
        return context.fail(410, inkan::tr("This verification code has expired."));
    return context.ok(QJsonObject{
        {"token_id", row.value(3).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.value(0).toString())}});
}

} // namespace

void registerVerificationRoutes(Router &router)
{
    const Service w3c = Service::Web3Connect;
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/nft/{token_id}/verification/qr_code/step1"),
               BodyKind::Json, step1);
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/nft/verification/qr_code/step2"), BodyKind::Json, step2);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/nft/verification/qr_code/result"), BodyKind::None, result);
}

} // namespace inkan::sandbox
