#pragma once

#include <QSortFilterProxyModel>

namespace Leitstand {

// Narrows the lint table to one area and to rows containing a text in any column.
class ReviewLintFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReviewLintFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setArea(const QString &area); // empty: every area

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_area;
};

} // namespace Leitstand
