// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Is an NFT really minted by the ID wallet that signed it? The sandbox rule (../shared/API.md,
// sandbox/README.md): `minter_digital_signature` is the minter ID wallet's EIP-191 personal_sign
// over keccak256(token id as 32 bytes ‖ compact JSON of metadata.static, keys sorted). The
// signature is recovered to an address here (pure); that address must then be an ID wallet the
// service knows, whose public_info key is the one that signed (AuthenticityChecker asks).
//
//     auto *checker = new AuthenticityChecker(client, this);
//     connect(checker, &AuthenticityChecker::checked, this, [](const QString &tokenId, const Authenticity &a) { … });
//     checker->check(nft);
#include "Error.h"
#include "crypto/Address.h"
#include "services/web3connect/Web3ConnectTypes.h"
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace inkan::services::web3connect {

class Web3ConnectClient;

struct Authenticity {
    Q_DECLARE_TR_FUNCTIONS(Authenticity)
public:
    enum class Verdict { Unknown, Authentic, Forged };
    Verdict verdict = Verdict::Unknown;
    QString sentence;  // one sentence for people
    QString signer;    // the recovered minter address (lower case), empty when none

    bool isAuthentic() const { return verdict == Verdict::Authentic; }

    /// The 32 bytes the minter signs for this NFT.
    static QByteArray signedDigest(const Nft &nft);
    /// The address the signature recovers to (an error when there is none or it is malformed).
    static Result<crypto::Address> recoverSigner(const Nft &nft);
    /// The verdict before asking the service: Unknown without a signature, Forged when it does
    /// not recover; otherwise Unknown with `signer` set (the service must be asked).
    static Authenticity precheck(const Nft &nft);
    /// The verdict once public_info for the signer answered with `info` (or nothing: 404).
    static Authenticity judge(const Nft &nft, const std::optional<PublicInfo> &info);
};

/// Checks NFTs against the service, asking public_info once per signer address.
class AuthenticityChecker : public QObject {
    Q_OBJECT
public:
    explicit AuthenticityChecker(Web3ConnectClient *client, QObject *parent = nullptr);
    /// The last verdict for a token id (Unknown with an empty sentence while not checked).
    Authenticity result(const QString &tokenId) const { return m_results.value(tokenId); }
    bool hasResult(const QString &tokenId) const { return m_results.contains(tokenId); }

public Q_SLOTS:
    /// Emits checked() later (never from within this call).
    void check(const inkan::services::web3connect::Nft &nft);

Q_SIGNALS:
    void checked(const QString &tokenId, const inkan::services::web3connect::Authenticity &result);

private:
    void settle(const QString &signer);
    void finish(const Nft &nft, const Authenticity &result);

    QPointer<Web3ConnectClient> m_client;
    QHash<QString, Authenticity> m_results;
    // signer -> its public info (nullopt: the service does not know it); absent: not asked yet
    QHash<QString, std::optional<PublicInfo>> m_signers;
    QHash<QString, QList<Nft>> m_waiting; // signer -> NFTs waiting for its public info
};

} // namespace inkan::services::web3connect

Q_DECLARE_METATYPE(inkan::services::web3connect::Authenticity)
