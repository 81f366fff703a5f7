#include "TopologyExporter.h"

#include <QDir>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace Leitstand {

namespace {

// The largest image side we render; a 500-service stack at 2x would need gigabytes otherwise.
constexpr double maximumSide = 16000.0;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QImage TopologyExporter::renderImage(QGraphicsScene &scene, double scale)
{
    const QRectF source = scene.sceneRect();
    const double side = std::max(source.width(), source.height()) * scale;
    if (side > maximumSide)
        scale *= maximumSide / side;
    const QSize size(std::max(1, int(std::ceil(source.width() * scale))),
                     std::max(1, int(std::ceil(source.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(), QSizeF(size)), source, Qt::KeepAspectRatio);
    painter.end();
    return image;
}

Outcome TopologyExporter::writePng(QGraphicsScene &scene, const QString &path)
{
    const QImage image = renderImage(scene, 2.0);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return Error(tr("Could not write the image %1: %2").arg(nativePath(path), file.errorString()));
    return Success{};
}

Outcome TopologyExporter::writeSvg(QGraphicsScene &scene, const QString &path, const QString &title)
{
    const QRectF source = scene.sceneRect();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Could not write the drawing %1: %2").arg(nativePath(path), file.errorString()));
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(), source.size()));
    generator.setTitle(title);
    generator.setDescription(tr("Topology exported by Leitstand"));
    QPainter painter;
    if (!painter.begin(&generator))
        return Error(tr("Could not write the drawing %1.").arg(nativePath(path)));
    painter.fillRect(QRectF(QPointF(), source.size()), scene.palette().color(QPalette::Base));
    scene.render(&painter, QRectF(QPointF(), source.size()), source, Qt::KeepAspectRatio);
    painter.end();
    if (!file.commit())
        return Error(tr("Could not write the drawing %1: %2").arg(nativePath(path), file.errorString()));
    return Success{};
}

Outcome TopologyExporter::writeText(const QByteArray &text, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return Error(tr("Could not write %1: %2").arg(nativePath(path), file.errorString()));
    return Success{};
}

} // namespace Leitstand
