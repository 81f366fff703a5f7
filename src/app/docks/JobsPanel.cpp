#include "JobsPanel.h"

#include "models/JobListModel.h"
#include "widgets/ProgressBarDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Leitstand {

JobsPanel::JobsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new JobListModel(this))
    , m_pages(new QStackedWidget(this))
    , m_tableView(new QTableView(m_pages))
{
    m_tableView->setObjectName(QStringLiteral("jobsTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->setShowGrid(false);
    m_tableView->setItemDelegateForColumn(JobListModel::ProgressColumn,
                                          new ProgressBarDelegate(JobListModel::ProgressRole, m_tableView));
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(JobListModel::JobColumn, QHeaderView::Stretch);
    header->resizeSection(JobListModel::ProgressColumn, 160);

    auto *note = new QLabel(tr("No jobs in this session yet. Backups, restores, drills and deploys "
                               "report their progress here."),
                            m_pages);
    note->setObjectName(QStringLiteral("jobsPlaceholderLabel"));
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);
    note->setEnabled(false);
    m_pages->addWidget(note);
    m_pages->addWidget(m_tableView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::showTableOrNote);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPanel::showTableOrNote);
    showTableOrNote();
}

void JobsPanel::showTableOrNote()
{
    m_pages->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_tableView) : m_pages->widget(0));
}

} // namespace Leitstand
