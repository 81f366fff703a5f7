#include "ServiceDetailsPanel.h"

#include "AppIcons.h"
#include "models/ServiceDetailsModel.h"
#include "models/ServiceFormatter.h"
#include "workspace/LoadedStack.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Leitstand {

ServiceDetailsPanel::ServiceDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ServiceDetailsModel(this))
    , m_pages(new QStackedWidget(this))
    , m_iconLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_placeLabel(new QLabel(this))
    , m_definedAtLabel(new QLabel(this))
    , m_treeView(new QTreeView(this))
{
    m_nameLabel->setObjectName(QStringLiteral("serviceNameLabel"));
    m_placeLabel->setObjectName(QStringLiteral("servicePlaceLabel"));
    m_definedAtLabel->setObjectName(QStringLiteral("definedAtLabel"));
    m_treeView->setObjectName(QStringLiteral("serviceDetailsTreeView"));
    m_pages->setObjectName(QStringLiteral("serviceDetailsPages"));

    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_definedAtLabel->setTextFormat(Qt::RichText);
    m_definedAtLabel->setToolTip(tr("Show this place in the editor"));
    connect(m_definedAtLabel, &QLabel::linkActivated, this, [this] {
        if (m_definedAt.isValid())
            Q_EMIT locationActivated(m_definedAt);
    });

    m_treeView->setModel(m_model);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_treeView->header()->setStretchLastSection(true);
    connect(m_treeView, &QTreeView::customContextMenuRequested, this, &ServiceDetailsPanel::showContextMenu);
    connect(m_treeView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->isSecret(index))
            toggleRevealCurrent();
    });

    auto *servicePage = new QWidget(m_pages);
    auto *headerLayout = new QGridLayout;
    headerLayout->addWidget(m_iconLabel, 0, 0, 2, 1, Qt::AlignTop);
    headerLayout->addWidget(m_nameLabel, 0, 1);
    headerLayout->addWidget(m_placeLabel, 1, 1);
    headerLayout->addWidget(m_definedAtLabel, 2, 1);
    headerLayout->setColumnStretch(1, 1);
    auto *serviceLayout = new QVBoxLayout(servicePage);
    serviceLayout->setContentsMargins(6, 6, 2, 0);
    serviceLayout->addLayout(headerLayout);
    serviceLayout->addWidget(m_treeView, 1);

    auto *placeholder
        = new QLabel(tr("Select a service in the sidebar or in a view to see its settings here."), m_pages);
    placeholder->setObjectName(QStringLiteral("serviceDetailsPlaceholderLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_pages->addWidget(placeholder);
    m_pages->addWidget(servicePage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    clear();
}

void ServiceDetailsPanel::showService(const QString &hostName, const LoadedStack &stack, const ComposeService &service)
{
    m_model->setService(service);
    m_treeView->expandAll();
    m_treeView->resizeColumnToContents(ServiceDetailsModel::PropertyColumn);
    m_iconLabel->setPixmap(AppIcons::forService(service).pixmap(32, 32));
    m_nameLabel->setText(service.name);
    m_placeLabel->setText(tr("%1 / %2").arg(hostName, stack.definition.name));
    m_definedAt = service.definedAt;
    const QString projectDirectory = stack.project ? stack.project->project.workingDirectory : QString();
    const QString where = ServiceFormatter::location(service.definedAt, projectDirectory);
    m_definedAtLabel->setText(
        where.isEmpty() ? QString() : tr("Defined at <a href=\"#definition\">%1</a>").arg(where.toHtmlEscaped()));
    m_pages->setCurrentIndex(1);
}

void ServiceDetailsPanel::clear()
{
    m_model->clear();
    m_definedAt = {};
    m_nameLabel->clear();
    m_pages->setCurrentIndex(0);
}

QString ServiceDetailsPanel::serviceName() const
{
    return m_nameLabel->text();
}

void ServiceDetailsPanel::toggleRevealCurrent()
{
    const QModelIndex current = m_treeView->currentIndex();
    m_model->setRevealed(current, !m_model->isRevealed(current));
}

void ServiceDetailsPanel::copyCurrentValue() const
{
    const QModelIndex current = m_treeView->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(current.siblingAtColumn(ServiceDetailsModel::ValueColumn).data().toString());
}

void ServiceDetailsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_treeView->indexAt(position);
    if (!index.isValid() || !index.parent().isValid())
        return;
    m_treeView->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_model->isSecret(index)) {
        menu->addAction(m_model->isRevealed(index) ? tr("&Hide Value") : tr("&Reveal Value"),
                        this,
                        &ServiceDetailsPanel::toggleRevealCurrent);
    }
    menu->addAction(tr("&Copy Value"), this, &ServiceDetailsPanel::copyCurrentValue);
    menu->popup(m_treeView->viewport()->mapToGlobal(position));
}

} // namespace Leitstand
