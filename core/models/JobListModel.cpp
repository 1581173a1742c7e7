// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "models/JobListModel.h"

namespace inkan::models {

JobListModel::JobListModel(QObject *parent) : QAbstractListModel(parent)
{
    qRegisterMetaType<net::ApiError>();
}

JobListModel::~JobListModel()
{
    abandonJob(); // no signal from a half-destroyed model
}

bool JobListModel::abandonJob()
{
    net::ApiJob *running = m_job.data();
    m_job.clear();
    if (!running)
        return false;
    // Cut loose first: cancel() may finish the job (and emit failed) right away.
    QObject::disconnect(running, nullptr, this, nullptr);
    if (!running->isFinished())
        running->cancel(); // the job deletes itself once it has settled
    return true;
}

bool JobListModel::cancelLoad()
{
    if (!abandonJob())
        return false;
    Q_EMIT loadingChanged(false);
    return true;
}

void JobListModel::fail(const net::ApiError &error)
{
    m_job.clear();
    m_error = error;
    Q_EMIT loadingChanged(false);
    Q_EMIT loadFailed(error);
}

} // namespace inkan::models
