#include "TopologyView.h"

#include "DotLayoutInput.h"
#include "DotLayoutParser.h"
#include "DotLayoutRunner.h"
#include "TieredLayout.h"
#include "TopologyDiagramBuilder.h"
#include "TopologyExporter.h"
#include "TopologyFilterBar.h"
#include "TopologyGraphicsView.h"
#include "TopologyMinimap.h"
#include "TopologyNodeItem.h"
#include "TopologyScene.h"
#include "workspace/LoadedHost.h"

#include "core/analysis/ports/PortMatrix.h"
#include "core/analysis/topology/TopologyBuilder.h"
#include "core/analysis/topology/TopologyDotWriter.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Leitstand {

namespace {

// Below this many nodes the whole graph fits on screen and an overview only takes room.
constexpr int minimapThreshold = 25;

// Clashes across the stacks of one host count as well as those inside the stack.
QList<Analysis::PortConflict> hostConflicts(const LoadedHost *host, const LoadedStack &stack)
{
    if (!host)
        return Analysis::PortMatrix::build(stack.project->project).conflicts;
    QList<ComposeProject> projects;
    for (const LoadedStack &sibling : host->stacks) {
        if (sibling.isLoaded())
            projects << sibling.project->project;
    }
    return Analysis::PortMatrix::buildForHost(projects).conflicts;
}

} // namespace

TopologyView::TopologyView(QWidget *parent)
    : StackView(parent)
    , m_runner(new DotLayoutRunner(this))
    , m_scene(new TopologyScene(this))
{
    setObjectName(QStringLiteral("topologyView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_filterBar = new TopologyFilterBar(this);
    m_graphicsView = new TopologyGraphicsView(this);
    m_graphicsView->setObjectName(QStringLiteral("topologyGraphicsView"));
    m_graphicsView->setScene(m_scene);
    m_minimap = new TopologyMinimap(m_graphicsView);
    m_graphicsView->setOverlay(m_minimap);
    m_minimap->hide();

    m_bannerLabel = new QLabel(this);
    m_bannerLabel->setObjectName(QStringLiteral("topologyBannerLabel"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setContentsMargins(8, 4, 8, 4);
    m_bannerLabel->setAutoFillBackground(true);
    m_bannerLabel->hide();

    setUpToolBar();
    layout->addWidget(m_bannerLabel);
    layout->addWidget(m_graphicsView, 1);

    connect(m_runner, &DotLayoutRunner::succeeded, this, &TopologyView::handleLayoutJson);
    connect(m_runner, &DotLayoutRunner::failed, this, &TopologyView::handleLayoutFailure);
    connect(m_filterBar, &TopologyFilterBar::filterChanged, this, [this](const TopologyFilter &filter) {
        m_scene->setFilter(filter);
    });
    connect(m_graphicsView, &TopologyGraphicsView::nodeClicked, this, &TopologyView::highlight);
    connect(m_graphicsView, &TopologyGraphicsView::backgroundClicked, this, [this] { highlight({}); });
    connect(m_graphicsView, &TopologyGraphicsView::nodeDoubleClicked, this, [this](const QString &nodeId) {
        const TopologyNodeItem *item = m_scene->nodeItem(nodeId);
        if (item && item->node().isService)
            Q_EMIT serviceActivated(nodeId);
    });
}

TopologyView::~TopologyView() = default;

void TopologyView::setUpToolBar()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("topologyToolBar"));
    toolBar->addWidget(m_filterBar);
    toolBar->addSeparator();

    auto addViewAction = [this, toolBar](const QString &text, const QString &themeIcon, const QKeySequence &shortcut) {
        QAction *action = toolBar->addAction(QIcon::fromTheme(themeIcon), text);
        action->setShortcut(shortcut);
        // Several tabs have zoom keys; only the visible one reacts.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        this->addAction(action); // so that the shortcut works wherever the focus is in the view
        return action;
    };
    QAction *zoomIn = addViewAction(tr("Zoom in"), QStringLiteral("zoom-in"), QKeySequence::ZoomIn);
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    connect(zoomIn, &QAction::triggered, m_graphicsView, &TopologyGraphicsView::zoomIn);
    QAction *zoomOut = addViewAction(tr("Zoom out"), QStringLiteral("zoom-out"), QKeySequence::ZoomOut);
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    connect(zoomOut, &QAction::triggered, m_graphicsView, &TopologyGraphicsView::zoomOut);
    QAction *fit = addViewAction(tr("Fit"), QStringLiteral("zoom-fit-best"), QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setObjectName(QStringLiteral("fitAction"));
    connect(fit, &QAction::triggered, this, &TopologyView::fitAll);

    auto *exportMenu = new QMenu(this);
    connect(exportMenu->addAction(tr("As PNG image…")), &QAction::triggered, this, [this] {
        chooseExportFile(tr("PNG images (*.png)"), QStringLiteral("png"));
    });
    connect(exportMenu->addAction(tr("As SVG drawing…")), &QAction::triggered, this, [this] {
        chooseExportFile(tr("SVG drawings (*.svg)"), QStringLiteral("svg"));
    });
    connect(exportMenu->addAction(tr("As Graphviz DOT…")), &QAction::triggered, this, [this] {
        chooseExportFile(tr("Graphviz files (*.dot *.gv)"), QStringLiteral("dot"));
    });
    m_exportAction = toolBar->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export"));
    m_exportAction->setObjectName(QStringLiteral("exportTopologyAction"));
    m_exportAction->setMenu(exportMenu);
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_exportAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    static_cast<QVBoxLayout *>(this->layout())->addWidget(toolBar);
}

void TopologyView::showStack(const LoadedHost *host, const LoadedStack &stack)
{
    m_runner->cancel();
    m_pendingRequest = 0;
    m_scene->clearDiagram();
    m_diagram = {};
    m_dotText.clear();
    m_filterBar->setDiagram({});
    m_minimap->hide();
    m_exportAction->setEnabled(false);
    if (!stack.isLoaded()) {
        showMessage(tr("%1 could not be loaded: %2").arg(stack.definition.name, stack.error.message()), true);
        return;
    }
    const ComposeProject &project = stack.project->project;
    const Analysis::TopologyReport report = Analysis::TopologyBuilder::build(project);
    m_diagram = TopologyDiagramBuilder::build(project, report, hostConflicts(host, stack));
    m_diagram.stackName = stack.definition.name;
    m_dotText = Analysis::TopologyDotWriter::write(report);
    m_filterBar->setDiagram(m_diagram);
    if (m_diagram.nodes.isEmpty()) {
        showMessage(tr("%1 has no services under the active profiles.").arg(stack.definition.name), false);
        return;
    }
    requestLayout();
}

void TopologyView::requestLayout()
{
    showMessage(tr("Laying out %n service(s)…", nullptr, int(m_diagram.nodes.size())), false);
    m_pendingRequest = m_runner->start(DotLayoutInput::write(m_diagram));
}

void TopologyView::handleLayoutJson(quint64 requestId, const QByteArray &json)
{
    if (requestId != m_pendingRequest)
        return; // a layout for a stack that is no longer shown
    m_pendingRequest = 0;
    Expected<TopologyLayout> layout = DotLayoutParser::parse(json, m_diagram);
    if (!layout) {
        applyLayout(TieredLayout::compute(m_diagram),
                    tr("Showing a simple tiered layout: %1").arg(layout.error().message()));
        return;
    }
    applyLayout(*layout, {});
}

void TopologyView::handleLayoutFailure(quint64 requestId, const QString &reason)
{
    if (requestId != m_pendingRequest)
        return;
    m_pendingRequest = 0;
    applyLayout(TieredLayout::compute(m_diagram), tr("Showing a simple tiered layout: %1").arg(reason));
}

void TopologyView::applyLayout(const TopologyLayout &layout, const QString &note)
{
    m_scene->setPalette(palette());
    m_scene->setDiagram(m_diagram, layout);
    m_scene->setFilter(m_filterBar->filter());
    if (note.isEmpty())
        m_bannerLabel->hide();
    else
        showMessage(note, true);
    m_exportAction->setEnabled(true);
    m_minimap->setVisible(m_diagram.nodes.size() >= minimapThreshold);
    m_minimap->refit();
    fitAll();
    if (!m_selectedService.isEmpty())
        highlight(m_selectedService);
    Q_EMIT layoutApplied();
}

void TopologyView::selectService(const QString &serviceName)
{
    highlight(serviceName);
    if (const TopologyNodeItem *item = m_scene->nodeItem(serviceName))
        m_graphicsView->centerOn(item);
}

void TopologyView::highlight(const QString &serviceName)
{
    m_selectedService = serviceName;
    m_scene->highlightNeighbourhood(serviceName);
}

QString TopologyView::bannerText() const
{
    return m_bannerLabel->isVisibleTo(this) ? m_bannerLabel->text() : QString();
}

void TopologyView::showMessage(const QString &text, bool isWarning)
{
    QPalette palette = m_bannerLabel->palette();
    palette.setColor(QPalette::Window, isWarning ? QColor(0xfd, 0xf1, 0xd6) : this->palette().color(QPalette::Window));
    palette.setColor(QPalette::WindowText,
                     isWarning ? QColor(0x5c, 0x3d, 0x00) : this->palette().color(QPalette::WindowText));
    m_bannerLabel->setPalette(palette);
    m_bannerLabel->setText(text);
    m_bannerLabel->show();
}

void TopologyView::fitAll()
{
    m_graphicsView->fitToRect(m_scene->visibleItemsRect());
}

Outcome TopologyView::exportPng(const QString &path)
{
    return TopologyExporter::writePng(*m_scene, path);
}

Outcome TopologyView::exportSvg(const QString &path)
{
    return TopologyExporter::writeSvg(*m_scene, path, tr("Topology of %1").arg(m_diagram.stackName));
}

Outcome TopologyView::exportDot(const QString &path) const
{
    return TopologyExporter::writeText(m_dotText, path);
}

void TopologyView::chooseExportFile(const QString &filter, const QString &suffix)
{
    const QString suggested = QStringLiteral("%1-topology.%2").arg(m_diagram.stackName, suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export topology"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    Outcome written = suffix == QLatin1String("png")   ? exportPng(path)
                      : suffix == QLatin1String("svg") ? exportSvg(path)
                                                       : exportDot(path);
    if (!written)
        QMessageBox::warning(this, tr("Export topology"), written.error().message());
}

} // namespace Leitstand
