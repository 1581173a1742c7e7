// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "crypto/Bip39.h"
#include "Tr.h"

#include "crypto/Random.h"

#include <openssl/evp.h>
#include <openssl/sha.h>
#include <sodium.h>

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace inkan::crypto::bip39 {

namespace {

struct WordList {
    QStringList words;
    QList<QByteArray> latin1; // same words, sorted (the English list is), for binary search

    /// Index of a word, or -1. Looks up a view so the user's word is never copied.
    int indexOf(QByteArrayView word) const
    {
        const auto found = std::lower_bound(latin1.cbegin(), latin1.cend(), word,
                                            [](const QByteArray &entry, QByteArrayView key) { return entry < key; });
        return found != latin1.cend() && *found == word ? int(found - latin1.cbegin()) : -1;
    }
};

const WordList &wordList()
{
    static const WordList list = [] {
        WordList loaded;
        QFile file(QStringLiteral(":/inkan/bip39-english.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("inkan: the BIP-39 word list resource is missing");
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QByteArray word = line.trimmed();
            if (word.isEmpty())
                continue;
            loaded.latin1.append(word);
            loaded.words.append(QString::fromLatin1(word));
        }
        if (!std::is_sorted(loaded.latin1.cbegin(), loaded.latin1.cend()))
            qFatal("inkan: the BIP-39 word list is not sorted");
        if (loaded.words.size() != 2048)
            qFatal("inkan: the BIP-39 word list has %d words instead of 2048", int(loaded.words.size()));
        return loaded;
    }();
    return list;
}

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// The words of a mnemonic as views into its buffer (no copy of the secret).
QList<QByteArrayView> splitWords(const SecureBytes &mnemonic)
{
    QList<QByteArrayView> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= mnemonic.size(); ++i) {
        const bool boundary = i == mnemonic.size() || isSpace(mnemonic.data()[i]);
        if (boundary && start >= 0) {
            words.append(QByteArrayView(mnemonic.constChar() + start, i - start));
            start = -1;
        } else if (!boundary && start < 0) {
            start = i;
        }
    }
    return words;
}

/// NFKD of UTF-8 text, keeping the transient QStrings wiped.
SecureBytes nfkd(const SecureBytes &utf8)
{
    QString text = QString::fromUtf8(utf8.constChar(), utf8.size());
    QString normalized = text.normalized(QString::NormalizationForm_KD);
    SecureBytes result = SecureBytes::takeUtf8(normalized);
    SecureBytes::takeUtf8(text); // only to wipe it
    return result;
}

} // namespace

const QStringList &englishWords()
{
    return wordList().words;
}

SecureBytes generateMnemonic(int words)
{
    const qsizetype entropyBytes = words == 24 ? 32 : 16;
    Q_ASSERT(words == 12 || words == 24);
    return mnemonicFromEntropy(randomSecret(entropyBytes)).value();
}

Result<SecureBytes> mnemonicFromEntropy(const SecureBytes &entropy)
{
    const qsizetype size = entropy.size();
    if (size < 16 || size > 32 || size % 4 != 0) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The entropy has %1 bytes; BIP-39 takes 16, 20, 24, 28 or 32.").arg(size));
    }
    unsigned char hash[SHA256_DIGEST_LENGTH];
    SHA256(entropy.data(), size_t(size), hash);
    // entropy bits followed by the first size*8/32 bits of its SHA-256, read 11 bits at a time.
    SecureBytes bits(size + 1);
    std::copy(entropy.data(), entropy.data() + size, bits.data());
    bits.data()[size] = hash[0];
    sodium_memzero(hash, sizeof hash);
    const int wordCount = int(size * 8 + size / 4) / 11;
    const WordList &list = wordList();
    SecureBytes mnemonic;
    for (int word = 0; word < wordCount; ++word) {
        int index = 0;
        for (int bit = word * 11; bit < word * 11 + 11; ++bit)
            index = (index << 1) | ((bits.data()[bit / 8] >> (7 - bit % 8)) & 1);
        if (word > 0)
            mnemonic.append(" ");
        mnemonic.append(list.latin1.at(index));
    }
    return mnemonic;
}

SecureBytes normalizeMnemonic(const SecureBytes &mnemonic)
{
    SecureBytes normalized;
    for (QByteArrayView word : splitWords(mnemonic)) {
        if (!normalized.isEmpty())
            normalized.append(" ");
        SecureBytes lower(word);
        for (qsizetype i = 0; i < lower.size(); ++i) {
            if (lower.data()[i] >= 'A' && lower.data()[i] <= 'Z')
                lower.data()[i] = static_cast<unsigned char>(lower.data()[i] - 'A' + 'a');
        }
        normalized.append(lower.view());
    }
    return normalized;
}

Result<void> validate(const SecureBytes &mnemonic)
{
    const QList<QByteArrayView> words = splitWords(mnemonic);
    const qsizetype count = words.size();
    if (count < 12 || count > 24 || count % 3 != 0) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The mnemonic has %1 words; it must have 12, 15, 18, 21 or 24.").arg(count));
    }
    const WordList &list = wordList();
    SecureBytes bits((count * 11 + 7) / 8);
    for (qsizetype word = 0; word < count; ++word) {
        const int found = list.indexOf(words[word]);
        if (found < 0) {
            // Its position only, never the word: a typo of a seed word still tells an onlooker
            // (or a log, or a screenshot) most of that word.
            return makeError(ErrorKind::InvalidInput,
                             inkan::tr("Word %1 of the mnemonic is not in the BIP-39 English word list.").arg(word + 1));
        }
        for (int bit = 0; bit < 11; ++bit) {
            if (found & (1 << (10 - bit))) {
                const qsizetype position = word * 11 + bit;
                bits.data()[position / 8] |= static_cast<unsigned char>(0x80 >> (position % 8));
            }
        }
    }
    const qsizetype entropyBytes = count * 11 * 32 / 33 / 8;
    const int checksumBits = int(count * 11 - entropyBytes * 8);
    unsigned char hash[SHA256_DIGEST_LENGTH];
    SHA256(bits.data(), size_t(entropyBytes), hash);
    const int mask = 0xff << (8 - checksumBits) & 0xff;
    const bool checksumMatches = (hash[0] & mask) == (bits.data()[entropyBytes] & mask);
    sodium_memzero(hash, sizeof hash);
    if (!checksumMatches) {
        return makeError(ErrorKind::InvalidInput,
                         inkan::tr("The mnemonic's checksum does not match; a word is wrong or out of order."));
    }
    return {};
}

SecureBytes toSeed(const SecureBytes &mnemonic, const SecureBytes &passphrase)
{
    const SecureBytes password = nfkd(mnemonic);
    SecureBytes salt("mnemonic");
    salt.append(nfkd(passphrase).view());
    SecureBytes seed(64);
    // An empty password (an empty mnemonic) is still a valid PBKDF2 input.
    static const char empty = 0;
    PKCS5_PBKDF2_HMAC(password.isEmpty() ? &empty : password.constChar(), int(password.size()), salt.data(),
                      int(salt.size()), 2048, EVP_sha512(), 64, seed.data());
    return seed;
}

} // namespace inkan::crypto::bip39
