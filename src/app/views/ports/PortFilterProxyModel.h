#pragma once

#include <QSortFilterProxyModel>

namespace Leitstand {

// Sorts the port matrix by the model's sort keys (ports as numbers) and narrows it to rows that
// contain a text in any column, have one exposure ("public", "loopback", …) and one protocol.
class PortFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PortFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setExposure(const QString &exposureName); // empty: every exposure
    void setProtocol(const QString &protocol);     // empty: every protocol

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_exposure;
    QString m_protocol;
};

} // namespace Leitstand
