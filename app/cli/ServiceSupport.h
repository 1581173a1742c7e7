#pragma once
// What the service command groups (service, login, profile, nft, org, verify) share: the
// account to act on, its secrets (asked for the password only when the file store is used),
// one transport, clients loaded with the account's credentials, the local key that signs, and
// the approval of a message before it is signed.
#include "Cli.h"
#include "net/HttpTransport.h"
#include "services/SignInFlow.h"
#include "services/web3connect/Web3ConnectClient.h"
#include "session/SessionManager.h"
#include <memory>
#include <optional>

namespace inkan::cli {

/// What a Web3Connect command starts from: its arguments, the account and a signed-in client.
struct Web3Command {
    Arguments args;
    session::Account account;
    services::web3connect::Web3ConnectClient *client = nullptr;
};

class ServiceSession {
public:
    explicit ServiceSession(Context &ctx);
    /// Stores a Web3Connect access token that was refreshed during the command.
    ~ServiceSession();

    Context &ctx() { return m_ctx; }
    session::AccountStore &accounts() { return m_accounts; }
    net::HttpTransport &transport() { return m_transport; }

    /// --account NAME, else the only account (of `kind`, when given).
    Result<session::Account> account(const Arguments &args, std::optional<session::ServiceKind> kind = std::nullopt);
    /// Opens the secret store on first use; the file store asks for the wallet password.
    Result<session::SessionManager *> sessions();
    /// The password once per command (wallet keys and the secret file share it).
    Result<crypto::SecureBytes> password();

    /// A client with the account's token and API key secret; fails when it is signed out.
    Result<services::web3connect::Web3ConnectClient *> web3connect(session::Account &account, bool requireSignedIn = true);
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
    session::AccountStore m_accounts;
    net::HttpTransport m_transport;
    std::optional<crypto::SecureBytes> m_password;
    std::shared_ptr<session::SecretStore> m_secrets;
    std::unique_ptr<session::SessionManager> m_sessions;
    std::unique_ptr<services::web3connect::Web3ConnectClient> m_web3;
    std::optional<session::Account> m_web3Account;
    bool m_tokenRefreshed = false;
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

} // namespace inkan::cli
