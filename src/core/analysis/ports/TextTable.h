#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Leitstand::Analysis {

// Rows of text cells rendered as a terminal table (columns padded to their widest cell) or
// as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or line break).
class TextTable final
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    QString toText() const;
    QString toCsv() const;

    static QString csvField(const QString &value);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace Leitstand::Analysis
