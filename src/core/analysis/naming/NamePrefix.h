#pragma once

#include <QString>

#include <cstdint>

namespace Leitstand::Analysis {

// The prefix a container or volume name starts with, judged against the expected one. Seed 004
// lists the variants operators end up with: "manacore-postgres" (the prefix), "mana-core-auth"
// (the prefix with a hyphen inside), "mana-search" (a shortened prefix) and "chat-backend"
// (none).
struct NamePrefix
{
    enum class Kind : std::uint8_t { Expected, Variant, None };

    Kind kind = Kind::None;
    QString prefix; // as written, separator included ("mana-core-"); empty for None
    QString rest;   // the name after the prefix; the whole name for None

    // expected is the project prefix without separator ("manacore").
    static NamePrefix of(const QString &name, const QString &expected);
};

} // namespace Leitstand::Analysis
