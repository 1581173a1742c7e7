// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Database.h"
#include "Tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QStringList>

namespace inkan::sandbox {

namespace {

// Migration N takes the schema from version N to N + 1. Never edit a shipped step: add one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            // 0 -> 1: everything the four services keep.
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
            "CREATE TABLE accounts ("
            " id TEXT PRIMARY KEY,"
            " account_type TEXT NOT NULL CHECK (account_type IN ('organization', 'end_user')),"
            " email TEXT UNIQUE,"
            " name TEXT,"
            " domain TEXT,"
            " domain_verified INTEGER NOT NULL DEFAULT 0,"
            " domain_txt_token TEXT,"
            " phone_number TEXT,"
            " phone_verified INTEGER NOT NULL DEFAULT 0,"
            " password_hash TEXT,"
            " api_key_hash TEXT UNIQUE,"
            " wallet_key BLOB NOT NULL,"
            " wallet_public_key BLOB NOT NULL,"
            " wallet_address TEXT NOT NULL UNIQUE,"
            " created_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL)",
            "CREATE TABLE organization_members ("
            " organization_id TEXT NOT NULL REFERENCES accounts(id),"
            " end_user_id TEXT NOT NULL REFERENCES accounts(id),"
            " created_at INTEGER NOT NULL,"
            " PRIMARY KEY (organization_id, end_user_id))",
            "CREATE TABLE association_sessions ("
            " session_hash TEXT PRIMARY KEY,"
            " organization_id TEXT NOT NULL REFERENCES accounts(id),"
            " redirect_url TEXT NOT NULL,"
            " expires_at INTEGER NOT NULL,"
            " used INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE phone_verifications ("
            " tmp_token_hash TEXT PRIMARY KEY,"
            " account_id TEXT NOT NULL REFERENCES accounts(id),"
            " phone_number TEXT NOT NULL,"
            " code TEXT NOT NULL,"
            " wrong_tries INTEGER NOT NULL DEFAULT 0,"
            " expires_at INTEGER NOT NULL,"
            " spent INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE import_batches ("
            " batch_id TEXT PRIMARY KEY,"
            " organization_id TEXT NOT NULL REFERENCES accounts(id),"
            " started_at INTEGER NOT NULL,"
            " finished_at INTEGER,"
            " status TEXT NOT NULL CHECK (status IN ('running', 'done')))",
            "CREATE TABLE import_batch_items ("
            " batch_id TEXT NOT NULL REFERENCES import_batches(batch_id),"
            " position INTEGER NOT NULL,"
            " email TEXT NOT NULL,"
            " ok INTEGER,"
            " wallet_address TEXT,"
            " PRIMARY KEY (batch_id, position))",
            "CREATE TABLE nfts ("
            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " token_id TEXT NOT NULL UNIQUE,"
            " minter_id TEXT NOT NULL REFERENCES accounts(id),"
            " holder_id TEXT NOT NULL REFERENCES accounts(id),"
            " visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),"
            " static_json TEXT NOT NULL,"
            " dynamic_json TEXT NOT NULL,"
            " minter_signature TEXT NOT NULL,"
            " created_at INTEGER NOT NULL)",
            "CREATE INDEX nfts_holder ON nfts(holder_id, seq)",
            "CREATE INDEX nfts_minter ON nfts(minter_id, seq)",
            "CREATE TABLE nft_transactions ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " token_id TEXT NOT NULL REFERENCES nfts(token_id),"
            " kind TEXT NOT NULL CHECK (kind IN ('mint', 'transfer', 'burn')),"
            " block_number INTEGER NOT NULL UNIQUE,"
            " track_id TEXT NOT NULL,"
            " from_id TEXT REFERENCES accounts(id),"
            " to_id TEXT REFERENCES accounts(id),"
            " created_at INTEGER NOT NULL)",
            "CREATE INDEX nft_transactions_token ON nft_transactions(token_id, block_number)",
            "CREATE TABLE verifications ("
            " code_hash TEXT PRIMARY KEY,"
            " token_id TEXT NOT NULL REFERENCES nfts(token_id),"
            " holder_id TEXT NOT NULL REFERENCES accounts(id),"
            " latitude REAL NOT NULL,"
            " longitude REAL NOT NULL,"
            " created_at INTEGER NOT NULL,"
            " expires_at INTEGER NOT NULL,"
            " verified_at INTEGER,"
            " verifier_id TEXT REFERENCES accounts(id))",
            "CREATE TABLE oidc_codes ("
            " code_hash TEXT PRIMARY KEY,"
            " client_id TEXT NOT NULL REFERENCES accounts(id),"
            " account_id TEXT NOT NULL REFERENCES accounts(id),"
            " redirect_uri TEXT NOT NULL,"
            " code_challenge TEXT NOT NULL,"
            " scope TEXT NOT NULL,"
            " nonce TEXT,"
            " expires_at INTEGER NOT NULL,"
            " used INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE capture_users ("
            " address TEXT PRIMARY KEY,"
            " username TEXT NOT NULL UNIQUE,"
            " email TEXT UNIQUE,"
            " password_hash TEXT,"
            " language TEXT NOT NULL,"
            " referral_code TEXT NOT NULL,"
            " points TEXT NOT NULL DEFAULT '0',"
            " joined_at INTEGER NOT NULL)",
            "CREATE TABLE capture_nonces ("
            " address TEXT PRIMARY KEY,"
            " message TEXT NOT NULL,"
            " expires_at INTEGER NOT NULL)",
            "CREATE TABLE capture_tokens ("
            " token_hash TEXT PRIMARY KEY,"
            " address TEXT NOT NULL REFERENCES capture_users(address),"
            " created_at INTEGER NOT NULL)",
            "CREATE TABLE nonceauth_users ("
            " address TEXT PRIMARY KEY,"
            " email TEXT,"
            " name TEXT NOT NULL DEFAULT '',"
            " intended_use TEXT NOT NULL DEFAULT '',"
            " api_key TEXT NOT NULL,"
            " created_at INTEGER NOT NULL)",
            "CREATE TABLE nonceauth_nonces ("
            " address TEXT PRIMARY KEY,"
            " nonce TEXT NOT NULL,"
            " expires_at INTEGER NOT NULL)",
            "CREATE TABLE nonceauth_balances ("
            " address TEXT NOT NULL,"
            " chain_id INTEGER NOT NULL,"
            " token_address TEXT NOT NULL,"
            " symbol TEXT NOT NULL,"
            " decimals INTEGER NOT NULL,"
            " balance TEXT NOT NULL,"
            " allowance TEXT NOT NULL,"
            " price REAL NOT NULL,"
            " logo_path TEXT NOT NULL,"
            " PRIMARY KEY (address, chain_id, token_address))",
            "CREATE TABLE pakt_builders ("
            " token_hash TEXT PRIMARY KEY,"
            " app_name TEXT NOT NULL)",
            "CREATE TABLE pakt_accounts ("
            " account TEXT PRIMARY KEY,"
            " first_name TEXT,"
            " last_name TEXT,"
            " email TEXT,"
            " onboarded INTEGER NOT NULL DEFAULT 0,"
            " created_at INTEGER NOT NULL)",
            "CREATE TABLE pakt_temp_tokens ("
            " jti TEXT PRIMARY KEY,"
            " used INTEGER NOT NULL DEFAULT 0)",
        },
        {
            // 1 -> 2: the public search filters on visibility and sorts on seq (issue #9); the
            // holder and minter lists already have (holder_id, seq) and (minter_id, seq).
            "CREATE INDEX nfts_visibility ON nfts(visibility, seq)",
        },
    };
    return steps;
}

} // namespace

Database::Database(QString connectionName) : m_connectionName(std::move(connectionName)) {}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::currentSchemaVersion()
{
    return int(migrations().size());
}

Result<void> Database::open(const QString &filePath)
{
    // Custodial keys and signing secrets live in this file: 0600 before SQLite first writes it
    // (SQLite gives its -wal and -shm files the database file's mode), and again for files an
    // older sandbox created with the default mode.
    const auto privateFile = [](const QString &path) {
        return !QFile::exists(path) || QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    };
    if (!QFile::exists(filePath)) {
        QFile create(filePath);
        if (!create.open(QIODevice::WriteOnly))
            return makeError(ErrorKind::Io, inkan::tr("Cannot open the sandbox database %1: %2").arg(filePath, create.errorString()));
        create.close();
    }
    for (const QString &path : QStringList{filePath, filePath + QLatin1String("-wal"), filePath + QLatin1String("-shm")}) {
        if (!privateFile(path))
            return makeError(ErrorKind::Io, inkan::tr("Cannot make %1 private (mode 0600).").arg(path));
    }
    return connectTo(filePath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"), [this] {
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        // NORMAL in WAL mode loses nothing on a process crash (kill -9); only a power cut may drop
        // the last commits, which a local sandbox can afford for its speed.
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        migrate();
    });
}

Result<void> Database::openReadOnly(const QString &filePath)
{
    return connectTo(filePath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"),
                     [this] { exec(QStringLiteral("PRAGMA query_only=ON")); });
}

Result<void> Database::connectTo(const QString &filePath, const QString &options, const std::function<void()> &prepare)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(filePath);
        db.setConnectOptions(options);
        if (!db.open()) {
            return makeError(ErrorKind::Io, inkan::tr("Cannot open the sandbox database %1: %2")
                                                .arg(filePath, db.lastError().text()));
        }
    }
    try {
        prepare();
    } catch (const DatabaseError &error) {
        close();
        return makeError(ErrorKind::Io, inkan::tr("Cannot prepare the sandbox database: %1")
                                            .arg(QString::fromUtf8(error.what())));
    }
    return {};
}

void Database::close()
{
    m_used.clear();
    m_statements.clear(); // before the connection goes: a statement must not outlive it
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

int Database::schemaVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).value_or(0).toInt();
}

void Database::migrate()
{
    const int from = schemaVersion();
    if (from > currentSchemaVersion()) {
        throw DatabaseError(inkan::tr("The database has schema version %1, newer than this sandbox "
                               "understands (%2).")
                                .arg(from)
                                .arg(currentSchemaVersion())
                                .toStdString());
    }
    for (int version = from; version < currentSchemaVersion(); ++version) {
        begin();
        try {
            for (const QString &statement : migrations()[version])
                exec(statement);
            // PRAGMA takes no bound values; the number comes from this file, not from input.
            exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
            commit();
        } catch (...) {
            rollback();
            throw;
        }
    }
}

void Database::begin()
{
    exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_inTransaction = true;
}

void Database::beginRead()
{
    exec(QStringLiteral("BEGIN"));
    m_inTransaction = true;
}

void Database::commit()
{
    m_inTransaction = false;
    resetStatements();
    exec(QStringLiteral("COMMIT"));
    resetStatements();
}

qint64 Database::dataVersion()
{
    QSqlQuery query = exec(QStringLiteral("PRAGMA data_version"));
    const qint64 version = query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    return version;
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    resetStatements();
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK"));
}

void Database::resetStatements()
{
    for (const std::shared_ptr<QSqlQuery> &statement : std::as_const(m_used))
        statement->finish();
    m_used.clear();
}

std::shared_ptr<QSqlQuery> Database::prepared(const QString &sql)
{
    if (std::shared_ptr<QSqlQuery> cached = m_statements.value(sql))
        return cached;
    auto query = std::make_shared<QSqlQuery>(connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        throw DatabaseError(QStringLiteral("prepare failed: %1 [%2]")
                                .arg(query->lastError().text(), sql.left(80))
                                .toStdString());
    }
    m_statements.insert(sql, query);
    return query;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    const std::shared_ptr<QSqlQuery> query = prepared(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values[i]);
    if (!query->exec()) {
        const QString message = query->lastError().text();
        query->finish();
        throw DatabaseError(QStringLiteral("statement failed: %1 [%2]").arg(message, sql.left(80)).toStdString());
    }
    if (!m_used.contains(query))
        m_used.append(query);
    // The caller gets a handle on the kept statement (a copy shares its result, which is what
    // keeping it is for); Qt 6 discourages copies of QSqlQuery for the general case, where a
    // second exec() on one copy surprises the other; exec() documents the rule that applies.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    return *query;
    QT_WARNING_POP
}

void Database::execForEach(const QString &sql, const QList<QVariantList> &rows)
{
    for (const QVariantList &values : rows)
        exec(sql, values);
}

std::optional<QVariant> Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = exec(sql, values);
    if (!query.next())
        return std::nullopt;
    return query.value(0);
}

int Database::execAffected(const QString &sql, const QVariantList &values)
{
    return exec(sql, values).numRowsAffected();
}

QByteArray Database::setting(const QString &key)
{
    return scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key})
        .value_or(QVariant())
        .toByteArray();
}

void Database::setSetting(const QString &key, const QByteArray &value)
{
    exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
         {key, value});
}

} // namespace inkan::sandbox
