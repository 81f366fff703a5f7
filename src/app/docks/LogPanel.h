#pragma once

#include <QWidget>

class QAction;
class QTreeView;

namespace Leitstand {

class LogModel;

// The content of the log dock: the session's messages with time and level, newest at the bottom
// and followed while the view is scrolled to the end; Copy takes the selection (or everything).
class LogPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *clearAction() const { return m_clearAction; }

    void copy() const;

private:
    LogModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_clearAction = nullptr;
};

} // namespace Leitstand
