#include "services/SignInFlow.h"
#include "crypto/PersonalSign.h"
#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace inkan::services {

LocalKeySigner::LocalKeySigner(crypto::PrivateKey key)
    : m_key(std::make_shared<const crypto::PrivateKey>(std::move(key)))
{
    m_address = m_key->address();
}

QFuture<Result<QString>> LocalKeySigner::sign(const QByteArray &message)
{
    return QtConcurrent::run([key = m_key, message]() -> Result<QString> {
        return crypto::personal::sign(*key, message);
    });
}

SignInFlow::SignInFlow(QUrl serviceBaseUrl, QObject *parent)
    : QObject(parent), m_serviceBaseUrl(std::move(serviceBaseUrl))
{
}

SignInFlow::~SignInFlow()
{
    if (m_current)
        m_current->abort();
}

void SignInFlow::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(this, [this] {
        if (!m_finished)
            run();
    }, Qt::QueuedConnection);
}

void SignInFlow::cancel()
{
    if (m_finished)
        return;
    if (m_current)
        m_current->abort();
    fail(net::ApiError::cancelled());
}

void SignInFlow::signThen(std::shared_ptr<MessageSigner> signer, const QString &message, const SigningPolicy &policy,
                          std::function<void(const QString &)> next)
{
    const Result<SigningRequest> request = policy.evaluate(message, m_serviceBaseUrl, signer->address().toChecksummed());
    if (!request)
        return fail(net::ApiError::signatureRefused(request.error().message));
    if (!m_approver)
        return fail(net::ApiError::signatureRefused(tr("No one approved the signature, so nothing was signed.")));
    Q_EMIT stepChanged(tr("Waiting for your approval to sign"));
    QPointer<SignInFlow> self(this);
    m_approver(*request, [self, signer, message, next](bool approved) {
        if (!self || self->m_finished)
            return;
        if (!approved)
            return self->fail(net::ApiError::signatureRefused(tr("You refused to sign, so nothing was sent.")));
        Q_EMIT self->stepChanged(tr("Signing"));
        auto *watcher = new QFutureWatcher<Result<QString>>(self);
        QObject::connect(watcher, &QFutureWatcherBase::finished, self, [self, watcher, next] {
            watcher->deleteLater();
            const Result<QString> signature = watcher->result();
            if (!signature)
                return self->fail(net::ApiError::fromError(signature.error()));
            if (!self->m_finished)
                next(*signature);
        });
        watcher->setFuture(signer->sign(message.toUtf8()));
    });
}

void SignInFlow::succeed(SignInResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT succeeded();
    Q_EMIT finished();
}

void SignInFlow::fail(const net::ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT failed(error);
    Q_EMIT finished();
}

Result<SignInResult> awaitFlow(SignInFlow *flow)
{
    if (!flow->isFinished()) {
        QEventLoop loop;
        QObject::connect(flow, &SignInFlow::finished, &loop, &QEventLoop::quit);
        flow->start();
        loop.exec();
    }
    if (flow->error())
        return flow->error()->toError();
    return flow->result();
}

} // namespace inkan::services
