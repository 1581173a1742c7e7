// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Batch import by e-mail, as a command: submit, poll until done, report per e-mail.
#include "commands/Command.h"
#include "services/web3connect/Web3ConnectClient.h"
#include <QPointer>

namespace inkan::jobs {

class BatchImportJob : public Command {
    Q_OBJECT
public:
    BatchImportJob(services::web3connect::Web3ConnectClient *client, crypto::SecureBytes apiKeySecret,
                   QStringList emails, int pollIntervalMs = 1000, QObject *parent = nullptr);
    /// Polls at most this many times (default: an hour's worth at the interval, at least 10);
    /// then the job fails with Cause::Timeout naming the batch id, which can be checked later.
    void setMaxPolls(int maxPolls) { m_maxPolls = std::max(1, maxPolls); }
    QString batchId() const { return m_batchId; }
    const QList<services::web3connect::ImportedAccount> &results() const { return m_results; }

Q_SIGNALS:
    void submitted(const QString &batchId);
    void polled(int attempt);

protected:
    void run() override;

private:
    void poll();

    QPointer<services::web3connect::Web3ConnectClient> m_client;
    crypto::SecureBytes m_secret;
    QStringList m_emails;
    int m_intervalMs;
    int m_maxPolls;
    int m_attempt = 0;
    QString m_batchId;
    QList<services::web3connect::ImportedAccount> m_results;
};

} // namespace inkan::jobs
