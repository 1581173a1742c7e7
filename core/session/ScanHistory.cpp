// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "session/ScanHistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace inkan::session {

namespace {

struct ReasonName {
    ScanReason reason;
    const char *key;
};
constexpr ReasonName kReasons[] = {
    {ScanReason::None, ""},
    {ScanReason::NotAVerificationCode, "not_a_verification_code"},
    {ScanReason::Expired, "expired"},
    {ScanReason::AlreadyUsed, "already_used"},
    {ScanReason::OutsideVenue, "outside_venue"},
    {ScanReason::Transferred, "transferred"},
    {ScanReason::UnknownCode, "unknown_code"},
    {ScanReason::NotAllowed, "not_allowed"},
    {ScanReason::SignInNeeded, "sign_in_needed"},
    {ScanReason::Unreachable, "unreachable"},
    {ScanReason::ServiceError, "service_error"},
    {ScanReason::NoVenuePosition, "no_venue_position"},
};

constexpr const char *kVerdicts[kScanVerdictCount] = {"verified", "refused", "repeat", "unchecked"};

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    // A field that a spreadsheet would run as a formula is kept as text.
    if (!bytes.isEmpty() && QByteArray("=+-@\t\r").contains(bytes.front()))
        bytes.prepend('\'');
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r') || bytes.startsWith('\'')) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

QString verdictKey(ScanVerdict verdict)
{
    return QString::fromLatin1(kVerdicts[size_t(verdict)]);
}

std::optional<ScanVerdict> verdictFromKey(const QString &key)
{
    for (int i = 0; i < kScanVerdictCount; ++i) {
        if (key == QLatin1String(kVerdicts[i]))
            return ScanVerdict(i);
    }
    return std::nullopt;
}

QString reasonKey(ScanReason reason)
{
    for (const ReasonName &name : kReasons) {
        if (name.reason == reason)
            return QString::fromLatin1(name.key);
    }
    return {};
}

ScanReason reasonFromKey(const QString &key)
{
    for (const ReasonName &name : kReasons) {
        if (key == QLatin1String(name.key))
            return name.reason;
    }
    return ScanReason::ServiceError;
}

int ScanCounts::total() const
{
    int sum = 0;
    for (int n : byVerdict)
        sum += n;
    return sum;
}

void ScanCounts::add(const ScanRecord &record)
{
    ++byVerdict[size_t(record.verdict)];
    ++byKind[record.nftKind][size_t(record.verdict)];
}

ScanHistory::ScanHistory(const QString &dataDir) : m_path(QDir(dataDir).filePath(QStringLiteral("scans.jsonl")))
{
    QFile file(m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            m_loadError = tr("The scan history %1 could not be read (%2); new scans are still recorded.")
                              .arg(QDir::toNativeSeparators(m_path), file.errorString());
        } else {
            while (!file.atEnd()) {
                const QByteArray line = file.readLine().trimmed();
                if (line.isEmpty())
                    continue;
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                ScanRecord r;
                r.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
                const std::optional<ScanVerdict> verdict = verdictFromKey(o.value(QLatin1String("verdict")).toString());
                if (!r.time.isValid() || !verdict)
                    continue; // a torn or foreign line
                r.verdict = *verdict;
                r.reason = reasonFromKey(o.value(QLatin1String("reason")).toString());
                r.scanner = o.value(QLatin1String("scanner")).toString();
                r.codeHash = o.value(QLatin1String("code_hash")).toString();
                r.tokenId = o.value(QLatin1String("token_id")).toString();
                r.message = o.value(QLatin1String("message")).toString();
                r.nftName = o.value(QLatin1String("nft_name")).toString();
                r.nftKind = o.value(QLatin1String("nft_kind")).toString();
                r.attempts = o.value(QLatin1String("attempts")).toInt();
                m_records.append(r);
            }
        }
    }
    m_sessionStart = m_records.size();
}

Result<void> ScanHistory::append(const ScanRecord &record)
{
    m_records.append(record);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error{ErrorKind::Io, tr("The folder of the scan history %1 could not be created; check that the data folder is writable.")
                                        .arg(QDir::toNativeSeparators(m_path))};
    const QJsonObject object{
        {QStringLiteral("time"), record.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("scanner"), record.scanner},
        {QStringLiteral("code_hash"), record.codeHash},
        {QStringLiteral("token_id"), record.tokenId},
        {QStringLiteral("verdict"), verdictKey(record.verdict)},
        {QStringLiteral("reason"), reasonKey(record.reason)},
        {QStringLiteral("message"), record.message},
        {QStringLiteral("nft_name"), record.nftName},
        {QStringLiteral("nft_kind"), record.nftKind},
        {QStringLiteral("attempts"), record.attempts},
    };
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return Error{ErrorKind::Io, tr("The scan could not be added to the history %1 (%2); check that the data folder is writable.")
                                        .arg(QDir::toNativeSeparators(m_path), file.errorString())};
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A torn last line (a crash mid-write) is closed first, so this record stays readable.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.peek(1) != "\n")
        line.prepend('\n');
    if (file.write(line) != line.size() || !file.flush())
        return Error{ErrorKind::Io, tr("The scan could not be added to the history %1 (%2); check that the disk is not full.")
                                        .arg(QDir::toNativeSeparators(m_path), file.errorString())};
    return {};
}

std::optional<ScanRecord> ScanHistory::firstVerified(const QString &codeHash) const
{
    if (codeHash.isEmpty())
        return std::nullopt;
    for (const ScanRecord &r : m_records) {
        if (r.verdict == ScanVerdict::Verified && r.codeHash == codeHash)
            return r;
    }
    return std::nullopt;
}

ScanCounts ScanHistory::sessionCounts() const
{
    ScanCounts counts;
    for (qsizetype i = m_sessionStart; i < m_records.size(); ++i)
        counts.add(m_records.at(i));
    return counts;
}

ScanCounts ScanHistory::dayCounts(QDate day) const
{
    ScanCounts counts;
    for (const ScanRecord &r : m_records) {
        if (r.time.toLocalTime().date() == day)
            counts.add(r);
    }
    return counts;
}

QByteArray ScanHistory::toCsv(const QList<ScanRecord> &records)
{
    QByteArray csv = "time,scanner,verdict,reason,token_id,nft_name,nft_kind,attempts,message\r\n";
    for (const ScanRecord &r : records) {
        const QStringList fields{r.time.toUTC().toString(Qt::ISODateWithMs), r.scanner, verdictKey(r.verdict),
                                 reasonKey(r.reason), r.tokenId, r.nftName, r.nftKind, QString::number(r.attempts),
                                 r.message};
        QByteArrayList encoded;
        for (const QString &field : fields)
            encoded << csvField(field);
        csv += encoded.join(',') + "\r\n";
    }
    return csv;
}

Result<void> ScanHistory::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorKind::Io, tr("%1 could not be written (%2); choose another folder.")
                                        .arg(QDir::toNativeSeparators(path), file.errorString())};
    file.write(toCsv(m_records));
    if (!file.commit())
        return Error{ErrorKind::Io, tr("%1 could not be written (%2); choose another folder.")
                                        .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

QString ScanHistory::hashCode(const QString &code)
{
    return QString::fromLatin1(QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace inkan::session
