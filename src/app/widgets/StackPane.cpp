#include "StackPane.h"

#include "AppIcons.h"
#include "StackTabs.h"
#include "workspace/LoadedHost.h"

#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Leitstand {

StackPane::StackPane(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_titleLabel(new QLabel(this))
    , m_subtitleLabel(new QLabel(this))
    , m_errorBanner(new QWidget(this))
    , m_errorLabel(new QLabel(m_errorBanner))
    , m_showErrorButton(new QPushButton(tr("Show in Editor"), m_errorBanner))
    , m_tabs(new StackTabs(this))
{
    m_titleLabel->setObjectName(QStringLiteral("stackTitleLabel"));
    m_subtitleLabel->setObjectName(QStringLiteral("stackSubtitleLabel"));
    m_errorBanner->setObjectName(QStringLiteral("stackErrorBanner"));
    m_errorLabel->setObjectName(QStringLiteral("stackErrorLabel"));
    m_showErrorButton->setObjectName(QStringLiteral("showErrorInEditorButton"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitleLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *errorIcon = new QLabel(m_errorBanner);
    errorIcon->setPixmap(AppIcons::error().pixmap(24, 24));
    m_errorLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_errorBanner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_errorLabel, 1);
    bannerLayout->addWidget(m_showErrorButton, 0, Qt::AlignTop);
    m_errorBanner->setAutoFillBackground(true);
    connect(m_showErrorButton, &QPushButton::clicked, this, [this] { Q_EMIT locationActivated(m_errorLocation); });

    auto *content = new QWidget(m_pages);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 8, 0, 0);
    contentLayout->setSpacing(6);
    auto *headerLayout = new QVBoxLayout;
    headerLayout->setContentsMargins(10, 0, 8, 0);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_titleLabel);
    headerLayout->addWidget(m_subtitleLabel);
    contentLayout->addLayout(headerLayout);
    contentLayout->addWidget(m_errorBanner);
    contentLayout->addWidget(m_tabs, 1);

    auto *placeholder = new QLabel(tr("Open a folder with a compose file (Ctrl+O), a compose file (Ctrl+Shift+O) "
                                      "or a workspace, or drop files here. Then choose a stack in the sidebar."),
                                   m_pages);
    placeholder->setObjectName(QStringLiteral("stackPlaceholderLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_pages->addWidget(placeholder);
    m_pages->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    showPlaceholder();
}

void StackPane::showStack(const LoadedHost *host, const QString &hostName, const LoadedStack &stack)
{
    m_titleLabel->setText(stack.definition.name);
    const QString directory = QDir::toNativeSeparators(stack.definition.directory);
    if (stack.isLoaded()) {
        const ComposeProject &project = stack.project->project;
        m_subtitleLabel->setText(tr("Project %1 on %2 · %n service(s) · %3", nullptr, int(project.services.size()))
                                     .arg(project.name, hostName, directory));
        m_errorBanner->hide();
    } else {
        m_subtitleLabel->setText(tr("On %1 · %2").arg(hostName, directory));
        m_errorLabel->setText(tr("This stack could not be loaded:\n%1").arg(stack.error.toString()));
        m_errorLocation = stack.error.location();
        m_showErrorButton->setVisible(m_errorLocation.isValid() && m_tabs->view(QStringLiteral("editor")));
        QPalette warning = m_errorBanner->palette();
        const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
        warning.setColor(QPalette::Window, dark ? QColor(0x4a, 0x24, 0x22) : QColor(0xfb, 0xe4, 0xe2));
        m_errorBanner->setPalette(warning);
        m_errorBanner->show();
    }
    m_pages->setCurrentIndex(1);
    m_tabs->showStack(host, stack);
}

void StackPane::showPlaceholder()
{
    m_pages->setCurrentIndex(0);
}

} // namespace Leitstand
