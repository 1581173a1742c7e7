// SPDX-FileCopyrightText: 2026 The Inkan developers
// SPDX-License-Identifier: MIT
#pragma once
// One error type for the core: a kind that callers branch on (and the CLI maps to its exit
// code) plus one sentence a user can act on. Network errors carry more in net/ApiError.h.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace inkan {

enum class ErrorKind {
    InvalidInput,    // bad address, unknown word, bad argument: CLI exit 4
    Malformed,       // a file or reply that does not parse: exit 4
    Unsupported,     // valid but not something we handle (kdf, cipher, cost too high): exit 4
    WrongPassword,   // MAC mismatch, refused credentials: exit 3
    Refused,         // authentication refused, permission denied: exit 3
    NotFound,        // no such account / file / token: exit 4
    Io,              // disk: exit 4
    Network,         // transport failed, timeout, server error: exit 5
    Cancelled,       // the user stopped it
    Internal,        // a bug or a library failure we did not expect
};

/// Why a call failed, finer than ErrorKind: what a front end branches on ("sign in again",
/// "not allowed", "try later"). Kept when a network error becomes an Error, so a QFuture's
/// Result still carries it.
enum class ErrorCause {
    None,              // a local error with no finer cause
    Http,              // the server answered with an error status (see httpStatus)
    ConnectionRefused, // nothing listens there (the server is stopped)
    HostNotFound,
    Timeout,           // no complete answer within the transfer timeout
    Tls,               // certificate or handshake failure, never ignored
    Network,           // any other transport failure
    BadReply,          // the server answered something that does not parse
    TooLarge,          // the body went over the response size cap
    Insecure,          // plain http:// to a host that is not loopback
    Cancelled,         // the caller cancelled
    SignatureRefused,  // the user (or the phishing guard) refused to sign
    Local,             // a local step failed (signing, key, storage) before sending
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message; // one sentence, already translated, never containing a secret
    ErrorCause cause = ErrorCause::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived

    /// The service no longer accepts the credential (401 after any refresh): sign in again.
    bool needsSignIn() const { return httpStatus == 401; }
    /// Signed in, but this account may not do that (403).
    bool isForbidden() const { return httpStatus == 403; }
    /// Worth trying again later: no answer, a timeout, an overloaded or failing server.
    bool isTransient() const
    {
        switch (cause) {
        case ErrorCause::ConnectionRefused: case ErrorCause::HostNotFound: case ErrorCause::Timeout:
        case ErrorCause::Network: return true;
        case ErrorCause::Http: return httpStatus == 429 || httpStatus >= 500;
        default: return false;
        }
    }
    bool isCancelled() const { return kind == ErrorKind::Cancelled || cause == ErrorCause::Cancelled; }
};

/// CLI exit code for an error kind (0 ok, 2 usage, 3 auth, 4 input, 5 network).
inline int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::WrongPassword:
    case ErrorKind::Refused: return 3;
    case ErrorKind::Network: return 5;
    case ErrorKind::Cancelled: return 1;
    case ErrorKind::Internal: return 1;
    default: return 4;
    }
}

/// A value or an Error. `Result<void>` is the success-or-error form.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}
    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorKind kind, QString message) { return Error{kind, std::move(message), ErrorCause::None, 0}; }

} // namespace inkan
