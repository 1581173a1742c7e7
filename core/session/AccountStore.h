// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Accounts: a service (kind, base URL, name) plus who is signed in and with which local key.
// Kept in QSettings (INI in the data dir); nothing secret is ever written here: the secrets
// of an account live in a SecretStore under "<account id>/<name>".
#include "Error.h"
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace inkan::session {

enum class ServiceKind { Web3Connect, Capture, NonceAuth, Pakt, Oidc };

QString serviceKindName(ServiceKind kind);
std::optional<ServiceKind> serviceKindFromName(const QString &name);

struct Account {
    QString id;            // stable, random
    ServiceKind kind = ServiceKind::Web3Connect;
    QUrl baseUrl;
    QString name;          // chosen by the user, unique
    QString subject;       // who is signed in (address or e-mail); empty when signed out
    QString role;          // organization / end_user, where the service says
    QString email;
    QString keyAddress;    // the local key used to sign in, when one was
    QString clientId;      // OIDC client id (the organization's account id)
    QString secretBackend; // "keychain" or "file", where this account's secrets are
    QString paktAppName;   // Pakt: the app named by the first sign-in's challenge, pinned

    bool isSignedIn() const { return !subject.isEmpty(); }
};

class AccountStore {
    Q_DECLARE_TR_FUNCTIONS(AccountStore)
public:
    /// `settingsPath`: the INI file, e.g. <data dir>/settings.ini.
    explicit AccountStore(QString settingsPath);

    QList<Account> accounts() const;
    /// By id or by name.
    std::optional<Account> find(const QString &idOrName) const;
    /// Checks the URL (https, or http to loopback) and the name's uniqueness.
    Result<Account> add(ServiceKind kind, const QUrl &baseUrl, const QString &name);
    Result<void> update(const Account &account);
    Result<void> remove(const QString &id);
    QString settingsPath() const { return m_path; }

private:
    QString m_path;
};

} // namespace inkan::session
