#pragma once

#include "TopologyDiagram.h"
#include "TopologyLayout.h"
#include "views/StackView.h"

#include "core/Expected.h"

#include <QByteArray>

class QAction;
class QLabel;

namespace Leitstand {

class DotLayoutRunner;
class TopologyFilterBar;
class TopologyGraphicsView;
class TopologyMinimap;
class TopologyScene;

// The Topology tab: the stack as a graph laid out by Graphviz (in its own process, off the UI
// thread) and drawn by Qt, with filters, zoom, a minimap for large stacks, neighbourhood
// highlighting and export. When dot is missing, fails or runs too long, a tiered layout of our
// own is shown and a banner says why.
class TopologyView final : public StackView
{
    Q_OBJECT

public:
    explicit TopologyView(QWidget *parent = nullptr);
    ~TopologyView() override;

    void showStack(const LoadedHost *host, const LoadedStack &stack) override;
    void selectService(const QString &serviceName) override;

    // Seams for tests and the benchmark: the dot runner (program, time limit), the scene and
    // the canvas as the operator sees them.
    DotLayoutRunner *layoutRunner() const { return m_runner; }
    TopologyScene *topologyScene() const { return m_scene; }
    TopologyGraphicsView *graphicsView() const { return m_graphicsView; }
    TopologyFilterBar *filterBar() const { return m_filterBar; }
    TopologyMinimap *minimap() const { return m_minimap; }
    bool isLayoutPending() const { return m_pendingRequest != 0; }
    QString bannerText() const;

    Outcome exportPng(const QString &path);
    Outcome exportSvg(const QString &path);
    Outcome exportDot(const QString &path) const;

Q_SIGNALS:
    // The scene shows a new layout (Graphviz's or the fallback).
    void layoutApplied();

private:
    void setUpToolBar();
    void requestLayout();
    void handleLayoutJson(quint64 requestId, const QByteArray &json);
    void handleLayoutFailure(quint64 requestId, const QString &reason);
    void applyLayout(const TopologyLayout &layout, const QString &note);
    void showMessage(const QString &text, bool isWarning);
    void fitAll();
    void highlight(const QString &serviceName);
    void chooseExportFile(const QString &filter, const QString &suffix);

    DotLayoutRunner *m_runner = nullptr;
    TopologyScene *m_scene = nullptr;
    TopologyGraphicsView *m_graphicsView = nullptr;
    TopologyMinimap *m_minimap = nullptr;
    TopologyFilterBar *m_filterBar = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QAction *m_exportAction = nullptr;

    TopologyDiagram m_diagram;
    QByteArray m_dotText; // what `graph --format dot` writes, kept for export
    QString m_selectedService;
    quint64 m_pendingRequest = 0;
};

} // namespace Leitstand
