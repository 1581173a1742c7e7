// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// `inkan --demo`: a demo sandbox as a child process and a hub on its own data folder, so a
// user's real accounts are never touched or shown.
//
// start() runs `inkan-sandbox --demo` (next to the inkan executable, else on PATH) on a free
// loopback port with its data in <data dir>/demo/sandbox. Once it listens, prepare(hub) adds
// (first run) or re-points (later runs: the port changes) the demo's service accounts from
// demo.json, imports the demo holder's wallet key (wallets[0], password "demo", light scrypt)
// and signs every account in: Web3Connect with alice's API key secret, nonce-auth, Capture and
// Pakt with the demo wallet, approving only texts the demo server asks for. The child is
// stopped when the launcher is destroyed; a child that dies says so through sandboxStopped().
#include "session/ServiceHub.h"
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QUrl>

namespace inkan::ui {

class AppController;

class DemoLauncher : public QObject {
    Q_OBJECT
public:
    /// `dataDir`: the app's data folder; the demo lives in <dataDir>/demo.
    explicit DemoLauncher(QString dataDir, QObject *parent = nullptr);
    ~DemoLauncher() override;

    static QString demoDataDir(const QString &dataDir);
    /// The demo wallet's password (the demo's keys are public test keys).
    static QString demoPassword() { return QStringLiteral("demo"); }
    /// inkan-sandbox next to this executable, else the one on PATH (empty when none).
    static QString sandboxProgram();

    QString hubDataDir() const { return demoDataDir(m_dataDir); }
    QUrl baseUrl() const { return m_baseUrl; }
    QJsonObject demo() const { return m_demo; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }

    /// The options of a hub for the demo of `dataDir`: <dataDir>/demo, secrets in the file store.
    static session::ServiceHub::Options hubOptions(const QString &dataDir);
    /// Wires a launcher to `app` (whose hub uses hubOptions(dataDir)) and starts it: the demo
    /// accounts are prepared, then the window is shown; a failure or a stopped server shows a
    /// banner in the window. The launcher is a child of `app`.
    /// `sandboxArguments` go to the child after its own (`--demo-nfts N`).
    static DemoLauncher *launch(AppController &app, const QString &dataDir, const QString &program = {},
                                const QStringList &sandboxArguments = {});

    /// Another inkan-sandbox than sandboxProgram() (tests).
    void setProgram(const QString &program) { m_program = program; }
    /// More arguments for the child, e.g. {"--demo-nfts", "10000"} for a holder of 10,000 NFTs.
    void setSandboxArguments(const QStringList &arguments) { m_sandboxArguments = arguments; }

    /// Starts the child; sandboxReady() or failed() follows.
    void start();
    /// Sets up and signs in the demo accounts on `hub` (its data dir must be hubDataDir());
    /// prepared() or failed() follows.
    void prepare(session::ServiceHub &hub);

Q_SIGNALS:
    void sandboxReady(const QUrl &baseUrl);
    /// Each step, as a sentence (for a splash or the log).
    void stepChanged(const QString &step);
    void prepared();
    void failed(const QString &sentence);
    /// The child ended while the app ran.
    void sandboxStopped(const QString &sentence);

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void signInNext(session::ServiceHub &hub, QStringList accountIds);

    QString m_dataDir;
    QString m_program;
    QStringList m_sandboxArguments;
    QProcess m_process;
    QByteArray m_stdout;
    QUrl m_baseUrl;
    QJsonObject m_demo;
    QString m_organizationAccountId; // the demo museum's account, signed in with its own secret
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace inkan::ui
