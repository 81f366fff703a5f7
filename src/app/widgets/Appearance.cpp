#include "Appearance.h"

#include "ThemedSvgIconEngine.h"

#include <QApplication>
#include <QScopedValueRollback>
#include <QStyle>
#include <QStyleFactory>

namespace Leitstand {

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_systemPalette(QApplication::palette())
    , m_systemStyle(QApplication::style()->name())
{
    updateDark(isDarkPalette(m_systemPalette));
}

void Appearance::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    {
        const QScopedValueRollback applying(m_applying, true);
        if (m_mode == Mode::System)
            m_systemPalette = QApplication::palette();
        m_mode = mode;
        switch (mode) {
        case Mode::System:
            QApplication::setStyle(m_systemStyle);
            QApplication::setPalette(m_systemPalette);
            break;
        case Mode::Light:
            // Fusion draws a dark palette properly on every platform; its standard palette is light.
            if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
                QApplication::setStyle(fusion);
                QApplication::setPalette(fusion->standardPalette());
            }
            break;
        case Mode::Dark:
            if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
                QApplication::setStyle(fusion);
            QApplication::setPalette(darkPalette());
            break;
        }
    }
    updateDark(isDarkPalette(QApplication::palette()));
}

void Appearance::paletteChanged()
{
    if (m_applying)
        return;
    if (m_mode == Mode::System)
        m_systemPalette = QApplication::palette();
    updateDark(isDarkPalette(QApplication::palette()));
}

bool Appearance::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor highlight(0x3d, 0x7e, 0xc4);
    QPalette palette(window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3b));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x90, 0x98));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x34, 0x37, 0x3c));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf0));
    palette.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    const QColor disabled(0x7a, 0x7e, 0x85);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x48, 0x4e));
    return palette;
}

QString Appearance::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Mode Appearance::modeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Mode::Light;
    if (key == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

void Appearance::updateDark(bool dark)
{
    ThemedSvgIconEngine::setDarkMode(dark);
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged(dark);
}

} // namespace Leitstand
