#pragma once

#include <QStyledItemDelegate>

namespace Leitstand {

// Draws a progress bar from an integer role (0–100, -1 for unknown) so that a table of jobs
// can be read at a glance; cells without a known progress are drawn as usual.
class ProgressBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressBarDelegate(int progressRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_progressRole;
};

} // namespace Leitstand
