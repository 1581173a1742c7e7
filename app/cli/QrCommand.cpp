// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli qr …: make a QR code image, read one back. The command names, options and exit
// codes are a contract (issue #5): scripts and the tests rely on them.
#include "Cli.h"
#include "Tr.h"

#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"
#include "qr/VerificationPayload.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QSaveFile>
#include <QVideoFrame>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace inkan::cli {

using namespace inkan::qr;

namespace {

const QString kEncode = QStringLiteral("inkan-cli [--json] qr encode TEXT --out FILE.png [--scale N] [--ecc L|M|Q|H]");
const QString kDecode =
    QStringLiteral("inkan-cli [--json] qr decode FILE [--out TEXT_FILE] [--raw] [--as-nv12] [--live] [--repeat N]");

constexpr int kMaxScale = 64;
constexpr int kMaxRepeat = 1'000'000;

std::optional<int> boundedNumber(const QString &text, int low, int high)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= low && value <= high ? std::optional<int>(value) : std::nullopt;
}

Result<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorKind::Io, inkan::tr("Could not write %1: %2.").arg(path, file.errorString()));
    return {};
}

// Turns the image into the frame a webcam delivers: NV12, BT.601 limited range, chroma
// averaged over 2×2 blocks. Odd sizes are padded with white to whole chroma blocks.
QVideoFrame toNv12Frame(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const int width = (rgb.width() + 1) & ~1;
    const int height = (rgb.height() + 1) & ~1;
    QVideoFrame frame(QVideoFrameFormat(QSize(width, height), QVideoFrameFormat::Format_NV12));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const auto pixel = [&](int x, int y) -> QRgb {
        if (x >= rgb.width() || y >= rgb.height())
            return qRgb(255, 255, 255);
        return reinterpret_cast<const QRgb *>(rgb.constScanLine(y))[x];
    };
    // Fixed-point BT.601: Y = 16 + (66R + 129G + 25B) / 256, and likewise for U and V.
    const auto luma = [](QRgb p) { return uchar((66 * qRed(p) + 129 * qGreen(p) + 25 * qBlue(p) + 128) / 256 + 16); };
    for (int y = 0; y < height; ++y) {
        uchar *lumaRow = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
        for (int x = 0; x < width; ++x)
            lumaRow[x] = luma(pixel(x, y));
    }
    for (int y = 0; y < height / 2; ++y) {
        uchar *chromaRow = frame.bits(1) + qsizetype(y) * frame.bytesPerLine(1);
        for (int x = 0; x < width / 2; ++x) {
            int r = 0, g = 0, b = 0;
            for (const QRgb p : {pixel(2 * x, 2 * y), pixel(2 * x + 1, 2 * y), pixel(2 * x, 2 * y + 1),
                                 pixel(2 * x + 1, 2 * y + 1)}) {
                r += qRed(p), g += qGreen(p), b += qBlue(p);
            }
            r /= 4, g /= 4, b /= 4;
            chromaRow[2 * x] = uchar(std::clamp((-38 * r - 74 * g + 112 * b + 128) / 256 + 128, 0, 255));
            chromaRow[2 * x + 1] = uchar(std::clamp((112 * r - 94 * g - 18 * b + 128) / 256 + 128, 0, 255));
        }
    }
    frame.unmap();
    return frame;
}

QJsonArray cornersJson(const QPolygon &corners)
{
    QJsonArray array;
    for (const QPoint &corner : corners)
        array.append(QJsonArray{corner.x(), corner.y()});
    return array;
}

int encode(Context &ctx, const QStringList &args)
{
    int exitCode = ExitUsage;
    // --json is accepted after the command too (runQr has already applied it).
    const auto parsed = parseCommand(ctx, args, {QStringLiteral("json")},
                                     {QStringLiteral("out"), QStringLiteral("scale"), QStringLiteral("ecc")}, 1, kEncode,
                                     exitCode);
    if (!parsed)
        return exitCode;
    const QString text = parsed->positional.first();
    const QString outPath = parsed->value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return ctx.usage(inkan::tr("Say where the image goes with --out FILE.png."), kEncode);

    QrEncodeOptions options;
    if (parsed->has(QStringLiteral("scale"))) {
        const auto scale = boundedNumber(parsed->value(QStringLiteral("scale")), 1, kMaxScale);
        if (!scale)
            return ctx.usage(inkan::tr("--scale takes a whole number of pixels per module from 1 to %1.").arg(kMaxScale), kEncode);
        options.moduleScale = *scale;
    }
    if (parsed->has(QStringLiteral("ecc"))) {
        const QString level = parsed->value(QStringLiteral("ecc")).toUpper();
        if (level == u"L")
            options.ecc = QrEncodeOptions::Ecc::Low;
        else if (level == u"M")
            options.ecc = QrEncodeOptions::Ecc::Medium;
        else if (level == u"Q")
            options.ecc = QrEncodeOptions::Ecc::Quartile;
        else if (level == u"H")
            options.ecc = QrEncodeOptions::Ecc::High;
        else
            return ctx.usage(inkan::tr("--ecc takes L, M, Q or H."), kEncode);
    }

    const QImage image = QrEncoder::encode(text, options);
    if (image.isNull()) {
        return ctx.fail(makeError(ErrorKind::InvalidInput,
                                  inkan::tr("The text is too long for a QR code (%1 bytes as UTF-8).").arg(text.toUtf8().size())));
    }
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return ctx.fail(makeError(ErrorKind::Internal, inkan::tr("The QR code image could not be made into a PNG.")));
    }
    if (const Result<void> written = writeAtomically(outPath, png); !written)
        return ctx.fail(written.error());
    return ctx.succeed(inkan::tr("Wrote %1 (%2×%3 pixels).").arg(outPath).arg(image.width()).arg(image.height()),
                       QJsonObject{{QStringLiteral("file"), outPath},
                                   {QStringLiteral("width"), image.width()},
                                   {QStringLiteral("height"), image.height()},
                                   {QStringLiteral("bytes"), int(text.toUtf8().size())}});
}

int decode(Context &ctx, const QStringList &args)
{
    int exitCode = ExitUsage;
    const auto parsed = parseCommand(ctx, args,
                                     {QStringLiteral("json"), QStringLiteral("as-nv12"), QStringLiteral("live"),
                                      QStringLiteral("raw")},
                                     {QStringLiteral("out"), QStringLiteral("repeat")}, 1, kDecode, exitCode);
    if (!parsed)
        return exitCode;
    const QString inputPath = parsed->positional.first();
    const QString outPath = parsed->value(QStringLiteral("out"));
    const bool asNv12 = parsed->has(QStringLiteral("as-nv12"));
    const bool raw = parsed->has(QStringLiteral("raw"));
    const DecodeMode mode = parsed->has(QStringLiteral("live")) ? DecodeMode::LiveVideo : DecodeMode::StillImage;
    int repeat = 1;
    if (parsed->has(QStringLiteral("repeat"))) {
        const auto count = boundedNumber(parsed->value(QStringLiteral("repeat")), 1, kMaxRepeat);
        if (!count)
            return ctx.usage(inkan::tr("--repeat takes a whole number from 1 to %1.").arg(kMaxRepeat), kDecode);
        repeat = *count;
    }

    QImageReader reader(inputPath);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        const ErrorKind kind = QFileInfo::exists(inputPath) ? ErrorKind::Malformed : ErrorKind::NotFound;
        return ctx.fail(makeError(kind, inkan::tr("Could not read the image %1: %2.").arg(inputPath, reader.errorString())));
    }
    const QVideoFrame frame = asNv12 ? toNv12Frame(image) : QVideoFrame();
    if (asNv12 && !frame.isValid())
        return ctx.fail(makeError(ErrorKind::Internal, inkan::tr("The image could not be turned into a camera frame.")));

    std::optional<Result<DecodedQr>> result;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeat; ++i)
        result = asNv12 ? QrDecoder::decode(frame, mode) : QrDecoder::decode(image, mode);
    const qint64 meanNanoseconds = timer.nsecsElapsed() / repeat;
    if (parsed->has(QStringLiteral("repeat"))) {
        ctx.err() << inkan::tr("%1 ns per decode (mean of %2, %3 path)")
                         .arg(meanNanoseconds)
                         .arg(repeat)
                         .arg(asNv12 ? inkan::tr("NV12 frame") : inkan::tr("QImage"))
                  << '\n';
        ctx.err().flush();
    }

    if (!result->ok()) {
        if (result->error().kind == ErrorKind::NotFound)
            return ctx.fail(makeError(ErrorKind::NotFound, inkan::tr("No QR code was found in %1.").arg(inputPath)));
        return ctx.fail(result->error());
    }
    const DecodedQr &decoded = result->value();
    // --out writes the text in UTF-8, whatever charset the code carried (Shift_JIS, ISO-8859-1,
    // a declared ECI); --raw writes the payload bytes as carried instead.
    const QByteArray written = raw ? decoded.bytes : decoded.text.toUtf8();
    if (!outPath.isEmpty()) {
        if (const Result<void> saved = writeAtomically(outPath, written); !saved)
            return ctx.fail(saved.error());
    } else if (raw && !ctx.json) {
        ctx.out().flush();
        std::fwrite(written.constData(), 1, size_t(written.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }

    QJsonObject json{{QStringLiteral("text"), decoded.text},
                     {QStringLiteral("bytes"), int(decoded.bytes.size())},
                     {QStringLiteral("corners"), cornersJson(decoded.corners)},
                     {QStringLiteral("path"), asNv12 ? QStringLiteral("nv12") : QStringLiteral("image")}};
    if (!outPath.isEmpty())
        json.insert(QStringLiteral("out"), outPath);
    if (raw)
        json.insert(QStringLiteral("raw_hex"), QString::fromLatin1(decoded.bytes.toHex()));
    if (parsed->has(QStringLiteral("repeat")))
        json.insert(QStringLiteral("mean_ns"), double(meanNanoseconds));
    // What a scanner would make of it: the verification code, or why it would refuse it.
    const Result<VerificationPayload> payload = VerificationPayload::parseText(decoded.text, decoded.binary);
    if (payload.ok())
        json.insert(QStringLiteral("verification_code"), payload->code);
    else
        json.insert(QStringLiteral("verification_refused"), payload.error().message);
    // With --out the text went to the file; stdout stays empty unless --json asked for a report.
    return ctx.succeed(outPath.isEmpty() ? decoded.text : QString(), json);
}

} // namespace

man::CommandGroup qrHelp()
{
    return {inkan::tr("QR codes (exit 4 when an image holds no readable code):"),
            {helpEntry(kEncode, inkan::tr("Writes TEXT as a QR code PNG, SCALE pixels per module (default 8), 4 modules of quiet zone."),
                    QStringLiteral("inkan-cli qr encode '{\"c\":\"1234567890\",\"m\":{},\"p\":\"nft_verification_code\",\"v\":\"0\"}' --out code.png")),
             helpEntry(kDecode,
                    inkan::tr("Prints the text of the QR code in FILE, or writes it to TEXT_FILE in UTF-8 whatever charset the "
                       "code carried (Shift_JIS, ISO-8859-1, UTF-8). --raw writes the payload bytes as carried instead. "
                       "--as-nv12 reads it through the camera-frame path, --live with one fast pass as for video, "
                       "--repeat N prints the mean time per decode on stderr."),
                    QStringLiteral("inkan-cli qr decode photo.jpg --as-nv12 --repeat 100"))}};
}

int runQr(Context &ctx, const QStringList &args)
{
    // --json may also follow the command; it applies to usage errors too.
    if (args.mid(0, args.indexOf(QStringLiteral("--"))).contains(QStringLiteral("--json")))
        ctx.json = true;
    if (args.isEmpty() && ctx.json)
        return ctx.usage(inkan::tr("No qr command given; 'inkan-cli qr help' lists them."), QString());
    if (args.isEmpty() || args.first() == u"help" || args.first() == u"--help") {
        ctx.out() << helpText(qrHelp());
        ctx.out().flush();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString command = args.first();
    if (command == u"encode")
        return encode(ctx, args.mid(1));
    if (command == u"decode")
        return decode(ctx, args.mid(1));
    return ctx.usage(inkan::tr("Unknown qr command '%1'; 'inkan-cli qr help' lists them.").arg(command), QString());
}

} // namespace inkan::cli
