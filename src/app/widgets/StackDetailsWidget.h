#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Leitstand {

namespace Ui {
class StackDetailsWidget;
}

class ServiceDetailsModel;
class ServiceTableModel;
struct LoadedStack;

// The right-hand side of the main window: the services of the selected stack in a sortable,
// filterable table, or the located error when the stack could not be loaded.
class StackDetailsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit StackDetailsWidget(QWidget *parent = nullptr);
    ~StackDetailsWidget() override;

    void showStack(const QString &hostName, const LoadedStack &stack);
    void showPlaceholder();
    void selectService(const QString &serviceName);
    void focusFilter();

    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showServices(const QString &hostName, const LoadedStack &stack);
    void showError(const LoadedStack &stack);
    void fitColumnsToContents();
    void showCurrentServiceDetails();

    std::unique_ptr<Ui::StackDetailsWidget> m_ui;
    ServiceTableModel *m_serviceModel = nullptr;
    QSortFilterProxyModel *m_proxyModel = nullptr;
    ServiceDetailsModel *m_detailsModel = nullptr;
    // Once the operator sets a column's width by hand, resizing the window keeps it.
    bool m_columnsResizedByUser = false;
    bool m_fittingColumns = false;
};

} // namespace Leitstand
