// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// QrEncoder: symbol geometry, quiet zone, whole-module scaling and the too-long case.
#include "qr/QrEncoder.h"

#include <QTest>

using namespace inkan::qr;

class TestQrEncoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sizeIsWholeModulesWithQuietZone()
    {
        QrEncodeOptions options;
        options.moduleScale = 5;
        options.quietZone = 4;
        const QImage image = QrEncoder::encode(QStringLiteral("hello"), options);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.width() % 5, 0);
        const int modules = image.width() / 5 - 8;
        QVERIFY(modules >= 21);
        QCOMPARE((modules - 17) % 4, 0); // a QR symbol is 17 + 4·version modules wide
        // The quiet zone is white; the finder pattern's corner module is black.
        QCOMPARE(image.pixelColor(19, 19), QColor(Qt::white));
        QCOMPARE(image.pixelColor(20, 20), QColor(Qt::black));
        QCOMPARE(image.pixelColor(24, 24), QColor(Qt::black));
    }

    void onlyBlackAndWhitePixels()
    {
        const QImage image = QrEncoder::encode(QStringLiteral("{\"c\":\"1234567890\"}"));
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x)
                QVERIFY(line[x] == 0 || line[x] == 255);
        }
    }

    void tooLongGivesNullImage()
    {
        QVERIFY(QrEncoder::encode(QString(5000, QLatin1Char('x'))).isNull());
        QVERIFY(QrEncoder::encodeBytes(QByteArray(3000, '\xff')).isNull());
        QVERIFY(QrEncoder::encodePng(QString(5000, QLatin1Char('x'))).isEmpty());
    }

    void pngLoadsBack()
    {
        const QByteArray png = QrEncoder::encodePng(QStringLiteral("code"));
        QVERIFY(png.startsWith("\x89PNG"));
        QImage loaded;
        QVERIFY(loaded.loadFromData(png, "PNG"));
        QCOMPARE(loaded.size(), QrEncoder::encode(QStringLiteral("code")).size());
    }
};

QTEST_GUILESS_MAIN(TestQrEncoder)
#include "tst_qrencoder.moc"
