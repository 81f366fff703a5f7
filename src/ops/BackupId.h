#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Leitstand {

// Names one backup of a stack by its start time in UTC, "20261123T061900Z": sortable as text,
// free of characters that need quoting, and the same on the desktop and in scheduled runs.
class BackupId final
{
public:
    static BackupId fromStartTime(const QDateTime &startedAt);
    static std::optional<BackupId> parse(const QString &text);

    QString toString() const { return m_text; }
    QDateTime startTime() const { return m_startedAt; }
    friend bool operator<(const BackupId &a, const BackupId &b) { return a.m_text < b.m_text; }
    friend bool operator==(const BackupId &a, const BackupId &b) { return a.m_text == b.m_text; }

private:
    BackupId(QString text, QDateTime startedAt);

    QString m_text;
    QDateTime m_startedAt;
};

} // namespace Leitstand
