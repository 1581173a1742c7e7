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

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message; // one sentence, already translated, never containing a secret
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

inline Error makeError(ErrorKind kind, QString message) { return Error{kind, std::move(message)}; }

} // namespace inkan
