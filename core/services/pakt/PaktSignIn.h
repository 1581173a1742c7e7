// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Pakt sign-in: request -> sign -> validate; a new account (HTTP 202) is onboarded with the
// names and e-mail the caller gave, or fails asking for them.
#include "services/SignInFlow.h"
#include "services/pakt/PaktClient.h"

namespace inkan::services::pakt {

struct OnboardingDetails {
    QString firstName;
    QString lastName;
    QString email;
};

class PaktSignIn : public SignInFlow {
    Q_OBJECT
public:
    PaktSignIn(PaktClient *client, std::shared_ptr<MessageSigner> signer,
               std::optional<OnboardingDetails> onboarding = std::nullopt, QObject *parent = nullptr);

    /// The app name the account signed in to before (kept in its settings): a challenge naming
    /// another app is refused. Empty on first use; the result's details then carry "appName".
    void setPinnedAppName(const QString &appName) { m_pinnedAppName = appName; }

protected:
    void run() override;

private:
    QPointer<PaktClient> m_client;
    std::shared_ptr<MessageSigner> m_signer;
    std::optional<OnboardingDetails> m_onboarding;
    QString m_pinnedAppName;
};

} // namespace inkan::services::pakt
