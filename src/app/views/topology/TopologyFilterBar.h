#pragma once

#include "TopologyDiagram.h"
#include "TopologyFilter.h"

#include <QWidget>

class QComboBox;

namespace Leitstand {

// Three combo boxes that narrow the graph to a network, a start-up tier or a kind of service.
// Refilled for every diagram; a choice that still exists in the new diagram is kept.
class TopologyFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit TopologyFilterBar(QWidget *parent = nullptr);

    void setDiagram(const TopologyDiagram &diagram);
    TopologyFilter filter() const;

    QComboBox *networkComboBox() const { return m_networkComboBox; }
    QComboBox *tierComboBox() const { return m_tierComboBox; }
    QComboBox *kindComboBox() const { return m_kindComboBox; }

Q_SIGNALS:
    void filterChanged(const Leitstand::TopologyFilter &filter);

private:
    void emitFilter();

    QComboBox *m_networkComboBox = nullptr;
    QComboBox *m_tierComboBox = nullptr;
    QComboBox *m_kindComboBox = nullptr;
    bool m_refilling = false;
};

} // namespace Leitstand
