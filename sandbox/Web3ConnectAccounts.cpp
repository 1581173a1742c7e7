// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// Web3Connect REST: access tokens, account info, the association button, end-user import (one
// and in batches), phone and domain verification.
#include "Accounts.h"
#include "Tr.h"
#include "HtmlPages.h"
#include "Router.h"
#include "SandboxState.h"
#include "Secrets.h"
#include "Services.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace inkan::sandbox {

namespace {

using Method = QHttpServerRequest::Method;


constexpr qint64 kAssociationLifetimeMs = 30 * 60 * 1000;
constexpr int kPhoneMaxWrongTries = 5;
constexpr int kMaxBatchEmails = 10000;
constexpr int kBatchStep = 250;

// --- access tokens -----------------------------------------------------------------------

HttpResponse refreshAccessToken(RequestContext &context)
{
    ApiResult<Account> account = accounts::fromApiKeySecretField(context);
    if (!account)
        return context.fail(account.error());
    return context.ok(accounts::issueAccessToken(context.state, *account));
}

HttpResponse checkAccountTypeAndAddress(RequestContext &context)
{
    ApiResult<Account> account = accounts::fromApiKeySecretField(context);
    if (!account)
        return context.fail(account.error());
    return context.ok(QJsonObject{{"account_id", account->id},
                                  {"id_wallet_address_eth", account->walletAddress},
                                  {"id_wallet_address_suri", accounts::suriAddress(account->walletPublicKey)},
                                  {"account_type", account->type}});
}

// --- account info ------------------------------------------------------------------------

HttpResponse myInfo(RequestContext &context)
{
    ApiResult<Account> account = accounts::authenticate(context);
    if (!account)
        return context.fail(account.error());
    return context.ok(accounts::myInfo(*account));
}

HttpResponse publicInfo(RequestContext &context)
{
    ApiResult<Account> caller = accounts::authenticate(context);
    if (!caller)
        return context.fail(caller.error());
    const QString address = context.param(QStringLiteral("address"));
    if (accounts::normalizeAddress(address).isEmpty())
        return context.fail(400, inkan::tr("%1 is not a valid ID wallet address.").arg(address));
    std::optional<Account> account = accounts::byWalletAddress(context.state.db(), address);
    if (!account)
        return context.fail(404, inkan::tr("No account has the ID wallet %1.").arg(address));
    return context.ok(accounts::publicInfo(*account));
}

// --- association -------------------------------------------------------------------------

HttpResponse generateButtonJs(RequestContext &context)
{
    ApiResult<Account> organization = accounts::fromApiKeySecretField(context);
    if (!organization)
        return context.fail(organization.error());
    if (!organization->isOrganization())
        return context.fail(403, inkan::tr("Only an organization account can do this."));
    ApiResult<QString> redirect = requireString(context.json, QStringLiteral("redirect_url"));
    if (!redirect)
        return context.fail(redirect.error());
    const QUrl url(*redirect, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http") || url.hasFragment())
        return context.fail(400, inkan::tr("redirect_url must be an absolute http(s) URL without a fragment."));

    const QString session = secrets::randomToken(24);
    context.state.db().exec(
        QStringLiteral("INSERT INTO association_sessions (session_hash, organization_id, redirect_url,"
                       " expires_at) VALUES (?, ?, ?, ?)"),
        {secrets::sha256Hex(session), organization->id, url.toString(QUrl::FullyEncoded),
         secrets::nowMs() + kAssociationLifetimeMs});
    const QString pageUrl = context.state.baseUrl() + QStringLiteral("/association?s=") + session;
    const QString script =
        QStringLiteral("function globalWeb3ConnectButtonOnClick() {\n"
                       "  window.open(%1, \"web3connect-association\", \"width=480,height=640\");\n"
                       "}")
            .arg(QString::fromUtf8(QJsonDocument(QJsonArray{pageUrl}).toJson(QJsonDocument::Compact))
                     .mid(1)
                     .chopped(1));
    return context.ok(script);
}

struct AssociationSession {
    QString organizationId;
    QString organizationName;
    QString redirectUrl;
};

// Reads a session for the association page; an error page when it is unknown, used or old.
std::optional<AssociationSession> findAssociation(RequestContext &context, const QString &token,
                                                  HttpResponse *failure)
{
    QSqlQuery row = context.state.db().exec(
        QStringLiteral("SELECT s.organization_id, a.name, s.redirect_url, s.expires_at, s.used"
                       " FROM association_sessions s JOIN accounts a ON a.id = s.organization_id"
                       " WHERE s.session_hash = ?"),
        {secrets::sha256Hex(token)});
    const QString title = inkan::tr("This link does not work");
    if (token.isEmpty() || !row.next()) {
        *failure = HttpResponse::html(html::messagePage(title, inkan::tr("The association link is unknown.")), 404);
        return std::nullopt;
    }
    if (row.value(4).toBool()) {
        *failure = HttpResponse::html(
            html::messagePage(title, inkan::tr("This association link was already used; start again from the button.")), 410);
        return std::nullopt;
    }
    if (row.value(3).toLongLong() <= secrets::nowMs()) {
        *failure = HttpResponse::html(
            html::messagePage(title, inkan::tr("This association link has expired; start again from the button.")), 410);
        return std::nullopt;
    }
    return AssociationSession{row.value(0).toString(), row.value(1).toString(), row.value(2).toString()};
}

HttpResponse associationForm(RequestContext &context)
{
    const QString token = context.request.query.queryItemValue(QStringLiteral("s"), QUrl::FullyDecoded);
    HttpResponse failure;
    std::optional<AssociationSession> session = findAssociation(context, token, &failure);
    if (!session)
        return failure;
    return HttpResponse::html(html::associationPage(session->organizationName, token, {}));
}

HttpResponse associationSubmit(RequestContext &context)
{
    const QString token = context.form.queryItemValue(QStringLiteral("s"), QUrl::FullyDecoded);
    const QString email = context.form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed();
    HttpResponse failure;
    std::optional<AssociationSession> session = findAssociation(context, token, &failure);
    if (!session)
        return failure;
    if (!accounts::isValidEmail(email)) {
        return HttpResponse::html(html::associationPage(session->organizationName, token,
                                                        inkan::tr("Enter a valid e-mail address.")),
                                  400);
    }
    Database &db = context.state.db();
    const Account endUser = accounts::findOrCreateEndUser(db, email);
    if (endUser.isOrganization()) {
        return HttpResponse::html(html::associationPage(session->organizationName, token,
                                                        inkan::tr("This e-mail belongs to an organization account.")),
                                  400);
    }
    accounts::associate(db, session->organizationId, endUser.id);
    db.exec(QStringLiteral("UPDATE association_sessions SET used = 1 WHERE session_hash = ?"),
            {secrets::sha256Hex(token)});
    QUrl target(session->redirectUrl);
    QUrlQuery query(target);
    query.addQueryItem(QStringLiteral("id_wallet_address"), endUser.walletAddress);
    target.setQuery(query);
    return HttpResponse::redirect(target.toString(QUrl::FullyEncoded));
}

// --- import ------------------------------------------------------------------------------

QJsonObject importedEntry(const QString &email, const QString &address, const QByteArray &publicKey)
{
    return {{"email", email},
            {"id_wallet_address", address},
            {"id_wallet_address_eth", address},
            {"id_wallet_address_suri", publicKey.isEmpty() ? QString() : accounts::suriAddress(publicKey)}};
}

HttpResponse importOne(RequestContext &context)
{
    ApiResult<Account> organization = accounts::authenticateOrganization(context);
    if (!organization)
        return context.fail(organization.error());
    ApiResult<QString> email = requireString(context.json, QStringLiteral("email"));
    if (!email)
        return context.fail(email.error());
    if (!accounts::isValidEmail(email->trimmed()))
        return context.fail(400, inkan::tr("%1 is not a valid e-mail address.").arg(*email));
    const Account endUser = accounts::findOrCreateEndUser(context.state.db(), email->trimmed());
    if (endUser.isOrganization())
        return context.fail(409, inkan::tr("%1 belongs to an organization account.").arg(*email));
    accounts::associate(context.state.db(), organization->id, endUser.id);
    return context.ok(importedEntry(email->trimmed(), endUser.walletAddress, endUser.walletPublicKey));
}

void processBatchStep(SandboxState &state, const QString &batchId)
{
    Database &db = state.db();
    const QString organizationId =
        db.scalar(QStringLiteral("SELECT organization_id FROM import_batches WHERE batch_id = ?"), {batchId})
            .value_or(QVariant())
            .toString();
    QSqlQuery pending = db.exec(QStringLiteral("SELECT position, email FROM import_batch_items"
                                               " WHERE batch_id = ? AND ok IS NULL"
                                               " ORDER BY position LIMIT ?"),
                                {batchId, kBatchStep});
    QList<std::pair<qint64, QString>> items;
    while (pending.next())
        items.append({pending.value(0).toLongLong(), pending.value(1).toString()});
    for (const auto &[position, email] : items) {
        bool ok = false;
        QString address;
        if (accounts::isValidEmail(email)) {
            const Account endUser = accounts::findOrCreateEndUser(db, email);
            if (!endUser.isOrganization()) {
                accounts::associate(db, organizationId, endUser.id);
                ok = true;
                address = endUser.walletAddress;
            }
        }
        db.exec(QStringLiteral("UPDATE import_batch_items SET ok = ?, wallet_address = ?"
                               " WHERE batch_id = ? AND position = ?"),
                {ok ? 1 : 0, address.isEmpty() ? QVariant() : QVariant(address), batchId, position});
    }
    if (items.size() == kBatchStep) {
        state.runInBackground([batchId](SandboxState &next) { processBatchStep(next, batchId); });
        return;
    }
    db.exec(QStringLiteral("UPDATE import_batches SET status = 'done', finished_at = ? WHERE batch_id = ?"),
            {secrets::nowMs(), batchId});
}

HttpResponse submitBatch(RequestContext &context)
{
    ApiResult<Account> organization = accounts::fromApiKeySecretField(context);
    if (!organization)
        return context.fail(organization.error());
    if (!organization->isOrganization())
        return context.fail(403, inkan::tr("Only an organization account can do this."));
    const QJsonValue emails = context.json.value("emails");
    if (!emails.isArray())
        return context.fail(400, inkan::tr("The field emails is required and must be an array of e-mail addresses."));
    const QJsonArray list = emails.toArray();
    if (list.size() > kMaxBatchEmails)
        return context.fail(400, inkan::tr("A batch holds at most %1 e-mail addresses; this one has %2.")
                                     .arg(kMaxBatchEmails)
                                     .arg(list.size()));

    const qint64 now = secrets::nowMs();
    const QString batchId = secrets::timestampedId(now);

    Database &db = context.state.db();
    db.exec(QStringLiteral("INSERT INTO import_batches (batch_id, organization_id, started_at, status)"
                           " VALUES (?, ?, ?, 'running')"),
            {batchId, organization->id, now});
    QList<QVariantList> rows;
    rows.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        // A non-string entry is kept as "" (not NULL) and reported with ok: false.
        rows.append({batchId, i, list[i].isString() ? list[i].toString().trimmed() : QStringLiteral("")});
    db.execForEach(QStringLiteral("INSERT INTO import_batch_items (batch_id, position, email) VALUES (?, ?, ?)"),
                   rows);
    context.state.runInBackground([batchId](SandboxState &state) { processBatchStep(state, batchId); });
    return context.ok(QJsonObject{{"batch_id", batchId}});
}

HttpResponse checkBatch(RequestContext &context)
{
    ApiResult<Account> organization = accounts::fromApiKeySecretField(context);
    if (!organization)
        return context.fail(organization.error());
    if (!organization->isOrganization())
        return context.fail(403, inkan::tr("Only an organization account can do this."));
    ApiResult<QString> batchId = requireString(context.json, QStringLiteral("batch_id"));
    if (!batchId)
        return context.fail(batchId.error());
    Database &db = context.state.db();
    QSqlQuery batch = db.exec(QStringLiteral("SELECT started_at, finished_at, status FROM import_batches"
                                             " WHERE batch_id = ? AND organization_id = ?"),
                              {*batchId, organization->id});
    if (!batch.next())
        return context.fail(404, inkan::tr("There is no batch %1 of this organization.").arg(*batchId));
    const bool done = batch.value(2).toString() == u"done";
    QJsonArray result;
    if (done) {
        QSqlQuery items = db.exec(QStringLiteral(
                                      "SELECT i.email, i.ok, i.wallet_address, a.wallet_public_key"
                                      " FROM import_batch_items i LEFT JOIN accounts a"
                                      " ON a.wallet_address = i.wallet_address"
                                      " WHERE i.batch_id = ? ORDER BY i.position"),
                                  {*batchId});
        while (items.next()) {
            QJsonObject entry = importedEntry(items.value(0).toString(), items.value(2).toString(),
                                              items.value(3).toByteArray());
            entry.insert("ok", items.value(1).toBool());
            result.append(entry);
        }
    }
    return context.ok(QJsonObject{
        {"batch_result",
         QJsonObject{{"batch_id", *batchId},
                     {"started_at", secrets::isoTime(batch.value(0).toLongLong())},
                     {"finished_at", done ? secrets::isoTime(batch.value(1).toLongLong()) : QString()},
                     {"status", batch.value(2).toString()},
                     {"result", result}}}});
}

// --- phone -------------------------------------------------------------------------------

void appendToOutbox(SandboxState &state, const QString &phoneNumber, const QString &code)
{
    QFile outbox(state.dataPath(QStringLiteral("outbox.log")));
    if (!outbox.open(QIODevice::Append | QIODevice::Text))
        throw DatabaseError("cannot write outbox.log");
    const QString line = QStringLiteral("%1 SMS to %2: %3\n")
                             .arg(secrets::isoTime(secrets::nowMs()), phoneNumber,
                                  inkan::tr("Your Web3Connect verification code is %1.").arg(code));
    outbox.write(line.toUtf8());
}

HttpResponse phoneStep1(RequestContext &context)
{
    ApiResult<Account> account = accounts::authenticate(context);
    if (!account)
        return context.fail(account.error());
    ApiResult<QString> phone = requireString(context.json, QStringLiteral("phone_number"));
    if (!phone)
        return context.fail(phone.error());
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!e164.match(*phone).hasMatch())
        return context.fail(400, inkan::tr("phone_number must be in E.164 form, such as +819012345678."));
    const QString tmpToken = secrets::randomToken(24);
    const QString code = secrets::randomDigits(6);
    context.state.db().exec(QStringLiteral("INSERT INTO phone_verifications (tmp_token_hash, account_id,"
                                           " phone_number, code, expires_at) VALUES (?, ?, ?, ?, ?)"),
                            {secrets::sha256Hex(tmpToken), account->id, *phone, code,
                             secrets::nowMs() + qint64(context.state.options().challengeTtlSeconds) * 1000});
    appendToOutbox(context.state, *phone, code);
    return context.ok(QJsonObject{{"tmp_token", tmpToken}, {"code_sent", true}});
}

HttpResponse phoneStep2(RequestContext &context)
{
    ApiResult<Account> account = accounts::authenticate(context);
    if (!account)
        return context.fail(account.error());
    ApiResult<QString> tmpToken = requireString(context.json, QStringLiteral("tmp_token"));
    if (!tmpToken)
        return context.fail(tmpToken.error());
    ApiResult<QString> code = requireString(context.json, QStringLiteral("code"));
    if (!code)
        return context.fail(code.error());
    Database &db = context.state.db();
    const QString tokenHash = secrets::sha256Hex(*tmpToken);
    QSqlQuery row = db.exec(QStringLiteral("SELECT phone_number, code, wrong_tries, expires_at, spent"
                                           " FROM phone_verifications WHERE tmp_token_hash = ? AND account_id = ?"),
                            {tokenHash, account->id});
    if (!row.next() || row.value(4).toBool() || row.value(3).toLongLong() <= secrets::nowMs())
        return context.fail(400, inkan::tr("The tmp_token is unknown, used up or expired; start again with step 1."));
    if (!secrets::constantTimeEquals(row.value(1).toString().toLatin1(), code->toLatin1())) {
        const int wrongTries = row.value(2).toInt() + 1;
        db.exec(QStringLiteral("UPDATE phone_verifications SET wrong_tries = ?, spent = ?"
                               " WHERE tmp_token_hash = ?"),
                {wrongTries, wrongTries >= kPhoneMaxWrongTries ? 1 : 0, tokenHash});
        HttpResponse response = context.fail(
            400, wrongTries >= kPhoneMaxWrongTries
                     ? inkan::tr("The code is wrong, and that was the last try; start again with step 1.")
                     : inkan::tr("The code is wrong; %n attempt(s) left.", nullptr, kPhoneMaxWrongTries - wrongTries));
        response.keepChanges = true;
        return response;
    }
    db.exec(QStringLiteral("UPDATE phone_verifications SET spent = 1 WHERE tmp_token_hash = ?"), {tokenHash});
    db.exec(QStringLiteral("UPDATE accounts SET phone_number = ?, phone_verified = 1, updated_at = ? WHERE id = ?"),
            {row.value(0).toString(), secrets::nowMs(), account->id});
    return context.ok(true);
}

// --- domain ------------------------------------------------------------------------------

QString domainTxtRecord(Database &db, const Account &organization)
{
    QString token = db.scalar(QStringLiteral("SELECT domain_txt_token FROM accounts WHERE id = ?"),
                              {organization.id})
                        .value_or(QVariant())
                        .toString();
    if (token.isEmpty()) {
        token = secrets::randomHex(16);
        db.exec(QStringLiteral("UPDATE accounts SET domain_txt_token = ? WHERE id = ?"), {token, organization.id});
    }
    return QStringLiteral("web3connect-domain-verification=") + token;
}

HttpResponse domainStep1(RequestContext &context)
{
    ApiResult<Account> organization = accounts::authenticateOrganization(context);
    if (!organization)
        return context.fail(organization.error());
    if (organization->domain.isEmpty())
        return context.fail(400, inkan::tr("This organization has no domain to verify."));
    return context.ok(QJsonObject{{"txt_record", domainTxtRecord(context.state.db(), *organization)},
                                  {"domain", organization->domain}});
}

HttpResponse domainStep2(RequestContext &context)
{
    ApiResult<Account> organization = accounts::authenticateOrganization(context);
    if (!organization)
        return context.fail(organization.error());
    if (organization->domain.isEmpty())
        return context.fail(400, inkan::tr("This organization has no domain to verify."));
    if (organization->domainVerified)
        return context.ok(true);
    const QString expected = domainTxtRecord(context.state.db(), *organization);
    // The sandbox's DNS: DIR/dns.json, {"domain": ["TXT record", …]}.
    QFile file(context.state.dataPath(QStringLiteral("dns.json")));
    QJsonObject zones;
    if (file.open(QIODevice::ReadOnly))
        zones = QJsonDocument::fromJson(file.readAll()).object();
    bool found = false;
    for (auto it = zones.constBegin(); it != zones.constEnd() && !found; ++it) {
        if (it.key().compare(organization->domain, Qt::CaseInsensitive) != 0)
            continue;
        const QJsonArray records = it.value().toArray();
        found = std::any_of(records.begin(), records.end(),
                            [&expected](const QJsonValue &record) { return record.toString() == expected; });
    }
    if (!found) {
        // Step 1 may have just created the record value: keep it.
        HttpResponse response = context.fail(
            400, inkan::tr("No TXT record %1 was found for %2.").arg(expected, organization->domain));
        response.keepChanges = true;
        return response;
    }
    context.state.db().exec(QStringLiteral("UPDATE accounts SET domain_verified = 1, updated_at = ? WHERE id = ?"),
                            {secrets::nowMs(), organization->id});
    return context.ok(true);
}

} // namespace

void registerWeb3ConnectAccountRoutes(Router &router)
{
    const Service w3c = Service::Web3Connect;
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/auth/account/access_token/refresh"),
               BodyKind::Json, refreshAccessToken);
    router.add(w3c, Method::Post,
               QStringLiteral("/rest/v1/auth/account/access_token/check_account_type_and_address"),
               BodyKind::Json, checkAccountTypeAndAddress);
    router.add(w3c, Method::Post,
               QStringLiteral("/rest/v1/auth/account/association/generate_web3connect_button_js"),
               BodyKind::Json, generateButtonJs);
    router.add(Service::Site, Method::Get, QStringLiteral("/association"), BodyKind::None, associationForm);
    router.add(Service::Site, Method::Post, QStringLiteral("/association"), BodyKind::Form, associationSubmit);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/account/my_info"), BodyKind::None, myInfo, Access::ReadOnly);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/account/id_wallet/{address}/public_info"),
               BodyKind::None, publicInfo, Access::ReadOnly);
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/account/import"), BodyKind::Json, importOne);
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/account/import/batch/submit"), BodyKind::Json,
               submitBatch);
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/account/import/batch/check"), BodyKind::Json,
               checkBatch);
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/verify/phone/step1"), BodyKind::Json, phoneStep1);
    router.add(w3c, Method::Post, QStringLiteral("/rest/v1/verify/phone/step2"), BodyKind::Json, phoneStep2);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/verify/domain/step1"), BodyKind::None, domainStep1);
    router.add(w3c, Method::Get, QStringLiteral("/rest/v1/verify/domain/step2"), BodyKind::None, domainStep2);
}

void resumeImportBatches(SandboxState &state)
{
    QSqlQuery running = state.db().exec(
        QStringLiteral("SELECT batch_id FROM import_batches WHERE status = 'running'"));
    while (running.next()) {
        const QString batchId = running.value(0).toString();
        state.runInBackground([batchId](SandboxState &next) { processBatchStep(next, batchId); });
    }
}

} // namespace inkan::sandbox
