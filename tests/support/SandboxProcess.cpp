// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>

namespace inkan::test {

SandboxProcess::SandboxProcess(QStringList arguments, QString dataDir)
    : m_dataDir(std::move(dataDir)), m_arguments(std::move(arguments))
{
    if (m_dataDir.isEmpty()) {
        m_temporary = std::make_unique<QTemporaryDir>();
        m_dataDir = m_temporary->path();
    }
}

SandboxProcess::~SandboxProcess()
{
    kill();
}

QString SandboxProcess::binaryPath()
{
    return QStringLiteral(INKAN_BIN_DIR "/inkan-sandbox");
}

bool SandboxProcess::start(int timeoutMs)
{
    m_process.setProgram(binaryPath());
    m_process.setArguments(QStringList{QStringLiteral("--data"), m_dataDir, QStringLiteral("--port"), QStringLiteral("0")}
                           + m_arguments);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binaryPath(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("no \"listening on\" line; stderr: %1")
                          .arg(QString::fromUtf8(log()));
            return false;
        }
        m_process.waitForReadyRead(100);
    }
    const QByteArray line = m_process.readLine().trimmed();
    const QByteArray prefix = "listening on ";
    if (!line.startsWith(prefix)) {
        m_error = QStringLiteral("unexpected first line: %1").arg(QString::fromUtf8(line));
        return false;
    }
    m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    return m_baseUrl.isValid();
}

QJsonObject SandboxProcess::demo() const
{
    QFile file(m_dataDir + QStringLiteral("/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray SandboxProcess::log()
{
    // The sandbox writes its request log in batches (at most 20 ms late): read until it has been
    // quiet for a while, so a request just answered is in the log.
    const QProcess::ProcessChannel channel = m_process.readChannel();
    m_process.setReadChannel(QProcess::StandardError);
    m_log += m_process.readAllStandardError();
    while (m_process.state() == QProcess::Running && m_process.waitForReadyRead(250))
        m_log += m_process.readAllStandardError();
    m_process.setReadChannel(channel);
    return m_log;
}

int SandboxProcess::terminate(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    log();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(30000);
    log();
}

int SandboxProcess::waitForExit(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs))
        return -1;
    log();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

} // namespace inkan::test
