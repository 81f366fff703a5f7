#pragma once

#include "views/StackView.h"

#include "core/Expected.h"
#include "core/analysis/ports/PortMigrationPlan.h"
#include "core/analysis/ports/PortScheme.h"
#include "core/model/ComposeProject.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Leitstand {

class PortFilterProxyModel;
class PortMatrixModel;

// The Ports tab: every binding of the stack in a sortable, filterable table, with clashes
// (inside the stack and with the other stacks of its host) and public admin UIs highlighted,
// the port scheme's suggestion for ports outside their range, CSV export, and the scheme's
// migration plan written as a compose override file.
class PortsView final : public StackView
{
    Q_OBJECT

public:
    explicit PortsView(QWidget *parent = nullptr);
    ~PortsView() override;

    void showStack(const LoadedHost *host, const LoadedStack &stack) override;
    void selectService(const QString &serviceName) override;

    // The scheme the suggestions come from; the default is seed 004's proposal.
    void setPortScheme(const Analysis::PortScheme &scheme, const QString &description);
    Outcome loadPortSchemeFile(const QString &path);

    Outcome exportCsv(const QString &path) const;
    Outcome writeMigrationOverride(const QString &path) const;

    PortMatrixModel *matrixModel() const { return m_model; }
    PortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_tableView; }
    QLineEdit *filterLineEdit() const { return m_filterLineEdit; }
    QComboBox *exposureComboBox() const { return m_exposureComboBox; }
    QComboBox *protocolComboBox() const { return m_protocolComboBox; }
    QString summaryText() const;

private:
    void setUpFilters(QWidget *bar);
    void recompute();
    void updateSummary();
    void chooseCsvFile();
    void chooseOverrideFile();
    void chooseSchemeFile();
    QList<Analysis::PortMove> resolvedMoves() const;

    PortMatrixModel *m_model = nullptr;
    PortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_tableView = nullptr;
    QLineEdit *m_filterLineEdit = nullptr;
    QComboBox *m_exposureComboBox = nullptr;
    QComboBox *m_protocolComboBox = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_schemeLabel = nullptr;

    Analysis::PortScheme m_scheme;
    QString m_schemeDescription;
    std::optional<ComposeProject> m_project;
    QList<ComposeProject> m_hostProjects;
    QString m_stackError;
    Analysis::PortMigrationPlan m_plan;
};

} // namespace Leitstand
