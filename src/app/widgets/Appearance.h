#pragma once

#include <QObject>
#include <QPalette>

namespace Leitstand {

// Light or dark: follows the system by default (Qt 6.4 has no colour-scheme hint, so the
// palette's window lightness decides, checked at start and on every palette or theme change),
// or is forced by the operator from View › Appearance. Our icons and colours follow it.
class Appearance final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    explicit Appearance(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool isDark() const { return m_dark; }

    // Call on QEvent::PaletteChange / ThemeChange: re-reads the palette in System mode.
    void paletteChanged();

    static bool isDarkPalette(const QPalette &palette);
    static QPalette darkPalette();
    static QString modeKey(Mode mode);
    static Mode modeFromKey(const QString &key);

Q_SIGNALS:
    void darkChanged(bool dark);

private:
    void updateDark(bool dark);

    Mode m_mode = Mode::System;
    bool m_dark = false;
    bool m_applying = false;
    QPalette m_systemPalette; // what the platform gave us before any forced mode
    QString m_systemStyle;
};

} // namespace Leitstand
