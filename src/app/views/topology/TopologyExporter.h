#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QGraphicsScene;

namespace Leitstand {

// Writes what the topology view shows to a file: a PNG at twice the scene's size (sharp on
// high-density screens and in documents), an SVG that stays a drawing, or DOT text as
// `leitstand-cli graph --format dot` writes it.
class TopologyExporter final
{
    Q_DECLARE_TR_FUNCTIONS(TopologyExporter)

public:
    static QImage renderImage(QGraphicsScene &scene, double scale);
    static Outcome writePng(QGraphicsScene &scene, const QString &path);
    static Outcome writeSvg(QGraphicsScene &scene, const QString &path, const QString &title);
    static Outcome writeText(const QByteArray &text, const QString &path);
};

} // namespace Leitstand
