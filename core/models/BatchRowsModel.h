// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The rows of a batch mint as a table: row number, holder, name, state, token id, error. Fed
// by setRows() when a batch is planned, then row by row from the running job:
//
//     connect(job, &BatchMintJob::rowFinished, rows, &BatchRowsModel::rowFinished);
//     connect(job, &BatchMintJob::progress, rows, &BatchRowsModel::setProgress);
//
// Rows are addressed by their number (1 = the first line after the CSV header), as the job
// reports them. Independent of core/jobs: it has its own small row type.
#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <array>

namespace inkan::models {

class BatchRowsModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(int finishedRows READ finishedRows NOTIFY progressChanged)
    Q_PROPERTY(int totalRows READ totalRows NOTIFY progressChanged)
public:
    enum class State { Pending, Sending, Done, Failed, Unknown };
    Q_ENUM(State)

    struct Row {
        int number = 0;     // 1 = the first line after the header
        QString holder;     // address or e-mail as written
        QString name;       // the NFT's name
        State state = State::Pending;
        QString tokenId;
        QString error;
    };

    enum Column { NumberColumn, HolderColumn, NameColumn, StateColumn, TokenIdColumn, ErrorColumn, ColumnCount };
    Q_ENUM(Column)

    /// Every column's value is also available in any column under these roles.
    enum Roles {
        NumberRole = Qt::UserRole + 1, // int
        HolderRole,
        NameRole,
        StateRole,                     // State (int)
        StateTextRole,                 // translated
        TokenIdRole,
        ErrorRole,
    };
    Q_ENUM(Roles)

    explicit BatchRowsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QList<Row> rows() const { return m_rows; }
    /// The model row of a row number, or -1.
    int indexOfNumber(int number) const { return m_byNumber.value(number, -1); }
    /// How many rows are in `state`.
    int count(State state) const;
    /// From the last progress report (or counted from the states when none came yet).
    int finishedRows() const;
    int totalRows() const;

    static QString stateText(State state);

public Q_SLOTS:
    void setRows(const QList<inkan::models::BatchRowsModel::Row> &rows);
    /// False when no row has that number.
    bool setRowState(int number, inkan::models::BatchRowsModel::State state, const QString &tokenId = {},
                     const QString &error = {});
    /// BatchMintJob::rowFinished: Done with a token id, else Failed with the error.
    void rowFinished(int number, const QString &tokenId, const QString &error);
    /// BatchMintJob::progress.
    void setProgress(int finishedRows, int totalRows);
    void clear();

Q_SIGNALS:
    void progressChanged(int finishedRows, int totalRows);

private:
    QVariant value(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<int, int> m_byNumber;
    std::array<int, 5> m_counts{}; // rows per State, kept as states change
    int m_finished = -1; // -1: no progress report yet
    int m_total = -1;
};

} // namespace inkan::models

Q_DECLARE_METATYPE(inkan::models::BatchRowsModel::Row)
