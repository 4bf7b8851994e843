// Result<T>: a value or one clear error sentence, the error convention across core module boundaries.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace yeonpyo {

/// An error as a value: one sentence a user can read, ending with a full stop.
struct Error {
    std::string message;
};

/// Either a T or an Error. Core functions return this instead of throwing.
template <typename T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(state_); }
    const T& value() const& { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

/// The result of an operation that yields nothing but may fail.
struct Done {};
using Status = Result<Done>;

inline Status success() { return Done{}; }

}  // namespace yeonpyo
