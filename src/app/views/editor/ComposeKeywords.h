#pragma once

#include <QStringList>

class QTextBlock;

namespace Leitstand {

// The keys of the compose specification the editor completes, and which of them fit where.
class ComposeKeywords final
{
public:
    static const QStringList &topLevelKeys();
    static const QStringList &serviceKeys();

    // What fits on this line: top-level keys at column 0; nothing where a new service is named;
    // the names of the services on list items inside a service (depends_on, links); service
    // keys and service names elsewhere.
    static QStringList completionsAt(const QTextBlock &block, const QStringList &serviceNames);
};

} // namespace Leitstand
