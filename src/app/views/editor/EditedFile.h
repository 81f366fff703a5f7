#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

class QTextDocument;

namespace Leitstand {

// One file of a stack open in the editor: its text document (with its undo history) and what
// the disk held when it was read or last saved, so that a change made by someone else since
// is noticed before it is overwritten.
class EditedFile final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Compose, DotEnv };

    EditedFile(QString path, Kind kind, QObject *parent = nullptr);

    const QString &path() const { return m_path; }
    Kind kind() const { return m_kind; }
    QTextDocument *document() const { return m_document; }

    // Files inside the application's resources (the built-in demo, ":/...") cannot be written.
    bool isReadOnly() const { return m_path.startsWith(QLatin1Char(':')); }

    // Reads the file into the document; the undo history starts afresh.
    Outcome loadFromDisk();

    // The text as it would be written: the document's text with the file's line ends.
    QByteArray text() const;
    const QByteArray &diskText() const { return m_diskText; }
    bool isModified() const;
    // Whether the file on disk differs from what was read or last saved here.
    bool changedOnDisk() const;

    // Writes text() atomically, keeping the previous version; returns where that was kept.
    Expected<QString> save();

private:
    QString m_path;
    Kind m_kind;
    QTextDocument *m_document;
    QByteArray m_diskText;
    QByteArray m_diskHash;
    bool m_crlf = false;
};

} // namespace Leitstand
