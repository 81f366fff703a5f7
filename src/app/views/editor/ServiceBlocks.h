#pragma once

#include <QList>
#include <QString>

class QTextDocument;

namespace Leitstand {

// The services of a compose file as text blocks: each service key directly under the top-level
// "services:" with the lines that belong to it. Found from the indentation, so it works while
// the file does not parse, which is when an operator folds to find his way.
struct ServiceBlock
{
    QString name;
    int headerBlock = 0; // block number of the "name:" line
    int lastBlock = 0;   // last non-blank block of the service's body (== headerBlock when empty)

    bool hasBody() const { return lastBlock > headerBlock; }
    bool contains(int blockNumber) const { return blockNumber >= headerBlock && blockNumber <= lastBlock; }
};

class ServiceBlocks final
{
public:
    static QList<ServiceBlock> find(const QTextDocument &document);
};

} // namespace Leitstand
