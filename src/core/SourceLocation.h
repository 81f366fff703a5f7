#pragma once

#include <QString>

namespace Leitstand {

// A place in an input file. Line and column are 1-based; 0 means unknown.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    bool isValid() const { return !file.isEmpty() || line > 0; }
    QString toString() const;
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

} // namespace Leitstand
