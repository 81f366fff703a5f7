#pragma once

#include "../Expected.h"
#include "VariableLookup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace Leitstand {

// Reads .env files the way docker compose v2 does: blank lines and "#" comment lines are
// skipped; a statement is KEY=VALUE (or the YAML-like KEY: VALUE), optionally after "export ";
// a KEY alone means "take it from the environment" and comes back without a value. Unquoted
// values end at the line end or at " #", and are trimmed; single-quoted values are literal;
// double-quoted values know the shell escapes (\n \t \\ \" ...) and may span lines. Unquoted and
// double-quoted values are interpolated: `lookup` is asked first, then the keys this file has
// set so far, which is the order compose uses.
class DotEnvParser final
{
    Q_DECLARE_TR_FUNCTIONS(DotEnvParser)

public:
    // In file order; a key may repeat, the last value wins.
    using Entries = std::vector<std::pair<std::string, std::optional<std::string>>>;

    static Expected<Entries> parse(const QByteArray &text, const QString &fileName, const VariableLookup &lookup = {});
    static Expected<Entries> parseFile(const QString &path, const VariableLookup &lookup = {});
};

} // namespace Leitstand
