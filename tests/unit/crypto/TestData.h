#pragma once
// Reads the published vectors copied into tests/data/ (see tests/data/README.md).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

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

} // namespace inkan::testdata
