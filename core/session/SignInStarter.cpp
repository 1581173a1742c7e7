// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "SignInStarter.h"
#include "ContextThen.h"

#include "Tr.h"
#include "services/capture/CaptureSignIn.h"
#include "services/nonceauth/NonceAuthSignIn.h"
#include "services/oidc/OidcDesktopFlow.h"
#include "services/pakt/PaktSignIn.h"
#include "services/web3connect/Web3ConnectSignIn.h"
#include "session/ServiceHub.h"
#include "session/SessionManager.h"
#include <QPointer>
#include <QPromise>

namespace inkan::session {

namespace {

using Signer = std::shared_ptr<services::MessageSigner>;

struct Run {
    QPointer<ServiceHub> hub;
    Account account;
    SignInCredentials credentials;
    ApproverFactory approver;
    std::function<void(services::SignInFlow *)> started;
    std::shared_ptr<QPromise<Result<Account>>> promise = std::make_shared<QPromise<Result<Account>>>();

    void settle(Result<Account> value) const
    {
        promise->addResult(std::move(value));
        promise->finish();
    }

    void run(services::SignInFlow *flow, const QString &keyAddress) const
    {
        if (!hub)
            return settle(makeError(ErrorKind::Cancelled, QString()));
        if (approver)
            flow->setSignatureApprover(approver(account.baseUrl, keyAddress));
        if (started)
            started(flow);
        auto self = *this;
        thenOn(hub.data(), hub->signIn(account.id, flow), [self](Result<Account> saved) {
            if (saved && self.account.kind == ServiceKind::Pakt && self.credentials.builderToken && self.hub) {
                // The app's builder token is kept with the account once it worked.
                thenOn(self.hub.data(), self.hub->writeSecret(self.account.id, secret::builderToken, *self.credentials.builderToken), [self, saved](Result<Account>) { self.settle(saved); });
                return;
            }
            self.settle(std::move(saved));
        });
    }

    /// Gets the client, then the signer (when `needsSigner`), then runs make(client, signer).
    template <typename Client, typename Make>
    void withClient(QFuture<Result<Client *>> client, bool needsSigner, Make make) const
    {
        auto self = *this;
        thenOn(hub.data(), client, [self, needsSigner, make](Result<Client *> c) {
            if (!c)
                return self.settle(c.error());
            if (!self.hub)
                return self.settle(makeError(ErrorKind::Cancelled, QString()));
            Client *clientPtr = *c;
            QPointer<Client> guard(clientPtr);
            if (!needsSigner) {
                self.run(make(clientPtr, Signer()), QString());
                return;
            }
            thenOn(self.hub.data(), self.hub->signer(self.credentials.keyAddress), [self, guard, make](Result<Signer> signer) {
                if (!signer)
                    return self.settle(signer.error());
                if (!guard)
                    return self.settle(makeError(ErrorKind::Cancelled, QString()));
                const QString address = (*signer)->address().toChecksummed();
                self.run(make(guard.data(), *signer), address);
            });
        });
    }
};

} // namespace

QFuture<Result<Account>> startSignIn(ServiceHub &hub, const Account &account, SignInCredentials credentials,
                                     ApproverFactory approver, std::function<void(services::SignInFlow *)> started)
{
    Run run{&hub, account, std::move(credentials), std::move(approver), std::move(started)};
    run.promise->start();
    const QFuture<Result<Account>> future = run.promise->future();
    using Use = ServiceHub::Use;
    switch (account.kind) {
    case ServiceKind::Web3Connect: {
        if (run.credentials.apiKeySecret.isEmpty()) {
            run.settle(makeError(ErrorKind::InvalidInput, inkan::tr("Enter the API key secret from your Web3Connect dashboard.")));
            break;
        }
        const crypto::SecureBytes secret = run.credentials.apiKeySecret;
        run.withClient(hub.web3connect(account.id, Use::SigningIn), false, [secret](auto *client, Signer) -> services::SignInFlow * {
            return new services::web3connect::Web3ConnectSignIn(client, secret, client);
        });
        break;
    }
    case ServiceKind::NonceAuth:
        run.withClient(hub.nonceAuth(account.id, Use::SigningIn), true, [](auto *client, Signer signer) -> services::SignInFlow * {
            return new services::nonceauth::NonceAuthSignIn(client, signer, client);
        });
        break;
    case ServiceKind::Capture: {
        if (run.credentials.captureByWallet) {
            run.withClient(hub.capture(account.id, Use::SigningIn), true, [](auto *client, Signer signer) -> services::SignInFlow * {
                return services::capture::CaptureSignIn::withWallet(client, signer, client);
            });
        } else {
            if (run.credentials.email.isEmpty() || run.credentials.password.isEmpty()) {
                run.settle(makeError(ErrorKind::InvalidInput, inkan::tr("Enter your Capture e-mail address and password.")));
                break;
            }
            const QString email = run.credentials.email;
            const crypto::SecureBytes password = run.credentials.password;
            run.withClient(hub.capture(account.id, Use::SigningIn), false, [email, password](auto *client, Signer) -> services::SignInFlow * {
                return services::capture::CaptureSignIn::withPassword(client, email, password, client);
            });
        }
        break;
    }
    case ServiceKind::Pakt: {
        std::optional<services::pakt::OnboardingDetails> onboarding;
        if (!run.credentials.firstName.isEmpty() || !run.credentials.email.isEmpty())
            onboarding = services::pakt::OnboardingDetails{run.credentials.firstName, run.credentials.lastName, run.credentials.email};
        run.withClient(hub.pakt(account.id, run.credentials.builderToken), true, [onboarding](auto *client, Signer signer) -> services::SignInFlow * {
            return new services::pakt::PaktSignIn(client, signer, onboarding, client);
        });
        break;
    }
    case ServiceKind::Oidc: {
        services::oidc::OidcDesktopFlow::Options options;
        options.clientId = run.credentials.oidcClientId.isEmpty() ? account.clientId : run.credentials.oidcClientId;
        if (options.clientId.isEmpty()) {
            run.settle(makeError(ErrorKind::InvalidInput, inkan::tr("Enter the organization's client id to sign in with OIDC.")));
            break;
        }
        if (account.clientId != options.clientId) {
            Account updated = account;
            updated.clientId = options.clientId;
            if (Result<void> saved = hub.updateAccount(updated); !saved) {
                run.settle(saved.error());
                break;
            }
        }
        const auto openUrl = run.credentials.openUrl;
        run.withClient(hub.oidc(account.id), false, [options, openUrl](auto *client, Signer) -> services::SignInFlow * {
            auto *flow = new services::oidc::OidcDesktopFlow(client, options, client);
            if (openUrl)
                flow->setUrlHandler(openUrl);
            return flow;
        });
        break;
    }
    }
    return future;
}

} // namespace inkan::session
