// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/SignInFlow.h"
#include "crypto/PersonalSign.h"
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
    : Command(parent), m_serviceBaseUrl(std::move(serviceBaseUrl))
{
}

void SignInFlow::signThen(std::shared_ptr<MessageSigner> signer, const QString &message, const SigningPolicy &policy,
                          std::function<void(const QString &)> next)
{
    const Result<SigningRequest> request = policy.evaluate(message, m_serviceBaseUrl, signer->address().toChecksummed());
    if (!request)
        return fail(net::ApiError::signatureRefused(request.error().message));
    if (!m_approver)
        return fail(net::ApiError::signatureRefused(tr("No one approved the signature, so nothing was signed.")));
    setStep(tr("Waiting for your approval to sign"));
    QPointer<SignInFlow> self(this);
    m_approver(*request, [self, signer, message, next](bool approved) {
        if (!self || self->isFinished())
            return;
        if (!approved)
            return self->fail(net::ApiError::signatureRefused(tr("You refused to sign, so nothing was sent.")));
        self->setStep(tr("Signing"));
        self->whenReady<Result<QString>>(signer->sign(message.toUtf8()), [self, next](const Result<QString> &signature) {
            if (!signature)
                return self->fail(net::ApiError::fromError(signature.error()));
            next(*signature);
        });
    });
}

void SignInFlow::succeed(SignInResult result)
{
    if (isFinished())
        return;
    m_result = std::move(result);
    Command::succeed();
}

} // namespace inkan::services
