#pragma once

#include <QWidget>

namespace Leitstand {

class YamlEditor;

// The strip left of the text: line numbers, fold markers of the services and the error mark.
// The editor knows the blocks, so it paints the strip and answers its clicks.
class YamlEditorGutter final : public QWidget
{
    Q_OBJECT

public:
    explicit YamlEditorGutter(YamlEditor *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    YamlEditor *m_editor;
};

} // namespace Leitstand
