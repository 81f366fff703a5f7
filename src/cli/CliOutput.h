#pragma once

#include <QByteArray>
#include <QString>

namespace Leitstand {
class Error;
}

namespace Leitstand::Cli {

// Writes results to stdout and diagnostics to stderr, always as UTF-8.
class CliOutput final
{
public:
    static void write(const QByteArray &bytes);
    static void writeLine(const QString &text);
    static void error(const QString &text);
    static void error(const Error &error);
};

} // namespace Leitstand::Cli
