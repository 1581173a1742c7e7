// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "Sandbox.h"
#include "Tr.h"

#include "Artwork.h"
#include "DemoSeeder.h"
#include "HttpServer.h"
#include "Router.h"
#include "Services.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QTcpServer>

#include <sys/stat.h>
#include <unistd.h>

namespace inkan::sandbox {

namespace {

QString hostForUrl(const QHostAddress &address)
{
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        return QStringLiteral("127.0.0.1");
    if (address == QHostAddress::AnyIPv6)
        return QStringLiteral("[::1]");
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return u'[' + address.toString() + u']';
    return address.toString();
}

} // namespace

Sandbox::Sandbox(SandboxOptions options, QObject *parent) : QObject(parent)
{
    m_state = std::make_unique<SandboxState>(std::move(options), m_worker);
    m_router = std::make_unique<Router>();
}

Sandbox::~Sandbox()
{
    stop();
}

Result<QString> Sandbox::start()
{
    const SandboxOptions &options = m_state->options();
    if (options.dataDir.isEmpty() || !QDir().mkpath(options.dataDir))
        return makeError(ErrorKind::Io, inkan::tr("Cannot create the data directory %1.").arg(options.dataDir));
    // The database holds custodial keys and signing secrets: the folder is the owner's alone.
    // A shared folder (sticky, like /tmp, or someone else's) is refused rather than chmodded.
    struct stat info {};
    if (::stat(QFile::encodeName(options.dataDir).constData(), &info) != 0)
        return makeError(ErrorKind::Io, inkan::tr("Cannot create the data directory %1.").arg(options.dataDir));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0 && ((info.st_mode & S_ISVTX) != 0 || info.st_uid != ::geteuid()))
        return makeError(ErrorKind::Io, inkan::tr("The data directory %1 is shared with other users; give the sandbox a "
                                                  "directory of its own (it keeps custodial keys there).").arg(options.dataDir));
    if (::chmod(QFile::encodeName(options.dataDir).constData(), S_IRWXU) != 0)
        return makeError(ErrorKind::Io, inkan::tr("Cannot make the data directory %1 private (mode 0700).").arg(options.dataDir));

    m_state->assets() = artwork::paintAll();
    Result<void> opened = m_worker.run([this] { return m_state->open(); }).result();
    if (!opened)
        return opened.error();
    m_open = true;

    registerWeb3ConnectAccountRoutes(*m_router);
    registerNftRoutes(*m_router);
    registerVerificationRoutes(*m_router);
    registerOidcRoutes(*m_router);
    registerCaptureRoutes(*m_router);
    registerNonceAuthRoutes(*m_router);
    registerPaktRoutes(*m_router);
    registerAssetRoutes(*m_router);
    if (options.testHooks)
        registerTestHookRoutes(*m_router);

    m_server = std::make_unique<HttpServer>(*m_router, *m_state, m_worker);
    if (Result<void> reader = m_state->openReader(); reader)
        m_server->setReadsHere(true); // else every request goes to the worker, as before
    else
        qWarning().noquote() << "read-only connection:" << reader.error().message;
    const quint16 port = m_server->listen(options.bindAddress, options.port);
    if (port == 0) {
        m_server.reset();
        return makeError(ErrorKind::Io, inkan::tr("Cannot listen on %1 port %2.")
                                            .arg(options.bindAddress.toString())
                                            .arg(options.port));
    }
    m_state->setBaseUrl(QStringLiteral("http://%1:%2").arg(hostForUrl(options.bindAddress)).arg(port));

    Result<void> prepared = m_worker.run([this]() -> Result<void> {
        try {
            if (m_state->options().demo) {
                m_state->db().begin();
                seedDemo(*m_state);
                if (m_state->options().demoNfts > 0)
                    seedDemoNfts(*m_state, m_state->options().demoNfts);
                m_state->db().commit();
                if (Result<void> written = writeDemoJson(*m_state); !written)
                    return written;
            }
            resumeImportBatches(*m_state);
        } catch (const std::exception &error) {
            m_state->db().rollback();
            return makeError(ErrorKind::Io, inkan::tr("Cannot seed the demo data: %1").arg(QString::fromUtf8(error.what())));
        }
        return {};
    }).result();
    if (!prepared)
        return prepared.error();
    return m_state->baseUrl();
}

void Sandbox::stop()
{
    if (m_server) {
        for (QTcpServer *listener : m_server->servers())
            listener->close();
    }
    // Queued background steps are dropped; running batches resume at the next start.
    const bool open = m_open;
    m_open = false;
    m_worker.stop([this, open] {
        if (open)
            m_state->close();
    });
    // Let answers already computed reach their sockets.
    QCoreApplication::processEvents();
    m_server.reset();
    m_state->closeReader();
}

} // namespace inkan::sandbox
