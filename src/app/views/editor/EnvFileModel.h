#pragma once

#include "EnvLine.h"

#include <QAbstractTableModel>
#include <QSet>

class QTextDocument;

namespace Leitstand {

// A .env file as a table of KEY | VALUE | comment over the file's text document. Edits replace
// the characters of one value (or key) in its line, so comments, blank lines, order and quoting
// of the file stay as written, and the document's undo history covers table edits too. Values
// of secret-looking keys are masked until revealed cell by cell.
class EnvFileModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, CommentColumn, ColumnCount };
    // bool: whether a secret value is shown in clear; settable on the value column.
    static constexpr int RevealedRole = Qt::UserRole + 1;
    // bool: whether the key looks like it names a secret.
    static constexpr int SecretRole = Qt::UserRole + 2;

    explicit EnvFileModel(QTextDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString mask();

private:
    struct Row
    {
        int blockNumber = 0;
        EnvLine line;
        QString commentAbove; // the comment lines directly above, for entries without their own
    };

    void reparse();
    bool isSecret(const Row &row) const;
    bool replaceInLine(const Row &row, qsizetype start, qsizetype length, const QString &text);

    QTextDocument *m_document;
    QList<Row> m_rows;
    QSet<QString> m_revealed; // by key, so a reveal survives edits that renumber the lines
    bool m_editing = false;
};

} // namespace Leitstand
