// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// What the service command groups (service, login, profile, nft, org, verify) share: the
// hub, the account to act on, and the approval of a message before it is signed. The command
// files only parse arguments and print; everything else is core's (the hub and commands).
#include "Blocking.h"
#include "Cli.h"
#include "net/HttpTransport.h"
#include "services/SignInFlow.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "session/ServiceHub.h"
#include <memory>
#include <optional>

namespace inkan::cli {

/// What a Web3Connect command starts from: its arguments, the account and a signed-in client.
struct Web3Command {
    Arguments args;
    session::Account account;
    services::web3connect::Web3ConnectClient *client = nullptr;
};

/// A command's door to the service hub (core/session/ServiceHub.h): the hub for the data
/// dir, with the password asked once per command (wallet keys and the secret file share it),
/// plus the argument conventions every service command shares.
class ServiceSession {
public:
    explicit ServiceSession(Context &ctx);
    /// Waits for the token writes the hub started (a refreshed Web3Connect token).
    ~ServiceSession();

    Context &ctx() { return m_ctx; }
    session::ServiceHub &hub() { return m_hub; }
    session::AccountStore &accounts() { return m_hub.accounts(); }

    /// --account NAME, else the only account (of `kind`, when given).
    Result<session::Account> account(const Arguments &args, std::optional<session::ServiceKind> kind = std::nullopt);
    /// The password once per command.
    Result<crypto::SecureBytes> password();

    /// The hub's client for the account; with `requireSignedIn`, loaded with its credentials.
    Result<services::web3connect::Web3ConnectClient *> web3connect(const session::Account &account, bool requireSignedIn = true);
    Result<crypto::SecureBytes> secret(const session::Account &account, const QString &name);
    /// The shared start of every nft, org and verify command: parses `raw` (the command's flags
    /// and valued options besides --account/--key/--yes, minPositional..maxPositional words),
    /// picks the account (of `kind` when given) and loads its signed-in client. On a problem it
    /// reports it (usage, or the error and its exit code), sets `exitCode` and returns nothing.
    std::optional<Web3Command> openWeb3(const QStringList &raw, const QStringList &flags, const QStringList &values,
                                        qsizetype minPositional, qsizetype maxPositional, const QString &synopsis,
                                        int &exitCode, std::optional<session::ServiceKind> kind = std::nullopt);

    /// The key that signs: --key ADDRESS, else the account's key, else the only wallet key.
    Result<std::shared_ptr<services::MessageSigner>> signer(const Arguments &args, const session::Account &account);
    /// Prints the text to sign on stderr; signs with --yes, asks y/N on a terminal, else refuses.
    services::SignatureApprover approver(const Arguments &args);

private:
    Context &m_ctx;
    session::ServiceHub m_hub;
    std::optional<crypto::SecureBytes> m_password;
};

/// One command of a group: its name and the function that runs it with the words after it.
struct Subcommand {
    const char *name;
    int (*run)(Context &, const QStringList &);
};
/// A group's entry point: args[0] names the command, which runs with the rest. A missing or
/// unknown name is a usage error ("GROUP takes a, b or c.") followed by the group's help.
int dispatch(Context &ctx, const QString &group, const QStringList &args, std::initializer_list<Subcommand> commands,
             const QString &help);

/// Options every service command accepts.
QStringList serviceValueOptions(QStringList extra);
QStringList serviceFlags(QStringList extra);

/// An API failure: the sentence and the exit code of its kind.
int failWith(Context &ctx, const net::ApiError &error);
QJsonObject nftToJson(const services::web3connect::Nft &nft);

/// The progress bar mint-batch draws on a terminal: "\r[####      ] 12/40" (width cells).
QString progressBar(int done, int total, int width = 30);

/// Runs a job to completion (local event loop) and returns its outcome.
template <typename Job>
net::ApiResult<typename Job::ValueType> run(Job *job) { return net::await(job); }
using inkan::waitFor;

} // namespace inkan::cli
