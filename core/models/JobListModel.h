// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// The base of the list models that fill themselves from network jobs (NftModel,
// NftHistoryModel, BalancesModel): one job in flight at a time; a new one, cancelLoad() and
// the destructor cancel it (ApiJob::cancel) and cut it loose first, so none of its signals
// reaches the model and a cancelled load is never reported as a failure. Every connection to
// a job has the model as its context object. Nothing blocks.
#include "net/ApiJob.h"
#include <QAbstractListModel>
#include <QPointer>
#include <optional>

namespace inkan::models {

class JobListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    ~JobListModel() override;

    /// A job of this model is in flight.
    bool isLoading() const { return m_job != nullptr; }
    /// The failure of the last job, until the next one starts or the model is cleared.
    const std::optional<net::ApiError> &lastError() const { return m_error; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A job's result is in the model.
    void loaded();
    /// A job failed (not emitted for a job that was cancelled).
    void loadFailed(const inkan::net::ApiError &error);

protected:
    explicit JobListModel(QObject *parent = nullptr);

    /// Cancels the job in flight, then makes `job` the one: on success, `onValue(const T &)`
    /// (isLoading() is already false in it), loadingChanged(false) unless onValue started another
    /// job, loaded(); on failure, lastError(), loadingChanged(false), loadFailed().
    template <typename Job, typename OnValue>
    void startJob(Job *job, OnValue onValue)
    {
        cancelLoad();
        m_error.reset();
        QObject::connect(job, &net::ApiJob::succeeded, this, [this, job, onValue] {
            if (m_job != job)
                return;
            m_job.clear();
            onValue(*job->value());
            if (!m_job) // a view may have started the next job from rowsInserted
                Q_EMIT loadingChanged(false);
            Q_EMIT loaded();
        });
        QObject::connect(job, &net::ApiJob::failed, this, [this, job](const net::ApiError &error) {
            if (m_job == job)
                fail(error);
        });
        m_job = job;
        Q_EMIT loadingChanged(true);
    }
    /// Cancels the job in flight, silently but for loadingChanged(false). True when there was one.
    bool cancelLoad();
    void clearError() { m_error.reset(); }

private:
    bool abandonJob();
    void fail(const net::ApiError &error);

    QPointer<net::ApiJob> m_job;
    std::optional<net::ApiError> m_error;
};

} // namespace inkan::models
