// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "jobs/BatchImportJob.h"
#include <QTimer>

namespace inkan::jobs {

BatchImportJob::BatchImportJob(services::web3connect::Web3ConnectClient *client, crypto::SecureBytes apiKeySecret,
                               QStringList emails, int pollIntervalMs, QObject *parent)
    : Command(parent), m_client(client), m_secret(std::move(apiKeySecret)), m_emails(std::move(emails)),
      m_intervalMs(std::max(1, pollIntervalMs)), m_maxPolls(std::max(10, 3600 * 1000 / m_intervalMs))
{
}

void BatchImportJob::run()
{
    if (!m_client)
        return fail(net::ApiError::cancelled());
    setStep(tr("Submitting %n e-mail(s)", nullptr, int(m_emails.size())));
    then<QString>(m_client->submitImportBatch(m_secret, m_emails), [this](const QString &batchId) {
        m_batchId = batchId;
        Q_EMIT submitted(m_batchId);
        setStep(tr("Waiting for the batch %1 to finish").arg(m_batchId));
        poll();
    });
}

void BatchImportJob::poll()
{
    if (isFinished() || !m_client)
        return;
    if (m_attempt >= m_maxPolls) {
        net::ApiError late = net::ApiError::timeout();
        late.userMessage = tr("The batch import %1 had not finished after %n check(s); it may still be running, "
                              "check it again later.", nullptr, m_attempt).arg(m_batchId);
        return fail(late);
    }
    ++m_attempt;
    then<services::web3connect::ImportBatchStatus>(m_client->checkImportBatch(m_secret, m_batchId),
                                                   [this](const services::web3connect::ImportBatchStatus &status) {
        Q_EMIT polled(m_attempt);
        if (status.done) {
            m_results = status.results;
            reportProgress(m_results.size(), m_emails.size());
            return succeed();
        }
        QTimer::singleShot(m_intervalMs, this, &BatchImportJob::poll);
    });
}

} // namespace inkan::jobs
