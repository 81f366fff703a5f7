#include "CliOutput.h"

#include "core/Error.h"

#include <cstdio>

namespace Leitstand::Cli {

void CliOutput::write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::writeLine(const QString &text)
{
    write(text.toUtf8() + '\n');
}

void CliOutput::error(const QString &text)
{
    const QByteArray bytes = QByteArrayLiteral("leitstand-cli: ") + text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void CliOutput::error(const Error &error)
{
    CliOutput::error(error.toString());
}

} // namespace Leitstand::Cli
