#pragma once

#include "SourceLocation.h"

#include <QString>

namespace Leitstand {

// A failure a user can act on: what is wrong and, where known, the place in the input.
class Error final
{
public:
    Error() = default;
    explicit Error(QString message, SourceLocation location = {})
        : m_message(std::move(message))
        , m_location(std::move(location))
    {}

    const QString &message() const { return m_message; }
    const SourceLocation &location() const { return m_location; }

    // "file:line:column: message", the form compilers use, so editors can jump to it.
    QString toString() const;

private:
    QString m_message;
    SourceLocation m_location;
};

} // namespace Leitstand
