#pragma once

#include <QList>
#include <QString>

namespace Leitstand::Analysis {

// One host port of one service that leaves its category's range, and where it should go.
struct PortMove
{
    QString stack;
    QString service;
    QString categoryId;
    QString categoryLabel;
    int rangeFirst = 0;
    int rangeLast = 0;
    int from = 0;
    int to = 0; // 0: the range has no free port left

    bool isResolved() const { return to > 0; }
    friend bool operator==(const PortMove &, const PortMove &) = default;
};

// A published port of a service that no category of the scheme matches.
struct UnclassifiedPort
{
    QString stack;
    QString service;
    int published = 0;

    friend bool operator==(const UnclassifiedPort &, const UnclassifiedPort &) = default;
};

// The moves that bring a host's published ports into the scheme, old → new.
struct PortMigrationPlan
{
    QList<PortMove> moves;
    QList<UnclassifiedPort> unclassified;

    QList<PortMove> movesOf(const QString &stack) const;
};

} // namespace Leitstand::Analysis
