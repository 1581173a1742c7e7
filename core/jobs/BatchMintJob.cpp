// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "jobs/BatchMintJob.h"
#include "jobs/Csv.h"
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace inkan::jobs {

using services::web3connect::Nft;

namespace {

struct Prepared {
    BatchPlan plan;
    std::shared_ptr<BatchJournal> journal;
};

/// Writes the result CSV (row, token id, status, error). Blocking: runs on a worker.
Result<void> writeResult(const QString &path, const QList<RowOutcome> &outcomes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, BatchMintJob::tr("Cannot write the result file %1.").arg(path));
    QByteArray bytes = csvLine({QStringLiteral("row"), QStringLiteral("token_id"), QStringLiteral("status"), QStringLiteral("error")});
    for (int i = 0; i < outcomes.size(); ++i) {
        const RowOutcome &o = outcomes[i];
        QString status;
        switch (o.state) {
        case RowState::Done: status = o.fromEarlierRun ? QStringLiteral("already_minted") : QStringLiteral("minted"); break;
        case RowState::Failed: status = QStringLiteral("failed"); break;
        case RowState::Unknown:
        case RowState::Sending: status = QStringLiteral("unknown"); break;
        case RowState::Pending: status = QStringLiteral("not_sent"); break;
        }
        bytes += csvLine({QString::number(i + 1), o.tokenId, status, o.error});
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorKind::Io, BatchMintJob::tr("Cannot write the result file %1.").arg(path));
    return {};
}

} // namespace

BatchMintJob::BatchMintJob(services::web3connect::Web3ConnectClient *client, BatchMintOptions options, QObject *parent)
    : Command(parent), m_client(client), m_options(withDefaults(std::move(options)))
{
}

BatchMintJob::~BatchMintJob() = default;

QString BatchMintJob::marker(int index) const
{
    return m_plan.batchId + QLatin1Char(':') + QString::number(index + 1);
}

QFuture<Result<void>> BatchMintJob::prepare()
{
    if (m_prepared)
        return QtFuture::makeReadyFuture(Result<void>());
    if (m_preparing)
        return *m_preparing;
    // Reading the CSV, validating every row and opening the journal is file work: off this thread.
    QFuture<Prepared> loaded = QtConcurrent::run([options = m_options]() {
        Prepared prepared{BatchPlan::load(options), nullptr};
        if (!prepared.plan.error) {
            auto journal = BatchJournal::open(prepared.plan.options.journalPath, prepared.plan.batchId, prepared.plan.csvDigest);
            if (journal)
                prepared.journal = std::move(*journal);
            else
                prepared.plan.error = journal.error();
        }
        return prepared;
    });
    m_preparing = loaded.then(this, [this](Prepared prepared) -> Result<void> {
        m_preparing.reset();
        const std::optional<Error> error = prepared.plan.error;
        adopt(std::move(prepared.plan), std::move(prepared.journal));
        if (error)
            return *error;
        m_prepared = true;
        return {};
    });
    return *m_preparing;
}

void BatchMintJob::adopt(BatchPlan plan, std::shared_ptr<BatchJournal> journal)
{
    m_plan = std::move(plan);
    m_journal = std::move(journal);
    m_counts.fill(0);
    for (const RowOutcome &o : m_plan.outcomes)
        ++m_counts[std::size_t(o.state)];
}

int BatchMintJob::countIn(RowState state) const
{
    return m_counts[std::size_t(state)];
}

void BatchMintJob::setOutcome(int index, RowOutcome outcome)
{
    RowOutcome &o = m_plan.outcomes[index];
    --m_counts[std::size_t(o.state)];
    ++m_counts[std::size_t(outcome.state)];
    o = std::move(outcome);
}

int BatchMintJob::finishedRows() const
{
    return countIn(RowState::Done) + countIn(RowState::Failed) + countIn(RowState::Unknown);
}

void BatchMintJob::reportRows()
{
    reportProgress(finishedRows(), m_plan.rows.size());
}

void BatchMintJob::run()
{
    if (!m_client)
        return fail(net::ApiError::cancelled());
    setStep(tr("Reading and checking the CSV"));
    whenReady<Result<void>>(prepare(), [this](const Result<void> &prepared) {
        if (!prepared)
            return fail(net::ApiError::fromError(prepared.error()));
        if (m_cancelled)
            return finishRun();
        recoverThenRun();
    });
}

void BatchMintJob::onCancel()
{
    m_cancelled = true;
    if (!m_prepared && !m_preparing)
        return Command::onCancel();
    if (m_prepared && m_inFlight == 0)
        finishRun();
}

void BatchMintJob::journal(int index, const QByteArray &event)
{
    m_journal->append(QByteArray::number(index + 1) + '\t' + event);
}

void BatchMintJob::recoverThenRun()
{
    // Earlier failures are retried: a refused mint created nothing.
    for (int i = 0; i < m_plan.outcomes.size(); ++i)
        if (m_plan.outcomes[i].state == RowState::Failed)
            setOutcome(i, {});
    QSet<int> sending;
    for (int i = 0; i < m_plan.outcomes.size(); ++i)
        if (m_plan.outcomes[i].state == RowState::Sending)
            sending.insert(i);
    reportRows();
    if (sending.isEmpty())
        return dispatch();
    setStep(tr("Checking which rows an interrupted run already minted"));
    fetchMintedPage(1, sending, {});
}

void BatchMintJob::fetchMintedPage(int page, QSet<int> sendingRows, QHash<QString, QString> found)
{
    constexpr int kPageSize = 100;
    then<QList<Nft>>(m_client->mintedByMe({kPageSize, page, true}),
        [this, page, sendingRows, found](const QList<Nft> &nfts) mutable {
            const QString prefix = m_plan.batchId + QLatin1Char(':');
            for (const Nft &nft : nfts) {
                const QString mark = nft.dynamicMetadata.value(QLatin1String(kBatchRowMarker)).toString();
                if (mark.startsWith(prefix))
                    found.insert(mark, nft.tokenId);
            }
            bool allFound = true;
            for (int index : sendingRows)
                allFound = allFound && found.contains(marker(index));
            if (nfts.size() == kPageSize && !allFound)
                return fetchMintedPage(page + 1, sendingRows, found);
            for (int index : sendingRows) {
                if (const QString token = found.value(marker(index)); !token.isEmpty()) {
                    setOutcome(index, {RowState::Done, token, {}, true});
                    journal(index, "done\t" + token.toUtf8());
                } else {
                    setOutcome(index, {}); // never reached the service: mint it now
                }
            }
            reportRows();
            dispatch();
        },
        [this](const net::ApiError &e) {
            stopWith(makeError(e.kind, tr("Could not check which rows an interrupted run already minted: %1").arg(e.toError().message)));
        });
}

void BatchMintJob::dispatch()
{
    if (isFinished() || m_finishing)
        return;
    setStep(tr("Minting"));
    while (!m_cancelled && !m_fatal && m_inFlight < m_options.concurrency) {
        while (m_next < m_plan.rows.size() && m_plan.outcomes[m_next].state != RowState::Pending)
            ++m_next;
        if (m_next >= m_plan.rows.size())
            break;
        const int index = m_next++;
        ++m_inFlight;
        const BatchRow &row = m_plan.rows[index];
        if (!row.holderIsEmail) {
            mintRow(index, row.holder);
        } else if (const QString known = m_plan.importedEmails.value(row.holder); !known.isEmpty()) {
            mintRow(index, known);
        } else {
            then<services::web3connect::ImportedAccount>(m_client->importAccount(row.holder),
                [this, index](const services::web3connect::ImportedAccount &imported) {
                    const QString address = imported.idWalletAddress;
                    const QString email = m_plan.rows[index].holder;
                    m_plan.importedEmails.insert(email, address);
                    journal(index, "imported\t" + email.toUtf8() + '\t' + address.toUtf8());
                    if (m_cancelled || m_fatal) {
                        --m_inFlight;
                        return finishRun();
                    }
                    mintRow(index, address);
                },
                [this, index](const net::ApiError &e) { onMintFailed(index, e); });
        }
    }
    if (m_inFlight == 0)
        finishRun();
}

void BatchMintJob::mintRow(int index, const QString &holderAddress)
{
    setOutcome(index, {RowState::Sending});
    // The "sending" line must be on disk before the request it announces goes out.
    whenReady<bool>(m_journal->append(QByteArray::number(index + 1) + "\tsending"), [this, index, holderAddress](bool written) {
        if (!written) {
            setOutcome(index, {});
            --m_inFlight;
            return stopWith(makeError(ErrorKind::Io, tr("Cannot write the journal %1; stopped before sending row %2.")
                                                          .arg(m_options.journalPath).arg(index + 1)));
        }
        QJsonObject dynamic = m_plan.rows[index].dynamicMetadata;
        dynamic.insert(QLatin1String(kBatchRowMarker), marker(index));
        then<Nft>(m_client->mint(holderAddress, m_plan.rows[index].staticMetadata, dynamic),
            [this, index](const Nft &nft) {
                journal(index, "done\t" + nft.tokenId.toUtf8());
                setOutcome(index, {RowState::Done, nft.tokenId, {}, false});
                --m_inFlight;
                Q_EMIT rowFinished(index + 1, nft.tokenId, QString());
                reportRows();
                dispatch();
            },
            [this, index](const net::ApiError &e) { onMintFailed(index, e); });
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
        || error.cause == net::ApiError::Cause::Local || m_plan.outcomes[index].state == RowState::Pending;
    if (definitelyNotMinted) {
        journal(index, "failed\t" + message.toUtf8());
        setOutcome(index, {RowState::Failed, {}, message, false});
    } else {
        setOutcome(index, {RowState::Unknown, {}, tr("No answer for this row (%1); run the batch again to check it.").arg(message), false});
    }
    Q_EMIT rowFinished(index + 1, QString(), message);
    reportRows();
    dispatch();
}

void BatchMintJob::stopWith(const Error &fatal)
{
    if (!m_fatal)
        m_fatal = fatal;
    if (m_inFlight == 0)
        finishRun();
}

void BatchMintJob::finishRun()
{
    if (isFinished() || m_finishing || m_inFlight > 0)
        return;
    m_finishing = true;
    setStep(tr("Writing the results"));
    // Every journal line on disk, then the result file, both off this thread.
    const auto outcomes = m_plan.outcomes;
    const QString resultPath = m_options.resultPath;
    QFuture<Result<void>> written = m_journal->drained().then([outcomes, resultPath](bool) {
        return writeResult(resultPath, outcomes);
    });
    whenReady<Result<void>>(written, [this](const Result<void> &result) {
        m_journal.reset(); // closes the file and releases the lock
        if (!result && !m_fatal)
            m_fatal = result.error();
        if (m_fatal)
            return fail(net::ApiError::fromError(*m_fatal));
        if (m_cancelled)
            return fail(net::ApiError::cancelled());
        succeed();
    });
}

} // namespace inkan::jobs
