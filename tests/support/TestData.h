// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Reads the published vectors copied into tests/data/ (see tests/data/README.md).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

#include "crypto/Secp256k1.h"

namespace inkan::testdata {

inline QByteArray readFile(const QString &name)
{
    QFile file(QStringLiteral(INKAN_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QJsonObject readJson(const QString &name)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(readFile(name), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test data %s is not JSON: %s", qPrintable(name), qPrintable(error.errorString()));
    return document.object();
}

/// A key from published test data (0x-hex); the data is known good, so a bad key is a test bug.
inline crypto::PrivateKey keyFromHex(const QString &hex)
{
    return crypto::PrivateKey::fromBytes(crypto::SecureBytes::fromHex(hex.toLatin1())).value();
}

} // namespace inkan::testdata
