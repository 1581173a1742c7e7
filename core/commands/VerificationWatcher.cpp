// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "commands/VerificationWatcher.h"

namespace inkan {

using services::web3connect::VerificationCode;

VerificationWatcher::VerificationWatcher(services::web3connect::Web3ConnectClient *client, QObject *parent)
    : Command(parent), m_client(client)
{
    m_pollTimer.setSingleShot(true);
    m_renewTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &VerificationWatcher::poll);
    connect(&m_renewTimer, &QTimer::timeout, this, &VerificationWatcher::requestCode);
    connect(this, &Command::finished, this, [this] {
        m_pollTimer.stop();
        m_renewTimer.stop();
    });
}

VerificationWatcher::VerificationWatcher(services::web3connect::Web3ConnectClient *client, QString tokenId,
                                         services::web3connect::Gps holderPosition, QObject *parent)
    : VerificationWatcher(client, parent)
{
    m_tokenId = std::move(tokenId);
    m_position = std::move(holderPosition);
}

VerificationWatcher *VerificationWatcher::forCode(services::web3connect::Web3ConnectClient *client, QString code,
                                                  qint64 waitMs, QObject *parent)
{
    auto *watcher = new VerificationWatcher(client, parent);
    watcher->m_code = std::move(code);
    watcher->m_renews = false;
    watcher->m_deadline = QDeadlineTimer(std::max<qint64>(0, waitMs));
    return watcher;
}

void VerificationWatcher::run()
{
    if (!m_client)
        return fail(net::ApiError::cancelled());
    if (m_renews)
        return requestCode();
    setStep(tr("Waiting for the code to be scanned"));
    poll();
}

void VerificationWatcher::requestCode()
{
    if (isFinished() || !m_client)
        return;
    setStep(tr("Requesting a verification code"));
    then<VerificationCode>(m_client->verificationStep1(m_tokenId, m_position), [this](const VerificationCode &started) {
        m_code = started.code;
        m_expiresAt = QDateTime::currentDateTimeUtc().addMSecs(m_timing.codeLifetimeMs);
        m_renewTimer.start(int(std::max<qint64>(0, m_timing.codeLifetimeMs - m_timing.renewBeforeMs)));
        Q_EMIT codeChanged(m_code, started.qrPng, m_expiresAt);
        setStep(tr("Waiting for the code to be scanned"));
        if (!m_pollTimer.isActive())
            m_pollTimer.start(m_timing.pollIntervalMs);
    });
}

void VerificationWatcher::poll()
{
    if (isFinished() || !m_client)
        return;
    const QString code = m_code;
    then<QString>(m_client->verificationResult(code), [this, code](const QString &tokenId) {
        if (!tokenId.isEmpty()) {
            m_verifiedTokenId = tokenId;
            return succeed();
        }
        if (!m_renews && m_deadline.hasExpired()) {
            net::ApiError late = net::ApiError::timeout();
            late.userMessage = tr("The code %1 has not been scanned yet.").arg(code);
            return fail(late);
        }
        m_pollTimer.start(m_timing.pollIntervalMs);
    }, [this, code](const net::ApiError &e) {
        // A result poll for a code just replaced by a renewal may say "expired": keep going.
        if (m_renews && code != m_code)
            return m_pollTimer.start(m_timing.pollIntervalMs);
        fail(e);
    });
}

} // namespace inkan
