// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/SigningPolicy.h"
#include "Tr.h"
#include "crypto/Address.h"
#include "services/PhishingGuard.h"
#include <QRegularExpression>

namespace inkan::services {

namespace {

/// Characters that are not shown as themselves: controls (newline aside), format characters
/// (bidi embeddings, overrides, isolates and marks, zero-width spaces and joiners, the BOM,
/// soft hyphen), line and paragraph separators, lone surrogates.
bool hidden(char32_t c)
{
    if (c == U'\n')
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    if (c >= 0xd800 && c <= 0xdfff)
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

QString hex4(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

/// The code points of `text`; a lone surrogate stays itself (toUcs4 would make it U+FFFD).
QList<char32_t> codePoints(const QString &text)
{
    QList<char32_t> out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out.append(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            out.append(c.unicode());
        }
    }
    return out;
}

Error refused(const QString &sentence)
{
    return makeError(ErrorKind::Refused, sentence);
}

} // namespace

namespace {

QRegularExpressionMatch matchPaktSentence(const QString &message)
{
    static const QRegularExpression sentence(QStringLiteral(
        "^I approve ([A-Za-z0-9][A-Za-z0-9 ._-]{0,63}) to authenticate with token ([0-9]{1,16})::([A-Za-z0-9_-]{1,64})\\z"));
    return sentence.match(message);
}

} // namespace

QString SigningPolicy::paktAppNameIn(const QString &message)
{
    const auto match = matchPaktSentence(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

SigningPolicy SigningPolicy::pakt(QString pinnedAppName)
{
    SigningPolicy policy(Flow::Pakt);
    policy.m_pinnedAppName = std::move(pinnedAppName);
    return policy;
}

Result<void> SigningPolicy::checkVisibleText(const QString &text)
{
    for (const char32_t c : codePoints(text)) {
        if (hidden(c))
            return refused(inkan::tr("Refused to sign: the text contains the invisible or control character %1, "
                                     "which can hide or reorder what you see; nothing was signed.").arg(QLatin1String("U+") + hex4(c)));
    }
    return {};
}

Result<SigningRequest> SigningPolicy::evaluate(const QString &message, const QUrl &serviceBaseUrl,
                                               const QString &signerAddress, const QDateTime &now) const
{
    SigningRequest request;
    request.message = message;
    request.serviceHost = serviceBaseUrl.port() < 0 ? serviceBaseUrl.host() : serviceBaseUrl.host() + QLatin1Char(':') + QString::number(serviceBaseUrl.port());
    if (message.isEmpty())
        return refused(inkan::tr("Refused to sign: the service sent an empty text; nothing was signed."));
    if (auto visible = checkVisibleText(message); !visible)
        return visible.error();
    if (auto guard = PhishingGuard::check(message, serviceBaseUrl); !guard)
        return guard.error();
    // A line "Address: 0x…" (Capture's text) names the key that is meant to sign: it must be ours.
    static const QRegularExpression addressLine(QStringLiteral("^Address: (0x[0-9a-fA-F]{40})$"), QRegularExpression::MultilineOption);
    for (auto it = addressLine.globalMatch(message); it.hasNext();) {
        const QString named = it.next().captured(1);
        const auto parsedNamed = crypto::Address::parse(named);
        const auto mine = crypto::Address::parse(signerAddress);
        if (!parsedNamed || !mine || *parsedNamed != *mine)
            return refused(inkan::tr("Refused to sign: the message is for the address %1, not for your key %2; nothing was signed.")
                               .arg(named, signerAddress));
    }
    if (SiweMessage::looksLikeSiwe(message)) {
        auto siwe = SiweMessage::parse(message);
        if (!siwe)
            return siwe.error();
        if (auto ok = siwe->verify(serviceBaseUrl, signerAddress, now); !ok)
            return ok.error();
        request.siwe = *siwe;
    }

    switch (m_flow) {
    case Flow::Generic:
        request.flowName = QStringLiteral("generic");
        request.matchesGrammar = false; // no grammar: a person must say yes
        break;
    case Flow::NonceAuth: {
        request.flowName = QStringLiteral("nonceauth");
        static const QRegularExpression nonce(QStringLiteral("^0x[0-9a-fA-F]{8,128}\\z"));
        if (!nonce.match(message).hasMatch())
            return refused(inkan::tr("Refused to sign: a nonce-auth challenge is \"0x\" followed by hex digits, "
                                     "and this text is something else; nothing was signed."));
        request.matchesGrammar = true;
        break;
    }
    case Flow::Pakt: {
        request.flowName = QStringLiteral("pakt");
        const auto match = matchPaktSentence(message);
        if (!match.hasMatch())
            return refused(inkan::tr("Refused to sign: a Pakt challenge reads \"I approve APP to authenticate with token "
                                     "TIME::CODE\", and this text is something else; nothing was signed."));
        const QString app = match.captured(1);
        if (!m_pinnedAppName.isEmpty() && app != m_pinnedAppName)
            return refused(inkan::tr("Refused to sign: this Pakt account signs in to the app \"%1\", but the text names "
                                     "\"%2\"; nothing was signed.").arg(m_pinnedAppName, app));
        request.paktAppName = app;
        request.matchesGrammar = true;
        break;
    }
    case Flow::HostBound: {
        request.flowName = QStringLiteral("capture");
        // PhishingGuard already refused foreign hosts; the text must also name the service's own.
        if (PhishingGuard::hostsNamedIn(message).isEmpty())
            return refused(inkan::tr("Refused to sign: the text does not name \"%1\", the service you are signing in to; "
                                     "nothing was signed.").arg(serviceBaseUrl.host()));
        request.matchesGrammar = true;
        break;
    }
    }
    return request;
}

QString escapeNonPrintable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : codePoints(text)) {
        if (hidden(c))
            out += QLatin1String("\\u{") + hex4(c) + QLatin1Char('}');
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace inkan::services
