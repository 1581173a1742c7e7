// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "DemoLauncher.h"
#include "session/AppSettings.h"
#include "dialogs/FutureResult.h"

#include "AppController.h"
#include "MainWindow.h"

#include "crypto/Keystore.h"
#include "crypto/Secp256k1.h"
#include "session/SignInStarter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QStandardPaths>

namespace inkan::ui {

using session::ServiceKind;

namespace {

struct DemoService {
    ServiceKind kind;
    const char *serviceKey; // in demo.json's "services"
    const char *name;
    bool organization = false; // signs in with the demo organization's secret
};

const DemoService kDemoServices[] = {
    {ServiceKind::Web3Connect, "web3connect", "Demo Web3Connect (alice)"},
    {ServiceKind::NonceAuth, "nonceauth", "Demo nonce-auth"},
    {ServiceKind::Capture, "capture", "Demo Capture"},
    {ServiceKind::Pakt, "pakt", "Demo Pakt"},
    // The organization pages: the demo museum (domain verified), last so alice stays current.
    {ServiceKind::Web3Connect, "web3connect", "Demo Web3Connect (museum)", true},
};

crypto::SecureBytes secureFrom(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    return crypto::SecureBytes::takeFrom(bytes);
}

} // namespace

DemoLauncher::DemoLauncher(QString dataDir, QObject *parent) : QObject(parent), m_dataDir(std::move(dataDir))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoLauncher::onOutput);
    connect(&m_process, &QProcess::finished, this, &DemoLauncher::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("The demo server %1 could not be started: %2. Build it with \"make build\".")
                              .arg(m_process.program(), m_process.errorString()));
    });
}

DemoLauncher::~DemoLauncher()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_stopping = true;
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
        m_process.waitForFinished(2'000);
    }
}

QString DemoLauncher::demoDataDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("demo"));
}

QString DemoLauncher::sandboxProgram()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("inkan-sandbox"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("inkan-sandbox"));
}

session::ServiceHub::Options DemoLauncher::hubOptions(const QString &dataDir)
{
    session::ServiceHub::Options options;
    options.dataDir = demoDataDir(dataDir);
    // The demo's secrets never go to the user's keychain.
    options.secrets.preferred = QStringLiteral("file");
    return options;
}

DemoLauncher *DemoLauncher::launch(AppController &app, const QString &dataDir, const QString &program,
                                   const QStringList &sandboxArguments)
{
    auto *launcher = new DemoLauncher(dataDir, &app);
    launcher->setProgram(program);
    launcher->setSandboxArguments(sandboxArguments);
    app.setFixedPassword(demoPassword());
    MainWindow *window = &app.window();
    connect(launcher, &DemoLauncher::sandboxReady, &app, [launcher, &app] { launcher->prepare(app.hub()); });
    connect(launcher, &DemoLauncher::prepared, &app, [&app] { app.show(); });
    connect(launcher, &DemoLauncher::failed, &app, [window, &app](const QString &sentence) {
        window->showBanner(sentence);
        app.show();
    });
    connect(launcher, &DemoLauncher::sandboxStopped, window, &MainWindow::showBanner);
    launcher->start();
    return launcher;
}

void DemoLauncher::start()
{
    const QString program = m_program.isEmpty() ? sandboxProgram() : m_program;
    if (program.isEmpty()) {
        Q_EMIT failed(tr("The demo needs inkan-sandbox beside inkan or on PATH. Build it with \"make build\"."));
        return;
    }
    const QString sandboxDir = QDir(hubDataDir()).filePath(QStringLiteral("sandbox"));
    if (!QDir().mkpath(sandboxDir)) {
        Q_EMIT failed(tr("Cannot create the demo folder %1.").arg(QDir::toNativeSeparators(sandboxDir)));
        return;
    }
    Q_EMIT stepChanged(tr("Starting the demo server"));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The request log is not shown; the first stdout line says where it listens.
    m_process.setStandardErrorFile(QDir(sandboxDir).filePath(QStringLiteral("sandbox.log")));
    m_process.start(program, QStringList{QStringLiteral("--data"), sandboxDir, QStringLiteral("--port"), QStringLiteral("0"),
                                         QStringLiteral("--demo")}
                                 + m_sandboxArguments);
}

void DemoLauncher::onOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    if (m_ready)
        return m_stdout.clear();
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    const QByteArray line = m_stdout.left(newline).trimmed();
    m_stdout.clear();
    const QByteArray prefix = "listening on ";
    if (!line.startsWith(prefix)) {
        Q_EMIT failed(tr("The demo server said something unexpected (%1). See %2.")
                          .arg(QString::fromUtf8(line), QDir(hubDataDir()).filePath(QStringLiteral("sandbox/sandbox.log"))));
        return;
    }
    m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    QFile file(QDir(hubDataDir()).filePath(QStringLiteral("sandbox/demo.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(tr("The demo server wrote no demo.json (%1).").arg(file.errorString()));
        return;
    }
    m_demo = QJsonDocument::fromJson(file.readAll()).object();
    m_ready = true;
    Q_EMIT sandboxReady(m_baseUrl);
}

void DemoLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    const QString sentence = status == QProcess::CrashExit
        ? tr("The demo server stopped unexpectedly; the demo services no longer answer. Restart inkan --demo.")
        : tr("The demo server exited (status %1); the demo services no longer answer. Restart inkan --demo.").arg(exitCode);
    if (!m_ready)
        Q_EMIT failed(sentence);
    else
        Q_EMIT sandboxStopped(sentence);
}

void DemoLauncher::prepare(session::ServiceHub &hub)
{
    const QJsonObject services = m_demo.value(QStringLiteral("services")).toObject();
    QStringList accountIds;
    for (const DemoService &service : kDemoServices) {
        // The names are the demo's data, the same in every language: a later run in another
        // language finds the same accounts.
        const QString name = QString::fromLatin1(service.name);
        const QUrl url(services.value(QString::fromLatin1(service.serviceKey)).toString());
        if (auto existing = hub.accounts().find(name)) {
            // A later run: the demo server listens on another port.
            if (existing->baseUrl != url) {
                existing->baseUrl = url;
                if (Result<void> updated = hub.updateAccount(*existing); !updated)
                    return Q_EMIT failed(updated.error().message);
            }
            accountIds << existing->id;
            if (service.organization)
                m_organizationAccountId = existing->id;
            continue;
        }
        Result<session::Account> added = hub.addAccount(service.kind, url, name);
        if (!added)
            return Q_EMIT failed(added.error().message);
        accountIds << added->id;
        if (service.organization)
            m_organizationAccountId = added->id;
    }

    // The holder and the scanner stand at the demo museum, so its codes verify at once; a
    // position the user set in the demo folder stays.
    const QJsonObject venue = m_demo.value(QStringLiteral("venue")).toObject();
    bool latOk = false, lonOk = false;
    const session::GeoPosition place{venue.value(QStringLiteral("latitude")).toString().toDouble(&latOk),
                                     venue.value(QStringLiteral("longitude")).toString().toDouble(&lonOk)};
    session::AppSettings settings(hub.dataDir());
    if (latOk && lonOk && !settings.holderPosition())
        (void)settings.setHolderPosition(place);
    if (latOk && lonOk && !settings.venuePosition())
        (void)settings.setVenuePosition(place);

    const QString privateKey = m_demo.value(QStringLiteral("wallets")).toArray().at(0).toObject().value(QStringLiteral("private_key")).toString();
    QPointer<session::ServiceHub> guard(&hub);
    onResult(this, hub.wallet().list(), [this, guard, privateKey, accountIds](Result<QList<crypto::WalletKey>> keys) {
        if (!guard)
            return;
        if (keys && !keys->isEmpty())
            return signInNext(*guard, accountIds);
        Q_EMIT stepChanged(tr("Importing the demo wallet key"));
        QByteArray hex = QByteArray::fromHex(privateKey.mid(2).toLatin1());
        Result<crypto::PrivateKey> key = crypto::PrivateKey::fromBytes(crypto::SecureBytes::takeFrom(hex));
        if (!key)
            return Q_EMIT failed(key.error().message);
        onResult(this, guard->wallet().importPrivateKey(std::move(*key), secureFrom(demoPassword()), crypto::keystore::Strength::Light),
                 [this, guard, accountIds](Result<crypto::WalletKey> imported) {
                if (!imported)
                    return Q_EMIT failed(imported.error().message);
                if (guard)
                    signInNext(*guard, accountIds);
            });
    });
}

void DemoLauncher::signInNext(session::ServiceHub &hub, QStringList accountIds)
{
    if (accountIds.isEmpty())
        return Q_EMIT prepared();
    const auto account = hub.accounts().find(accountIds.takeFirst());
    if (!account)
        return Q_EMIT failed(tr("A demo account vanished while it was being set up."));
    if (account->isSignedIn())
        return signInNext(hub, accountIds);
    Q_EMIT stepChanged(tr("Signing in to %1").arg(account->name));
    session::SignInCredentials credentials;
    if (account->kind == ServiceKind::Web3Connect) {
        const bool organization = account->id == m_organizationAccountId;
        const QJsonObject who = organization ? m_demo.value(QStringLiteral("organization")).toObject()
                                             : m_demo.value(QStringLiteral("end_users")).toArray().at(0).toObject();
        credentials.apiKeySecret = secureFrom(who.value(QStringLiteral("api_key_secret")).toString());
    }
    if (account->kind == ServiceKind::Pakt) {
        // The demo holder is onboarded on first sign-in with the demo's own names.
        const QJsonObject alice = m_demo.value(QStringLiteral("end_users")).toArray().at(0).toObject();
        credentials.firstName = QStringLiteral("Alice");
        credentials.lastName = QStringLiteral("Demo");
        credentials.email = alice.value(QStringLiteral("email")).toString();
    }
    if (account->kind == ServiceKind::Pakt)
        credentials.builderToken = secureFrom(m_demo.value(QStringLiteral("pakt")).toObject().value(QStringLiteral("builder_token")).toString());
    const QUrl demoBase = m_baseUrl;
    // Only the demo server's own texts are signed without asking: the account must be on the
    // demo server and the text must pass the flow's strict grammar (SigningPolicy).
    const session::ApproverFactory approver = [demoBase](const QUrl &serviceBaseUrl, const QString &) -> services::SignatureApprover {
        return [demoBase, serviceBaseUrl](const services::SigningRequest &request, std::function<void(bool)> answer) {
            const bool demoServer = serviceBaseUrl.host() == demoBase.host() && serviceBaseUrl.port() == demoBase.port();
            // Like inkan-cli's --yes: only a text in the form the flow's sign-in uses.
            answer(demoServer && request.matchesGrammar);
        };
    };
    QPointer<session::ServiceHub> guard(&hub);
    onResult(this, session::startSignIn(hub, *account, std::move(credentials), approver, {}), [this, guard, accountIds, name = account->name](Result<session::Account> saved) {
            if (!saved)
                return Q_EMIT failed(tr("The demo could not sign in to %1: %2").arg(name, saved.error().message));
            if (guard)
                signInNext(*guard, accountIds);
        });
}

} // namespace inkan::ui
