#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace Leitstand {

// Accepts compose files, project folders and workspace files dragged from a file manager onto
// the widget it watches, and reports their local paths. Anything else is refused while dragging.
class FileDropHandler final : public QObject
{
    Q_OBJECT

public:
    explicit FileDropHandler(QWidget *watched);

    // The local files and folders of a drag, in the order given; empty when there are none.
    static QStringList localPaths(const QMimeData *mimeData);

Q_SIGNALS:
    void pathsDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Leitstand
