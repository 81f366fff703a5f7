#include "LogPanel.h"

#include "models/LogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QScrollBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Leitstand {

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(this))
    , m_view(new QTreeView(this))
    , m_copyAction(new QAction(tr("&Copy"), this))
    , m_clearAction(new QAction(tr("C&lear"), this))
{
    m_view->setObjectName(QStringLiteral("logTreeView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(LogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LogModel::LevelColumn, QHeaderView::ResizeToContents);

    m_copyAction->setObjectName(QStringLiteral("copyLogAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected messages, or all of them when none is selected"));
    m_clearAction->setObjectName(QStringLiteral("clearLogAction"));
    m_clearAction->setToolTip(tr("Remove every message from the log"));
    m_view->addAction(m_copyAction);
    m_view->addAction(m_clearAction);
    connect(m_copyAction, &QAction::triggered, this, &LogPanel::copy);
    connect(m_clearAction, &QAction::triggered, m_model, &LogModel::clear);

    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_copyAction);
    toolBar->addAction(m_clearAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);

    // Follow new messages only while the operator is at the end, not while reading older ones.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_view->setProperty("followTail", bar->value() == bar->maximum());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->property("followTail").toBool())
            m_view->scrollToBottom();
    });
}

void LogPanel::copy() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(rows.isEmpty() ? m_model->allText() : m_model->text(rows));
}

} // namespace Leitstand
