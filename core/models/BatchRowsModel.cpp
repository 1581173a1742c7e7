// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/BatchRowsModel.h"
#include <algorithm>

namespace inkan::models {

BatchRowsModel::BatchRowsModel(QObject *parent) : QAbstractTableModel(parent) {}

int BatchRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchRowsModel::stateText(State state)
{
    switch (state) {
    case State::Pending: return tr("Pending");
    case State::Sending: return tr("Sending");
    case State::Done: return tr("Done");
    case State::Failed: return tr("Failed");
    case State::Unknown: return tr("Unknown");
    }
    return {};
}

QVariant BatchRowsModel::value(const Row &row, int column) const
{
    switch (column) {
    case NumberColumn: return row.number;
    case HolderColumn: return row.holder;
    case NameColumn: return row.name;
    case StateColumn: return stateText(row.state);
    case TokenIdColumn: return row.tokenId;
    case ErrorColumn: return row.error;
    default: return {};
    }
}

QVariant BatchRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return value(row, index.column());
    case Qt::ToolTipRole: return index.column() == StateColumn && !row.error.isEmpty() ? row.error : value(row, index.column());
    case NumberRole: return row.number;
    case HolderRole: return row.holder;
    case NameRole: return row.name;
    case StateRole: return int(row.state);
    case StateTextRole: return stateText(row.state);
    case TokenIdRole: return row.tokenId;
    case ErrorRole: return row.error;
    default: return {};
    }
}

QVariant BatchRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(m_rows[section].number) : QVariant();
    switch (section) {
    case NumberColumn: return tr("Row");
    case HolderColumn: return tr("Holder");
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case TokenIdColumn: return tr("Token ID");
    case ErrorColumn: return tr("Error");
    default: return {};
    }
}

QHash<int, QByteArray> BatchRowsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{NumberRole, "number"},
                  {HolderRole, "holder"},
                  {NameRole, "name"},
                  {StateRole, "state"},
                  {StateTextRole, "stateText"},
                  {TokenIdRole, "tokenId"},
                  {ErrorRole, "error"}});
    return names;
}

int BatchRowsModel::count(State state) const
{
    return m_counts[std::size_t(state)];
}

int BatchRowsModel::finishedRows() const
{
    if (m_finished >= 0)
        return m_finished;
    return count(State::Done) + count(State::Failed);
}

int BatchRowsModel::totalRows() const
{
    return m_total >= 0 ? m_total : int(m_rows.size());
}

void BatchRowsModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_byNumber.clear();
    m_counts.fill(0);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_byNumber.insert(m_rows[i].number, int(i));
        ++m_counts[std::size_t(m_rows[i].state)];
    }
    m_finished = -1;
    m_total = -1;
    endResetModel();
    Q_EMIT progressChanged(finishedRows(), totalRows());
}

void BatchRowsModel::clear()
{
    setRows({});
}

bool BatchRowsModel::setRowState(int number, State state, const QString &tokenId, const QString &error)
{
    const int row = indexOfNumber(number);
    if (row < 0)
        return false;
    Row &r = m_rows[row];
    --m_counts[std::size_t(r.state)];
    ++m_counts[std::size_t(state)];
    r.state = state;
    r.tokenId = tokenId;
    r.error = error;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (m_finished < 0)
        Q_EMIT progressChanged(finishedRows(), totalRows());
    return true;
}

void BatchRowsModel::rowFinished(int number, const QString &tokenId, const QString &error)
{
    if (!tokenId.isEmpty() && error.isEmpty())
        setRowState(number, State::Done, tokenId);
    else
        setRowState(number, State::Failed, tokenId, error);
}

void BatchRowsModel::setProgress(int finished, int total)
{
    if (finished == m_finished && total == m_total)
        return;
    m_finished = finished;
    m_total = total;
    Q_EMIT progressChanged(finished, total);
}

} // namespace inkan::models
