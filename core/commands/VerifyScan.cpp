// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "commands/VerifyScan.h"

#include "Tr.h"
#include "models/NftModel.h"

namespace inkan {

using session::ScanReason;
using session::ScanVerdict;
using services::web3connect::Nft;

VerifyScan::VerifyScan(services::web3connect::Web3ConnectClient *client, QString code,
                       services::web3connect::Gps venuePosition, QObject *parent)
    : Command(parent), m_client(client), m_code(std::move(code)), m_position(std::move(venuePosition))
{
    m_outcome.codeHash = session::ScanHistory::hashCode(m_code);
    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        // No answer in time: give this attempt up (its late answer is ignored) and treat it
        // as a timeout. It may still have reached the service.
        ++m_generation;
        if (m_job)
            m_job->cancel();
        onAttemptFailed(net::ApiError::timeout());
    });
}

std::pair<ScanReason, QString> VerifyScan::refusal(const net::ApiError &error)
{
    const QString said = error.serverMessage.toLower();
    switch (error.httpStatus) {
    case 410:
        return {ScanReason::Expired, inkan::tr("This code has expired: codes are valid for five minutes. Ask the holder to show a new one.")};
    case 409:
        return {ScanReason::AlreadyUsed, inkan::tr("This code was already used. Ask the holder to show a new one.")};
    case 404:
    case 400:
        return {ScanReason::UnknownCode, inkan::tr("The service does not know this code. Ask the holder to show the code again from the app.")};
    case 401:
        return {ScanReason::SignInNeeded, inkan::tr("This scanner is no longer signed in to the service: sign in again in Settings, then scan again.")};
    case 403:
        if (said.contains(QLatin1String("changed hands")) || said.contains(QLatin1String("transfer")))
            return {ScanReason::Transferred, inkan::tr("The NFT changed hands after this code was made. Ask the holder to show a new code.")};
        if (said.contains(QLatin1String("venue")) || said.contains(QLatin1String(" km")) || said.contains(QLatin1String(" m "))
            || said.contains(QLatin1String("distance")) || said.contains(QLatin1String("area")) || said.contains(QLatin1String("within")))
            return {ScanReason::OutsideVenue,
                    inkan::tr("Outside the venue area: the service refused this scanner's position for this NFT. Check the venue position in Settings.")};
        return {ScanReason::NotAllowed, inkan::tr("The service does not allow this scanner's account to verify this code.")};
    default:
        return {ScanReason::ServiceError, inkan::tr("The service answered with an error; the code could not be checked. Try again.")};
    }
}

void VerifyScan::describe(ScanOutcome &outcome, const Nft &nft)
{
    outcome.nft = nft;
    outcome.nftName = models::nftfields::name(nft);
    outcome.nftKind = models::nftfields::kind(nft);
    outcome.seat = nft.dynamicMetadata.value(QLatin1String("ticketed_seat")).toVariant().toString();
    outcome.level = nft.dynamicMetadata.value(QLatin1String("level")).toVariant().toString();
    for (const char *key : {"holder", "holder_id_wallet_address", "owner", "id_wallet_address"}) {
        const QString value = nft.raw.value(QLatin1String(key)).toString();
        if (!value.isEmpty()) {
            outcome.holder = value;
            break;
        }
    }
}

void VerifyScan::run()
{
    if (!m_client) {
        ScanOutcome outcome = m_outcome;
        outcome.verdict = ScanVerdict::Unchecked;
        outcome.reason = ScanReason::SignInNeeded;
        outcome.message = inkan::tr("This scanner is not signed in to the service: sign in in Settings, then scan again.");
        return finishWith(outcome);
    }
    sendAttempt();
}

void VerifyScan::sendAttempt()
{
    if (!m_client)
        return run();
    ++m_attempt;
    const quint64 generation = ++m_generation;
    m_outcome.attempts = m_attempt;
    m_outcome.requestSent = true;
    Q_EMIT checking(m_attempt, m_policy.maxAttempts);
    setStep(tr("Checking the code (attempt %1 of %2)…").arg(m_attempt).arg(m_policy.maxAttempts));
    auto *job = m_client->verificationStep2(m_code, m_position);
    m_job = job;
    track(job);
    connect(job, &net::ApiJob::failed, this, [this, generation](const net::ApiError &error) {
        if (generation != m_generation || isFinished())
            return;
        m_attemptTimer.stop();
        onAttemptFailed(error);
    });
    connect(job, &net::ApiJob::succeeded, this, [this, generation, job] {
        if (generation != m_generation || isFinished())
            return;
        m_attemptTimer.stop();
        const std::optional<QString> &tokenId = job->value();
        if (!tokenId || tokenId->isEmpty()) { // the client refuses this already; never green without it
            ScanOutcome outcome = m_outcome;
            outcome.verdict = ScanVerdict::Refused;
            outcome.reason = ScanReason::ServiceError;
            outcome.message = inkan::tr("The service's answer did not name the NFT, so the code is not shown as verified. Try again.");
            return finishWith(outcome);
        }
        m_outcome.tokenId = *tokenId;
        fetchDetails();
    });
    m_attemptTimer.start(m_policy.attemptTimeoutMs);
}

void VerifyScan::onAttemptFailed(const net::ApiError &error)
{
    if (isFinished())
        return;
    const Error plain = error.toError();
    if (plain.isCancelled() && isCancelRequested())
        return;
    if (plain.isTransient()) {
        // A timeout or a lost connection may hide a step2 that went through.
        if (plain.cause == ErrorCause::Timeout || plain.cause == ErrorCause::Network)
            m_uncertain = true;
        if (m_attempt < m_policy.maxAttempts) {
            const int delay = m_policy.retryDelaysMs.isEmpty()
                                  ? 0
                                  : m_policy.retryDelaysMs.at(qMin<qsizetype>(m_attempt - 1, m_policy.retryDelaysMs.size() - 1));
            Q_EMIT retrying(m_attempt, delay, plain.message);
            const quint64 generation = m_generation;
            QTimer::singleShot(delay, this, [this, generation] {
                if (generation == m_generation && !isFinished())
                    sendAttempt();
            });
            return;
        }
        ScanOutcome outcome = m_outcome;
        outcome.verdict = ScanVerdict::Unchecked;
        outcome.reason = ScanReason::Unreachable;
        outcome.message = inkan::tr("The service could not be reached (attempts: %1), so the code was not checked. "
                                    "Check the network connection, then scan again.").arg(m_attempt);
        return finishWith(outcome);
    }
    ScanOutcome outcome = m_outcome;
    const auto [reason, sentence] = refusal(error);
    outcome.reason = reason;
    outcome.message = sentence;
    outcome.verdict = reason == ScanReason::SignInNeeded || reason == ScanReason::ServiceError ? ScanVerdict::Unchecked
                                                                                                : ScanVerdict::Refused;
    if (reason == ScanReason::AlreadyUsed && m_uncertain)
        outcome.message = inkan::tr("This code is already used, perhaps by this scanner's earlier attempt whose answer was lost. "
                                    "It is not shown as verified: ask the holder to show a new code.");
    finishWith(outcome);
}

void VerifyScan::fetchDetails()
{
    // Green is settled by step2; the details only fill in the verdict, and are skipped when
    // they do not come quickly or the NFT is private to the scanner.
    auto *job = m_client ? m_client->nft(m_outcome.tokenId) : nullptr;
    ScanOutcome verified = m_outcome;
    verified.verdict = ScanVerdict::Verified;
    verified.reason = ScanReason::None;
    verified.message = tr("Verified by the service.");
    if (!job)
        return finishWith(verified);
    track(job);
    const quint64 generation = ++m_generation;
    connect(job, &net::ApiJob::finished, this, [this, generation, job, verified]() mutable {
        if (generation != m_generation || isFinished())
            return;
        m_attemptTimer.stop();
        if (job->value())
            describe(verified, *job->value());
        else
            verified.message = tr("Verified by the service. The NFT's details are not visible to this scanner.");
        finishWith(verified);
    });
    disconnect(&m_attemptTimer, nullptr, this, nullptr);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this, verified]() mutable {
        ++m_generation;
        verified.message = tr("Verified by the service. The NFT's details did not arrive in time.");
        finishWith(verified);
    });
    m_attemptTimer.start(m_policy.detailsTimeoutMs);
}

void VerifyScan::finishWith(ScanOutcome outcome)
{
    m_attemptTimer.stop();
    outcome.time = QDateTime::currentDateTimeUtc();
    m_outcome = std::move(outcome);
    cancelJobs();
    succeed();
}

} // namespace inkan
