// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// A sign-in flow is a command (commands/Command.h): a short chain of jobs plus at most one
// signature from a local key. Before signing, the flow checks the text with PhishingGuard and hands it to the caller's approver,
// which may refuse; signing runs on a worker thread. A flow never touches the session: the
// caller stores what it succeeded with, so a failure leaves the session as it was.
#include "crypto/Address.h"
#include "crypto/SecureBytes.h"
#include "crypto/Secp256k1.h"
#include "commands/Command.h"
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

class SignInFlow : public Command {
    Q_OBJECT
public:
    void setSignatureApprover(SignatureApprover approver) { m_approver = std::move(approver); }
    /// Valid once succeeded() was emitted.
    const SignInResult &result() const { return m_result; }
    /// The host that asks for signatures: what an approval prompt names beside the text.
    QString serviceHost() const { return m_serviceBaseUrl.host(); }

protected:
    explicit SignInFlow(QUrl serviceBaseUrl, QObject *parent);

    /// The flow's SigningPolicy, approval, then signing with `signer` off the thread; `next` gets
    /// the signature. A refusal fails the flow with Cause::SignatureRefused before anything is sent.
    void signThen(std::shared_ptr<MessageSigner> signer, const QString &message, const SigningPolicy &policy,
                  std::function<void(const QString &)> next);
    using Command::succeed;
    void succeed(SignInResult result);

    SignInResult m_result;

private:
    QUrl m_serviceBaseUrl;
    SignatureApprover m_approver;
};


} // namespace inkan::services
