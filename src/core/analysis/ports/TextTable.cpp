#include "TextTable.h"

#include <algorithm>

namespace Leitstand::Analysis {

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

QString TextTable::toText() const
{
    QList<qsizetype> widths;
    for (const QString &title : m_header)
        widths.append(title.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < widths.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    QString text;
    auto appendLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype column = 0; column < widths.size(); ++column) {
            if (column > 0)
                line += QStringLiteral("  ");
            line += cells.at(column).leftJustified(widths.at(column));
        }
        // Trailing padding only gets in the way of diffs and copy & paste.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    };
    appendLine(m_header);
    for (const QStringList &row : m_rows)
        appendLine(row);
    return text;
}

QString TextTable::csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString TextTable::toCsv() const
{
    QString text;
    auto appendRecord = [&](const QStringList &cells) {
        QStringList fields;
        for (const QString &cell : cells)
            fields.append(csvField(cell));
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    appendRecord(m_header);
    for (const QStringList &row : m_rows)
        appendRecord(row);
    return text;
}

} // namespace Leitstand::Analysis
