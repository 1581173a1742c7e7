#include "jobs/BatchMint.h"
#include "crypto/Address.h"
#include "crypto/Random.h"
#include "jobs/Csv.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <unistd.h>

namespace inkan::jobs {

using services::web3connect::Nft;

namespace {

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

/// A CSV cell turned into the JSON type the service expects for `field`.
QJsonValue typedCell(const QString &field, const QString &cell, bool isStatic, QString *problem)
{
    const QString text = cell.trimmed();
    const FieldType type = fieldType(field, isStatic);
    if (type == FieldType::Integer) {
        bool ok = false;
        const qlonglong value = text.toLongLong(&ok);
        if (!ok)
            *problem = BatchMintJob::tr("\"%1\" is not a whole number.").arg(text.left(40));
        return QJsonValue(value);
    }
    if (type == FieldType::Number) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok)
            *problem = BatchMintJob::tr("\"%1\" is not a number.").arg(text.left(40));
        return value;
    }
    if (type == FieldType::Array || type == FieldType::Object) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        const bool wantArray = type == FieldType::Array;
        if (wantArray ? !doc.isArray() : !doc.isObject()) {
            *problem = wantArray ? BatchMintJob::tr("must be a JSON list like [\"a\",\"b\"].")
                                 : BatchMintJob::tr("must be a JSON object like {\"k\":\"v\"}.");
            return {};
        }
        return wantArray ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    return text;
}

} // namespace

// ---------------------------------------------------------------------------------------------

BatchMintJob::BatchMintJob(services::web3connect::Web3ConnectClient *client, BatchMintOptions options, QObject *parent)
    : QObject(parent), m_client(client), m_options(std::move(options))
{
    if (m_options.journalPath.isEmpty())
        m_options.journalPath = m_options.csvPath + QStringLiteral(".journal");
    if (m_options.resultPath.isEmpty()) {
        QString base = m_options.csvPath;
        if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            base.chop(4);
        m_options.resultPath = base + QStringLiteral(".result.csv");
    }
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 32);
}

BatchMintJob::~BatchMintJob()
{
    for (const auto &job : std::as_const(m_jobs))
        if (job)
            job->abort();
}

QString BatchMintJob::marker(int index) const
{
    return m_batchId + QLatin1Char(':') + QString::number(index + 1);
}

Result<void> BatchMintJob::prepare()
{
    QFile csv(m_options.csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, tr("Cannot read %1.").arg(QDir::toNativeSeparators(m_options.csvPath)));
    const QByteArray bytes = csv.readAll();
    m_csvDigest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    auto table = parseCsv(bytes);
    if (!table)
        return table.error();

    // Resolve each column's target.
    QList<ColumnMapping> columns;
    int holderColumns = 0;
    for (const QString &name : table->header) {
        ColumnMapping m;
        if (m_options.mapping.contains(name)) {
            m = m_options.mapping.value(name);
        } else if (name == QLatin1String("holder") || name == QLatin1String("holder_address") || name == QLatin1String("holder_email")) {
            m.target = ColumnMapping::Target::Holder;
        } else if (name.startsWith(QLatin1String("static."))) {
            m = {ColumnMapping::Target::Static, name.mid(7)};
        } else if (name.startsWith(QLatin1String("dynamic."))) {
            m = {ColumnMapping::Target::Dynamic, name.mid(8)};
        } else if (isStaticField(name)) {
            m = {ColumnMapping::Target::Static, name};
        } else {
            m = {ColumnMapping::Target::Dynamic, name};
        }
        if (m.target == ColumnMapping::Target::Holder)
            ++holderColumns;
        if (name == QLatin1String(kBatchRowMarker) || m.field == QLatin1String(kBatchRowMarker))
            m_problems.append({0, name, tr("The column %1 is reserved for Inkan's own marker.").arg(name)});
        columns.append(m);
    }
    if (holderColumns != 1)
        m_problems.append({0, QString(), tr("The CSV needs exactly one holder column (named \"holder\", or mapped with --map COLUMN=holder).")});

    m_rows.clear();
    for (int r = 0; r < table->rows.size(); ++r) {
        const QStringList &cells = table->rows[r];
        Row row;
        for (int c = 0; c < columns.size(); ++c) {
            const ColumnMapping &m = columns[c];
            const QString &cell = cells[c];
            const QString column = table->header[c];
            QString problem;
            switch (m.target) {
            case ColumnMapping::Target::Ignore: break;
            case ColumnMapping::Target::Holder:
                row.holder = cell.trimmed();
                if (looksLikeEmail(row.holder)) {
                    row.holderIsEmail = true;
                } else if (auto address = crypto::Address::parse(row.holder); !address) {
                    m_problems.append({r + 1, column, tr("The holder is neither an ID wallet address nor an e-mail: %1").arg(address.error().message)});
                }
                break;
            case ColumnMapping::Target::Static:
                if (!cell.trimmed().isEmpty() || requiredStaticFields().contains(m.field))
                    row.staticMetadata.insert(m.field, typedCell(m.field, cell, true, &problem));
                break;
            case ColumnMapping::Target::Dynamic:
                if (!cell.trimmed().isEmpty())
                    row.dynamicMetadata.insert(m.field, typedCell(m.field, cell, false, &problem));
                break;
            }
            if (!problem.isEmpty())
                m_problems.append({r + 1, column, problem});
        }
        for (RowProblem p : validateMetadata(row.staticMetadata, row.dynamicMetadata)) {
            if (std::any_of(m_problems.cbegin(), m_problems.cend(), [&](const RowProblem &q) { return q.row == r + 1 && (q.column == p.column || q.column == QLatin1String("static.") + p.column); }))
                continue;
            p.row = r + 1;
            m_problems.append(p);
        }
        m_rows.append(row);
    }
    if (m_rows.isEmpty())
        m_problems.append({0, QString(), tr("The CSV has a header but no rows.")});
    if (!m_problems.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("%n problem(s) in the CSV; nothing was sent.", nullptr, int(m_problems.size())));

    // Read what an earlier run did.
    m_outcomes = QList<RowOutcome>(m_rows.size());
    QFile previous(m_options.journalPath);
    if (previous.exists()) {
        if (!previous.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Io, tr("Cannot read the journal %1.").arg(m_options.journalPath));
        const QList<QByteArray> lines = previous.readAll().split('\n');
        const QList<QByteArray> head = lines.value(0).split('\t');
        if (head.size() != 4 || head[0] != "inkan-batch-journal" || head[1] != "v1")
            return makeError(ErrorKind::Malformed, tr("%1 is not an Inkan batch journal.").arg(m_options.journalPath));
        if (head[3] != m_csvDigest)
            return makeError(ErrorKind::InvalidInput,
                tr("The CSV changed since its journal was started; restore it, or move %1 away to start a new batch.").arg(m_options.journalPath));
        m_batchId = QString::fromUtf8(head[2]);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].split('\t');
            bool ok = false;
            const int row = f.value(0).toInt(&ok);
            if (!ok || f.size() < 2)
                continue; // a line cut short by a kill: its row is redone or recovered
            if (f[1] == "imported" && f.size() >= 4) {
                m_importedEmails.insert(QString::fromUtf8(f[2]), QString::fromUtf8(f[3]));
                continue;
            }
            if (row < 1 || row > m_rows.size())
                continue;
            RowOutcome &o = m_outcomes[row - 1];
            if (f[1] == "sending") {
                o.state = RowState::Sending;
            } else if (f[1] == "done" && f.size() >= 3) {
                o = {RowState::Done, QString::fromUtf8(f[2]), {}, true};
            } else if (f[1] == "failed") {
                o = {RowState::Failed, {}, QString::fromUtf8(f.value(2)), true};
            }
        }
    } else {
        m_batchId = crypto::randomUuidV4();
    }
    m_journal.setFileName(m_options.journalPath);
    const bool existed = m_journal.exists();
    bool endsMidLine = false;
    if (existed && previous.size() > 0 && previous.seek(previous.size() - 1)) {
        char last = '\n';
        endsMidLine = previous.getChar(&last) && last != '\n';
    }
    previous.close();
    if (!m_journal.open(QIODevice::WriteOnly | QIODevice::Append))
        return makeError(ErrorKind::Io, tr("Cannot write the journal %1.").arg(m_options.journalPath));
    // A kill in the middle of a write leaves half a line: end it, so the next line is whole.
    if (endsMidLine && !journal(QByteArray()))
        return makeError(ErrorKind::Io, tr("Cannot write the journal %1.").arg(m_options.journalPath));
    if (!existed && !journal("inkan-batch-journal\tv1\t" + m_batchId.toUtf8() + '\t' + m_csvDigest))
        return makeError(ErrorKind::Io, tr("Cannot write the journal %1.").arg(m_options.journalPath));
    return {};
}

bool BatchMintJob::journal(const QByteArray &line)
{
    QByteArray clean = line;
    clean.replace('\n', ' ');
    if (m_journal.write(clean + '\n') != clean.size() + 1 || !m_journal.flush())
        return false;
    // The line must be on disk before the request it announces goes out.
    return ::fsync(m_journal.handle()) == 0;
}

int BatchMintJob::countIn(RowState state) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [state](const RowOutcome &o) { return o.state == state; }));
}

int BatchMintJob::finishedRows() const
{
    return countIn(RowState::Done) + countIn(RowState::Failed) + countIn(RowState::Unknown);
}

void BatchMintJob::start()
{
    QMetaObject::invokeMethod(this, &BatchMintJob::recoverThenRun, Qt::QueuedConnection);
}

void BatchMintJob::cancel()
{
    m_cancelled = true;
    if (m_inFlight == 0 && !m_finished)
        QMetaObject::invokeMethod(this, &BatchMintJob::finishRun, Qt::QueuedConnection);
}

void BatchMintJob::recoverThenRun()
{
    // Earlier failures are retried: a refused mint created nothing.
    for (RowOutcome &o : m_outcomes)
        if (o.state == RowState::Failed)
            o = {};
    QSet<int> sending;
    for (int i = 0; i < m_outcomes.size(); ++i)
        if (m_outcomes[i].state == RowState::Sending)
            sending.insert(i);
    Q_EMIT progress(finishedRows(), int(m_rows.size()));
    if (sending.isEmpty())
        return dispatch();
    fetchMintedPage(1, sending, {});
}

void BatchMintJob::fetchMintedPage(int page, QSet<int> sendingRows, QHash<QString, QString> found)
{
    constexpr int kPageSize = 100;
    auto *job = m_client->mintedByMe({kPageSize, page, true});
    m_jobs.append(job);
    connect(job, &net::ApiJob::failed, this, [this](const net::ApiError &e) {
        m_fatal = makeError(e.kind, tr("Could not check which rows an interrupted run already minted: %1").arg(e.toError().message));
        finishRun();
    });
    connect(job, &net::ApiJob::succeeded, this, [this, job, page, sendingRows, found]() mutable {
        const QString prefix = m_batchId + QLatin1Char(':');
        for (const Nft &nft : *job->value()) {
            const QString mark = nft.dynamicMetadata.value(QLatin1String(kBatchRowMarker)).toString();
            if (mark.startsWith(prefix))
                found.insert(mark, nft.tokenId);
        }
        bool allFound = true;
        for (int index : sendingRows)
            allFound = allFound && found.contains(marker(index));
        if (job->value()->size() == kPageSize && !allFound)
            return fetchMintedPage(page + 1, sendingRows, found);
        for (int index : sendingRows) {
            RowOutcome &o = m_outcomes[index];
            if (const QString token = found.value(marker(index)); !token.isEmpty()) {
                o = {RowState::Done, token, {}, true};
                journal(QByteArray::number(index + 1) + "\tdone\t" + token.toUtf8());
            } else {
                o = {}; // never reached the service: mint it now
            }
        }
        Q_EMIT progress(finishedRows(), int(m_rows.size()));
        dispatch();
    });
}

void BatchMintJob::dispatch()
{
    if (m_finished)
        return;
    while (!m_cancelled && !m_fatal && m_inFlight < m_options.concurrency) {
        while (m_next < m_rows.size() && m_outcomes[m_next].state != RowState::Pending)
            ++m_next;
        if (m_next >= m_rows.size())
            break;
        const int index = m_next++;
        ++m_inFlight;
        const Row &row = m_rows[index];
        if (!row.holderIsEmail) {
            mintRow(index, row.holder);
        } else if (const QString known = m_importedEmails.value(row.holder); !known.isEmpty()) {
            mintRow(index, known);
        } else {
            auto *job = m_client->importAccount(row.holder);
            m_jobs.append(job);
            connect(job, &net::ApiJob::failed, this, [this, index](const net::ApiError &e) { onMintFailed(index, e); });
            connect(job, &net::ApiJob::succeeded, this, [this, job, index] {
                const QString address = job->value()->idWalletAddress;
                m_importedEmails.insert(m_rows[index].holder, address);
                journal(QByteArray::number(index + 1) + "\timported\t" + m_rows[index].holder.toUtf8() + '\t' + address.toUtf8());
                if (m_cancelled) {
                    --m_inFlight;
                    if (m_inFlight == 0)
                        finishRun();
                    return;
                }
                mintRow(index, address);
            });
        }
    }
    if (m_inFlight == 0)
        finishRun();
}

void BatchMintJob::mintRow(int index, const QString &holderAddress)
{
    if (!journal(QByteArray::number(index + 1) + "\tsending")) {
        m_fatal = makeError(ErrorKind::Io, tr("Cannot write the journal %1; stopped before sending row %2.").arg(m_options.journalPath).arg(index + 1));
        --m_inFlight;
        if (m_inFlight == 0)
            finishRun();
        return;
    }
    m_outcomes[index].state = RowState::Sending;
    QJsonObject dynamic = m_rows[index].dynamicMetadata;
    dynamic.insert(QLatin1String(kBatchRowMarker), marker(index));
    auto *job = m_client->mint(holderAddress, m_rows[index].staticMetadata, dynamic);
    m_jobs.append(job);
    connect(job, &net::ApiJob::failed, this, [this, index](const net::ApiError &e) { onMintFailed(index, e); });
    connect(job, &net::ApiJob::succeeded, this, [this, job, index] {
        const QString token = job->value()->tokenId;
        journal(QByteArray::number(index + 1) + "\tdone\t" + token.toUtf8());
        m_outcomes[index] = {RowState::Done, token, {}, false};
        --m_inFlight;
        Q_EMIT rowFinished(index + 1, token, QString());
        Q_EMIT progress(finishedRows(), int(m_rows.size()));
        dispatch();
    });
}

void BatchMintJob::onMintFailed(int index, const net::ApiError &error)
{
    --m_inFlight;
    const QString message = error.toError().message;
    // A refusal (an HTTP 4xx) or a connection never made created nothing. Anything else may
    // have minted: leave the row "sending" so the next run looks for its marker.
    const bool definitelyNotMinted = (error.httpStatus >= 400 && error.httpStatus < 500)
        || error.cause == net::ApiError::Cause::ConnectionRefused || error.cause == net::ApiError::Cause::Insecure
        || error.cause == net::ApiError::Cause::Local || m_outcomes[index].state == RowState::Pending;
    if (definitelyNotMinted) {
        journal(QByteArray::number(index + 1) + "\tfailed\t" + message.toUtf8());
        m_outcomes[index] = {RowState::Failed, {}, message, false};
    } else {
        m_outcomes[index] = {RowState::Unknown, {}, tr("No answer for this row (%1); run the batch again to check it.").arg(message), false};
    }
    Q_EMIT rowFinished(index + 1, QString(), message);
    Q_EMIT progress(finishedRows(), int(m_rows.size()));
    dispatch();
}

void BatchMintJob::finishRun()
{
    if (m_finished || m_inFlight > 0)
        return;
    m_finished = true;
    m_journal.close();
    writeResult();
    Q_EMIT finished();
}

void BatchMintJob::writeResult()
{
    QSaveFile file(m_options.resultPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (!m_fatal)
            m_fatal = makeError(ErrorKind::Io, tr("Cannot write the result file %1.").arg(m_options.resultPath));
        return;
    }
    file.write(csvLine({QStringLiteral("row"), QStringLiteral("token_id"), QStringLiteral("status"), QStringLiteral("error")}));
    for (int i = 0; i < m_outcomes.size(); ++i) {
        const RowOutcome &o = m_outcomes[i];
        QString status;
        switch (o.state) {
        case RowState::Done: status = o.fromEarlierRun ? QStringLiteral("already_minted") : QStringLiteral("minted"); break;
        case RowState::Failed: status = QStringLiteral("failed"); break;
        case RowState::Unknown:
        case RowState::Sending: status = QStringLiteral("unknown"); break;
        case RowState::Pending: status = QStringLiteral("not_sent"); break;
        }
        file.write(csvLine({QString::number(i + 1), o.tokenId, status, o.error}));
    }
    if (!file.commit() && !m_fatal)
        m_fatal = makeError(ErrorKind::Io, tr("Cannot write the result file %1.").arg(m_options.resultPath));
}

// ---------------------------------------------------------------------------------------------

BatchImportJob::BatchImportJob(services::web3connect::Web3ConnectClient *client, crypto::SecureBytes apiKeySecret,
                               QStringList emails, int pollIntervalMs, QObject *parent)
    : QObject(parent), m_client(client), m_secret(std::move(apiKeySecret)), m_emails(std::move(emails)),
      m_intervalMs(std::max(1, pollIntervalMs)), m_maxPolls(std::max(10, 3600 * 1000 / m_intervalMs))
{
}

void BatchImportJob::start()
{
    auto *job = m_client->submitImportBatch(m_secret, m_emails);
    m_current = job;
    connect(job, &net::ApiJob::failed, this, &BatchImportJob::fail);
    connect(job, &net::ApiJob::succeeded, this, [this, job] {
        m_batchId = *job->value();
        Q_EMIT submitted(m_batchId);
        poll();
    });
}

void BatchImportJob::poll()
{
    if (m_cancelled)
        return fail(net::ApiError::cancelled());
    if (m_attempt >= m_maxPolls) {
        net::ApiError late = net::ApiError::timeout();
        late.userMessage = tr("The batch import %1 had not finished after %n check(s); it may still be running, "
                              "check it again later.", nullptr, m_attempt).arg(m_batchId);
        return fail(late);
    }
    ++m_attempt;
    auto *job = m_client->checkImportBatch(m_secret, m_batchId);
    m_current = job;
    connect(job, &net::ApiJob::failed, this, &BatchImportJob::fail);
    connect(job, &net::ApiJob::succeeded, this, [this, job] {
        Q_EMIT polled(m_attempt);
        const auto status = *job->value();
        if (status.done) {
            m_results = status.results;
            m_finished = true;
            Q_EMIT finished();
            return;
        }
        QTimer::singleShot(m_intervalMs, this, &BatchImportJob::poll);
    });
}

void BatchImportJob::cancel()
{
    m_cancelled = true;
    if (m_current)
        m_current->abort();
}

void BatchImportJob::fail(const net::ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

} // namespace inkan::jobs
