#include "EnvFileModel.h"

#include "core/analysis/safety/SecretRules.h"

#include <QFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Leitstand {

EnvFileModel::EnvFileModel(QTextDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    reparse();
    connect(m_document, &QTextDocument::contentsChanged, this, [this] {
        if (m_editing)
            return;
        beginResetModel();
        reparse();
        endResetModel();
    });
}

QString EnvFileModel::mask()
{
    return QStringLiteral("••••••••");
}

void EnvFileModel::reparse()
{
    m_rows.clear();
    QStringList comments;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(QLatin1Char('#'))) {
            comments.append(trimmed.mid(1).trimmed());
            continue;
        }
        std::optional<EnvLine> line = EnvLine::parse(text);
        if (line)
            m_rows.append(Row{block.blockNumber(), std::move(*line), comments.join(QLatin1Char(' '))});
        // A blank line ends the comment that introduces a group; so does any statement.
        comments.clear();
    }
}

bool EnvFileModel::isSecret(const Row &row) const
{
    return Analysis::SecretRules::isSecretName(row.line.key)
           || Analysis::SecretRules::hasCredentialsInUrl(row.line.value);
}

int EnvFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnvFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool secret = isSecret(row);
    const bool revealed = m_revealed.contains(row.line.key);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return row.line.key;
        case ValueColumn:
            return secret && !revealed && !row.line.value.isEmpty() ? mask() : row.line.value;
        case CommentColumn:
            return row.line.comment.isEmpty() ? row.commentAbove : row.line.comment;
        }
        return {};
    case Qt::EditRole:
        if (index.column() == KeyColumn)
            return row.line.key;
        if (index.column() == ValueColumn)
            return row.line.value;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && secret && !revealed)
            return tr("A secret: reveal it to read it (Ctrl+R), or edit it directly");
        if (index.column() == ValueColumn && !row.line.editable)
            return tr("This value spans several lines: edit it in the text of the file");
        return {};
    case Qt::FontRole:
        if (index.column() != CommentColumn) {
            QFont font;
            font.setFamily(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        return {};
    case RevealedRole:
        return revealed;
    case SecretRole:
        return secret;
    default:
        return {};
    }
}

bool EnvFileModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const Row row = m_rows.at(index.row());
    if (role == RevealedRole && index.column() == ValueColumn) {
        if (value.toBool())
            m_revealed.insert(row.line.key);
        else
            m_revealed.remove(row.line.key);
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::ToolTipRole, RevealedRole});
        return true;
    }
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString();
    bool changed = false;
    if (index.column() == ValueColumn) {
        if (text == row.line.value)
            return true;
        changed = replaceInLine(row, row.line.valueStart, row.line.valueLength, row.line.encode(text));
    } else if (index.column() == KeyColumn) {
        static const QRegularExpression validKey(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
        if (!validKey.match(text).hasMatch())
            return false;
        changed = replaceInLine(row, row.line.keyStart, row.line.key.size(), text);
        if (m_revealed.remove(row.line.key))
            m_revealed.insert(text);
    }
    if (changed)
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return changed;
}

bool EnvFileModel::replaceInLine(const Row &row, qsizetype start, qsizetype length, const QString &text)
{
    const QTextBlock block = m_document->findBlockByNumber(row.blockNumber);
    if (!block.isValid())
        return false;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + int(start));
    cursor.setPosition(block.position() + int(start + length), QTextCursor::KeepAnchor);
    m_editing = true;
    cursor.beginEditBlock();
    cursor.insertText(text);
    cursor.endEditBlock();
    m_editing = false;
    // Same lines, same rows: only this row's parsed values changed.
    reparse();
    return true;
}

QVariant EnvFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Variable");
    case ValueColumn:
        return tr("Value");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

Qt::ItemFlags EnvFileModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Row &row = m_rows.at(index.row());
    if (index.column() == KeyColumn || (index.column() == ValueColumn && row.line.editable))
        result |= Qt::ItemIsEditable;
    return result;
}

} // namespace Leitstand
