// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "BatchMintPanel.h"

#include "Named.h"
#include "Theme.h"
#include "dialogs/FutureResult.h"
#include "jobs/BatchMintJob.h"
#include "jobs/Csv.h"
#include "jobs/MetadataRules.h"
#include "models/BatchRowsModel.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "session/AppSettings.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace inkan::ui {

namespace {

void nameTable(QTableView *table)
{
    const QString base = table->objectName();
    table->horizontalHeader()->setObjectName(base + QStringLiteral("ColumnHeader"));
    table->horizontalHeader()->setAccessibleName(BatchMintPanel::tr("%1 columns").arg(table->accessibleName()));
    table->verticalHeader()->setObjectName(base + QStringLiteral("RowHeader"));
    table->verticalHeader()->setAccessibleName(BatchMintPanel::tr("%1 rows").arg(table->accessibleName()));
    for (QAbstractButton *corner : table->findChildren<QAbstractButton *>())
        if (corner->objectName().isEmpty()) {
            corner->setObjectName(base + QStringLiteral("SelectAll"));
            corner->setAccessibleName(BatchMintPanel::tr("Select all of %1").arg(table->accessibleName()));
        }
}

void setError(QLabel *label, const QString &text, bool error = true)
{
    label->setText(text);
    Theme::setTone(label, error && !text.isEmpty() ? Theme::Tone::Error : Theme::Tone::Plain);
}

/// The header of a CSV file: its first record (read on a worker).
Result<QStringList> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, BatchMintPanel::tr("\"%1\" cannot be read; choose another file.").arg(path));
    QByteArray first = file.readLine(1 << 20);
    if (first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);
    if (first.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, BatchMintPanel::tr("\"%1\" is empty: a batch CSV starts with a header line naming its columns.").arg(QFileInfo(path).fileName()));
    auto table = jobs::parseCsv(first);
    if (!table)
        return table.error();
    return table->header;
}

} // namespace

BatchMintPanel::BatchMintPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("batchMintPanel"));
    setAccessibleName(tr("Batch mint"));
    auto *layout = new QVBoxLayout(this);

    auto *help = new QLabel(tr("Mint many NFTs from a CSV file: one row per NFT, a header line naming the columns. "
                               "Map each column to the holder (an ID wallet address or an e-mail), a static field or a dynamic field."));
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *fileRow = new QHBoxLayout;
    m_chooseButton = named(new QPushButton(tr("Choose CSV…")), "batchChooseButton", tr("Choose a CSV file"));
    m_fileLabel = named(new QLabel(tr("No file chosen yet: choose a CSV file to start.")), "batchFile", tr("Chosen CSV file"));
    m_fileLabel->setWordWrap(true);
    fileRow->addWidget(m_chooseButton);
    fileRow->addWidget(m_fileLabel, 1);
    layout->addLayout(fileRow);
    connect(m_chooseButton, &QPushButton::clicked, this, &BatchMintPanel::chooseFile);

    m_mappingTable = named(new QTableWidget(0, 2), "batchMapping", tr("Column mapping"));
    m_mappingTable->setHorizontalHeaderLabels({tr("CSV column"), tr("Goes to")});
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setMaximumHeight(170);
    nameTable(m_mappingTable);
    layout->addWidget(m_mappingTable);

    m_resumeNotice = named(new QLabel, "batchResumeNotice", tr("Resume an interrupted batch"));
    m_resumeNotice->setWordWrap(true);
    Theme::setTone(m_resumeNotice, Theme::Tone::Warning);
    QFont bold = m_resumeNotice->font();
    bold.setBold(true);
    m_resumeNotice->setFont(bold);
    m_resumeNotice->hide();
    layout->addWidget(m_resumeNotice);

    auto *actions = new QHBoxLayout;
    m_checkButton = named(new QPushButton(tr("Check (dry run)")), "batchCheckButton", tr("Check every row without sending anything"));
    m_runButton = named(new QPushButton(tr("Mint")), "batchRunButton", tr("Mint the batch"));
    m_cancelButton = named(new QPushButton(tr("Cancel")), "batchCancelButton", tr("Cancel the batch"));
    m_exportButton = named(new QPushButton(tr("Export result CSV…")), "batchExportButton", tr("Export the result CSV"));
    actions->addWidget(m_checkButton);
    actions->addWidget(m_runButton);
    actions->addWidget(m_cancelButton);
    actions->addStretch();
    actions->addWidget(m_exportButton);
    layout->addLayout(actions);
    connect(m_checkButton, &QPushButton::clicked, this, &BatchMintPanel::check);
    connect(m_runButton, &QPushButton::clicked, this, &BatchMintPanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchMintPanel::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportResult(); });

    auto *progressRow = new QHBoxLayout;
    m_progress = named(new QProgressBar, "batchProgress", tr("Batch progress"));
    m_progress->setFormat(tr("%v of %m rows"));
    m_timeLeft = named(new QLabel, "batchTimeLeft", tr("Time left"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_timeLeft);
    layout->addLayout(progressRow);
    m_message = named(new QLabel, "batchMessage", tr("Batch status"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
    layout->addWidget(m_message);

    m_problems = named(new QTableWidget(0, 3), "batchProblems", tr("Problems by row and column"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->hide();
    nameTable(m_problems);
    layout->addWidget(m_problems, 1);

    m_rows = new models::BatchRowsModel(this);
    m_rowsView = named(new QTableView, "batchRows", tr("Rows of the batch"));
    m_rowsView->setModel(m_rows);
    m_rowsView->horizontalHeader()->setStretchLastSection(true);
    m_rowsView->verticalHeader()->hide();
    nameTable(m_rowsView);
    layout->addWidget(m_rowsView, 2);
    layout->addStretch(0);
    connect(m_rows, &models::BatchRowsModel::progressChanged, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
    });
    setStage(Stage::NoFile);
}

BatchMintPanel::~BatchMintPanel()
{
    // Destroying the job cancels its requests; the journal keeps what was done for a resume.
    delete m_job;
}

jobs::BatchMintJob *BatchMintPanel::job() const
{
    return m_job;
}

void BatchMintPanel::setClient(services::web3connect::Web3ConnectClient *client, bool mayMint)
{
    if (client != m_client)
        resetJob();
    m_client = client;
    m_mayMint = mayMint;
    updateButtons();
    // A batch left unfinished (the app quit or crashed mid-run): offer to resume it.
    if (client && m_csvPath.isEmpty() && !m_settingsDir.isEmpty()) {
        const QString unfinished = session::AppSettings(m_settingsDir).unfinishedBatchCsv();
        if (!unfinished.isEmpty() && QFileInfo::exists(unfinished))
            setCsvPath(unfinished);
    }
}

void BatchMintPanel::setStage(Stage stage)
{
    m_stage = stage;
    m_problems->setVisible(m_problems->rowCount() > 0);
    m_mappingTable->setVisible(m_mappingTable->rowCount() > 0);
    m_rowsView->setVisible(m_rows->rowCount() > 0);
    m_progress->setVisible(stage == Stage::Running || stage == Stage::Finished);
    m_timeLeft->setVisible(stage == Stage::Running);
    updateButtons();
    Q_EMIT stageChanged(stage);
}

void BatchMintPanel::updateButtons()
{
    const bool running = m_stage == Stage::Running;
    m_chooseButton->setEnabled(!running);
    m_mappingTable->setEnabled(!running);
    m_checkButton->setEnabled(!running && m_stage != Stage::NoFile && m_client);
    m_runButton->setEnabled(!running && m_stage == Stage::Checked && m_client && m_mayMint);
    m_runButton->setToolTip(m_mayMint ? QString() : tr("Minting needs a verified organization: verify its domain first."));
    m_cancelButton->setEnabled(running);
    m_exportButton->setEnabled(m_stage == Stage::Finished && m_job && QFileInfo::exists(m_job->resultPath()));
}

void BatchMintPanel::resetJob()
{
    if (m_job && m_stage == Stage::Running)
        return;
    delete m_job;
    m_job = nullptr;
}

void BatchMintPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a batch CSV"), {}, tr("CSV (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setCsvPath(path);
}

void BatchMintPanel::setCsvPath(const QString &path)
{
    if (m_stage == Stage::Running)
        return;
    resetJob();
    ++m_generation;
    m_csvPath = path;
    m_header.clear();
    m_mappingTable->setRowCount(0);
    m_problems->setRowCount(0);
    m_rows->clear();
    m_resumeNotice->hide();
    m_fileLabel->setText(QFileInfo(path).fileName());
    setError(m_message, tr("Reading the header…"), false);
    setStage(Stage::NoFile);
    const quint64 generation = m_generation;
    onResult(this, QtConcurrent::run([path] { return readHeader(path); }), [this, generation](const Result<QStringList> &header) {
        if (generation != m_generation)
            return;
        if (!header) {
            setError(m_message, header.error().message);
            return;
        }
        showHeader(*header);
        setStage(Stage::Mapping);
        setError(m_message, tr("Check the mapping, then press \"Check (dry run)\": nothing is sent until every row is right."), false);
        check();
    });
}

void BatchMintPanel::showHeader(const QStringList &header)
{
    m_header = header;
    m_mappingTable->setRowCount(int(header.size()));
    QStringList targets{QStringLiteral("holder")};
    for (const QString &field : jobs::requiredStaticFields())
        targets << QStringLiteral("static.") + field;
    targets << QStringLiteral("static.expired_at");
    for (int i = 0; i < header.size(); ++i) {
        const QString column = header[i];
        m_mappingTable->setItem(i, 0, new QTableWidgetItem(column));
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("batchMap_") + column);
        combo->setAccessibleName(tr("Where the column %1 goes").arg(column));
        combo->addItem(tr("Holder (address or e-mail)"), QStringLiteral("holder"));
        for (const QString &target : targets.mid(1))
            combo->addItem(tr("Static: %1").arg(target.mid(7)), target);
        combo->addItem(tr("Dynamic: %1").arg(column), QString(QStringLiteral("dynamic.") + column));
        combo->addItem(tr("Ignore"), QStringLiteral("ignore"));
        QString guess = QStringLiteral("dynamic.") + column;
        const QString lower = column.toLower();
        if (lower == u"holder" || lower == u"holder_address" || lower == u"holder_email" || lower == u"email" || lower == u"address")
            guess = QStringLiteral("holder");
        else if (column.startsWith(QLatin1String("static.")) || column.startsWith(QLatin1String("dynamic.")))
            guess = column;
        else if (jobs::isStaticField(column))
            guess = QStringLiteral("static.") + column;
        if (combo->findData(guess) < 0)
            combo->addItem(guess, guess);
        combo->setCurrentIndex(combo->findData(guess));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            resetJob();
            m_rows->clear();
            m_problems->setRowCount(0);
            m_resumeNotice->hide();
            setError(m_message, tr("The mapping changed: check the rows again."), false);
            setStage(Stage::Mapping);
        });
        m_mappingTable->setCellWidget(i, 1, combo);
    }
    m_mappingTable->resizeColumnToContents(0);
}

QHash<QString, jobs::ColumnMapping> BatchMintPanel::mapping() const
{
    using T = jobs::ColumnMapping::Target;
    QHash<QString, jobs::ColumnMapping> mapping;
    for (int i = 0; i < m_mappingTable->rowCount(); ++i) {
        auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(i, 1));
        const QString column = m_mappingTable->item(i, 0)->text();
        const QString target = combo ? combo->currentData().toString() : QString();
        if (target == u"holder")
            mapping.insert(column, {T::Holder, {}});
        else if (target == u"ignore")
            mapping.insert(column, {T::Ignore, {}});
        else if (target.startsWith(QLatin1String("static.")))
            mapping.insert(column, {T::Static, target.mid(7)});
        else if (target.startsWith(QLatin1String("dynamic.")))
            mapping.insert(column, {T::Dynamic, target.mid(8)});
    }
    return mapping;
}

void BatchMintPanel::check()
{
    if (m_csvPath.isEmpty() || !m_client || m_stage == Stage::Running)
        return;
    resetJob();
    jobs::BatchMintOptions options;
    options.csvPath = m_csvPath;
    options.mapping = mapping();
    options.concurrency = 4;
    auto *job = new jobs::BatchMintJob(m_client, options, this);
    m_job = job;
    m_problems->setRowCount(0);
    m_rows->clear();
    setError(m_message, tr("Checking every row…"), false);
    m_checkButton->setEnabled(false);
    const quint64 generation = m_generation;
    onResult(this, job->prepare(), [this, job, generation](const Result<void> &prepared) {
        if (generation != m_generation || job != m_job)
            return;
        if (!prepared) {
            const auto &problems = job->problems();
            m_problems->setRowCount(int(problems.size()));
            for (int i = 0; i < problems.size(); ++i) {
                m_problems->setItem(i, 0, new QTableWidgetItem(problems[i].row > 0 ? QString::number(problems[i].row) : tr("file")));
                m_problems->setItem(i, 1, new QTableWidgetItem(problems[i].column));
                m_problems->setItem(i, 2, new QTableWidgetItem(problems[i].message));
            }
            m_problems->resizeColumnToContents(0);
            m_problems->resizeColumnToContents(1);
            const bool wholeFile = !problems.isEmpty() && std::all_of(problems.cbegin(), problems.cend(),
                                                                       [](const jobs::RowProblem &p) { return p.row == 0; });
            QStringList sentences;
            for (const jobs::RowProblem &p : problems)
                sentences << p.message;
            setError(m_message, problems.isEmpty() ? tr("%1 Nothing was sent.").arg(prepared.error().message)
                                : wholeFile        ? tr("%1 Nothing was sent.").arg(sentences.join(u' '))
                                                   : tr("%n problem(s) found; nothing was sent. Correct the file or the mapping, then check again.",
                                                        nullptr, int(problems.size())));
            setStage(Stage::Mapping);
            Q_EMIT checked(false);
            return;
        }
        QList<models::BatchRowsModel::Row> rows;
        int alreadyDone = 0;
        for (int i = 0; i < job->rows().size(); ++i) {
            const jobs::BatchRow &row = job->rows()[i];
            models::BatchRowsModel::Row shown;
            shown.number = i + 1;
            shown.holder = row.holder;
            shown.name = row.staticMetadata.value(QLatin1String("name")).toString();
            if (i < job->outcomes().size()) {
                const jobs::RowOutcome &outcome = job->outcomes()[i];
                if (outcome.state == jobs::RowState::Done) {
                    shown.state = models::BatchRowsModel::State::Done;
                    shown.tokenId = outcome.tokenId;
                    ++alreadyDone;
                } else if (outcome.state == jobs::RowState::Sending || outcome.state == jobs::RowState::Unknown) {
                    shown.state = models::BatchRowsModel::State::Unknown;
                }
            }
            rows.append(shown);
        }
        m_rows->setRows(rows);
        m_rowsView->resizeColumnsToContents();
        if (alreadyDone > 0 || job->countIn(jobs::RowState::Sending) + job->countIn(jobs::RowState::Unknown) > 0) {
            m_resumeNotice->setText(tr("An earlier run of this file stopped after %1 of %2 rows. Press \"Resume\" to mint the rest; "
                                       "no row is minted twice (rows whose answer was lost are looked up first).")
                                        .arg(alreadyDone).arg(job->rowCount()));
            m_resumeNotice->show();
            m_runButton->setText(tr("Resume"));
        } else {
            m_resumeNotice->hide();
            m_runButton->setText(tr("Mint"));
        }
        setError(m_message, m_mayMint ? tr("Dry run: all %n row(s) are valid and nothing was sent. Press \"%1\" to mint.", nullptr, job->rowCount())
                                            .arg(m_runButton->text())
                                      : tr("Dry run: all %n row(s) are valid. Minting needs a verified organization: verify its domain first.",
                                           nullptr, job->rowCount()),
                 false);
        setStage(Stage::Checked);
        Q_EMIT checked(true);
    });
}

void BatchMintPanel::run()
{
    if (!m_job || m_stage != Stage::Checked || !m_mayMint)
        return;
    jobs::BatchMintJob *job = m_job;
    connect(job, &jobs::BatchMintJob::rowFinished, m_rows, [rows = m_rows, job](int number, const QString &tokenId, const QString &error) {
        // A row without an answer is not a failure: the next run looks it up before sending it.
        const jobs::RowOutcome outcome = job->outcomes().value(number - 1);
        if (outcome.state == jobs::RowState::Unknown)
            rows->setRowState(number, models::BatchRowsModel::State::Unknown, {}, outcome.error);
        else
            rows->rowFinished(number, tokenId, error);
    });
    connect(job, &Command::progress, this, &BatchMintPanel::onProgress);
    connect(job, &Command::stepChanged, this, [this](const QString &step) { setError(m_message, step, false); });
    connect(job, &Command::finished, this, &BatchMintPanel::onFinished);
    m_doneAtStart = m_rows->count(models::BatchRowsModel::State::Done);
    m_progress->setMaximum(std::max(job->rowCount(), 1));
    m_progress->setValue(int(m_doneAtStart));
    m_timeLeft->setText(tr("estimating time left…"));
    m_clock.start();
    setError(m_message, tr("Minting %n row(s)…", nullptr, job->rowCount()), false);
    setStage(Stage::Running);
    if (!m_settingsDir.isEmpty())
        (void)session::AppSettings(m_settingsDir).setUnfinishedBatchCsv(QFileInfo(m_csvPath).absoluteFilePath());
    job->start();
}

void BatchMintPanel::onProgress(qint64 done, qint64 total)
{
    m_rows->setProgress(int(done), int(total));
    const qint64 doneHere = done - m_doneAtStart;
    if (doneHere <= 0 || total <= done) {
        m_timeLeft->setText(total <= done ? tr("finishing…") : tr("estimating time left…"));
        return;
    }
    const double perRow = double(m_clock.elapsed()) / double(doneHere);
    const qint64 seconds = qint64(perRow * double(total - done) / 1000.0 + 0.5);
    m_timeLeft->setText(seconds < 60 ? tr("about %n second(s) left", nullptr, int(std::max<qint64>(seconds, 1)))
                                     : tr("about %n minute(s) left", nullptr, int((seconds + 59) / 60)));
}

void BatchMintPanel::cancel()
{
    if (m_job && m_stage == Stage::Running) {
        setError(m_message, tr("Stopping: the rows already sent are finished and recorded first…"), false);
        m_cancelButton->setEnabled(false);
        m_job->cancel();
    }
}

void BatchMintPanel::onFinished()
{
    jobs::BatchMintJob *job = m_job;
    if (!job)
        return;
    using S = jobs::RowState;
    const int done = job->countIn(S::Done);
    const int failed = job->countIn(S::Failed);
    const int unanswered = job->countIn(S::Sending) + job->countIn(S::Unknown);
    const int open = job->countIn(S::Pending) + unanswered;
    QString text;
    if (job->fatalError())
        text = tr("The batch stopped: %1 Nothing minted is lost; check the file again to resume.").arg(job->fatalError()->message);
    else if (job->error() && job->error()->cause == ErrorCause::Cancelled)
        text = tr("Cancelled: %1 of %2 rows are minted. Check the file again to resume where it stopped.").arg(done).arg(job->rowCount());
    else
        text = tr("%1 of %2 rows minted, %3 failed, %4 not sent. The result CSV is %5.")
                   .arg(done).arg(job->rowCount()).arg(failed).arg(open - unanswered).arg(QDir::toNativeSeparators(job->resultPath()));
    if (unanswered > 0 && !job->fatalError())
        text += QLatin1Char(' ')
                + tr("%n row(s) got no answer: the service may have minted them. Checking the file again finds out, "
                     "and mints only what is missing.", nullptr, unanswered);
    if (failed > 0 && !job->fatalError())
        text += QLatin1Char(' ')
                + tr("Fix what the result CSV says of the failed rows, or wait until the service is back, then check the "
                     "file again: only the rows not minted are sent.");
    setError(m_message, text, failed > 0 || job->fatalError().has_value());
    if (open == 0 && !m_settingsDir.isEmpty())
        (void)session::AppSettings(m_settingsDir).setUnfinishedBatchCsv({});
    m_progress->setValue(done + failed);
    m_resumeNotice->hide();
    setStage(Stage::Finished);
    Q_EMIT runFinished();
}

void BatchMintPanel::exportResult(const QString &chosen)
{
    if (!m_job)
        return;
    QString path = chosen;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export the result CSV"), m_job->resultPath(), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString source = m_job->resultPath();
    onResult(this, QtConcurrent::run([source, path] {
                 if (QFileInfo(source).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
                     return true;
                 QFile::remove(path);
                 return QFile::copy(source, path);
             }),
             [this, path](bool ok) {
                 setError(m_message, ok ? tr("Saved the result to %1.").arg(QDir::toNativeSeparators(path))
                                        : tr("The result could not be saved to %1; choose another place.").arg(QDir::toNativeSeparators(path)),
                          !ok);
             });
}

} // namespace inkan::ui
