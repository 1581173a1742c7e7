#pragma once
// DIR/sandbox.sqlite through QtSql: WAL, foreign keys, a versioned schema with migrations.
// One connection, used only from the sandbox's worker thread (see SandboxState); every
// statement is prepared with bound values.
#include "Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

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
    void close();
    bool isOpen() const;

    /// The schema version this build writes (PRAGMA user_version).
    static int currentSchemaVersion();
    int schemaVersion();

    /// BEGIN IMMEDIATE: a write request takes the write lock up front, so it never fails half way.
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    /// Prepares, binds positionally and executes; throws DatabaseError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    /// The first column of the first row, or nullopt when there is no row.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    /// Prepares once and executes for every row of values (bulk inserts).
    void execForEach(const QString &sql, const QList<QVariantList> &rows);
    /// Rows changed by the statement (UPDATE/DELETE).
    int execAffected(const QString &sql, const QVariantList &values = {});

    QByteArray setting(const QString &key);
    void setSetting(const QString &key, const QByteArray &value);

private:
    void migrate();
    QSqlDatabase connection() const;

    QString m_connectionName;
    bool m_inTransaction = false;
};

} // namespace inkan::sandbox
