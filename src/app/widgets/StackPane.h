#pragma once

#include "core/SourceLocation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Leitstand {

class StackTabs;
struct LoadedHost;
struct LoadedStack;

// The right-hand side of the main window: the selected stack's name and where it runs, a
// banner with the located error when it could not be loaded, and its tabs below.
class StackPane final : public QWidget
{
    Q_OBJECT

public:
    explicit StackPane(QWidget *parent = nullptr);

    // hostName is shown even for "Local files", whose host the views receive as null.
    void showStack(const LoadedHost *host, const QString &hostName, const LoadedStack &stack);
    void showPlaceholder();
    StackTabs *tabs() const { return m_tabs; }

Q_SIGNALS:
    // "Show in Editor" on the error banner.
    void locationActivated(const Leitstand::SourceLocation &location);

private:
    QStackedWidget *m_pages = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_subtitleLabel = nullptr;
    QWidget *m_errorBanner = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_showErrorButton = nullptr;
    StackTabs *m_tabs = nullptr;
    SourceLocation m_errorLocation;
};

} // namespace Leitstand
