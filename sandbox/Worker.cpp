// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Worker.h"

namespace inkan::sandbox {

Worker::Worker()
{
    m_thread.setObjectName(QStringLiteral("inkan-sandbox-worker"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

Worker::~Worker()
{
    stop({});
}

void Worker::post(std::function<void()> job)
{
    if (m_stopping)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            if (!m_stopping)
                job();
        },
        Qt::QueuedConnection);
}

void Worker::stop(std::function<void()> last)
{
    if (!m_thread.isRunning())
        return;
    m_stopping = true;
    QMetaObject::invokeMethod(
        m_context,
        [this, last = std::move(last)] {
            if (last)
                last();
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

} // namespace inkan::sandbox
