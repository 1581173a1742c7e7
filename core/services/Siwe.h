// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Sign-In with Ethereum (EIP-4361) messages, parsed in full: the strict line grammar of the
// EIP, then the checks a wallet owes its user (the domain is the service's host, the address is
// the signing key's, the message is inside its validity window).
#include "Error.h"
#include <QDateTime>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace inkan::services {

struct SiweMessage {
    QString scheme;            // optional "https" before "://"
    QString domain;            // RFC 3986 authority: host[:port]
    QString address;           // as written in the message
    QString statement;         // optional, one line
    QString uri;
    QString version;           // always "1"
    qint64 chainId = 0;
    QString nonce;
    QDateTime issuedAt;
    std::optional<QDateTime> expirationTime;
    std::optional<QDateTime> notBefore;
    QString requestId;
    QStringList resources;

    /// True when the text opens like an EIP-4361 message ("… wants you to sign in with your
    /// Ethereum account:"), so it must parse in full or be refused.
    static bool looksLikeSiwe(const QString &message);
    /// The EIP-4361 grammar, line by line; InvalidInput with the reason otherwise.
    static Result<SiweMessage> parse(const QString &message);
    /// The domain equals the service's host (and port, when the domain gives one), the address is
    /// `signer`'s, and `now` lies in [Not Before, Expiration Time). Refused otherwise.
    Result<void> verify(const QUrl &serviceBaseUrl, const QString &signer, const QDateTime &now) const;
};

} // namespace inkan::services
