// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "crypto/Bip32.h"
#include "Tr.h"

#include "crypto/Secp256k1Context.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <sodium.h>

#include <QCoreApplication>

#include <memory>

namespace inkan::crypto::bip32 {

namespace {

SecureBytes hmacSha512(const SecureBytes &key, const SecureBytes &data)
{
    SecureBytes out(64);
    unsigned int length = 64;
    HMAC(EVP_sha512(), key.data(), int(key.size()), data.data(), size_t(data.size()), out.data(), &length);
    return out;
}

struct EvpMdDeleter {
    void operator()(EVP_MD *md) const { EVP_MD_free(md); }
};
struct EvpMdContextDeleter {
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

/// RIPEMD-160(SHA-256(data)). OpenSSL 3.0.7+ serves RIPEMD-160 from its default provider.
QByteArray hash160(QByteArrayView data)
{
    unsigned char sha[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), sha);
    std::unique_ptr<EVP_MD, EvpMdDeleter> ripemd(EVP_MD_fetch(nullptr, "RIPEMD160", nullptr));
    std::unique_ptr<EVP_MD_CTX, EvpMdContextDeleter> context(EVP_MD_CTX_new());
    QByteArray out(20, '\0');
    unsigned int length = 0;
    if (!ripemd || !context || EVP_DigestInit_ex(context.get(), ripemd.get(), nullptr) != 1
        || EVP_DigestUpdate(context.get(), sha, sizeof sha) != 1
        || EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1
        || length != 20) {
        return {};
    }
    return out;
}

void appendBigEndian32(SecureBytes &bytes, quint32 value)
{
    const char be[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    bytes.append(QByteArrayView(be, 4));
}

SecureBytes base58Check(const SecureBytes &payload)
{
    static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    unsigned char first[SHA256_DIGEST_LENGTH];
    unsigned char second[SHA256_DIGEST_LENGTH];
    SHA256(payload.data(), size_t(payload.size()), first);
    SHA256(first, sizeof first, second);
    SecureBytes input = payload;
    input.append(QByteArrayView(reinterpret_cast<const char *>(second), 4));

    // Repeated division by 58 of the big-endian number; digits come out least significant first.
    SecureBytes digits(input.size() * 138 / 100 + 1);
    qsizetype digitCount = 0;
    for (qsizetype i = 0; i < input.size(); ++i) {
        int carry = input.data()[i];
        for (qsizetype j = 0; j < digitCount; ++j) {
            carry += 256 * digits.data()[j];
            digits.data()[j] = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.data()[digitCount++] = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
    }
    SecureBytes text;
    for (qsizetype i = 0; i < input.size() && input.data()[i] == 0; ++i)
        text.append("1");
    SecureBytes encoded(digitCount);
    for (qsizetype j = 0; j < digitCount; ++j)
        encoded.data()[j] = static_cast<unsigned char>(alphabet[digits.data()[digitCount - 1 - j]]);
    text.append(encoded.view());
    return text;
}

Result<ExtendedKey> fromHmac(const SecureBytes &digest, const ExtendedKey *parent, quint32 index,
                             quint32 parentFingerprint)
{
    ExtendedKey child;
    child.chainCode = SecureBytes(digest.data() + 32, 32);
    if (!parent) {
        child.key = SecureBytes(digest.data(), 32);
        if (secp256k1_ec_seckey_verify(detail::secp256k1Context(), child.key.data()) != 1)
            return makeError(ErrorKind::InvalidInput, inkan::tr("This seed gives an invalid BIP-32 master key."));
        return child;
    }
    child.key = parent->key;
    // child = parse256(IL) + parent mod n; fails when IL >= n or the sum is zero (BIP-32: skip index).
    if (secp256k1_ec_seckey_tweak_add(detail::secp256k1Context(), child.key.data(), digest.data()) != 1)
        return makeError(ErrorKind::InvalidInput, inkan::tr("The BIP-32 child key at index %1 is invalid; use the next index.").arg(index));
    child.depth = quint8(parent->depth + 1);
    child.parentFingerprint = parentFingerprint;
    child.childNumber = index;
    return child;
}

} // namespace

SecureBytes ExtendedKey::toXprv() const
{
    SecureBytes payload;
    appendBigEndian32(payload, 0x0488ADE4u); // mainnet private "xprv"
    const char depthByte = char(depth);
    payload.append(QByteArrayView(&depthByte, 1));
    appendBigEndian32(payload, parentFingerprint);
    appendBigEndian32(payload, childNumber);
    payload.append(chainCode.view());
    payload.append(QByteArrayView("\0", 1));
    payload.append(key.view());
    return base58Check(payload);
}

Result<ExtendedKey> masterFromSeed(const SecureBytes &seed)
{
    if (seed.size() < 16 || seed.size() > 64) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The seed has %1 bytes; BIP-32 takes 16 to 64.").arg(seed.size()));
    }
    return fromHmac(hmacSha512(SecureBytes("Bitcoin seed"), seed), nullptr, 0, 0);
}

Result<ExtendedKey> deriveChild(const ExtendedKey &parent, quint32 index)
{
    Result<PrivateKey> parentKey = PrivateKey::fromBytes(parent.key);
    if (!parentKey)
        return parentKey.error();
    const QByteArray parentPublic = parentKey->compressedPublicKey();
    SecureBytes data;
    if (index & kHardened) {
        data.append(QByteArrayView("\0", 1));
        data.append(parent.key.view());
    } else {
        data.append(parentPublic);
    }
    appendBigEndian32(data, index);
    const QByteArray identifier = hash160(parentPublic);
    if (identifier.size() != 20)
        return makeError(ErrorKind::Internal, inkan::tr("RIPEMD-160 is not available from OpenSSL."));
    const quint32 fingerprint = (quint32(quint8(identifier[0])) << 24) | (quint32(quint8(identifier[1])) << 16)
        | (quint32(quint8(identifier[2])) << 8) | quint32(quint8(identifier[3]));
    return fromHmac(hmacSha512(parent.chainCode, data), &parent, index, fingerprint);
}

Result<ExtendedKey> derivePath(const ExtendedKey &master, QStringView path)
{
    const QString text = path.trimmed().toString();
    const QStringList parts = text.split(u'/');
    if (parts.isEmpty() || (parts.first() != u"m" && parts.first() != u"M")) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The derivation path '%1' does not start with 'm'.").arg(text));
    }
    ExtendedKey key = master;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QString part = parts[i];
        bool hardened = false;
        if (part.endsWith(u'\'') || part.endsWith(u'h') || part.endsWith(u'H')) {
            hardened = true;
            part.chop(1);
        }
        bool isNumber = false;
        const quint64 index = part.toULongLong(&isNumber, 10);
        if (!isNumber || part.isEmpty() || !part.at(0).isDigit() || index >= kHardened) {
            return makeError(ErrorKind::InvalidInput,
                             inkan::tr("Step %1 of the derivation path '%2' is not an index below 2^31.").arg(i).arg(text));
        }
        Result<ExtendedKey> child = deriveChild(key, quint32(index) | (hardened ? kHardened : 0));
        if (!child)
            return child.error();
        key = std::move(child).value();
    }
    return key;
}

QString ethereumPath(quint32 index)
{
    return QStringLiteral("m/44'/60'/0'/0/%1").arg(index);
}

Result<PrivateKey> ethereumKeyFromSeed(const SecureBytes &seed, quint32 index)
{
    if (index >= kHardened)
        return makeError(ErrorKind::InvalidInput, inkan::tr("The account index %1 is too large; it must be below 2^31.").arg(index));
    Result<ExtendedKey> master = masterFromSeed(seed);
    if (!master)
        return master.error();
    Result<ExtendedKey> derived = derivePath(*master, ethereumPath(index));
    if (!derived)
        return derived.error();
    return PrivateKey::fromBytes(derived->key);
}

} // namespace inkan::crypto::bip32
