// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Batch mint from a CSV file, as a command. Columns map to static and dynamic metadata and to
// the holder (an ID wallet address, or an e-mail that is imported first). Every row is
// validated before anything is sent (BatchPlan, on a worker thread). The journal
// (BatchJournal) records each row as it happens: "sending" is on disk before a mint request,
// "done <token id>" after. Each mint carries a marker `inkan_batch_row` = "<batch id>:<row>"
// in its dynamic metadata, so a run that was killed between sending and journaling finds the
// NFT in minted_by_me on restart instead of minting it twice. Bounded concurrency, progress,
// cancel, and a result CSV. The thread that runs the command never reads the CSV, never
// waits on the disk and never writes the result file itself.
//
// Ends with succeeded() when every row has an outcome (some may have failed: see outcomes()),
// failed(Cancelled) after cancel() once the rows in flight have settled, or failed(error) when
// the run itself could not go on (fatalError()).
#include "commands/Command.h"
#include "jobs/BatchJournal.h"
#include "jobs/BatchPlan.h"
#include "services/web3connect/Web3ConnectClient.h"
#include <QPointer>
#include <QSet>
#include <array>
#include <memory>

namespace inkan::jobs {

class BatchMintJob : public Command {
    Q_OBJECT
public:
    using RowState = jobs::RowState;
    using RowOutcome = jobs::RowOutcome;

    BatchMintJob(services::web3connect::Web3ConnectClient *client, BatchMintOptions options, QObject *parent = nullptr);
    ~BatchMintJob() override;

    /// Reads and validates the CSV and its journal, and locks the journal, on a worker thread.
    /// InvalidInput with problems() when a row is wrong (nothing has been sent then). start()
    /// prepares first when this was not called.
    QFuture<Result<void>> prepare();
    const QList<RowProblem> &problems() const { return m_plan.problems; }
    int rowCount() const { return int(m_plan.rows.size()); }
    const QList<BatchRow> &rows() const { return m_plan.rows; }
    QString batchId() const { return m_plan.batchId; }
    QString journalPath() const { return m_options.journalPath; }
    QString resultPath() const { return m_options.resultPath; }

    const QList<RowOutcome> &outcomes() const { return m_plan.outcomes; }
    int countIn(RowState state) const;
    /// Set when the run itself failed (journal not writable, recovery lookup failed).
    const std::optional<Error> &fatalError() const { return m_fatal; }

Q_SIGNALS:
    void rowFinished(int row, const QString &tokenId, const QString &error);

protected:
    void run() override;
    /// Stops sending new rows; requests in flight finish and are journaled first.
    void onCancel() override;

private:
    void adopt(BatchPlan plan, std::shared_ptr<BatchJournal> journal);
    void recoverThenRun();
    void fetchMintedPage(int page, QSet<int> sendingRows, QHash<QString, QString> found);
    void dispatch();
    void mintRow(int index, const QString &holderAddress);
    void onMintFailed(int index, const net::ApiError &error);
    void journal(int index, const QByteArray &event);
    void stopWith(const Error &fatal);
    void finishRun();
    QString marker(int index) const;
    /// The one way an outcome changes: keeps countIn() current without a scan of every row.
    void setOutcome(int index, RowOutcome outcome);
    int finishedRows() const;
    void reportRows();

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    BatchMintOptions m_options;
    BatchPlan m_plan;
    std::array<int, 5> m_counts{}; // rows per RowState
    std::shared_ptr<BatchJournal> m_journal;
    std::optional<QFuture<Result<void>>> m_preparing;
    bool m_prepared = false;
    int m_next = 0;
    int m_inFlight = 0;
    bool m_cancelled = false;
    bool m_finishing = false;
    std::optional<Error> m_fatal;
};

} // namespace inkan::jobs
