// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// One sign-in for an account of any kind, for front ends that must not wait: fetches the
// account's client and (for the wallet-based services) the signing key, builds the flow for its
// kind, lets the caller watch it (steps, Cancel), and stores what it signed in with through
// ServiceHub::signIn. The GUI's sign-in dialog and the demo launcher share it.
#include "crypto/SecureBytes.h"
#include "services/SignInFlow.h"
#include "session/AccountStore.h"
#include <QFuture>
#include <QUrl>
#include <functional>
#include <optional>

namespace inkan::session {

class ServiceHub;

struct SignInCredentials {
    crypto::SecureBytes apiKeySecret;        // Web3Connect
    QString keyAddress;                      // nonce-auth, Capture by wallet, Pakt; empty: the only key
    bool captureByWallet = true;             // Capture: wallet, else e-mail + password
    QString email;                           // Capture by password
    crypto::SecureBytes password;            // Capture by password
    std::optional<crypto::SecureBytes> builderToken; // Pakt: else the one stored with the account
    QString firstName;                       // Pakt: a new account is onboarded with these and email
    QString lastName;
    QString oidcClientId;                    // OIDC: else the account's
    std::function<void(const QUrl &)> openUrl; // OIDC: opens the sign-in page (the system browser)
};

/// Makes the approver for a flow that will sign with `keyAddress` on behalf of `serviceBaseUrl`.
using ApproverFactory = std::function<services::SignatureApprover(const QUrl &serviceBaseUrl, const QString &keyAddress)>;

/// Signs `account` in. `started` gets the flow before it runs (connect stepChanged, keep it to
/// cancel); it is owned by the account's client. The account as saved, or why not.
QFuture<Result<Account>> startSignIn(ServiceHub &hub, const Account &account, SignInCredentials credentials,
                                     ApproverFactory approver, std::function<void(services::SignInFlow *)> started);

} // namespace inkan::session
