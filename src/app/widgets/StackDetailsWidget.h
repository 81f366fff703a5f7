#pragma once

#include "views/StackView.h"

#include <memory>

class QSortFilterProxyModel;

namespace Leitstand {

namespace Ui {
class StackDetailsWidget;
}

class ServiceTableModel;

// The "Services" tab: the services of the selected stack in a sortable, filterable table, or
// the located error when the stack could not be loaded.
class StackDetailsWidget final : public StackView
{
    Q_OBJECT

public:
    explicit StackDetailsWidget(QWidget *parent = nullptr);
    ~StackDetailsWidget() override;

    void showStack(const LoadedHost *host, const LoadedStack &stack) override;
    void selectService(const QString &serviceName) override;
    void showPlaceholder();
    void focusFilter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showServices(const LoadedStack &stack);
    void showError(const LoadedStack &stack);
    void fitColumnsToContents();
    void reportCurrentService();

    std::unique_ptr<Ui::StackDetailsWidget> m_ui;
    ServiceTableModel *m_serviceModel = nullptr;
    QSortFilterProxyModel *m_proxyModel = nullptr;
    // Once the operator sets a column's width by hand, resizing the window keeps it.
    bool m_columnsResizedByUser = false;
    bool m_fittingColumns = false;
    // Set while a selection comes from outside, so it is not reported back as the operator's.
    bool m_selectingFromOutside = false;
};

} // namespace Leitstand
