#include "StackDetailsWidget.h"

#include "ui_StackDetailsWidget.h"

#include "AppIcons.h"
#include "ColumnWidthFitter.h"
#include "models/ServiceTableModel.h"
#include "workspace/LoadedStack.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QKeySequence>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QStyle>

#include <algorithm>

namespace Leitstand {

StackDetailsWidget::StackDetailsWidget(QWidget *parent)
    : StackView(parent)
    , m_ui(std::make_unique<Ui::StackDetailsWidget>())
    , m_serviceModel(new ServiceTableModel(this))
    , m_proxyModel(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);

    QFont titleFont = m_ui->errorTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_ui->errorTitleLabel->setFont(titleFont);
    m_ui->errorLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->errorIconLabel->setPixmap(AppIcons::error().pixmap(32, 32));
    m_ui->filterLineEdit->setPlaceholderText(tr("Filter this stack's services"));

    m_proxyModel->setSourceModel(m_serviceModel);
    m_proxyModel->setFilterKeyColumn(-1);
    m_proxyModel->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxyModel->setSortRole(ServiceTableModel::SortRole);
    m_proxyModel->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxyModel->setSortLocaleAware(true);

    QTableView *table = m_ui->servicesTableView;
    table->setModel(m_proxyModel);
    table->sortByColumn(ServiceTableModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Rows a little taller than the text: dense tables of near-identical names are easy to misread.
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 7 / 4);
    connect(header, &QHeaderView::sectionResized, this, [this, header](int logicalIndex) {
        // The stretched last column follows the window; only other columns tell of a hand resize.
        if (!m_fittingColumns && logicalIndex != header->logicalIndex(header->count() - 1))
            m_columnsResizedByUser = true;
    });
    table->viewport()->installEventFilter(this);

    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, m_proxyModel, &QSortFilterProxyModel::setFilterFixedString);

    connect(table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &StackDetailsWidget::reportCurrentService);

    showPlaceholder();
}

StackDetailsWidget::~StackDetailsWidget() = default;

void StackDetailsWidget::showStack(const LoadedHost *, const LoadedStack &stack)
{
    if (stack.isLoaded())
        showServices(stack);
    else
        showError(stack);
}

void StackDetailsWidget::showServices(const LoadedStack &stack)
{
    const QScopedValueRollback selecting(m_selectingFromOutside, true);
    m_serviceModel->setProject(stack.project->project);
    m_ui->filterLineEdit->setEnabled(true);
    m_ui->contentStackedWidget->setCurrentWidget(m_ui->servicesPage);
    m_columnsResizedByUser = false;
    fitColumnsToContents();
}

void StackDetailsWidget::showError(const LoadedStack &stack)
{
    m_serviceModel->clear();
    m_ui->errorTitleLabel->setText(tr("%1 could not be loaded").arg(stack.definition.name));
    m_ui->errorLabel->setText(stack.error.toString());
    m_ui->filterLineEdit->setEnabled(false);
    m_ui->contentStackedWidget->setCurrentWidget(m_ui->errorPage);
}

void StackDetailsWidget::showPlaceholder()
{
    m_serviceModel->clear();
    m_ui->filterLineEdit->setEnabled(false);
    m_ui->contentStackedWidget->setCurrentWidget(m_ui->placeholderPage);
}

void StackDetailsWidget::selectService(const QString &serviceName)
{
    const QScopedValueRollback selecting(m_selectingFromOutside, true);
    for (int row = 0; row < m_proxyModel->rowCount(); ++row) {
        const QModelIndex index = m_proxyModel->index(row, ServiceTableModel::NameColumn);
        if (index.data().toString() == serviceName) {
            m_ui->servicesTableView->selectRow(row);
            m_ui->servicesTableView->scrollTo(index);
            return;
        }
    }
    m_ui->servicesTableView->clearSelection();
}

void StackDetailsWidget::focusFilter()
{
    if (!m_ui->filterLineEdit->isEnabled())
        return;
    m_ui->filterLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterLineEdit->selectAll();
}

bool StackDetailsWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->servicesTableView->viewport() && event->type() == QEvent::Resize && !m_columnsResizedByUser)
        fitColumnsToContents();
    return StackView::eventFilter(watched, event);
}

void StackDetailsWidget::fitColumnsToContents()
{
    const QScopedValueRollback fitting(m_fittingColumns, true);
    QTableView *table = m_ui->servicesTableView;
    QHeaderView *header = table->horizontalHeader();
    // Measured over every row: resizeColumnsToContents() only looks at the rows inside the
    // viewport, which right after a page switch may not be laid out yet.
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 8;
    QList<int> widths;
    for (int column = 0; column < header->count(); ++column) {
        int width = header->sectionSizeHint(column);
        for (int row = 0; row < m_proxyModel->rowCount(); ++row)
            width = std::max(width, table->sizeHintForIndex(m_proxyModel->index(row, column)).width() + padding);
        widths.append(width);
    }
    const QList<int> fitted = ColumnWidthFitter::fit(widths, table->viewport()->width());
    for (int column = 0; column < header->count() - 1; ++column)
        header->resizeSection(column, fitted.at(column));
}

void StackDetailsWidget::reportCurrentService()
{
    if (m_selectingFromOutside)
        return;
    const QModelIndex current = m_proxyModel->mapToSource(m_ui->servicesTableView->currentIndex());
    if (const ComposeService *service = current.isValid() ? m_serviceModel->service(current.row()) : nullptr)
        Q_EMIT serviceActivated(service->name);
}

} // namespace Leitstand
