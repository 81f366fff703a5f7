#pragma once

#include "core/SourceLocation.h"

#include <QWidget>

class QLabel;
class QMenu;
class QStackedWidget;
class QTreeView;

namespace Leitstand {

class ServiceDetailsModel;
struct ComposeService;
struct LoadedStack;

// The content of the details dock: the selected service's settings by group, secrets masked
// with a per-value reveal, and where the service is defined as a link into the editor.
class ServiceDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceDetailsPanel(QWidget *parent = nullptr);

    // hostName is shown as the service's place ("droplet-fra1 / ground-zero").
    void showService(const QString &hostName, const LoadedStack &stack, const ComposeService &service);
    void clear();

    ServiceDetailsModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_treeView; }
    const SourceLocation &definedAt() const { return m_definedAt; }
    QString serviceName() const;

    // Reveals or masks the current row's value again; the revealed text is never logged.
    void toggleRevealCurrent();
    void copyCurrentValue() const;

Q_SIGNALS:
    // The operator clicked the "defined at" link: the editor should show this place.
    void locationActivated(const Leitstand::SourceLocation &location);

private:
    void showContextMenu(const QPoint &position);

    ServiceDetailsModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_placeLabel = nullptr;
    QLabel *m_definedAtLabel = nullptr;
    QTreeView *m_treeView = nullptr;
    SourceLocation m_definedAt;
};

} // namespace Leitstand
