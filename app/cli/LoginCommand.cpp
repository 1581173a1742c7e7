// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
// inkan-cli login web3connect|capture|nonceauth|pakt|oidc, and logout. A sign-in is stored
// only when it succeeded: secrets first, then the account.
#include "ServiceSupport.h"
#include "Tr.h"
#include "services/capture/CaptureSignIn.h"
#include "services/nonceauth/NonceAuthSignIn.h"
#include "services/oidc/OidcDesktopFlow.h"
#include "services/pakt/PaktSignIn.h"
#include "services/web3connect/Web3ConnectSignIn.h"
#include <QFile>
#include <QJsonArray>

namespace inkan::cli {

using session::Account;
using session::ServiceKind;

namespace {

const QString kWeb3 = QStringLiteral("inkan-cli [--json] login web3connect [--account NAME] [--api-key-secret-file FILE]");
const QString kCapture = QStringLiteral("inkan-cli [--json] login capture [--account NAME] (--email EMAIL [--capture-password-file FILE] | --wallet [--key ADDRESS] [--yes])");
const QString kNonce = QStringLiteral("inkan-cli [--json] login nonceauth [--account NAME] [--key ADDRESS] [--yes]");
const QString kPakt = QStringLiteral("inkan-cli [--json] login pakt [--account NAME] [--key ADDRESS] [--builder-token-file FILE] [--first-name F --last-name L --email E] [--yes]");
const QString kOidc = QStringLiteral("inkan-cli [--json] login oidc [--account NAME] [--client-id ID] [--implicit] [--fragment] [--timeout SECONDS]");
const QString kLogout = QStringLiteral("inkan-cli [--json] logout [--account NAME]");

/// A secret from FILE (first line), else an environment variable, else stdin / the terminal.
Result<crypto::SecureBytes> secretInput(Context &ctx, const Arguments &args, const QString &fileOption,
                                        const char *environment, const QString &prompt)
{
    if (args.has(fileOption))
        return ctx.readPasswordFile(args.value(fileOption));
    QByteArray fromEnvironment = qgetenv(environment);
    if (!fromEnvironment.isEmpty())
        return crypto::SecureBytes::takeFrom(fromEnvironment);
    return ctx.readSecretFromStdin(prompt);
}

int finishSignIn(Context &ctx, ServiceSession &svc, const Account &account, services::SignInFlow *flow)
{
    QObject::connect(flow, &services::SignInFlow::stepChanged, flow, [&ctx](const QString &step) {
        if (!ctx.json) {
            ctx.err() << step << QStringLiteral("…\n");
            ctx.err().flush();
        }
    });
    auto saved = waitFor(svc.hub().signIn(account.id, flow));
    if (!saved)
        return ctx.fail(saved.error());
    QJsonObject json{{QStringLiteral("account"), saved->name},
                     {QStringLiteral("subject"), saved->subject},
                     {QStringLiteral("role"), saved->role},
                     {QStringLiteral("details"), flow->result().details}};
    QString text = inkan::tr("Signed in to %1 as %2.").arg(saved->name, saved->subject);
    if (!saved->role.isEmpty())
        text += QLatin1Char(' ') + inkan::tr("Role: %1.").arg(saved->role);
    return ctx.succeed(text, json);
}

int loginWeb3(Context &ctx, const QStringList &raw)
{
    auto args = parseArguments(raw, serviceFlags({}), serviceValueOptions({QStringLiteral("api-key-secret-file")}));
    if (!args || !args->positional.isEmpty())
        return ctx.usage(args ? inkan::tr("Unexpected argument.") : args.error().message, kWeb3);
    ServiceSession svc(ctx);
    auto account = svc.account(*args, ServiceKind::Web3Connect);
    if (!account)
        return ctx.fail(account.error());
    auto secret = secretInput(ctx, *args, QStringLiteral("api-key-secret-file"), "INKAN_API_KEY_SECRET", inkan::tr("API key secret: "));
    if (!secret)
        return ctx.fail(secret.error());
    auto client = svc.web3connect(*account, false);
    if (!client)
        return ctx.fail(client.error());
    auto *flow = new services::web3connect::Web3ConnectSignIn(*client, *secret, *client);
    return finishSignIn(ctx, svc, *account, flow);
}

int loginCapture(Context &ctx, const QStringList &raw)
{
    auto args = parseArguments(raw, serviceFlags({QStringLiteral("wallet")}),
                               serviceValueOptions({QStringLiteral("email"), QStringLiteral("capture-password-file")}));
    if (!args || !args->positional.isEmpty() || args->has(QStringLiteral("wallet")) == args->has(QStringLiteral("email")))
        return ctx.usage(args ? inkan::tr("Give either --email or --wallet.") : args.error().message, kCapture);
    ServiceSession svc(ctx);
    auto account = svc.account(*args, ServiceKind::Capture);
    if (!account)
        return ctx.fail(account.error());
    auto client = waitFor(svc.hub().capture(account->id, session::ServiceHub::Use::SigningIn));
    if (!client)
        return ctx.fail(client.error());
    services::capture::CaptureSignIn *flow = nullptr;
    if (args->has(QStringLiteral("email"))) {
        auto password = secretInput(ctx, *args, QStringLiteral("capture-password-file"), "INKAN_CAPTURE_PASSWORD", inkan::tr("Capture password: "));
        if (!password)
            return ctx.fail(password.error());
        flow = services::capture::CaptureSignIn::withPassword(*client, args->value(QStringLiteral("email")), *password, *client);
    } else {
        auto signer = svc.signer(*args, *account);
        if (!signer)
            return ctx.fail(signer.error());
        flow = services::capture::CaptureSignIn::withWallet(*client, *signer, *client);
        flow->setSignatureApprover(svc.approver(*args));
    }
    return finishSignIn(ctx, svc, *account, flow);
}

int loginNonce(Context &ctx, const QStringList &raw)
{
    auto args = parseArguments(raw, serviceFlags({}), serviceValueOptions({}));
    if (!args || !args->positional.isEmpty())
        return ctx.usage(args ? inkan::tr("Unexpected argument.") : args.error().message, kNonce);
    ServiceSession svc(ctx);
    auto account = svc.account(*args, ServiceKind::NonceAuth);
    if (!account)
        return ctx.fail(account.error());
    auto signer = svc.signer(*args, *account);
    if (!signer)
        return ctx.fail(signer.error());
    auto client = waitFor(svc.hub().nonceAuth(account->id, session::ServiceHub::Use::SigningIn));
    if (!client)
        return ctx.fail(client.error());
    auto *flow = new services::nonceauth::NonceAuthSignIn(*client, *signer, *client);
    flow->setSignatureApprover(svc.approver(*args));
    return finishSignIn(ctx, svc, *account, flow);
}

int loginPakt(Context &ctx, const QStringList &raw)
{
    auto args = parseArguments(raw, serviceFlags({}),
                               serviceValueOptions({QStringLiteral("builder-token-file"), QStringLiteral("first-name"),
                                                    QStringLiteral("last-name"), QStringLiteral("email")}));
    if (!args || !args->positional.isEmpty())
        return ctx.usage(args ? inkan::tr("Unexpected argument.") : args.error().message, kPakt);
    ServiceSession svc(ctx);
    auto account = svc.account(*args, ServiceKind::Pakt);
    if (!account)
        return ctx.fail(account.error());
    // The builder token is the app's key from Pakt: asked for once, then kept with the account.
    Result<crypto::SecureBytes> builder = makeError(ErrorKind::NotFound, QString());
    if (args->has(QStringLiteral("builder-token-file")) || !qEnvironmentVariableIsEmpty("INKAN_PAKT_BUILDER_TOKEN"))
        builder = secretInput(ctx, *args, QStringLiteral("builder-token-file"), "INKAN_PAKT_BUILDER_TOKEN", QString());
    else
        builder = svc.secret(*account, session::secret::builderToken);
    if (!builder && builder.error().kind == ErrorKind::NotFound)
        builder = secretInput(ctx, *args, QStringLiteral("builder-token-file"), "INKAN_PAKT_BUILDER_TOKEN", inkan::tr("Pakt builder token: "));
    if (!builder)
        return ctx.fail(builder.error());
    auto signer = svc.signer(*args, *account);
    if (!signer)
        return ctx.fail(signer.error());
    std::optional<services::pakt::OnboardingDetails> onboarding;
    if (args->has(QStringLiteral("first-name")) || args->has(QStringLiteral("email")))
        onboarding = services::pakt::OnboardingDetails{args->value(QStringLiteral("first-name")),
                                                       args->value(QStringLiteral("last-name")),
                                                       args->value(QStringLiteral("email"))};
    auto client = waitFor(svc.hub().pakt(account->id, *builder));
    if (!client)
        return ctx.fail(client.error());
    auto *flow = new services::pakt::PaktSignIn(*client, *signer, onboarding, *client);
    flow->setPinnedAppName(account->paktAppName);
    flow->setSignatureApprover(svc.approver(*args));
    const int code = finishSignIn(ctx, svc, *account, flow);
    if (code == ExitOk) {
        if (auto kept = waitFor(svc.hub().writeSecret(account->id, session::secret::builderToken, *builder)); !kept)
            return ctx.fail(kept.error());
    }
    return code;
}

int loginOidc(Context &ctx, const QStringList &raw)
{
    auto args = parseArguments(raw, serviceFlags({QStringLiteral("implicit"), QStringLiteral("fragment")}),
                               serviceValueOptions({QStringLiteral("client-id"), QStringLiteral("timeout")}));
    if (!args || !args->positional.isEmpty())
        return ctx.usage(args ? inkan::tr("Unexpected argument.") : args.error().message, kOidc);
    ServiceSession svc(ctx);
    auto account = svc.account(*args, ServiceKind::Oidc);
    if (!account)
        return ctx.fail(account.error());
    const QString clientId = args->value(QStringLiteral("client-id"), account->clientId);
    if (clientId.isEmpty())
        return ctx.usage(inkan::tr("OIDC needs the organization's client id: --client-id ID (or service add … --client-id)."), kOidc);
    services::oidc::OidcDesktopFlow::Options options;
    options.clientId = clientId;
    options.implicit = args->has(QStringLiteral("implicit"));
    options.responseMode = args->has(QStringLiteral("fragment")) ? services::oidc::ResponseMode::Fragment
                                                                 : services::oidc::ResponseMode::FormPost;
    options.timeoutSeconds = args->value(QStringLiteral("timeout"), QStringLiteral("300")).toInt();
    if (account->clientId != clientId) {
        account->clientId = clientId;
        if (auto updated = svc.hub().updateAccount(*account); !updated)
            return ctx.fail(updated.error());
    }
    auto client = waitFor(svc.hub().oidc(account->id));
    if (!client)
        return ctx.fail(client.error());
    auto *flow = new services::oidc::OidcDesktopFlow(*client, options, *client);
    // A terminal program has no window to open a browser from: the user (or a script with
    // --print-url) gets the address, and the loopback listener waits for the answer.
    flow->setUrlHandler([&ctx](const QUrl &url) {
        ctx.err() << inkan::tr("Open this address in a browser to sign in:") << '\n' << url.toString(QUrl::FullyEncoded) << '\n';
        ctx.err().flush();
    });
    return finishSignIn(ctx, svc, *account, flow);
}

} // namespace

int runLogin(Context &ctx, const QStringList &args)
{
    return dispatch(ctx, QStringLiteral("login"), args,
                    {{"web3connect", loginWeb3},
                     {"capture", loginCapture},
                     {"nonceauth", loginNonce},
                     {"pakt", loginPakt},
                     {"oidc", loginOidc}},
                    helpText(loginHelp()));
}

int runLogout(Context &ctx, const QStringList &raw)
{
    auto args = parseArguments(raw, {}, {QStringLiteral("account")});
    if (!args || !args->positional.isEmpty())
        return ctx.usage(args ? inkan::tr("Unexpected argument.") : args.error().message, kLogout);
    ServiceSession svc(ctx);
    auto account = svc.account(*args);
    if (!account)
        return ctx.fail(account.error());
    auto signedOut = waitFor(svc.hub().signOut(account->id));
    if (!signedOut)
        return ctx.fail(signedOut.error());
    return ctx.succeed(inkan::tr("Signed out of %1; its token is forgotten.").arg(account->name),
                       QJsonObject{{QStringLiteral("account"), account->name}, {QStringLiteral("signed_in"), false}});
}

man::CommandGroup loginHelp()
{
    return {inkan::tr("Sign-in:"),
            {
                {kWeb3,
                 inkan::tr("Signs in to Web3Connect as an organization with its API key secret (from the file, else INKAN_API_KEY_SECRET, else stdin)."),
                 QStringLiteral("INKAN_API_KEY_SECRET=… inkan-cli login web3connect --account org")},
                {kCapture,
                 inkan::tr("Signs in to Capture with an e-mail and password, or with a wallet key."),
                 QStringLiteral("inkan-cli login capture --email me@example.com")},
                {kNonce,
                 inkan::tr("Signs in to the nonce-auth users API by signing its nonce with a wallet key (--yes signs a text of the expected form without asking)."),
                 QStringLiteral("inkan-cli login nonceauth --account users --yes")},
                {kPakt,
                 inkan::tr("Signs in to Pakt with the app's builder token and a wallet key; the names and e-mail are sent for onboarding."),
                 QStringLiteral("inkan-cli login pakt --builder-token-file pakt.key --first-name Ada --last-name L --email ada@example.com")},
                {kOidc,
                 inkan::tr("Signs in through Web3Connect OIDC in the browser, answered on a loopback address."),
                 QStringLiteral("inkan-cli login oidc --account oidc --client-id 6aecfd05-…")},
                {kLogout,
                 inkan::tr("Signs out of the account and forgets its token."),
                 QStringLiteral("inkan-cli logout --account org")},
            }};
}

} // namespace inkan::cli
