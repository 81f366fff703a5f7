#include "ThemedSvgIconEngine.h"

#include <QColor>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <atomic>

namespace Leitstand {

namespace {

std::atomic_bool darkModeFlag = false;

QString cacheKey(const QSize &size, QIcon::Mode mode, bool dark)
{
    return QStringLiteral("%1x%2/%3/%4").arg(size.width()).arg(size.height()).arg(int(mode)).arg(dark ? 1 : 0);
}

} // namespace

ThemedSvgIconEngine::ThemedSvgIconEngine(QString resourcePath)
    : m_resourcePath(std::move(resourcePath))
{}

void ThemedSvgIconEngine::setDarkMode(bool dark)
{
    darkModeFlag = dark;
}

bool ThemedSvgIconEngine::darkMode()
{
    return darkModeFlag;
}

QByteArray ThemedSvgIconEngine::darkVariant(const QByteArray &svg)
{
    static const QRegularExpression colour(QStringLiteral("#[0-9a-fA-F]{6}\\b"));
    QString text = QString::fromUtf8(svg);
    QString result;
    qsizetype last = 0;
    for (auto match = colour.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        result += QStringView(text).mid(last, found.capturedStart() - last);
        QColor shade(found.captured());
        const float lightness = shade.lightnessF();
        if (lightness < 0.5f)
            shade = QColor::fromHslF(shade.hslHueF(), shade.hslSaturationF(), 1.0f - lightness * 0.8f);
        result += shade.name();
        last = found.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result.toUtf8();
}

void ThemedSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap rendered = pixmap(rect.size() * ratio, mode, state);
    rendered.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, rendered);
}

QPixmap ThemedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    const bool dark = darkMode();
    const QString key = cacheKey(size, mode, dark);
    if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
        return *cached;

    QFile file(m_resourcePath);
    if (size.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QSvgRenderer renderer(dark ? darkVariant(svg) : svg);
    QPixmap rendered(size);
    rendered.fill(Qt::transparent);
    {
        QPainter painter(&rendered);
        // Disabled actions and items fade rather than turn grey: the kind stays recognisable.
        if (mode == QIcon::Disabled)
            painter.setOpacity(0.4);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    m_cache.insert(key, rendered);
    return rendered;
}

QIconEngine *ThemedSvgIconEngine::clone() const
{
    return new ThemedSvgIconEngine(m_resourcePath);
}

QString ThemedSvgIconEngine::key() const
{
    return QStringLiteral("LeitstandThemedSvg");
}

bool ThemedSvgIconEngine::isNull()
{
    return !QFile::exists(m_resourcePath);
}

} // namespace Leitstand
