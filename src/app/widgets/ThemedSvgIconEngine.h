#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>
#include <QString>

namespace Leitstand {

// Renders one of our SVG icons for the palette in use. In dark mode the dark strokes of the
// drawings are lightened (hue kept) so outlines stay visible on a dark background, while the
// light fills keep the shapes recognisable. The mode is read at paint time, so icons already
// handed to models and actions follow a theme switch without being replaced.
class ThemedSvgIconEngine final : public QIconEngine
{
public:
    explicit ThemedSvgIconEngine(QString resourcePath);

    static void setDarkMode(bool dark);
    static bool darkMode();
    // The SVG text with every colour darker than mid-grey lightened; exposed for tests.
    static QByteArray darkVariant(const QByteArray &svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    QString m_resourcePath;
    QHash<QString, QPixmap> m_cache;
};

} // namespace Leitstand
