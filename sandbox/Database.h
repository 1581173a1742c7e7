// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// DIR/sandbox.sqlite through QtSql: WAL, foreign keys, a versioned schema with migrations.
// The writing connection is used only from the sandbox's worker thread; a read-only one serves
// the read-only routes on the server thread, beside it (WAL lets readers run while the worker
// writes). Every statement is prepared once per connection, with bound values, and kept.
#include "Error.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

namespace inkan::sandbox {

/// A statement that failed: a bug or a broken disk, never the client's fault. The router turns
/// it into a 500 and rolls the request back.
class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Database {
public:
    explicit Database(QString connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating) the file, sets the pragmas and migrates to the current schema.
    Result<void> open(const QString &filePath);
    /// Opens an existing, migrated file read-only: any write through it fails.
    Result<void> openReadOnly(const QString &filePath);
    void close();
    bool isOpen() const;

    /// The schema version this build writes (PRAGMA user_version).
    static int currentSchemaVersion();
    int schemaVersion();

    /// BEGIN IMMEDIATE: a write request takes the write lock up front, so it never fails half way.
    void begin();
    /// BEGIN (deferred): one consistent snapshot for a read-only request.
    void beginRead();
    void commit();
    void rollback();
    /// SQLite's data_version: it changes whenever another connection commits a change.
    qint64 dataVersion();
    bool inTransaction() const { return m_inTransaction; }

    /// Prepares (once per distinct `sql`; the statement is kept), binds positionally and
    /// executes; throws DatabaseError on failure. The result is read before the same `sql` runs
    /// again, and at the latest by the end of the transaction: commit() and rollback() reset
    /// every statement, so none holds an old snapshot open.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    /// The first column of the first row, or nullopt when there is no row.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    /// Prepares once and executes for every row of values (bulk inserts).
    void execForEach(const QString &sql, const QList<QVariantList> &rows);
    /// Rows changed by the statement (UPDATE/DELETE).
    int execAffected(const QString &sql, const QVariantList &values = {});

    QByteArray setting(const QString &key);
    void setSetting(const QString &key, const QByteArray &value);

    /// Resets the statements run since the last reset (done by commit() and rollback()).
    void resetStatements();

private:
    void migrate();
    Result<void> connectTo(const QString &filePath, const QString &options, const std::function<void()> &prepare);
    QSqlDatabase connection() const;
    std::shared_ptr<QSqlQuery> prepared(const QString &sql);

    QString m_connectionName;
    bool m_inTransaction = false;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QList<std::shared_ptr<QSqlQuery>> m_used; // run since the last reset
};

} // namespace inkan::sandbox
