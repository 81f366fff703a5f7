#pragma once

#include <QLineEdit>

class QCompleter;

namespace Leitstand {

class ServiceSearchModel;
struct LoadedWorkspace;

// The search field of the toolbar: finds services across every stack of the workspace as the
// operator types ("redis", "n8n — sese", a stack or host name) and reports the one chosen with
// Enter or a click. Enter without choosing takes the first match.
class ServiceSearchBox final : public QLineEdit
{
    Q_OBJECT

public:
    explicit ServiceSearchBox(QWidget *parent = nullptr);

    void setWorkspace(const LoadedWorkspace &workspace);
    QCompleter *serviceCompleter() const { return m_completer; }
    // Focuses the field with its text selected, ready to type over.
    void activate();

Q_SIGNALS:
    void serviceChosen(const QString &hostName, const QString &stackName, const QString &serviceName);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void chooseFirstMatch();

    ServiceSearchModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace Leitstand
