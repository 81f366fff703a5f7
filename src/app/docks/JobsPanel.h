#pragma once

#include <QWidget>

class QStackedWidget;
class QTableView;

namespace Leitstand {

class JobListModel;

// The content of the jobs dock: every job of this session with its target, state and progress.
// Until a job runs, a short note says what will appear here.
class JobsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(QWidget *parent = nullptr);

    JobListModel *model() const { return m_model; }
    QTableView *tableView() const { return m_tableView; }

private:
    void showTableOrNote();

    JobListModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_tableView = nullptr;
};

} // namespace Leitstand
