#include "BackupId.h"

#include <QTimeZone>

namespace Leitstand {

namespace {

const QString kFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

} // namespace

BackupId::BackupId(QString text, QDateTime startedAt)
    : m_text(std::move(text))
    , m_startedAt(std::move(startedAt))
{}

BackupId BackupId::fromStartTime(const QDateTime &startedAt)
{
    QDateTime utc = startedAt.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return BackupId(utc.toString(kFormat), utc);
}

std::optional<BackupId> BackupId::parse(const QString &text)
{
    if (text.size() != 16)
        return std::nullopt;
    QDateTime time = QDateTime::fromString(text, kFormat);
    if (!time.isValid())
        return std::nullopt;
    time.setTimeZone(QTimeZone::utc());
    return BackupId(text, time);
}

} // namespace Leitstand
