// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A real inkan-sandbox process for integration tests: started on --port 0 in its own temporary
// data directory (or a given one), ready once it prints "listening on …", killed at the end.
//
//   SandboxProcess sandbox({"--demo"});
//   QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
//   HttpProbe http(sandbox.baseUrl());
//   const QJsonObject demo = sandbox.demo(); // DIR/demo.json
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace inkan::test {

class SandboxProcess {
public:
    /// `arguments` come after --data DIR --port 0; `dataDir` empty means a fresh temporary one.
    explicit SandboxProcess(QStringList arguments = {}, QString dataDir = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /// Starts and waits for the "listening on" line. False with errorString() on failure.
    bool start(int timeoutMs = 60000);
    QUrl baseUrl() const { return m_baseUrl; }
    QString dataDir() const { return m_dataDir; }
    /// DIR/demo.json (empty unless started with --demo).
    QJsonObject demo() const;
    QString errorString() const { return m_error; }
    /// Everything the sandbox wrote to stderr so far (its request log).
    QByteArray log();

    /// SIGTERM and wait; the exit code (-1 when it did not exit in time).
    int terminate(int timeoutMs = 30000);
    /// SIGKILL and wait: a crash.
    void kill();
    bool isRunning() const;
    /// For sending other signals (SIGINT).
    qint64 processId() const { return m_process.processId(); }
    /// Waits for the process to end after a signal; its exit code (-1: crashed or still running).
    int waitForExit(int timeoutMs = 30000);

    /// The inkan-sandbox binary next to the other apps of this build.
    static QString binaryPath();

private:
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_dataDir;
    QStringList m_arguments;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_log;
};

} // namespace inkan::test
