// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/PhishingGuard.h"
#include "net/HttpTransport.h"
#include <QRegularExpression>

namespace inkan::services {

namespace {

QString stripPort(QString host)
{
    if (host.startsWith(QLatin1Char('['))) {
        const int end = host.indexOf(QLatin1Char(']'));
        return end > 0 ? host.mid(1, end - 1) : host;
    }
    if (host.count(QLatin1Char(':')) == 1)
        host = host.left(host.indexOf(QLatin1Char(':')));
    return host;
}

} // namespace

QStringList PhishingGuard::hostsNamedIn(const QString &message)
{
    QStringList hosts;
    const auto add = [&hosts](const QString &host) {
        const QString h = stripPort(host).toLower();
        if (!h.isEmpty() && !hosts.contains(h))
            hosts.append(h);
    };
    static const QRegularExpression eip4361(QStringLiteral("^\\s*(\\S+) wants you to sign in"),
                                            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    for (auto it = eip4361.globalMatch(message); it.hasNext();) {
        QString authority = it.next().captured(1);
        if (authority.contains(QLatin1String("://")))
            authority = QUrl(authority).host();
        add(authority);
    }
    static const QRegularExpression url(QStringLiteral("\\b[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/\\s?#@]*@)?(\\[[^\\]]+\\]|[^/\\s?#:]+)"));
    for (auto it = url.globalMatch(message); it.hasNext();)
        add(it.next().captured(1));
    // Bare names: labels ending in an alphabetic TLD, or dotted IPv4; not after '@' (e-mail).
    static const QRegularExpression bare(QStringLiteral(
        "(?<![@\\w.-])((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}|\\d{1,3}(?:\\.\\d{1,3}){3}|localhost)(?![\\w-]|\\.[\\w])"));
    for (auto it = bare.globalMatch(message); it.hasNext();)
        add(it.next().captured(1));
    return hosts;
}

bool PhishingGuard::sameSite(const QString &named, const QString &service)
{
    const QString a = named.toLower();
    const QString b = service.toLower();
    if (a == b)
        return true;
    if (net::HttpTransport::isLoopbackHost(a) && net::HttpTransport::isLoopbackHost(b))
        return true;
    const auto related = [](const QString &sub, const QString &parent) {
        return parent.count(QLatin1Char('.')) >= 1 && sub.endsWith(QLatin1Char('.') + parent);
    };
    return related(a, b) || related(b, a);
}

Result<void> PhishingGuard::check(const QString &message, const QUrl &serviceBaseUrl)
{
    const QString serviceHost = serviceBaseUrl.host().toLower();
    for (const QString &host : hostsNamedIn(message)) {
        if (!sameSite(host, serviceHost))
            return makeError(ErrorKind::Refused,
                tr("Refused to sign: the message names \"%1\", but you are signing in to \"%2\". "
                   "This is how phishing sites borrow a signature; nothing was signed.").arg(host, serviceHost));
    }
    return {};
}

} // namespace inkan::services
