#pragma once

#include "Error.h"

#include <utility>
#include <variant>

namespace Leitstand {

// The result of a fallible call: a value or an Error. Errors are values, never exceptions
// across layer boundaries.
template<typename T>
class [[nodiscard]] Expected final
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Expected(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

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

// For calls that only succeed or fail.
struct Success final
{};
using Outcome = Expected<Success>;

} // namespace Leitstand
