// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/pakt/PaktSignIn.h"

namespace inkan::services::pakt {

PaktSignIn::PaktSignIn(PaktClient *client, std::shared_ptr<MessageSigner> signer,
                       std::optional<OnboardingDetails> onboarding, QObject *parent)
    : SignInFlow(client->baseUrl(), parent), m_client(client), m_signer(std::move(signer)),
      m_onboarding(std::move(onboarding))
{
}

void PaktSignIn::run()
{
    const QString address = m_signer->address().toChecksummed();
    Q_EMIT stepChanged(tr("Requesting a message to sign"));
    then<SignRequest>(m_client->request(address), [this, address](const SignRequest &request) {
        const crypto::SecureBytes tempToken = request.tempToken.token;
        const QString appName = SigningPolicy::paktAppNameIn(request.message);
        signThen(m_signer, request.message, SigningPolicy::pakt(m_pinnedAppName), [this, address, tempToken, appName](const QString &signature) {
            Q_EMIT stepChanged(tr("Validating the signature"));
            then<Validation>(m_client->validate(signature, tempToken), [this, address, appName](const Validation &validation) {
                m_result.subject = validation.account.isEmpty() ? address : validation.account;
                m_result.details.insert(QStringLiteral("appName"), appName);
                m_result.keyAddress = address;
                if (!validation.needsOnboarding) {
                    m_result.token = validation.sessionToken;
                    m_result.details.insert(QStringLiteral("onboarded"), false);
                    return succeed(m_result);
                }
                if (!m_onboarding)
                    return fail(net::ApiError::fromError(makeError(ErrorKind::InvalidInput,
                        tr("This is a new Pakt account: give a first name, last name and e-mail to onboard it."))));
                Q_EMIT stepChanged(tr("Onboarding the new account"));
                then<Onboarded>(m_client->onboard(validation.tempToken.token, m_onboarding->firstName,
                                                  m_onboarding->lastName, m_onboarding->email),
                                [this](const Onboarded &onboarded) {
                                    m_result.token = onboarded.tempToken.token;
                                    m_result.email = m_onboarding->email;
                                    m_result.details.insert(QStringLiteral("onboarded"), true);
                                    m_result.details.insert(QStringLiteral("isVerified"), onboarded.isVerified);
                                    succeed(m_result);
                                });
            });
        });
    });
}

} // namespace inkan::services::pakt
