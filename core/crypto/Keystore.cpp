// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "crypto/Keystore.h"
#include "Tr.h"

#include "crypto/Hex.h"
#include "crypto/Keccak.h"
#include "crypto/Random.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <sodium.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <memory>

namespace inkan::crypto::keystore {

namespace {

Error malformed(const QString &message)
{
    return makeError(ErrorKind::Malformed, message);
}

Error missingField(const QString &name)
{
    return malformed(inkan::tr("The keystore's field '%1' is missing or has the wrong type.").arg(name));
}

bool isPowerOfTwo(quint64 value)
{
    return value >= 2 && (value & (value - 1)) == 0;
}

/// Strict hex: QByteArray::fromHex would skip bad characters silently.
std::optional<QByteArray> strictHex(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    const QStringView digits = hex::withoutPrefix(text);
    if (digits.size() % 2 != 0 || hex::firstNonDigit(digits) >= 0)
        return std::nullopt;
    return QByteArray::fromHex(digits.toLatin1());
}

Result<QByteArray> hexField(const QJsonObject &object, const QString &key, const QString &fullName)
{
    const std::optional<QByteArray> bytes = strictHex(object.value(key));
    if (!bytes)
        return malformed(inkan::tr("The keystore's field '%1' is missing or is not hex.").arg(fullName));
    return *bytes;
}

/// A positive whole number no larger than 2^53 (exact in a JSON double).
std::optional<quint64> countField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= 1) || number > 9007199254740992.0 || std::floor(number) != number)
        return std::nullopt;
    return quint64(number);
}

struct EvpCipherContextDeleter {
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};

/// AES-128-CTR is its own inverse: the same call encrypts and decrypts.
SecureBytes aes128Ctr(const unsigned char *key16, QByteArrayView iv16, const unsigned char *input, qsizetype size)
{
    std::unique_ptr<EVP_CIPHER_CTX, EvpCipherContextDeleter> context(EVP_CIPHER_CTX_new());
    SecureBytes output(size);
    int written = 0;
    int finalWritten = 0;
    if (!context
        || EVP_EncryptInit_ex(context.get(), EVP_aes_128_ctr(), nullptr, key16,
                              reinterpret_cast<const unsigned char *>(iv16.data()))
            != 1
        || EVP_EncryptUpdate(context.get(), output.data(), &written, input, int(size)) != 1
        || EVP_EncryptFinal_ex(context.get(), output.data() + written, &finalWritten) != 1
        || written + finalWritten != size) {
        return {};
    }
    return output;
}

// libsodium's scrypt takes every valid n/r/p (OpenSSL's refuses n >= 2^(16r), e.g. the
// official vector n=2^18, r=1, p=8).
Result<SecureBytes> scrypt(const SecureBytes &password, QByteArrayView salt, quint64 n, quint64 r, quint64 p,
                           qsizetype length)
{
    static const bool initialised = sodium_init() >= 0;
    if (!initialised)
        return makeError(ErrorKind::Internal, inkan::tr("The cryptography library libsodium could not start."));
    static const uint8_t empty = 0; // the API wants non-null pointers even for empty input
    SecureBytes derived(length);
    const int status = crypto_pwhash_scryptsalsa208sha256_ll(
        password.isEmpty() ? &empty : password.data(), size_t(password.size()),
        salt.isEmpty() ? &empty : reinterpret_cast<const uint8_t *>(salt.data()), size_t(salt.size()), n,
        uint32_t(r), uint32_t(p), derived.data(), size_t(derived.size()));
    if (status != 0) {
        return makeError(ErrorKind::Unsupported,
                         inkan::tr("The scrypt key derivation failed for n=%1, r=%2, p=%3 (not enough memory?).")
                             .arg(n)
                             .arg(r)
                             .arg(p));
    }
    return derived;
}

Result<SecureBytes> pbkdf2Sha256(const SecureBytes &password, QByteArrayView salt, quint64 iterations,
                                 qsizetype length)
{
    SecureBytes derived(length);
    if (PKCS5_PBKDF2_HMAC(password.constChar(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.data()), int(salt.size()), int(iterations),
                          EVP_sha256(), int(length), derived.data())
        != 1) {
        return makeError(ErrorKind::Internal, inkan::tr("The PBKDF2 key derivation failed."));
    }
    return derived;
}

QByteArray macOf(const SecureBytes &derivedKey, QByteArrayView ciphertext)
{
    // Reserved first: growing the buffer would leave a copy of the key half in freed memory.
    QByteArray input;
    input.reserve(16 + ciphertext.size());
    input.append(derivedKey.constChar() + 16, 16);
    input.append(ciphertext);
    const QByteArray mac = keccak256(input);
    sodium_memzero(input.data(), size_t(input.size()));
    return mac;
}

Result<Parsed> parseObject(const QJsonObject &root, const Limits &limits)
{
    Parsed parsed;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble())
        return missingField(QStringLiteral("version"));
    if (version.toDouble() != 3) {
        return makeError(ErrorKind::Unsupported,
                         inkan::tr("The keystore has version %1; only version 3 is supported.").arg(version.toDouble()));
    }
    // geth writes "crypto"; some older wallets wrote "Crypto".
    QJsonValue cryptoValue = root.value(QStringLiteral("crypto"));
    if (!cryptoValue.isObject())
        cryptoValue = root.value(QStringLiteral("Crypto"));
    if (!cryptoValue.isObject())
        return missingField(QStringLiteral("crypto"));
    const QJsonObject cryptoObject = cryptoValue.toObject();

    const QJsonValue cipher = cryptoObject.value(QStringLiteral("cipher"));
    if (!cipher.isString())
        return missingField(QStringLiteral("crypto.cipher"));
    if (cipher.toString() != u"aes-128-ctr") {
        return makeError(ErrorKind::Unsupported,
                         inkan::tr("The keystore uses the cipher '%1'; only aes-128-ctr is supported.").arg(cipher.toString()));
    }
    const QJsonValue cipherParams = cryptoObject.value(QStringLiteral("cipherparams"));
    if (!cipherParams.isObject())
        return missingField(QStringLiteral("crypto.cipherparams"));
    Result<QByteArray> iv = hexField(cipherParams.toObject(), QStringLiteral("iv"), QStringLiteral("crypto.cipherparams.iv"));
    if (!iv)
        return iv.error();
    if (iv->size() != 16)
        return malformed(inkan::tr("The keystore's iv has %1 bytes; aes-128-ctr needs 16.").arg(iv->size()));
    parsed.iv = *iv;

    Result<QByteArray> ciphertext = hexField(cryptoObject, QStringLiteral("ciphertext"), QStringLiteral("crypto.ciphertext"));
    if (!ciphertext)
        return ciphertext.error();
    if (ciphertext->size() != 32) {
        return malformed(
            inkan::tr("The keystore's ciphertext has %1 bytes; an encrypted private key has 32.").arg(ciphertext->size()));
    }
    parsed.ciphertext = *ciphertext;

    Result<QByteArray> mac = hexField(cryptoObject, QStringLiteral("mac"), QStringLiteral("crypto.mac"));
    if (!mac)
        return mac.error();
    if (mac->size() != 32)
        return malformed(inkan::tr("The keystore's mac has %1 bytes; a keccak-256 MAC has 32.").arg(mac->size()));
    parsed.mac = *mac;

    const QJsonValue kdf = cryptoObject.value(QStringLiteral("kdf"));
    if (!kdf.isString())
        return missingField(QStringLiteral("crypto.kdf"));
    const QJsonValue kdfParamsValue = cryptoObject.value(QStringLiteral("kdfparams"));
    if (!kdfParamsValue.isObject())
        return missingField(QStringLiteral("crypto.kdfparams"));
    const QJsonObject kdfParams = kdfParamsValue.toObject();

    const std::optional<quint64> dklen = countField(kdfParams, QStringLiteral("dklen"));
    if (!dklen)
        return missingField(QStringLiteral("crypto.kdfparams.dklen"));
    // 16 bytes encrypt, the next 16 authenticate: fewer cannot work, more than 64 is nonsense.
    if (*dklen < 32 || *dklen > 64)
        return malformed(inkan::tr("The keystore's dklen is %1; it must be between 32 and 64.").arg(*dklen));
    parsed.derivedKeyLength = qsizetype(*dklen);

    Result<QByteArray> salt = hexField(kdfParams, QStringLiteral("salt"), QStringLiteral("crypto.kdfparams.salt"));
    if (!salt)
        return salt.error();
    if (salt->size() > 1024)
        return malformed(inkan::tr("The keystore's salt has %1 bytes, far more than any wallet writes.").arg(salt->size()));
    parsed.salt = *salt;

    if (kdf.toString() == u"scrypt") {
        parsed.kdf = Kdf::Scrypt;
        const std::optional<quint64> n = countField(kdfParams, QStringLiteral("n"));
        const std::optional<quint64> r = countField(kdfParams, QStringLiteral("r"));
        const std::optional<quint64> p = countField(kdfParams, QStringLiteral("p"));
        if (!n)
            return missingField(QStringLiteral("crypto.kdfparams.n"));
        if (!r)
            return missingField(QStringLiteral("crypto.kdfparams.r"));
        if (!p)
            return missingField(QStringLiteral("crypto.kdfparams.p"));
        if (!isPowerOfTwo(*n))
            return malformed(inkan::tr("The keystore's scrypt n is %1; it must be a power of two above 1.").arg(*n));
        // Bounded by division, never by a product: 128*r*n and n*r*p wrap around 2^64 (n=2^40,
        // r=2^20 gives 0) and would pass any limit. a*b > M exactly when a > M/b (integers).
        if (*n > (1ull << 40) || *r > (1ull << 20) || *p > (1ull << 20)
            || *r > limits.maxScryptMemory / 128 / *n) {
            return makeError(ErrorKind::Unsupported,
                             inkan::tr("The keystore asks scrypt for n=%1, r=%2 (%3 MiB of memory); at most %4 MiB is allowed.")
                                 .arg(*n)
                                 .arg(*r)
                                 .arg(double(*n) * double(*r) * 128 / (1024 * 1024), 0, 'f', 0)
                                 .arg(limits.maxScryptMemory / (1024 * 1024)));
        }
        if (*r > limits.maxScryptWork / *n || *p > limits.maxScryptWork / *n / *r) {
            return makeError(ErrorKind::Unsupported,
                             inkan::tr("The keystore asks scrypt for n=%1, r=%2, p=%3, more work than the allowed n*r*p=%4.")
                                 .arg(*n)
                                 .arg(*r)
                                 .arg(*p)
                                 .arg(limits.maxScryptWork));
        }
        parsed.n = *n;
        parsed.r = *r;
        parsed.p = *p;
    } else if (kdf.toString() == u"pbkdf2") {
        parsed.kdf = Kdf::Pbkdf2;
        const QJsonValue prf = kdfParams.value(QStringLiteral("prf"));
        if (!prf.isString())
            return missingField(QStringLiteral("crypto.kdfparams.prf"));
        if (prf.toString() != u"hmac-sha256") {
            return makeError(ErrorKind::Unsupported,
                             inkan::tr("The keystore uses the PBKDF2 function '%1'; only hmac-sha256 is supported.")
                                 .arg(prf.toString()));
        }
        const std::optional<quint64> c = countField(kdfParams, QStringLiteral("c"));
        if (!c)
            return missingField(QStringLiteral("crypto.kdfparams.c"));
        if (*c > limits.maxPbkdf2Iterations) {
            return makeError(ErrorKind::Unsupported,
                             inkan::tr("The keystore asks for %1 PBKDF2 rounds; at most %2 are allowed.")
                                 .arg(*c)
                                 .arg(limits.maxPbkdf2Iterations));
        }
        parsed.iterations = *c;
    } else {
        return makeError(ErrorKind::Unsupported,
                         inkan::tr("The keystore uses the key derivation '%1'; only scrypt and pbkdf2 are supported.")
                             .arg(kdf.toString()));
    }

    const QJsonValue id = root.value(QStringLiteral("id"));
    parsed.id = id.isString() ? id.toString() : QString();

    const QJsonValue address = root.value(QStringLiteral("address"));
    if (!address.isUndefined() && !address.isNull()) {
        if (!address.isString())
            return missingField(QStringLiteral("address"));
        const Result<Address> parsedAddress = Address::parse(address.toString());
        if (!parsedAddress)
            return malformed(inkan::tr("The keystore's address field is not a valid address."));
        parsed.address = *parsedAddress;
    }
    return parsed;
}

Result<QJsonObject> parseJsonObject(QByteArrayView json)
{
    if (json.size() > kMaxFileSize)
        return malformed(inkan::tr("The keystore file has %1 bytes, too large to be a keystore.").arg(json.size()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(inkan::tr("The keystore is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return malformed(inkan::tr("The keystore is JSON but not a JSON object."));
    return document.object();
}

} // namespace

Result<Parsed> parse(QByteArrayView json, const Limits &limits)
{
    Result<QJsonObject> object = parseJsonObject(json);
    if (!object)
        return object.error();
    return parseObject(*object, limits);
}

Result<Decrypted> decrypt(QByteArrayView json, const SecureBytes &password, const Limits &limits)
{
    Result<Parsed> parsed = parse(json, limits);
    if (!parsed)
        return parsed.error();

    Result<SecureBytes> derived =
        parsed->kdf == Kdf::Scrypt
            ? scrypt(password, parsed->salt, parsed->n, parsed->r, parsed->p, parsed->derivedKeyLength)
            : pbkdf2Sha256(password, parsed->salt, parsed->iterations, parsed->derivedKeyLength);
    if (!derived)
        return derived.error();

    // Authenticate before decrypting, in constant time.
    const QByteArray mac = macOf(*derived, parsed->ciphertext);
    if (CRYPTO_memcmp(mac.constData(), parsed->mac.constData(), 32) != 0)
        return makeError(ErrorKind::WrongPassword, inkan::tr("The password is wrong for this keystore."));

    SecureBytes plain = aes128Ctr(derived->data(), parsed->iv,
                                  reinterpret_cast<const unsigned char *>(parsed->ciphertext.constData()),
                                  parsed->ciphertext.size());
    if (plain.isEmpty())
        return makeError(ErrorKind::Internal, inkan::tr("The AES-128-CTR decryption failed."));
    Result<PrivateKey> key = PrivateKey::fromBytes(plain);
    if (!key)
        return malformed(inkan::tr("The keystore decrypts to a value that is not a valid secp256k1 private key."));
    if (!parsed->address.isNull() && parsed->address != key->address()) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The keystore's address field does not match the key it holds."));
    }
    return Decrypted{std::move(key).value(), parsed->id};
}

Result<QByteArray> encrypt(const PrivateKey &key, const SecureBytes &password, Strength strength)
{
    const quint64 n = strength == Strength::Standard ? 262144 : 4096;
    const quint64 r = 8;
    const quint64 p = strength == Strength::Standard ? 1 : 6;
    const QByteArray salt = randomBytes(32);
    const QByteArray iv = randomBytes(16);

    Result<SecureBytes> derived = scrypt(password, salt, n, r, p, 32);
    if (!derived)
        return derived.error();
    const SecureBytes ciphertextSecret = aes128Ctr(derived->data(), iv, key.bytes().data(), key.bytes().size());
    if (ciphertextSecret.size() != 32)
        return makeError(ErrorKind::Internal, inkan::tr("The AES-128-CTR encryption failed."));
    const QByteArray ciphertext = ciphertextSecret.view().toByteArray(); // encrypted: no longer secret
    const QByteArray mac = macOf(*derived, ciphertext);

    const QJsonObject kdfParams{
        {QStringLiteral("dklen"), 32},
        {QStringLiteral("n"), double(n)},
        {QStringLiteral("r"), double(r)},
        {QStringLiteral("p"), double(p)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toHex())},
    };
    const QJsonObject cryptoObject{
        {QStringLiteral("cipher"), QStringLiteral("aes-128-ctr")},
        {QStringLiteral("cipherparams"), QJsonObject{{QStringLiteral("iv"), QString::fromLatin1(iv.toHex())}}},
        {QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toHex())},
        {QStringLiteral("kdf"), QStringLiteral("scrypt")},
        {QStringLiteral("kdfparams"), kdfParams},
        {QStringLiteral("mac"), QString::fromLatin1(mac.toHex())},
    };
    const QJsonObject root{
        {QStringLiteral("address"), key.address().toLower().mid(2)},
        {QStringLiteral("crypto"), cryptoObject},
        {QStringLiteral("id"), randomUuidV4()},
        {QStringLiteral("version"), 3},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString gethFileName(const Address &address, const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    // geth prints nanoseconds; QDateTime keeps milliseconds.
    const QString nanoseconds = QStringLiteral("%1").arg(qint64(utc.time().msec()) * 1000000, 9, 10, QLatin1Char('0'));
    return QStringLiteral("UTC--") + utc.toString(QStringLiteral("yyyy-MM-ddTHH-mm-ss")) + u'.' + nanoseconds
        + QStringLiteral("Z--") + address.toLower().mid(2);
}

Address peekAddress(QByteArrayView json)
{
    Result<QJsonObject> object = parseJsonObject(json);
    if (!object)
        return {};
    const Result<Address> address = Address::parse(object->value(QStringLiteral("address")).toString());
    return address ? *address : Address();
}

} // namespace inkan::crypto::keystore
