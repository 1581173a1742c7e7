#pragma once
// A sign-in flow is a short chain of jobs plus at most one signature from a local key. Before
// signing, the flow checks the text with PhishingGuard and hands it to the caller's approver,
// which may refuse; signing runs on a worker thread. A flow never touches the session: the
// caller stores what it succeeded with, so a failure leaves the session as it was.
#include "crypto/Address.h"
#include "crypto/SecureBytes.h"
#include "crypto/Secp256k1.h"
#include "net/ApiJob.h"
#include "services/SigningPolicy.h"
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace inkan::services {

/// Signs EIP-191 personal messages with one address's key.
class MessageSigner {
public:
    virtual ~MessageSigner() = default;
    virtual crypto::Address address() const = 0;
    /// The "0x…" signature, computed off the calling thread.
    virtual QFuture<Result<QString>> sign(const QByteArray &message) = 0;
};

/// A key already unlocked (the wallet did the KDF on a worker thread).
class LocalKeySigner : public MessageSigner {
public:
    explicit LocalKeySigner(crypto::PrivateKey key);
    crypto::Address address() const override { return m_address; }
    QFuture<Result<QString>> sign(const QByteArray &message) override;

private:
    std::shared_ptr<const crypto::PrivateKey> m_key;
    crypto::Address m_address;
};

struct SignInResult {
    QString subject;            // who is signed in: an address (or e-mail for Capture by password)
    QString role;               // "organization" / "end_user" where the service says
    QString email;
    QString keyAddress;         // the local key that signed, when one did
    crypto::SecureBytes token;  // the session credential
    crypto::SecureBytes apiKey; // nonce-auth's API key / Web3Connect's API key secret
    QJsonObject details;        // profile, balances and the like, for display
};

/// Receives the exact text to be signed with the service host to show beside it (and whether it
/// passed the flow's grammar: only then may a standing "yes" such as --yes approve it); calls
/// `answer(true)` to sign, `answer(false)` to refuse.
using SignatureApprover = std::function<void(const SigningRequest &request, std::function<void(bool approved)> answer)>;

class SignInFlow : public QObject {
    Q_OBJECT
public:
    ~SignInFlow() override;

    void setSignatureApprover(SignatureApprover approver) { m_approver = std::move(approver); }
    /// Starts on the next event-loop turn.
    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const SignInResult &result() const { return m_result; }
    const std::optional<net::ApiError> &error() const { return m_error; }

Q_SIGNALS:
    void stepChanged(const QString &description);
    void succeeded();
    void failed(const inkan::net::ApiError &error);
    void finished();

protected:
    explicit SignInFlow(QUrl serviceBaseUrl, QObject *parent);
    virtual void run() = 0;

    /// Runs `job`; on success hands its value to `next`; on failure fails the flow.
    template <typename T>
    void then(net::RequestJob<T> *job, std::function<void(const T &)> next)
    {
        if (m_finished) { // cancelled (e.g. from a stepChanged handler) before this step: never sent
            job->abort();
            return;
        }
        m_current = job;
        connect(job, &net::ApiJob::failed, this, [this](const net::ApiError &e) { fail(e); });
        connect(job, &net::ApiJob::succeeded, this, [this, job, next] {
            if (!m_finished)
                next(*job->value());
        });
    }
    /// The flow's SigningPolicy, approval, then signing with `signer` off the thread; `next` gets
    /// the signature. A refusal fails the flow with Cause::SignatureRefused before anything is sent.
    void signThen(std::shared_ptr<MessageSigner> signer, const QString &message, const SigningPolicy &policy,
                  std::function<void(const QString &)> next);
    void succeed(SignInResult result);
    void fail(const net::ApiError &error);

    SignInResult m_result;

private:
    QUrl m_serviceBaseUrl;
    SignatureApprover m_approver;
    QPointer<net::ApiJob> m_current;
    std::optional<net::ApiError> m_error;
    bool m_started = false;
    bool m_finished = false;
};

/// Runs a local event loop until the flow finishes (CLI and tests only).
Result<SignInResult> awaitFlow(SignInFlow *flow);

} // namespace inkan::services
