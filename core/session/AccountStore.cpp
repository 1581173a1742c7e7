// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "session/AccountStore.h"
#include "crypto/Random.h"
#include "net/HttpTransport.h"
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace inkan::session {

namespace {
constexpr auto kGroup = "accounts";
const ServiceKind kKinds[] = {ServiceKind::Web3Connect, ServiceKind::Capture, ServiceKind::NonceAuth,
                              ServiceKind::Pakt, ServiceKind::Oidc};

Account readAccount(QSettings &s, const QString &id)
{
    s.beginGroup(id);
    Account a;
    a.id = id;
    a.kind = serviceKindFromName(s.value(QStringLiteral("kind")).toString()).value_or(ServiceKind::Web3Connect);
    a.baseUrl = QUrl(s.value(QStringLiteral("baseUrl")).toString());
    a.name = s.value(QStringLiteral("name")).toString();
    a.subject = s.value(QStringLiteral("subject")).toString();
    a.role = s.value(QStringLiteral("role")).toString();
    a.email = s.value(QStringLiteral("email")).toString();
    a.keyAddress = s.value(QStringLiteral("keyAddress")).toString();
    a.clientId = s.value(QStringLiteral("clientId")).toString();
    a.secretBackend = s.value(QStringLiteral("secretBackend")).toString();
    a.paktAppName = s.value(QStringLiteral("paktAppName")).toString();
    s.endGroup();
    return a;
}

void writeAccount(QSettings &s, const Account &a)
{
    s.beginGroup(a.id);
    s.setValue(QStringLiteral("kind"), serviceKindName(a.kind));
    s.setValue(QStringLiteral("baseUrl"), a.baseUrl.toString());
    s.setValue(QStringLiteral("name"), a.name);
    s.setValue(QStringLiteral("subject"), a.subject);
    s.setValue(QStringLiteral("role"), a.role);
    s.setValue(QStringLiteral("email"), a.email);
    s.setValue(QStringLiteral("keyAddress"), a.keyAddress);
    s.setValue(QStringLiteral("clientId"), a.clientId);
    s.setValue(QStringLiteral("secretBackend"), a.secretBackend);
    if (!a.paktAppName.isEmpty())
        s.setValue(QStringLiteral("paktAppName"), a.paktAppName);
    s.endGroup();
}

Result<void> syncStatus(QSettings &s)
{
    s.sync();
    if (s.status() != QSettings::NoError)
        return makeError(ErrorKind::Io, AccountStore::tr("Could not save the account settings to %1.").arg(QDir::toNativeSeparators(s.fileName())));
    return {};
}

} // namespace

QString serviceKindName(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Web3Connect: return QStringLiteral("web3connect");
    case ServiceKind::Capture: return QStringLiteral("capture");
    case ServiceKind::NonceAuth: return QStringLiteral("nonceauth");
    case ServiceKind::Pakt: return QStringLiteral("pakt");
    case ServiceKind::Oidc: return QStringLiteral("oidc");
    }
    return {};
}

std::optional<ServiceKind> serviceKindFromName(const QString &name)
{
    for (ServiceKind kind : kKinds)
        if (serviceKindName(kind) == name.toLower())
            return kind;
    return std::nullopt;
}

AccountStore::AccountStore(QString settingsPath) : m_path(std::move(settingsPath))
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
}

QList<Account> AccountStore::accounts() const
{
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(QLatin1String(kGroup));
    QList<Account> list;
    for (const QString &id : s.childGroups())
        list.append(readAccount(s, id));
    s.endGroup();
    std::sort(list.begin(), list.end(), [](const Account &a, const Account &b) { return a.name < b.name; });
    return list;
}

std::optional<Account> AccountStore::find(const QString &idOrName) const
{
    for (const Account &a : accounts())
        if (a.id == idOrName || a.name == idOrName)
            return a;
    return std::nullopt;
}

Result<Account> AccountStore::add(ServiceKind kind, const QUrl &baseUrl, const QString &name)
{
    if (auto refused = net::HttpTransport::checkUrlAllowed(baseUrl))
        return refused->toError();
    if (name.trimmed().isEmpty() || name.contains(QLatin1Char('/')))
        return makeError(ErrorKind::InvalidInput, tr("An account needs a name without '/'."));
    if (find(name))
        return makeError(ErrorKind::InvalidInput, tr("There is already an account named \"%1\".").arg(name));
    Account a;
    a.id = crypto::randomUuidV4();
    a.kind = kind;
    a.baseUrl = baseUrl.adjusted(QUrl::StripTrailingSlash);
    a.name = name.trimmed();
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(QLatin1String(kGroup));
    writeAccount(s, a);
    s.endGroup();
    if (auto synced = syncStatus(s); !synced)
        return synced.error();
    return a;
}

Result<void> AccountStore::update(const Account &account)
{
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(QLatin1String(kGroup));
    if (!s.childGroups().contains(account.id))
        return makeError(ErrorKind::NotFound, tr("There is no account \"%1\".").arg(account.name));
    writeAccount(s, account);
    s.endGroup();
    return syncStatus(s);
}

Result<void> AccountStore::remove(const QString &id)
{
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(QLatin1String(kGroup));
    if (!s.childGroups().contains(id))
        return makeError(ErrorKind::NotFound, tr("There is no such account."));
    s.remove(id);
    s.endGroup();
    return syncStatus(s);
}

} // namespace inkan::session
