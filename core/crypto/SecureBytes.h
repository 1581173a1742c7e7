// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// Keys, seeds and passwords live only in SecureBytes: the memory is wiped (sodium_memzero)
// on destruction and on every reallocation, and it is never implicitly turned into a QString.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstddef>
#include <vector>

namespace inkan::crypto {

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(qsizetype size);               // zero-filled
    SecureBytes(const void *data, qsizetype size);
    explicit SecureBytes(QByteArrayView bytes);
    /// Takes a password typed by the user as UTF-8, then wipes the QString's copy it made.
    static SecureBytes fromUtf8(const QString &text);
    /// As fromUtf8, and also wipes and clears `text` itself (when its buffer is not shared).
    static SecureBytes takeUtf8(QString &text);
    /// Parses 0x-prefixed or bare hex. Returns empty on bad hex.
    static SecureBytes fromHex(QByteArrayView hex);
    /// Moves the bytes out of a QByteArray and wipes the original buffer.
    static SecureBytes takeFrom(QByteArray &bytes);

    SecureBytes(const SecureBytes &other);
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *constChar() const { return reinterpret_cast<const char *>(m_data); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    void resize(qsizetype size);  // wipes the old buffer when it moves
    void append(QByteArrayView bytes);
    void clear();
    bool operator==(const SecureBytes &other) const; // constant time for equal sizes

    /// Lower-case hex with "0x" prefix, for the explicit export paths only. The caller owns the
    /// result's secrecy (it is in a SecureBytes too).
    SecureBytes toHex0x() const;

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

/// Zeroes a QByteArray that held a secret (a bearer header, a request body with a password, a
/// keychain blob) and empties it. A buffer shared with another QByteArray is only emptied: its
/// bytes are someone else's copy too, which that owner wipes.
void wipe(QByteArray &bytes);

} // namespace inkan::crypto
