// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "services/web3connect/Authenticity.h"

#include "crypto/Keccak.h"
#include "crypto/PersonalSign.h"
#include "services/web3connect/Web3ConnectClient.h"
#include <QJsonDocument>
#include <QTimer>

namespace inkan::services::web3connect {

QByteArray Authenticity::signedDigest(const Nft &nft)
{
    const QString hex = nft.tokenId.startsWith(QLatin1String("0x")) ? nft.tokenId.mid(2) : nft.tokenId;
    // QJsonObject keeps its keys sorted, so its compact form is the canonical JSON.
    return crypto::keccak256(QByteArray(QByteArray::fromHex(hex.toLatin1())
                                        + QJsonDocument(nft.staticMetadata).toJson(QJsonDocument::Compact)));
}

Result<crypto::Address> Authenticity::recoverSigner(const Nft &nft)
{
    if (nft.minterDigitalSignature.trimmed().isEmpty())
        return makeError(ErrorKind::NotFound, tr("This NFT carries no minter signature."));
    return crypto::personal::recover(signedDigest(nft), nft.minterDigitalSignature.trimmed());
}

Authenticity Authenticity::precheck(const Nft &nft)
{
    Authenticity a;
    if (nft.minterDigitalSignature.trimmed().isEmpty()) {
        a.sentence = tr("This NFT carries no minter signature, so who minted it cannot be checked. Treat it with care.");
        return a;
    }
    Result<crypto::Address> signer = recoverSigner(nft);
    if (!signer) {
        a.verdict = Verdict::Forged;
        a.sentence = tr("The minter signature of this NFT is malformed: it may be forged. Do not rely on it.");
        return a;
    }
    a.signer = signer->toLower();
    return a;
}

Authenticity Authenticity::judge(const Nft &nft, const std::optional<PublicInfo> &info)
{
    Authenticity a = precheck(nft);
    if (a.signer.isEmpty())
        return a;
    if (!info || info->publicKey.isEmpty()
        || crypto::Address::fromPublicKey(info->publicKey).toLower() != a.signer) {
        a.verdict = Verdict::Forged;
        a.sentence = tr("The minter signature does not match any ID wallet on this service: this NFT or its "
                        "metadata was altered. Do not rely on it.");
        return a;
    }
    a.verdict = Verdict::Authentic;
    a.sentence = tr("Authentic: signed by the ID wallet %1, known to this service.").arg(a.signer);
    return a;
}

AuthenticityChecker::AuthenticityChecker(Web3ConnectClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    qRegisterMetaType<Authenticity>();
}

void AuthenticityChecker::check(const Nft &nft)
{
    const Authenticity pre = Authenticity::precheck(nft);
    if (pre.signer.isEmpty()) {
        QTimer::singleShot(0, this, [this, nft, pre] { finish(nft, pre); });
        return;
    }
    if (m_signers.contains(pre.signer)) {
        const Authenticity done = Authenticity::judge(nft, m_signers.value(pre.signer));
        QTimer::singleShot(0, this, [this, nft, done] { finish(nft, done); });
        return;
    }
    const bool asking = m_waiting.contains(pre.signer);
    m_waiting[pre.signer].append(nft);
    if (asking)
        return;
    if (!m_client) {
        QTimer::singleShot(0, this, [this, signer = pre.signer] { settle(signer); });
        return;
    }
    PublicInfoJob *job = m_client->publicInfo(pre.signer);
    connect(job, &net::ApiJob::succeeded, this, [this, job, signer = pre.signer] {
        m_signers.insert(signer, *job->value());
        settle(signer);
    });
    connect(job, &net::ApiJob::failed, this, [this, signer = pre.signer](const net::ApiError &error) {
        if (error.httpStatus == 404) {
            m_signers.insert(signer, std::nullopt); // no such ID wallet: forged
            settle(signer);
            return;
        }
        // Could not ask (offline, signed out): Unknown for now, asked again next time.
        const QList<Nft> waiting = m_waiting.take(signer);
        for (const Nft &nft : waiting) {
            Authenticity a = Authenticity::precheck(nft);
            a.sentence = tr("The minter signature could not be checked now: %1").arg(error.userMessage);
            finish(nft, a);
        }
    });
}

void AuthenticityChecker::settle(const QString &signer)
{
    const QList<Nft> waiting = m_waiting.take(signer);
    for (const Nft &nft : waiting) {
        if (m_signers.contains(signer)) {
            finish(nft, Authenticity::judge(nft, m_signers.value(signer)));
        } else {
            Authenticity a = Authenticity::precheck(nft);
            a.sentence = tr("The minter signature could not be checked: sign in to the service and try again.");
            finish(nft, a);
        }
    }
}

void AuthenticityChecker::finish(const Nft &nft, const Authenticity &result)
{
    m_results.insert(nft.tokenId, result);
    Q_EMIT checked(nft.tokenId, result);
}

} // namespace inkan::services::web3connect
