#include "RecentFilesMenu.h"

#include <QDir>
#include <QSettings>

namespace Leitstand {

namespace {

const QString RecentPathsKey = QStringLiteral("recent/paths");

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    rebuild();
}

void RecentFilesMenu::addPath(const QString &path)
{
    QStringList updated = paths();
    updated.removeAll(path);
    updated.prepend(path);
    storePaths(updated.mid(0, MaximumEntries));
}

QStringList RecentFilesMenu::paths() const
{
    return QSettings().value(RecentPathsKey).toStringList();
}

void RecentFilesMenu::storePaths(const QStringList &paths)
{
    QSettings().setValue(RecentPathsKey, paths);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList recent = paths();
    for (int position = 0; position < recent.size(); ++position) {
        const QString &path = recent.at(position);
        QString label = QDir::toNativeSeparators(path);
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        // The first nine get a mnemonic digit so they can be opened from the keyboard.
        if (position < 9)
            label = QStringLiteral("&%1 %2").arg(position + 1).arg(label);
        QAction *action = addAction(label);
        connect(action, &QAction::triggered, this, [this, path] { emit pathTriggered(path); });
    }
    if (recent.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("&Clear Menu")), &QAction::triggered, this, [this] { storePaths({}); });
}

} // namespace Leitstand
