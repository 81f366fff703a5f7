#include "ServiceBlocks.h"

#include <QTextBlock>
#include <QTextDocument>

namespace Leitstand {

namespace {

int indentation(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

bool isBlankOrComment(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'));
}

// "  name:" or "  \"name\":" → name; empty when the line is not a plain key line.
QString keyOf(const QString &line)
{
    const QString trimmed = line.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return QString();
    QString key = trimmed.left(colon).trimmed();
    if (key.size() >= 2 && (key.front() == QLatin1Char('"') || key.front() == QLatin1Char('\''))
        && key.back() == key.front())
        key = key.mid(1, key.size() - 2);
    return key;
}

} // namespace

QList<ServiceBlock> ServiceBlocks::find(const QTextDocument &document)
{
    QList<ServiceBlock> blocks;
    bool inServices = false;
    int serviceIndent = -1;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        if (isBlankOrComment(line))
            continue;
        const int indent = indentation(line);
        if (indent == 0) {
            inServices = keyOf(line) == QLatin1String("services");
            serviceIndent = -1;
            continue;
        }
        if (!inServices)
            continue;
        if (serviceIndent < 0)
            serviceIndent = indent;
        if (indent < serviceIndent)
            continue;
        if (indent == serviceIndent) {
            const QString name = keyOf(line);
            if (!name.isEmpty())
                blocks.append(ServiceBlock{name, block.blockNumber(), block.blockNumber()});
            continue;
        }
        if (!blocks.isEmpty())
            blocks.last().lastBlock = block.blockNumber();
    }
    return blocks;
}

} // namespace Leitstand
