// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "session/VerificationLog.h"

#include "Tr.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace inkan::session {

VerificationLog::VerificationLog(QString dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("verifications.jsonl")))
{
}

Result<void> VerificationLog::append(const VerificationRecord &record)
{
    if (record.tokenId.isEmpty())
        return Error{ErrorKind::InvalidInput, inkan::tr("A verification record needs a token id.")};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error{ErrorKind::Io, inkan::tr("Could not create the folder for the verification log %1.").arg(m_path)};
    const QJsonObject object{
        {QStringLiteral("token_id"), record.tokenId},
        {QStringLiteral("time"), record.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("latitude"), record.position.latitude},
        {QStringLiteral("longitude"), record.position.longitude},
    };
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return Error{ErrorKind::Io, inkan::tr("Could not open the verification log %1: %2").arg(m_path, file.errorString())};
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A torn last line (a crash mid-write) is closed first, so this record stays readable.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.peek(1) != "\n")
        line.prepend('\n');
    // One write of the whole line, so two appends never interleave inside a line.
    if (file.write(line) != line.size() || !file.flush())
        return Error{ErrorKind::Io, inkan::tr("Could not write to the verification log %1: %2").arg(m_path, file.errorString())};
    return {};
}

Result<QList<VerificationRecord>> VerificationLog::read() const
{
    QList<VerificationRecord> records;
    QFile file(m_path);
    if (!file.exists())
        return records;
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, inkan::tr("Could not read the verification log %1: %2").arg(m_path, file.errorString())};
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            continue;
        const QJsonObject object = document.object();
        VerificationRecord record;
        record.tokenId = object.value(QLatin1String("token_id")).toString();
        record.time = QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        record.position.latitude = object.value(QLatin1String("latitude")).toString();
        record.position.longitude = object.value(QLatin1String("longitude")).toString();
        if (record.tokenId.isEmpty() || !record.time.isValid())
            continue;
        records.append(record);
    }
    return records;
}

Result<QList<VerificationRecord>> VerificationLog::latest(int count) const
{
    Result<QList<VerificationRecord>> all = read();
    if (!all)
        return all;
    QList<VerificationRecord> newest;
    for (qsizetype i = all->size() - 1; i >= 0 && newest.size() < count; --i)
        newest.append(all->at(i));
    return newest;
}

} // namespace inkan::session
