#include "PortsView.h"

#include "PortFilterProxyModel.h"
#include "PortMatrixModel.h"
#include "workspace/LoadedHost.h"

#include "core/analysis/ports/PortMatrixWriter.h"
#include "core/analysis/ports/PortMigrationPlanner.h"
#include "core/analysis/ports/PortOverrideWriter.h"
#include "core/analysis/ports/PortSchemeReader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace Leitstand {

namespace {

Outcome writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error(PortsView::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Success{};
}

} // namespace

PortsView::PortsView(QWidget *parent)
    : StackView(parent)
    , m_model(new PortMatrixModel(this))
    , m_proxy(new PortFilterProxyModel(this))
    , m_scheme(Analysis::PortScheme::defaultScheme())
    , m_schemeDescription(tr("default scheme (seed 004)"))
{
    setObjectName(QStringLiteral("portsView"));
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QWidget(this);
    setUpFilters(bar);
    layout->addWidget(bar);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("portsSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("portsTableView"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(PortMatrixModel::PortColumn, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tableView, 1);

    connect(m_tableView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT serviceActivated(index.data(PortMatrixModel::ServiceRole).toString());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PortsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PortsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PortsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PortsView::updateSummary);
    updateSummary();
}

PortsView::~PortsView() = default;

void PortsView::setUpFilters(QWidget *bar)
{
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filterLineEdit = new QLineEdit(bar);
    m_filterLineEdit->setObjectName(QStringLiteral("portsFilterLineEdit"));
    m_filterLineEdit->setPlaceholderText(tr("Filter by service, address or port"));
    m_filterLineEdit->setClearButtonEnabled(true);
    layout->addWidget(m_filterLineEdit, 1);

    m_exposureComboBox = new QComboBox(bar);
    m_exposureComboBox->setObjectName(QStringLiteral("exposureFilterComboBox"));
    m_exposureComboBox->addItem(tr("All exposures"));
    for (Analysis::PortExposure exposure : {Analysis::PortExposure::Public,
                                            Analysis::PortExposure::Tailnet,
                                            Analysis::PortExposure::Private,
                                            Analysis::PortExposure::Loopback,
                                            Analysis::PortExposure::Internal})
        m_exposureComboBox->addItem(PortMatrixModel::exposureText(exposure),
                                    Analysis::PortExposureRules::name(exposure));
    layout->addWidget(m_exposureComboBox);

    m_protocolComboBox = new QComboBox(bar);
    m_protocolComboBox->setObjectName(QStringLiteral("protocolFilterComboBox"));
    m_protocolComboBox->addItem(tr("All protocols"));
    m_protocolComboBox->addItem(QStringLiteral("tcp"), QStringLiteral("tcp"));
    m_protocolComboBox->addItem(QStringLiteral("udp"), QStringLiteral("udp"));
    layout->addWidget(m_protocolComboBox);

    m_exportButton = new QPushButton(tr("Export CSV…"), bar);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    layout->addWidget(m_exportButton);
    m_overrideButton = new QPushButton(tr("Write migration override…"), bar);
    m_overrideButton->setObjectName(QStringLiteral("writeOverrideButton"));
    layout->addWidget(m_overrideButton);
    auto *schemeButton = new QPushButton(tr("Port scheme…"), bar);
    schemeButton->setObjectName(QStringLiteral("portSchemeButton"));
    schemeButton->setToolTip(tr("Check the ports against a port scheme file of your own"));
    layout->addWidget(schemeButton);
    m_schemeLabel = new QLabel(bar);
    layout->addWidget(m_schemeLabel);

    connect(m_filterLineEdit, &QLineEdit::textChanged, m_proxy, &PortFilterProxyModel::setText);
    connect(m_exposureComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setExposure(m_exposureComboBox->currentData().toString());
    });
    connect(m_protocolComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setProtocol(m_protocolComboBox->currentData().toString());
    });
    connect(m_exportButton, &QPushButton::clicked, this, &PortsView::chooseCsvFile);
    connect(m_overrideButton, &QPushButton::clicked, this, &PortsView::chooseOverrideFile);
    connect(schemeButton, &QPushButton::clicked, this, &PortsView::chooseSchemeFile);
}

void PortsView::showStack(const LoadedHost *host, const LoadedStack &stack)
{
    m_project.reset();
    m_hostProjects.clear();
    m_stackError.clear();
    if (stack.isLoaded()) {
        m_project = stack.project->project;
        if (host) {
            for (const LoadedStack &sibling : host->stacks) {
                if (sibling.isLoaded())
                    m_hostProjects << sibling.project->project;
            }
        } else {
            m_hostProjects << *m_project;
        }
    } else {
        m_stackError = tr("%1 could not be loaded: %2").arg(stack.definition.name, stack.error.message());
    }
    recompute();
}

void PortsView::selectService(const QString &serviceName)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(PortMatrixModel::ServiceRole).toString() == serviceName) {
            m_tableView->selectRow(row);
            m_tableView->scrollTo(index);
            return;
        }
    }
    m_tableView->clearSelection();
}

void PortsView::setPortScheme(const Analysis::PortScheme &scheme, const QString &description)
{
    m_scheme = scheme;
    m_schemeDescription = description;
    recompute();
}

Outcome PortsView::loadPortSchemeFile(const QString &path)
{
    Expected<Analysis::PortScheme> scheme = Analysis::PortSchemeReader::readFile(path);
    if (!scheme)
        return scheme.error();
    setPortScheme(*scheme, QFileInfo(path).fileName());
    return Success{};
}

void PortsView::recompute()
{
    if (!m_project) {
        m_model->clear();
        m_plan = {};
    } else {
        const Analysis::PortMatrix matrix = Analysis::PortMatrix::buildForHost(m_hostProjects);
        m_plan = Analysis::PortMigrationPlanner::plan(m_hostProjects, m_scheme);
        m_model->setMatrix(*m_project, matrix, m_plan);
    }
    m_schemeLabel->setText(tr("Scheme: %1").arg(m_schemeDescription));
    m_exportButton->setEnabled(m_project.has_value());
    m_overrideButton->setEnabled(!resolvedMoves().isEmpty());
    m_overrideButton->setToolTip(resolvedMoves().isEmpty()
                                     ? tr("Every published port is within the port scheme.")
                                     : tr("Saves the moves to the scheme's ports as a compose override file."));
    updateSummary();
}

QList<Analysis::PortMove> PortsView::resolvedMoves() const
{
    QList<Analysis::PortMove> moves;
    if (!m_project)
        return moves;
    for (const Analysis::PortMove &move : m_plan.movesOf(m_project->name)) {
        if (move.isResolved())
            moves << move;
    }
    return moves;
}

void PortsView::updateSummary()
{
    if (!m_stackError.isEmpty()) {
        m_summaryLabel->setText(m_stackError);
        return;
    }
    QStringList parts{tr("%n binding(s)", nullptr, m_model->rowCount())};
    if (m_proxy->rowCount() != m_model->rowCount())
        parts << tr("%n shown", nullptr, m_proxy->rowCount());
    parts << tr("%n clash(es)", nullptr, m_model->clashCount());
    parts << tr("%n port(s) outside the scheme", nullptr, m_model->schemeViolationCount());
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

QString PortsView::summaryText() const
{
    return m_summaryLabel->text();
}

Outcome PortsView::exportCsv(const QString &path) const
{
    // The rows as shown (filtered and sorted), in the CSV format of `leitstand-cli ports`.
    Analysis::PortMatrix shown;
    shown.conflicts = m_model->conflicts();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        if (const Analysis::PortMatrixBinding *binding = m_model->binding(source.row()))
            shown.bindings << *binding;
    }
    return writeFile(path, Analysis::PortMatrixWriter::toCsv(shown).toUtf8());
}

Outcome PortsView::writeMigrationOverride(const QString &path) const
{
    if (!m_project)
        return Error(tr("No stack is shown."));
    const QList<Analysis::PortMove> moves = resolvedMoves();
    if (moves.isEmpty())
        return Error(tr("Every published port of %1 is within the port scheme; there is nothing to write.")
                         .arg(m_project->name));
    return writeFile(path, Analysis::PortOverrideWriter::write(*m_project, moves));
}

void PortsView::chooseCsvFile()
{
    const QString suggested = m_project ? m_project->name + QStringLiteral("-ports.csv") : QString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export ports"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Outcome written = exportCsv(path); !written)
        QMessageBox::warning(this, tr("Export ports"), written.error().message());
}

void PortsView::chooseOverrideFile()
{
    if (!m_project)
        return;
    const QString suggested = QDir(m_project->workingDirectory).filePath(QStringLiteral("compose.ports-override.yaml"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Write migration override"), suggested, tr("Compose files (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    if (Outcome written = writeMigrationOverride(path); !written)
        QMessageBox::warning(this, tr("Write migration override"), written.error().message());
}

void PortsView::chooseSchemeFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open port scheme"), QString(), tr("Port schemes (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    if (Outcome loaded = loadPortSchemeFile(path); !loaded)
        QMessageBox::warning(this, tr("Open port scheme"), loaded.error().toString());
}

} // namespace Leitstand
