#include "ServiceSearchBox.h"

#include "AppIcons.h"
#include "ServiceSearchModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QKeySequence>

namespace Leitstand {

ServiceSearchBox::ServiceSearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new ServiceSearchModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    setObjectName(QStringLiteral("serviceSearchBox"));
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Find a service in all stacks (%1)")
                           .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    addAction(AppIcons::search(), QLineEdit::LeadingPosition);

    m_completer->setObjectName(QStringLiteral("serviceSearchCompleter"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(14);
    setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &ServiceSearchBox::choose);
    connect(this, &QLineEdit::returnPressed, this, &ServiceSearchBox::chooseFirstMatch);
}

void ServiceSearchBox::setWorkspace(const LoadedWorkspace &workspace)
{
    m_model->setWorkspace(workspace);
}

void ServiceSearchBox::activate()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void ServiceSearchBox::keyPressEvent(QKeyEvent *event)
{
    // Escape leaves the search for the work area, as it does in command palettes.
    if (event->key() == Qt::Key_Escape && !m_completer->popup()->isVisible()) {
        clear();
        clearFocus();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void ServiceSearchBox::choose(const QModelIndex &index)
{
    const QString host = index.data(ServiceSearchModel::HostRole).toString();
    const QString stack = index.data(ServiceSearchModel::StackRole).toString();
    const QString service = index.data(ServiceSearchModel::ServiceRole).toString();
    if (service.isEmpty())
        return;
    clear();
    Q_EMIT serviceChosen(host, stack, service);
}

void ServiceSearchBox::chooseFirstMatch()
{
    if (text().trimmed().isEmpty())
        return;
    m_completer->setCompletionPrefix(text().trimmed());
    if (m_completer->completionCount() == 0)
        return;
    m_completer->setCurrentRow(0);
    const QModelIndex first = m_completer->currentIndex();
    m_completer->popup()->hide();
    choose(first);
}

} // namespace Leitstand
