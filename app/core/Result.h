#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace rabeg {

// An error a person can act on: a stable machine code (for APIs and tests) and a sentence (for people).
struct Error
{
    QString code;
    QString message;
};

// Value or error. Core APIs return this instead of throwing, so nothing crosses the event loop as an exception.
template <typename T, typename E = Error>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const E &error() const { return std::get<1>(m_data); }

    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, E> m_data;
};

// For operations that only succeed or fail.
using Status = std::optional<Error>;

} // namespace rabeg
