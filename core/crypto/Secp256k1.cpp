// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "crypto/Secp256k1.h"
#include "Tr.h"

#include "crypto/Random.h"
#include "crypto/Secp256k1Context.h"

#include <secp256k1_recovery.h>

#include <QCoreApplication>

#include <cstring>

namespace inkan::crypto {

namespace {

// Half the curve order n: a signature with s above it is the "high-s" twin that Ethereum refuses.
const unsigned char kHalfOrder[32] = {
    0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0x5d, 0x57, 0x6e, 0x73, 0x57, 0xa4, 0x50, 0x1d, 0xdf, 0xe9, 0x2f, 0x46, 0x68, 0x1b, 0x20, 0xa0,
};

bool isZero(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c != 0)
            return false;
    }
    return true;
}

QByteArray serializeUncompressed(const secp256k1_pubkey &pubkey)
{
    QByteArray out(65, '\0');
    size_t length = 65;
    secp256k1_ec_pubkey_serialize(detail::secp256k1Context(), reinterpret_cast<unsigned char *>(out.data()),
                                  &length, &pubkey, SECP256K1_EC_UNCOMPRESSED);
    return out;
}

} // namespace

namespace detail {

const secp256k1_context *secp256k1Context()
{
    static const secp256k1_context *const context = [] {
        secp256k1_context *created = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        // Blinding protects signing against side channels; it needs fresh randomness once.
        const SecureBytes seed = randomSecret(32);
        if (secp256k1_context_randomize(created, seed.data()) != 1)
            qFatal("inkan: libsecp256k1 refused to randomize its context");
        return created;
    }();
    return context;
}

} // namespace detail

QByteArray Signature::toRsv() const
{
    QByteArray out = r + s;
    out.append(char(27 + recoveryId));
    return out;
}

QByteArray Signature::toCompact() const
{
    return r + s;
}

Result<Signature> Signature::fromRsv(QByteArrayView bytes65)
{
    if (bytes65.size() != 65) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The signature has %1 bytes; a signature has 65.").arg(bytes65.size()));
    }
    const int v = quint8(bytes65[64]);
    int recoveryId = -1;
    if (v == 0 || v == 1)
        recoveryId = v;
    else if (v == 27 || v == 28)
        recoveryId = v - 27;
    if (recoveryId < 0) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The signature's recovery byte v is %1; it must be 27 or 28 (or 0 or 1).").arg(v));
    }
    Signature signature;
    signature.r = bytes65.first(32).toByteArray();
    signature.s = bytes65.sliced(32, 32).toByteArray();
    signature.recoveryId = recoveryId;

    secp256k1_ecdsa_recoverable_signature parsed;
    if (isZero(signature.r) || isZero(signature.s)
        || secp256k1_ecdsa_recoverable_signature_parse_compact(
               detail::secp256k1Context(), &parsed, reinterpret_cast<const unsigned char *>(bytes65.data()),
               recoveryId)
            != 1) {
        return makeError(ErrorKind::InvalidInput, inkan::tr("The signature's r or s value is out of range."));
    }
    if (std::memcmp(signature.s.constData(), kHalfOrder, 32) > 0) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The signature has a high s value, which Ethereum does not accept."));
    }
    return signature;
}

PrivateKey PrivateKey::generate()
{
    for (;;) {
        // Fails only with probability ~2^-128 (zero or not below the order); then draw again.
        Result<PrivateKey> key = fromBytes(randomSecret(32));
        if (key.ok())
            return std::move(key).value();
    }
}

Result<PrivateKey> PrivateKey::fromBytes(const SecureBytes &bytes32)
{
    if (bytes32.size() != 32) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The private key has %1 bytes; a private key has 32.").arg(bytes32.size()));
    }
    if (secp256k1_ec_seckey_verify(detail::secp256k1Context(), bytes32.data()) != 1) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The private key is zero or not below the secp256k1 curve order."));
    }
    PrivateKey key;
    key.m_secret = bytes32;
    return key;
}

QByteArray PrivateKey::publicKey() const
{
    secp256k1_pubkey pubkey;
    if (secp256k1_ec_pubkey_create(detail::secp256k1Context(), &pubkey, m_secret.data()) != 1)
        return {};
    return serializeUncompressed(pubkey);
}

QByteArray PrivateKey::compressedPublicKey() const
{
    secp256k1_pubkey pubkey;
    if (secp256k1_ec_pubkey_create(detail::secp256k1Context(), &pubkey, m_secret.data()) != 1)
        return {};
    QByteArray out(33, '\0');
    size_t length = 33;
    secp256k1_ec_pubkey_serialize(detail::secp256k1Context(), reinterpret_cast<unsigned char *>(out.data()),
                                  &length, &pubkey, SECP256K1_EC_COMPRESSED);
    return out;
}

Address PrivateKey::address() const
{
    return Address::fromPublicKey(publicKey());
}

Signature PrivateKey::signDigest(QByteArrayView digest32) const
{
    Q_ASSERT(digest32.size() == 32);
    Signature signature;
    if (digest32.size() != 32)
        return signature;
    secp256k1_ecdsa_recoverable_signature raw;
    // nullptr nonce function = RFC 6979; libsecp256k1 always emits low-s.
    if (secp256k1_ecdsa_sign_recoverable(detail::secp256k1Context(), &raw,
                                         reinterpret_cast<const unsigned char *>(digest32.data()),
                                         m_secret.data(), nullptr, nullptr)
        != 1) {
        return signature;
    }
    unsigned char compact[64];
    int recoveryId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(detail::secp256k1Context(), compact, &recoveryId, &raw);
    signature.r = QByteArray(reinterpret_cast<const char *>(compact), 32);
    signature.s = QByteArray(reinterpret_cast<const char *>(compact) + 32, 32);
    signature.recoveryId = recoveryId;
    return signature;
}

Result<QByteArray> recoverPublicKey(QByteArrayView digest32, const Signature &signature)
{
    if (digest32.size() != 32 || signature.r.size() != 32 || signature.s.size() != 32
        || signature.recoveryId < 0 || signature.recoveryId > 3) {
        return makeError(ErrorKind::InvalidInput, inkan::tr("The signature or the digest has the wrong length."));
    }
    const QByteArray compact = signature.toCompact();
    secp256k1_ecdsa_recoverable_signature parsed;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(detail::secp256k1Context(), &parsed,
                                                            reinterpret_cast<const unsigned char *>(compact.constData()),
                                                            signature.recoveryId)
        != 1) {
        return makeError(ErrorKind::InvalidInput, inkan::tr("The signature's r or s value is out of range."));
    }
    secp256k1_pubkey pubkey;
    if (secp256k1_ecdsa_recover(detail::secp256k1Context(), &pubkey, &parsed,
                                reinterpret_cast<const unsigned char *>(digest32.data()))
        != 1) {
        return makeError(ErrorKind::InvalidInput, inkan::tr("No public key can be recovered from this signature."));
    }
    return serializeUncompressed(pubkey);
}

bool verifyDigest(QByteArrayView publicKey65, QByteArrayView digest32, QByteArrayView compact64)
{
    if (digest32.size() != 32 || compact64.size() != 64 || publicKey65.isEmpty())
        return false;
    const secp256k1_context *context = detail::secp256k1Context();
    secp256k1_pubkey pubkey;
    if (secp256k1_ec_pubkey_parse(context, &pubkey, reinterpret_cast<const unsigned char *>(publicKey65.data()),
                                  size_t(publicKey65.size()))
        != 1) {
        return false;
    }
    secp256k1_ecdsa_signature signature;
    if (secp256k1_ecdsa_signature_parse_compact(context, &signature,
                                                reinterpret_cast<const unsigned char *>(compact64.data()))
        != 1) {
        return false;
    }
    secp256k1_ecdsa_signature normalized;
    if (secp256k1_ecdsa_signature_normalize(context, &normalized, &signature) == 1)
        return false; // high s: malleable twin, refused
    return secp256k1_ecdsa_verify(context, &signature, reinterpret_cast<const unsigned char *>(digest32.data()),
                                  &pubkey)
        == 1;
}

} // namespace inkan::crypto
