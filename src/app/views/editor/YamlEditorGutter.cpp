#include "YamlEditorGutter.h"

#include "YamlEditor.h"

#include <QMouseEvent>

namespace Leitstand {

YamlEditorGutter::YamlEditorGutter(YamlEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("gutterWidget"));
    setCursor(Qt::PointingHandCursor);
}

QSize YamlEditorGutter::sizeHint() const
{
    return QSize(m_editor->gutterWidth(), 0);
}

void YamlEditorGutter::paintEvent(QPaintEvent *event)
{
    m_editor->paintGutter(this, event->rect());
}

void YamlEditorGutter::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_editor->toggleFoldAt(event->position().toPoint().y());
}

} // namespace Leitstand
