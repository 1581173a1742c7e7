// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// QrDecoder: round trips through QrEncoder, the distortions of real cameras, every QImage
// format and every in-memory QVideoFrame pixel format.
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"
#include "qr/VerificationPayload.h"
#include "unit/qr/CharsetCodes.h"
#include "unit/qr/QrTestImages.h"

#include <QRandomGenerator>
#include <QTest>

using namespace inkan::qr;
using namespace inkan::qr::testing;

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

namespace {

const QString kVerificationText =
    QStringLiteral(R"({"c":"7Kq2-xZ9_pL4mN8r","m":{},"p":"nft_verification_code","v":"0"})");

QString randomText(int bytes, bool ascii, quint32 seed)
{
    QRandomGenerator random(seed);
    static const QString alphabet = QStringLiteral("abcXYZ019 {}\":,.-_/\\~");
    static const QString wide = QStringLiteral("é漢字かなカナ€Ω");
    QString text;
    while (text.toUtf8().size() < bytes) {
        const QString &pool = ascii || random.bounded(2) ? alphabet : wide;
        QString next = text + pool.at(random.bounded(int(pool.size())));
        if (next.toUtf8().size() > bytes)
            next = text + QLatin1Char('a');
        text = next;
    }
    return text;
}

} // namespace

class TestQrDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("verification json") << kVerificationText;
        QTest::newRow("one byte") << QStringLiteral("x");
        QTest::newRow("digits") << QStringLiteral("1234567890");
        QTest::newRow("alphanumeric mode") << QStringLiteral("HELLO WORLD 42");
        QTest::newRow("japanese") << QStringLiteral("検証コード：さくら");
        QTest::newRow("emoji") << QStringLiteral("ok 👍🏽 done");
        QTest::newRow("latin-1 range") << QStringLiteral("café Ü ß");
        QTest::newRow("embedded nul") << QString::fromUtf8("a\0b", 3);
        for (int bytes : {2, 17, 64, 100, 255, 256, 500, 777, 1000}) {
            QTest::addRow("ascii %d bytes", bytes) << randomText(bytes, true, quint32(bytes));
            QTest::addRow("utf-8 %d bytes", bytes) << randomText(bytes, false, quint32(bytes) + 1);
        }
    }
    void textRoundTrip()
    {
        QFETCH(QString, text);
        const QImage image = QrEncoder::encode(text, {4, 4});
        QVERIFY(!image.isNull());
        const auto decoded = QrDecoder::decode(image);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->bytes, text.toUtf8());
        QCOMPARE(decoded->corners.size(), 4);
    }

    void binaryRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        for (int size : {1, 16, 300, 1000}) {
            QByteArray bytes(size, Qt::Uninitialized);
            QRandomGenerator random{quint32(size)};
            for (char &b : bytes)
                b = char(random.bounded(256));
            QTest::addRow("%d random bytes", size) << bytes;
        }
    }
    void binaryRoundTrip()
    {
        QFETCH(QByteArray, bytes);
        const auto decoded = QrDecoder::decode(QrEncoder::encodeBytes(bytes, {4, 4}));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->bytes, bytes);
    }

    // Issue #9: a code's payload decoded to the right text whatever its charset, declared or
    // not; `bytes` stays the payload as carried; and the verification parser calls Japanese
    // text what it is (text), not binary data.
    void charsets_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("eci");
        QTest::addColumn<QString>("text");
        for (const testing::CharsetCase &c : testing::charsetCases())
            QTest::newRow(c.name) << c.payload << c.eci << c.text;
    }
    void charsets()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, eci);
        QFETCH(QString, text);
        const auto decoded = QrDecoder::decode(testing::charsetCodeImage(payload, eci));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->bytes, payload);
        QVERIFY(!decoded->binary);
        const auto payloadCheck = VerificationPayload::parseText(decoded->text, decoded->binary);
        QVERIFY(!payloadCheck.ok());
        QVERIFY2(payloadCheck.error().message.contains(QLatin1String("text")), qPrintable(payloadCheck.error().message));
        QVERIFY2(!payloadCheck.error().message.contains(QLatin1String("binary")), qPrintable(payloadCheck.error().message));
    }

    void binaryIsCalledBinary()
    {
        const QByteArray bytes = QByteArray::fromHex("00ff10e3a0fe7f8081c3d4e5f60102030405060708");
        const auto decoded = QrDecoder::decode(testing::charsetCodeImage(bytes, -1));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->bytes, bytes);
        const auto payloadCheck = VerificationPayload::parseText(decoded->text, decoded->binary);
        QVERIFY(!payloadCheck.ok());
        QVERIFY2(payloadCheck.error().message.contains(QLatin1String("binary")), qPrintable(payloadCheck.error().message));
    }

    void distortedStill_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<bool>("liveToo"); // also expected in one fast pass
        const QImage code = codeImage(kVerificationText, 6);
        const QImage plain = scene(code);
        QTest::newRow("plain") << plain << true;
        QTest::newRow("rotated 30°") << scene(code, {1280, 720}, QTransform().rotate(30)) << true;
        QTest::newRow("rotated 135°") << scene(code, {1280, 720}, QTransform().rotate(135)) << true;
        {
            QTransform perspective;
            const QRectF bounds(-code.width() / 2.0, -code.height() / 2.0, code.width(), code.height());
            const QPolygonF square{bounds.topLeft(), bounds.topRight(), bounds.bottomRight(), bounds.bottomLeft()};
            QPolygonF tilted;
            tilted << QPointF(-140, -190) << QPointF(230, -150) << QPointF(200, 170) << QPointF(-170, 200);
            QVERIFY(QTransform::quadToQuad(square, tilted, perspective));
            QTest::newRow("perspective") << scene(code, {1280, 720}, perspective) << true;
        }
        QTest::newRow("blurred") << boxBlurred(plain, 2) << true;
        QTest::newRow("noisy") << withNoise(plain, 60) << true;
        QTest::newRow("low contrast") << withLowContrast(plain, 100, 150) << false;
        QTest::newRow("very low contrast") << withLowContrast(plain, 120, 140) << false;
        QTest::newRow("uneven light") << withUnevenLight(plain) << true;
        QTest::newRow("inverted") << inverted(plain) << false;
        QTest::newRow("small code in a large frame")
            << scene(codeImage(kVerificationText, 2), {1920, 1080}) << true;
        // The first pass misses these; the doubled, halved and doubled views read them.
        QTest::newRow("out of focus") << boxBlurred(plain, 4) << false;
        QTest::newRow("speckled") << withSaltAndPepper(plain, 8) << false;
        QTest::newRow("tiny modules in 1080p")
            << scene(codeImage(kVerificationText, 1), {1920, 1080}, QTransform().scale(1.7, 1.7)) << false;
        QTest::newRow("noisy, blurred, dim")
            << withLowContrast(withNoise(boxBlurred(plain, 1), 30), 40, 160) << true;
    }
    void distortedStill()
    {
        QFETCH(QImage, image);
        QFETCH(bool, liveToo);
        const auto still = QrDecoder::decode(image, DecodeMode::StillImage);
        QVERIFY2(still.ok(), "a still photo should read after the retries");
        QCOMPARE(still->text, kVerificationText);
        const auto live = QrDecoder::decode(image, DecodeMode::LiveVideo);
        if (liveToo) {
            QVERIFY2(live.ok(), "the single fast pass should read this one");
            QCOMPARE(live->text, kVerificationText);
        }
    }

    void liveViewsReadWashedOutAndDarkModeCodes()
    {
        const QImage plain = scene(codeImage(kVerificationText, 6));
        const QImage washedOut = withLowContrast(plain, 100, 150);
        const QImage darkMode = inverted(plain);
        // The plain pass cannot read them (which is why the scanner takes turns with the views)…
        QVERIFY(!QrDecoder::decode(washedOut, DecodeMode::LiveVideo).ok());
        QVERIFY(!QrDecoder::decode(darkMode, DecodeMode::LiveVideo).ok());
        // …and one fast pass on the right view can, from frames as well as images.
        for (QVideoFrameFormat::PixelFormat format : {QVideoFrameFormat::Format_NV12, QVideoFrameFormat::Format_BGRA8888}) {
            const auto stretched = QrDecoder::decode(makeFrame(washedOut, format), DecodeMode::LiveVideoStretched);
            QVERIFY(stretched.ok());
            QCOMPARE(stretched->text, kVerificationText);
            const auto invertedView = QrDecoder::decode(makeFrame(darkMode, format), DecodeMode::LiveVideoInverted);
            QVERIFY(invertedView.ok());
            QCOMPARE(invertedView->text, kVerificationText);
        }
        QVERIFY(QrDecoder::decode(washedOut, DecodeMode::LiveVideoStretched).ok());
        // The enhanced views still read an ordinary code.
        QVERIFY(QrDecoder::decode(plain, DecodeMode::LiveVideoStretched).ok());
    }

    void cornersAreInImageCoordinates()
    {
        const QImage code = codeImage(QStringLiteral("corners"), 8);
        const QImage image = scene(code);
        const auto decoded = QrDecoder::decode(image);
        QVERIFY(decoded.ok());
        const QRect bounds = decoded->corners.boundingRect();
        const QPoint centre(image.width() / 2, image.height() / 2);
        QVERIFY(qAbs(bounds.center().x() - centre.x()) < 10);
        QVERIFY(qAbs(bounds.center().y() - centre.y()) < 10);
        const int symbolSide = code.width() - 2 * 4 * 8; // without the quiet zone
        QVERIFY(qAbs(bounds.width() - symbolSide) < 16);
    }

    void everyImageFormat_data()
    {
        QTest::addColumn<QImage>("image");
        const QImage rgb = scene(codeImage(kVerificationText, 5), {640, 480});
        for (QImage::Format format :
             {QImage::Format_Grayscale8, QImage::Format_Grayscale16, QImage::Format_RGB32, QImage::Format_ARGB32,
              QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB888, QImage::Format_BGR888,
              QImage::Format_RGBX8888, QImage::Format_RGBA8888, QImage::Format_RGB16, QImage::Format_Indexed8,
              QImage::Format_Mono, QImage::Format_RGBA64, QImage::Format_RGB30})
            QTest::addRow("format %d", int(format)) << rgb.convertToFormat(format);
        // A code on a transparent background, the way many generators export PNGs.
        QImage transparent(400, 400, QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        QImage code = QrEncoder::encode(kVerificationText, {4, 4}).convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < code.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(code.scanLine(y));
            for (int x = 0; x < code.width(); ++x)
                line[x] = qRed(line[x]) ? qRgba(0, 0, 0, 0) : qRgba(0, 0, 0, 255);
        }
        QPainter(&transparent).drawImage(0, 0, code);
        QTest::newRow("black on transparent") << transparent;
    }
    void everyImageFormat()
    {
        QFETCH(QImage, image);
        const auto decoded = QrDecoder::decode(image);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, kVerificationText);
    }

    void everyFramePixelFormat_data()
    {
        QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
        for (QVideoFrameFormat::PixelFormat format : memoryFrameFormats())
            QTest::addRow("%s", qPrintable(QVideoFrameFormat::pixelFormatToString(format))) << format;
    }
    void everyFramePixelFormat()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        const QImage rgb = scene(codeImage(kVerificationText, 5));
        const QVideoFrame frame = makeFrame(rgb, format);
        QVERIFY(frame.isValid());
        QCOMPARE(frame.pixelFormat(), format);
        QVERIFY2(QrDecoder::readsInPlace(format), "memory formats must not go through toImage()");
        const auto decoded = QrDecoder::decode(frame, DecodeMode::LiveVideo);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, kVerificationText);
        QCOMPARE(decoded->corners.size(), 4);
    }

    // Our reading of each layout must agree with Qt's own: Qt's conversion of the frames this
    // test builds must show the same picture.
    void frameLayoutsAgreeWithQt_data() { everyFramePixelFormat_data(); }
    void frameLayoutsAgreeWithQt()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        if (format == QVideoFrameFormat::Format_YUV422P)
            QSKIP("Qt 6.4 allocates YUV422P chroma planes a quarter wide and cannot convert its own frames");
        const QImage rgb = scene(codeImage(QStringLiteral("layout"), 4), {320, 240});
        const QImage viaQt = makeFrame(rgb, format).toImage();
        if (viaQt.isNull())
            QSKIP("Qt cannot convert this format to an image");
        const QImage expected = rgb.convertToFormat(QImage::Format_Grayscale8);
        const QImage actual = viaQt.convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(actual.size(), expected.size());
        qint64 totalError = 0;
        for (int y = 0; y < expected.height(); ++y)
            for (int x = 0; x < expected.width(); ++x)
                totalError += qAbs(int(actual.constScanLine(y)[x]) - int(expected.constScanLine(y)[x]));
        const double meanError = double(totalError) / (expected.width() * expected.height());
        QVERIFY2(meanError < 12, qPrintable(QStringLiteral("mean luma error %1").arg(meanError)));
    }

    void frameSmallerThanItsFormatIsRefused()
    {
        // Qt 6.4 gives a YUV420P10 frame it allocates one byte per pixel instead of two.
        QVideoFrame frame(QVideoFrameFormat(QSize(64, 32), QVideoFrameFormat::Format_YUV420P10));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        const bool tooSmall = frame.bytesPerLine(0) < 2 * frame.width();
        std::memset(frame.bits(0), 0, size_t(frame.mappedBytes(0)));
        frame.unmap();
        if (!tooSmall)
            QSKIP("this Qt lays out YUV420P10 correctly");
        const auto decoded = QrDecoder::decode(frame);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().kind, inkan::ErrorKind::Unsupported);
    }

    void bottomUpFrameIsRead()
    {
        const QImage rgb = scene(codeImage(kVerificationText, 5), {640, 480});
        QVideoFrameFormat format(QSize(640, 480), QVideoFrameFormat::Format_Y8);
        format.setScanLineDirection(QVideoFrameFormat::BottomToTop);
        QVideoFrame frame(format);
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        const QImage gray = rgb.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < 480; ++y)
            std::memcpy(frame.bits(0) + qsizetype(479 - y) * frame.bytesPerLine(0), gray.constScanLine(y), 640);
        frame.unmap();
        const auto decoded = QrDecoder::decode(frame);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, kVerificationText);
        QVERIFY(decoded->corners.boundingRect().intersects(QRect(0, 0, 640, 480)));
    }

    void luminanceViewWithPixelStride()
    {
        const QImage gray = scene(codeImage(kVerificationText, 5), {640, 480}).convertToFormat(QImage::Format_Grayscale8);
        QByteArray interleaved(640 * 480 * 3, '\x7f'); // luma in every third byte
        for (int y = 0; y < 480; ++y)
            for (int x = 0; x < 640; ++x)
                interleaved[(y * 640 + x) * 3 + 2] = char(gray.constScanLine(y)[x]);
        LuminanceView view{reinterpret_cast<const uchar *>(interleaved.constData()) + 2, 640, 480, 640 * 3, 3};
        const auto decoded = QrDecoder::decode(view);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, kVerificationText);
    }

    void noCodeIsNotFound()
    {
        const QImage empty = scene(QImage(1, 1, QImage::Format_RGB32));
        for (DecodeMode mode : {DecodeMode::LiveVideo, DecodeMode::StillImage}) {
            const auto decoded = QrDecoder::decode(empty, mode);
            QVERIFY(!decoded.ok());
            QCOMPARE(decoded.error().kind, inkan::ErrorKind::NotFound);
            QVERIFY(!decoded.error().message.isEmpty());
        }
        const auto fromFrame = QrDecoder::decode(makeFrame(empty, QVideoFrameFormat::Format_NV12));
        QVERIFY(!fromFrame.ok());
        QCOMPARE(fromFrame.error().kind, inkan::ErrorKind::NotFound);
    }

    void emptyInputsAreRefused()
    {
        QCOMPARE(QrDecoder::decode(QImage()).error().kind, inkan::ErrorKind::InvalidInput);
        QCOMPARE(QrDecoder::decode(QVideoFrame()).error().kind, inkan::ErrorKind::InvalidInput);
        QCOMPARE(QrDecoder::decode(LuminanceView{}).error().kind, inkan::ErrorKind::InvalidInput);
        QImage tiny(3, 3, QImage::Format_Grayscale8);
        tiny.fill(0);
        QCOMPARE(QrDecoder::decode(tiny).error().kind, inkan::ErrorKind::NotFound);
    }

    void unknownFramesUseQtConversion()
    {
        QVERIFY(!QrDecoder::readsInPlace(QVideoFrameFormat::Format_Jpeg));
        QVERIFY(!QrDecoder::readsInPlace(QVideoFrameFormat::Format_SamplerExternalOES));
    }
};

QTEST_MAIN(TestQrDecoder)
#include "tst_qrdecoder.moc"
