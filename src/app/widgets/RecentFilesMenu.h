#pragma once

#include <QMenu>
#include <QStringList>

namespace Leitstand {

// File › Recent: workspaces, compose files and project folders opened before, newest first,
// kept in the settings so they survive a restart.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    void addPath(const QString &path);
    QStringList paths() const;

signals:
    void pathTriggered(const QString &path);

private:
    void storePaths(const QStringList &paths);
    void rebuild();

    static constexpr int MaximumEntries = 10;
};

} // namespace Leitstand
