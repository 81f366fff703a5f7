#include "EditedFile.h"

#include "VersionedFileWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPlainTextDocumentLayout>
#include <QTextDocument>

namespace Leitstand {

namespace {

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

std::optional<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

EditedFile::EditedFile(QString path, Kind kind, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_kind(kind)
    , m_document(new QTextDocument(this))
{
    m_document->setDocumentLayout(new QPlainTextDocumentLayout(m_document));
}

Outcome EditedFile::loadFromDisk()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read the file: %1").arg(file.errorString()), SourceLocation{m_path});
    m_diskText = file.readAll();
    m_diskHash = hashOf(m_diskText);
    m_crlf = m_diskText.contains("\r\n");
    QString text = QString::fromUtf8(m_diskText);
    if (m_crlf)
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    m_document->setUndoRedoEnabled(false);
    m_document->setPlainText(text);
    m_document->setUndoRedoEnabled(true);
    m_document->setModified(false);
    return Success{};
}

QByteArray EditedFile::text() const
{
    // toRawText keeps non-breaking spaces that toPlainText would turn into plain ones.
    QString text = m_document->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    if (m_crlf)
        text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return text.toUtf8();
}

bool EditedFile::isModified() const
{
    return m_document->isModified() && text() != m_diskText;
}

bool EditedFile::changedOnDisk() const
{
    if (isReadOnly())
        return false;
    const std::optional<QByteArray> current = readBytes(m_path);
    return !current || hashOf(*current) != m_diskHash;
}

Expected<QString> EditedFile::save()
{
    if (isReadOnly())
        return Error(tr("the file is part of the application and cannot be changed; use Save as"),
                     SourceLocation{m_path});
    const QByteArray content = text();
    Expected<QString> kept = VersionedFileWriter::write(m_path, content);
    if (!kept)
        return kept;
    m_diskText = content;
    m_diskHash = hashOf(content);
    m_document->setModified(false);
    return kept;
}

} // namespace Leitstand
