// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Before any signature: a message that names a host other than the service's own is refused as
// a likely phishing attempt (a page relaying another site's sign-in text to get it signed).
// Looks at an EIP-4361 "<host> wants you to sign in" line, at every URL, and at every bare
// host name or IPv4 address in the text. E-mail addresses are not hosts.
#include "Error.h"
#include <QCoreApplication>
#include <QUrl>

namespace inkan::services {

class PhishingGuard {
    Q_DECLARE_TR_FUNCTIONS(PhishingGuard)
public:
    /// Ok, or a Refused error whose sentence names the foreign host and the expected one.
    static Result<void> check(const QString &message, const QUrl &serviceBaseUrl);
    /// Every host the message names, in order, without ports (lower case).
    static QStringList hostsNamedIn(const QString &message);
    /// Same host, both loopback, or one is a subdomain of the other sharing at least two labels.
    static bool sameSite(const QString &named, const QString &service);
};

} // namespace inkan::services
