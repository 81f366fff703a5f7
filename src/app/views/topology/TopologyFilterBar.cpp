#include "TopologyFilterBar.h"

#include "ServiceKindClassifier.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>

#include <algorithm>

namespace Leitstand {

namespace {

QComboBox *addComboBox(QHBoxLayout *layout, const QString &label, const QString &objectName, QWidget *parent)
{
    auto *comboBox = new QComboBox(parent);
    comboBox->setObjectName(objectName);
    comboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *caption = new QLabel(label, parent);
    caption->setBuddy(comboBox);
    layout->addWidget(caption);
    layout->addWidget(comboBox);
    return comboBox;
}

// Refills a combo box with "all" first and keeps the current choice when it is still offered.
void refill(QComboBox *comboBox, const QString &allText, const QList<QPair<QString, QVariant>> &entries)
{
    const QVariant previous = comboBox->currentData();
    comboBox->clear();
    comboBox->addItem(allText);
    for (const auto &[text, data] : entries)
        comboBox->addItem(text, data);
    const int index = previous.isValid() ? comboBox->findData(previous) : -1;
    comboBox->setCurrentIndex(std::max(index, 0));
}

} // namespace

TopologyFilterBar::TopologyFilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_networkComboBox = addComboBox(layout, tr("&Network:"), QStringLiteral("networkFilterComboBox"), this);
    m_tierComboBox = addComboBox(layout, tr("&Tier:"), QStringLiteral("tierFilterComboBox"), this);
    m_kindComboBox = addComboBox(layout, tr("&Kind:"), QStringLiteral("kindFilterComboBox"), this);
    for (QComboBox *comboBox : {m_networkComboBox, m_tierComboBox, m_kindComboBox})
        connect(comboBox, &QComboBox::currentIndexChanged, this, &TopologyFilterBar::emitFilter);
    setDiagram({});
}

void TopologyFilterBar::setDiagram(const TopologyDiagram &diagram)
{
    QSet<QString> networkSet;
    QSet<int> tierSet;
    QSet<int> kindSet;
    for (const TopologyDiagramNode &node : diagram.nodes) {
        for (const QString &network : node.networks)
            networkSet.insert(network);
        if (node.tier >= 0)
            tierSet.insert(node.tier);
        kindSet.insert(int(node.kind));
    }
    QStringList networks(networkSet.cbegin(), networkSet.cend());
    std::sort(networks.begin(), networks.end());
    QList<int> tiers(tierSet.cbegin(), tierSet.cend());
    std::sort(tiers.begin(), tiers.end());

    QList<QPair<QString, QVariant>> networkEntries;
    for (const QString &network : std::as_const(networks))
        networkEntries.append({network, network});
    QList<QPair<QString, QVariant>> tierEntries;
    for (int tier : std::as_const(tiers))
        tierEntries.append({tr("Tier %1").arg(tier), tier});
    QList<QPair<QString, QVariant>> kindEntries;
    for (ServiceKind kind : ServiceKindClassifier::allKinds()) {
        if (kindSet.contains(int(kind)))
            kindEntries.append({ServiceKindClassifier::displayName(kind), int(kind)});
    }

    m_refilling = true;
    refill(m_networkComboBox, tr("All networks"), networkEntries);
    refill(m_tierComboBox, tr("All tiers"), tierEntries);
    refill(m_kindComboBox, tr("All kinds"), kindEntries);
    m_refilling = false;
}

TopologyFilter TopologyFilterBar::filter() const
{
    TopologyFilter filter;
    filter.network = m_networkComboBox->currentData().toString();
    if (const QVariant tier = m_tierComboBox->currentData(); tier.isValid())
        filter.tier = tier.toInt();
    if (const QVariant kind = m_kindComboBox->currentData(); kind.isValid())
        filter.kind = ServiceKind(kind.toInt());
    return filter;
}

void TopologyFilterBar::emitFilter()
{
    if (!m_refilling)
        Q_EMIT filterChanged(filter());
}

} // namespace Leitstand
