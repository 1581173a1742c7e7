// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#include "crypto/SecureBytes.h"

#include <sodium.h>

#include <cstring>

namespace inkan::crypto {

namespace {

unsigned char *allocateZeroed(qsizetype size)
{
    return size > 0 ? new unsigned char[size_t(size)]() : nullptr;
}

void wipeAndFree(unsigned char *data, qsizetype size)
{
    if (data) {
        sodium_memzero(data, size_t(size));
        delete[] data;
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

SecureBytes::SecureBytes(qsizetype size) : m_data(allocateZeroed(size)), m_size(size > 0 ? size : 0) {}

SecureBytes::SecureBytes(const void *data, qsizetype size) : SecureBytes(size)
{
    if (size > 0)
        std::memcpy(m_data, data, size_t(size));
}

SecureBytes::SecureBytes(QByteArrayView bytes) : SecureBytes(bytes.data(), bytes.size()) {}

SecureBytes SecureBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecureBytes SecureBytes::takeUtf8(QString &text)
{
    SecureBytes result = fromUtf8(text);
    // Only wipe a buffer we own alone: a shared one is someone else's copy too.
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
    return result;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

SecureBytes SecureBytes::fromHex(QByteArrayView hex)
{
    if (hex.size() >= 2 && hex[0] == '0' && (hex[1] == 'x' || hex[1] == 'X'))
        hex = hex.sliced(2);
    if (hex.size() % 2 != 0)
        return {};
    SecureBytes result(hex.size() / 2);
    for (qsizetype i = 0; i < result.size(); ++i) {
        const int high = hexValue(hex[2 * i]);
        const int low = hexValue(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return {};
        result.m_data[i] = static_cast<unsigned char>(high * 16 + low);
    }
    return result;
}

SecureBytes SecureBytes::takeFrom(QByteArray &bytes)
{
    SecureBytes result(bytes.constData(), bytes.size());
    if (!bytes.isEmpty()) {
        // data() detaches if shared, so only our own buffer gets wiped.
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
    return result;
}

SecureBytes::SecureBytes(const SecureBytes &other) : SecureBytes(other.m_data, other.m_size) {}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        SecureBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept : m_data(other.m_data), m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipeAndFree(m_data, m_size);
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    wipeAndFree(m_data, m_size);
}

void SecureBytes::resize(qsizetype size)
{
    if (size < 0)
        size = 0;
    if (size == m_size)
        return;
    unsigned char *bigger = allocateZeroed(size);
    if (m_size > 0 && size > 0)
        std::memcpy(bigger, m_data, size_t(std::min(size, m_size)));
    wipeAndFree(m_data, m_size);
    m_data = bigger;
    m_size = size;
}

void SecureBytes::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    // bytes may point into our own buffer, so copy before the resize frees it.
    SecureBytes tail(bytes);
    const qsizetype oldSize = m_size;
    resize(m_size + tail.size());
    std::memcpy(m_data + oldSize, tail.m_data, size_t(tail.size()));
}

void SecureBytes::clear()
{
    wipeAndFree(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, size_t(m_size)) == 0;
}

SecureBytes SecureBytes::toHex0x() const
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes hex(2 + 2 * m_size);
    hex.m_data[0] = '0';
    hex.m_data[1] = 'x';
    for (qsizetype i = 0; i < m_size; ++i) {
        hex.m_data[2 + 2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        hex.m_data[3 + 2 * i] = static_cast<unsigned char>(digits[m_data[i] & 0x0f]);
    }
    return hex;
}

} // namespace inkan::crypto
