// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "commands/ScannerSession.h"

#include "Tr.h"
#include "qr/VerificationPayload.h"
#include <QLocale>
#include <QRegularExpression>

namespace inkan {

using session::ScanReason;
using session::ScanVerdict;

ScannerSession::ScannerSession(session::ScanHistory *history, QObject *parent) : QObject(parent), m_history(history)
{
    qRegisterMetaType<inkan::ScanOutcome>();
    qRegisterMetaType<inkan::qr::DecodedQr>();
}

ScannerSession::~ScannerSession()
{
    delete m_current; // cancels its request
}

bool ScannerSession::looksLayoutGarbled(const QString &text)
{
    // The payload's words survive a layout mismatch (letters mostly stay), its punctuation
    // does not: {"c":"…","m":{},"p":"nft_verification_code","v":"0"}.
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("verification")) && lower.contains(QLatin1String("nft")))
        return true;
    // Or: a code-like run of hex digits wrapped in a lot of punctuation.
    static const QRegularExpression hexRun(QStringLiteral("[0-9a-f]{16,}"));
    int punctuation = 0;
    for (const QChar c : text)
        punctuation += c.isPunct() || c.isSymbol() ? 1 : 0;
    return punctuation >= 10 && hexRun.match(lower).hasMatch();
}

void ScannerSession::submitDecoded(const inkan::qr::DecodedQr &code)
{
    submitText(code.text, code.binary);
}

void ScannerSession::submitText(const QString &rawText, bool binary)
{
    const QString text = binary ? rawText : rawText.trimmed();
    ScanOutcome outcome;
    outcome.verdict = ScanVerdict::Refused;

    Result<qr::VerificationPayload> payload = qr::VerificationPayload::parseText(text, binary);
    if (!payload) {
        if (m_current) // a new scan replaces the one being checked
            delete m_current;
        outcome.reason = ScanReason::NotAVerificationCode;
        outcome.message = !binary && looksLayoutGarbled(text)
                              ? inkan::tr("This looks like a verification code garbled by a keyboard layout mismatch: set the "
                                          "handheld scanner to this computer's keyboard layout, then scan again. Nothing was sent.")
                              : payload.error().message + QLatin1Char(' ') + inkan::tr("Nothing was sent.");
        return conclude(outcome);
    }
    const QString code = payload->code;
    const QString hash = session::ScanHistory::hashCode(code);
    if (m_current && m_current->code() == code)
        return; // the same code again while it is being checked
    delete m_current;
    outcome.codeHash = hash;

    if (const std::optional<session::ScanRecord> first = m_history->firstVerified(hash)) {
        outcome.verdict = ScanVerdict::Repeat;
        outcome.reason = ScanReason::AlreadyUsed;
        outcome.tokenId = first->tokenId;
        outcome.nftName = first->nftName;
        outcome.nftKind = first->nftKind;
        outcome.firstVerifiedAt = first->time;
        outcome.firstScanner = first->scanner;
        outcome.message = inkan::tr("Already verified at %1 at %2. The same code cannot be let in twice.")
                              .arg(first->scanner.isEmpty() ? inkan::tr("this scanner") : first->scanner,
                                   QLocale().toString(first->time.toLocalTime(), QLocale::ShortFormat));
        return conclude(outcome);
    }
    if (!m_position) {
        outcome.verdict = ScanVerdict::Unchecked;
        outcome.reason = ScanReason::NoVenuePosition;
        outcome.message = inkan::tr("The venue's position is not set, so the code was not checked: set it in Settings, then scan again.");
        return conclude(outcome);
    }

    auto *scan = new VerifyScan(m_client, code, *m_position, this);
    scan->setPolicy(m_policy);
    m_current = scan;
    connect(scan, &VerifyScan::checking, this, &ScannerSession::checking);
    connect(scan, &VerifyScan::retrying, this, &ScannerSession::retrying);
    connect(scan, &Command::succeeded, this, [this, scan] {
        if (m_current == scan)
            m_current = nullptr;
        scan->deleteLater();
        conclude(scan->outcome());
    });
    connect(scan, &Command::failed, scan, &QObject::deleteLater);
    scan->start();
}

void ScannerSession::conclude(ScanOutcome outcome)
{
    if (!outcome.time.isValid())
        outcome.time = QDateTime::currentDateTimeUtc();
    session::ScanRecord record;
    record.time = outcome.time;
    record.scanner = m_scannerName;
    record.codeHash = outcome.codeHash;
    record.tokenId = outcome.tokenId;
    record.verdict = outcome.verdict;
    record.reason = outcome.reason;
    record.message = outcome.message;
    record.nftName = outcome.nftName;
    record.nftKind = outcome.nftKind;
    record.attempts = outcome.attempts;
    const Result<void> written = m_history->append(record);
    m_last = outcome;
    Q_EMIT verdictReady(outcome);
    Q_EMIT historyChanged();
    if (!written)
        Q_EMIT historyError(written.error().message);
}

} // namespace inkan
