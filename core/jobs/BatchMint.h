#pragma once
// Batch mint from a CSV file. Columns map to static and dynamic metadata and to the holder (an
// ID wallet address, or an e-mail that is imported first). Every row is validated before
// anything is sent. A journal beside the CSV records each row as it happens (appended and
// fsync'd line by line): "sending" before a mint request, "done <token id>" after. Each mint
// carries a marker `inkan_batch_row` = "<batch id>:<row>" in its dynamic metadata, so a run
// that was killed between sending and journaling finds the NFT in minted_by_me on restart
// instead of minting it twice. Bounded concurrency, progress, cancel, and a result CSV.
#include "Error.h"
#include "jobs/MetadataRules.h"
#include "services/web3connect/Web3ConnectClient.h"
#include <QFile>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace inkan::jobs {

struct ColumnMapping {
    enum class Target { Holder, Static, Dynamic, Ignore };
    Target target = Target::Dynamic;
    QString field; // metadata key; empty for Holder / Ignore
};

struct BatchMintOptions {
    QString csvPath;
    /// CSV column -> target. Columns not listed map by name: "holder" (or holder_address /
    /// holder_email) is the holder, "static.x" / "dynamic.x" are explicit, a static field name
    /// goes to static, anything else to dynamic.
    QHash<QString, ColumnMapping> mapping;
    int concurrency = 4;
    QString journalPath; // default: <csv>.journal
    QString resultPath;  // default: <csv without .csv>.result.csv
};

/// The marker key put in each row's dynamic metadata.
inline constexpr char kBatchRowMarker[] = "inkan_batch_row";

class BatchMintJob : public QObject {
    Q_OBJECT
public:
    enum class RowState { Pending, Sending, Done, Failed, Unknown };
    struct RowOutcome {
        RowState state = RowState::Pending;
        QString tokenId;
        QString error;
        bool fromEarlierRun = false;
    };

    BatchMintJob(services::web3connect::Web3ConnectClient *client, BatchMintOptions options, QObject *parent = nullptr);
    ~BatchMintJob() override;

    /// Reads and validates the CSV and the journal. InvalidInput with problems() when a row is
    /// wrong (nothing has been sent then).
    Result<void> prepare();
    const QList<RowProblem> &problems() const { return m_problems; }
    int rowCount() const { return int(m_rows.size()); }
    QString batchId() const { return m_batchId; }
    QString journalPath() const { return m_options.journalPath; }
    QString resultPath() const { return m_options.resultPath; }

    /// After prepare(): recovers rows left "sending", then mints the rest.
    void start();
    /// Stops sending new rows; requests in flight finish and are journaled.
    void cancel();

    bool isFinished() const { return m_finished; }
    const QList<RowOutcome> &outcomes() const { return m_outcomes; }
    int countIn(RowState state) const;
    /// Set when the run itself failed (journal not writable, recovery lookup failed).
    const std::optional<Error> &fatalError() const { return m_fatal; }

Q_SIGNALS:
    void progress(int finishedRows, int totalRows);
    void rowFinished(int row, const QString &tokenId, const QString &error);
    void finished();

private:
    struct Row {
        QString holder;      // address or e-mail as written
        bool holderIsEmail = false;
        QJsonObject staticMetadata;
        QJsonObject dynamicMetadata;
    };
    void recoverThenRun();
    void fetchMintedPage(int page, QSet<int> sendingRows, QHash<QString, QString> found);
    void dispatch();
    void mintRow(int index, const QString &holderAddress);
    void onMintFailed(int index, const net::ApiError &error);
    bool journal(const QByteArray &line);
    void finishRun();
    void writeResult();
    QString marker(int index) const;
    int finishedRows() const;

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    BatchMintOptions m_options;
    QList<RowProblem> m_problems;
    QList<Row> m_rows;
    QList<RowOutcome> m_outcomes;
    QHash<QString, QString> m_importedEmails; // e-mail -> address, from this or earlier runs
    QString m_batchId;
    QByteArray m_csvDigest;
    QFile m_journal;
    int m_next = 0;
    int m_inFlight = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    std::optional<Error> m_fatal;
    QList<QPointer<net::ApiJob>> m_jobs;
};

/// Batch import by e-mail: submit, poll until done, report per e-mail.
class BatchImportJob : public QObject {
    Q_OBJECT
public:
    BatchImportJob(services::web3connect::Web3ConnectClient *client, crypto::SecureBytes apiKeySecret,
                   QStringList emails, int pollIntervalMs = 1000, QObject *parent = nullptr);
    /// Polls at most this many times (default: an hour's worth at the interval, at least 10);
    /// then the job fails with Cause::Timeout naming the batch id, which can be checked later.
    void setMaxPolls(int maxPolls) { m_maxPolls = std::max(1, maxPolls); }
    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    QString batchId() const { return m_batchId; }
    const std::optional<net::ApiError> &error() const { return m_error; }
    const QList<services::web3connect::ImportedAccount> &results() const { return m_results; }

Q_SIGNALS:
    void submitted(const QString &batchId);
    void polled(int attempt);
    void finished();

private:
    void poll();
    void fail(const net::ApiError &error);

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    crypto::SecureBytes m_secret;
    QStringList m_emails;
    int m_intervalMs;
    int m_maxPolls;
    int m_attempt = 0;
    QString m_batchId;
    bool m_finished = false;
    bool m_cancelled = false;
    std::optional<net::ApiError> m_error;
    QList<services::web3connect::ImportedAccount> m_results;
    QPointer<net::ApiJob> m_current;
};

} // namespace inkan::jobs
