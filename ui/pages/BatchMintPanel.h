// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The organization page's batch mint (core's BatchMintJob): choose a CSV file, map its columns
// (holder, a static field, a dynamic field, or ignored), check it (a dry run: every problem by
// row and column, nothing sent), run it with progress, an estimate of the time left and cancel,
// and export the result CSV. A file whose journal says an earlier run stopped midway is offered
// for resuming; rows the journal (or the service's minted-by-me list) knows are not minted again.
//
//     auto *batch = new BatchMintPanel;
//     batch->setClient(client, /*mayMint=*/organizationIsVerified);
//     batch->setCsvPath(path);   // or the "Choose CSV…" button
#include "jobs/BatchMint.h"
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace inkan::services::web3connect { class Web3ConnectClient; }
namespace inkan::models { class BatchRowsModel; }
namespace inkan::jobs { class BatchMintJob; }

namespace inkan::ui {

class BatchMintPanel : public QWidget {
    Q_OBJECT
public:
    enum class Stage { NoFile, Mapping, Checked, Running, Finished };
    Q_ENUM(Stage)

    explicit BatchMintPanel(QWidget *parent = nullptr);
    ~BatchMintPanel() override;

    /// Where AppSettings keeps the unfinished batch (the hub's data dir); a batch left unfinished
    /// there is offered for resuming as soon as a client is set.
    void setSettingsDir(const QString &dir) { m_settingsDir = dir; }
    void setClient(services::web3connect::Web3ConnectClient *client, bool mayMint);
    Stage stage() const { return m_stage; }
    QString csvPath() const { return m_csvPath; }
    models::BatchRowsModel *rowsModel() const { return m_rows; }
    jobs::BatchMintJob *job() const;
    /// The column → target mapping as chosen in the table.
    QHash<QString, jobs::ColumnMapping> mapping() const;

public Q_SLOTS:
    /// Reads the CSV's header (off the GUI thread) and shows the mapping.
    void setCsvPath(const QString &path);
    /// The dry run: reads and checks every row (and the journal) without sending anything.
    void check();
    void run();
    void cancel();
    /// Copies the result CSV; an empty path asks where.
    void exportResult(const QString &path = {});

Q_SIGNALS:
    void stageChanged(inkan::ui::BatchMintPanel::Stage stage);
    void checked(bool ok);
    void runFinished();

private:
    void setStage(Stage stage);
    void chooseFile();
    void showHeader(const QStringList &header);
    void showProblems(const QString &summary);
    void onProgress(qint64 done, qint64 total);
    void onFinished();
    void updateButtons();
    void resetJob();

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    bool m_mayMint = false;
    Stage m_stage = Stage::NoFile;
    QString m_csvPath;
    QString m_settingsDir;
    QStringList m_header;
    quint64 m_generation = 0;

    QPushButton *m_chooseButton = nullptr;
    QLabel *m_fileLabel = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_resumeNotice = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_timeLeft = nullptr;
    QTableWidget *m_problems = nullptr;
    QTableView *m_rowsView = nullptr;
    models::BatchRowsModel *m_rows = nullptr;
    QPointer<jobs::BatchMintJob> m_job;
    QElapsedTimer m_clock;
    qint64 m_doneAtStart = 0;
};

} // namespace inkan::ui
