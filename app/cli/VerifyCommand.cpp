// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli verify: the QR verification of an NFT. The holder starts it (a code and its QR
// image), the scanner submits a scanned code (image file or text) with its position, and the
// holder polls the result.
#include "ServiceSupport.h"
#include "Tr.h"
#include "qr/QrDecoder.h"
#include "qr/VerificationPayload.h"
#include "commands/VerificationWatcher.h"
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>

namespace inkan::cli {

namespace {

const QString kStart = QStringLiteral("inkan-cli [--json] verify start TOKEN_ID --lat LAT --lon LON [--out QR.png] [--account NAME]");
const QString kScan = QStringLiteral("inkan-cli [--json] verify scan (IMAGE_FILE | CODE_TEXT) --lat LAT --lon LON [--account NAME]");
const QString kResult = QStringLiteral("inkan-cli [--json] verify result CODE [--wait SECONDS] [--account NAME]");

Result<services::web3connect::Gps> gpsOf(const Arguments &args)
{
    bool okLat = false, okLon = false;
    const double lat = args.value(QStringLiteral("lat")).toDouble(&okLat);
    const double lon = args.value(QStringLiteral("lon")).toDouble(&okLon);
    if (!okLat || !okLon || lat < -90 || lat > 90 || lon < -180 || lon > 180)
        return makeError(ErrorKind::InvalidInput, inkan::tr("Give your position as --lat and --lon in degrees."));
    return services::web3connect::Gps{args.value(QStringLiteral("lat")), args.value(QStringLiteral("lon"))};
}

int start(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {}, {QStringLiteral("lat"), QStringLiteral("lon"), QStringLiteral("out")}, 1, 1, kStart, code);
    if (!p)
        return code;
    auto gps = gpsOf(p->args);
    if (!gps)
        return ctx.fail(gps.error());
    auto outcome = run(p->client->verificationStep1(p->args.positional[0], *gps));
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return failWith(ctx, *e);
    const auto &started = std::get<services::web3connect::VerificationCode>(outcome);
    QJsonObject json{{QStringLiteral("code"), started.code}, {QStringLiteral("qr_text"), qr::VerificationPayload::toQrText(started.code)}};
    if (p->args.has(QStringLiteral("out"))) {
        QSaveFile file(p->args.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(started.qrPng) != started.qrPng.size() || !file.commit())
            return ctx.fail(makeError(ErrorKind::Io, inkan::tr("Cannot write %1.").arg(file.fileName())));
        json.insert(QStringLiteral("qr_png"), file.fileName());
    }
    return ctx.succeed(inkan::tr("Verification code %1 (valid 5 minutes). Show the QR code to the scanner.").arg(started.code), json);
}

int scan(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {}, {QStringLiteral("lat"), QStringLiteral("lon")}, 1, 1, kScan, code);
    if (!p)
        return code;
    auto gps = gpsOf(p->args);
    if (!gps)
        return ctx.fail(gps.error());
    const QString input = p->args.positional[0];
    QByteArray scanned;
    if (QFileInfo(input).isFile()) {
        const QImage image(input);
        if (image.isNull())
            return ctx.fail(makeError(ErrorKind::InvalidInput, inkan::tr("%1 is not an image Inkan can read.").arg(input)));
        auto decoded = qr::QrDecoder::decode(image);
        if (!decoded)
            return ctx.fail(decoded.error());
        scanned = decoded->text.toUtf8();
    } else {
        scanned = input.toUtf8();
    }
    // Anything but a verification payload or a bare code is refused here, never sent.
    auto payload = qr::VerificationPayload::parse(scanned);
    if (!payload)
        return ctx.fail(payload.error());
    auto outcome = run(p->client->verificationStep2(payload->code, *gps));
    if (auto *e = std::get_if<net::ApiError>(&outcome))
        return failWith(ctx, *e);
    const QString tokenId = std::get<QString>(outcome);
    return ctx.succeed(inkan::tr("VERIFIED: the code is genuine and belongs to the NFT %1.").arg(tokenId), QJsonObject{{QStringLiteral("verified"), true}, {QStringLiteral("token_id"), tokenId}});
}

int result(Context &ctx, const QStringList &raw)
{
    ServiceSession svc(ctx);
    int code = 0;
    auto p = svc.openWeb3(raw, {}, {QStringLiteral("wait")}, 1, 1, kResult, code);
    if (!p)
        return code;
    const int waitSeconds = p->args.value(QStringLiteral("wait"), QStringLiteral("0")).toInt();
    std::unique_ptr<VerificationWatcher> watcher(VerificationWatcher::forCode(p->client, p->args.positional[0], qint64(waitSeconds) * 1000));
    if (awaitCommand(watcher.get()))
        return ctx.succeed(inkan::tr("Verified: a scanner has accepted the code for the NFT %1.").arg(watcher->verifiedTokenId()),
                           QJsonObject{{QStringLiteral("verified"), true}, {QStringLiteral("token_id"), watcher->verifiedTokenId()}});
    if (watcher->error()->cause == net::ApiError::Cause::Timeout)
        return ctx.succeed(inkan::tr("Not verified yet."), QJsonObject{{QStringLiteral("verified"), false}, {QStringLiteral("token_id"), QJsonValue()}});
    return failWith(ctx, *watcher->error());
}

} // namespace

int runVerify(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, QStringLiteral("verify"), args,
                    {{"start", start},
                     {"scan", scan},
                     {"result", result}},
                    helpText(verifyHelp()));
}

man::CommandGroup verifyHelp()
{
    return {inkan::tr("NFT verification by QR code:"),
            {
                {kStart,
                 inkan::tr("Holder: makes a verification code for the NFT (valid 5 minutes) and writes its QR code."),
                 QStringLiteral("inkan-cli verify start 0x1f… --lat 35.6812 --lon 139.7671 --out code.png")},
                {kScan,
                 inkan::tr("Scanner: checks a code read from an image or typed, at the scanner's position."),
                 QStringLiteral("inkan-cli verify scan code.png --lat 35.6813 --lon 139.7670")},
                {kResult,
                 inkan::tr("Holder: waits until a scanner has accepted the code."),
                 QStringLiteral("inkan-cli verify result K3J9X2 --wait 60")},
            }};
}

} // namespace inkan::cli
