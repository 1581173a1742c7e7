// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Benchmark (not a test: it never asserts a timing). Prints keystore unlock times at geth's
// standard cost and the sign/recover rates.
#include "crypto/Keccak.h"
#include "crypto/Keystore.h"
#include "crypto/PersonalSign.h"
#include "crypto/Secp256k1.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstdio>

using namespace inkan;
using namespace inkan::crypto;

namespace {

void report(const char *what, double value, const char *unit)
{
    std::printf("BENCH %-52s %12.2f %s\n", what, value, unit);
    std::fflush(stdout);
}

/// Milliseconds per keystore::decrypt, best of `rounds`.
double unlockMilliseconds(const QByteArray &json, const SecureBytes &password, int rounds)
{
    double best = 1e300;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<keystore::Decrypted> decrypted = keystore::decrypt(json, password);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!decrypted.ok())
            qFatal("unlock failed: %s", qPrintable(decrypted.error().message));
        best = std::min(best, elapsed);
    }
    return best;
}

QByteArray vectorJson(const char *name)
{
    QFile file(QStringLiteral(INKAN_TEST_DATA_DIR "/v3_test_vector.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing v3_test_vector.json");
    const QJsonObject vector = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String(name)).toObject();
    return QJsonDocument(vector.value(QStringLiteral("json")).toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

class BenchCrypto : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keystoreUnlock()
    {
        const SecureBytes password(QByteArrayView("bench password"));
        const PrivateKey key = PrivateKey::generate();
        const QByteArray standard = keystore::encrypt(key, password, keystore::Strength::Standard).value();
        const QByteArray light = keystore::encrypt(key, password, keystore::Strength::Light).value();
        report("keystore unlock, scrypt n=262144 r=8 p=1 (standard)", unlockMilliseconds(standard, password, 3), "ms");
        report("keystore unlock, scrypt n=262144 r=1 p=8 (geth vector)",
               unlockMilliseconds(vectorJson("wikipage_test_vector_scrypt"), SecureBytes(QByteArrayView("testpassword")), 3), "ms");
        report("keystore unlock, pbkdf2-sha256 c=262144 (geth vector)",
               unlockMilliseconds(vectorJson("wikipage_test_vector_pbkdf2"), SecureBytes(QByteArrayView("testpassword")), 3), "ms");
        report("keystore unlock, scrypt n=4096 r=8 p=6 (light)", unlockMilliseconds(light, password, 5), "ms");

        QElapsedTimer timer;
        timer.start();
        (void)keystore::encrypt(key, password, keystore::Strength::Standard);
        report("keystore create, scrypt n=262144 r=8 p=1", double(timer.nsecsElapsed()) / 1e6, "ms");
    }

    void signAndRecoverRates()
    {
        const PrivateKey key = PrivateKey::generate();
        const QByteArray message = "Sign in to Inkan: nonce 8f2c1e";
        constexpr int rounds = 2000;

        QElapsedTimer timer;
        timer.start();
        QString signature;
        for (int i = 0; i < rounds; ++i)
            signature = personal::sign(key, QByteArray(message + QByteArray::number(i)));
        report("personal_sign (hash + RFC 6979 sign)", rounds / (double(timer.nsecsElapsed()) / 1e9), "per second");

        timer.restart();
        int recovered = 0;
        for (int i = 0; i < rounds; ++i)
            recovered += personal::recover(QByteArray(message + QByteArray::number(rounds - 1)), signature).ok() ? 1 : 0;
        report("personal_sign recover (hash + ecrecover + address)", rounds / (double(timer.nsecsElapsed()) / 1e9), "per second");
        QCOMPARE(recovered, rounds);

        const QByteArray digest = keccak256(message);
        timer.restart();
        for (int i = 0; i < rounds; ++i)
            (void)key.signDigest(digest);
        report("secp256k1 sign of a 32-byte digest", rounds / (double(timer.nsecsElapsed()) / 1e9), "per second");

        const QByteArray block(1024 * 1024, 'x');
        timer.restart();
        for (int i = 0; i < 20; ++i)
            (void)keccak256(block);
        report("keccak-256 throughput", 20 / (double(timer.nsecsElapsed()) / 1e9), "MiB/s");
    }
};

QTEST_GUILESS_MAIN(BenchCrypto)
#include "bench_crypto.moc"
