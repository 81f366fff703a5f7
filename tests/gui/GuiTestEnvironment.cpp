#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

#include <gtest/gtest.h>

namespace {

// Widgets need one QApplication for the whole run; gtest_main owns main(), so a global
// environment creates it before the first test and destroys it after the last.
class GuiTestEnvironment final : public testing::Environment
{
public:
    void SetUp() override
    {
        // These tests never need a display; without one set, Qt would try X11 and abort.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Keeps the window geometry and recent files of these runs out of the operator's settings.
        QStandardPaths::setTestModeEnabled(true);
        // ...and out of each other's: CTest runs several of these processes at once, and one
        // saving its window state must not change what another one restores.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsFolder.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsFolder.path());
        QApplication::setOrganizationName(QStringLiteral("Leitstand"));
        QApplication::setApplicationName(QStringLiteral("LeitstandGuiTests"));
        m_application = std::make_unique<QApplication>(m_argc, m_argv);
    }

    void TearDown() override { m_application.reset(); }

private:
    int m_argc = 1;
    char m_programName[16] = "gui_tests";
    char *m_argv[2] = {m_programName, nullptr};
    QTemporaryDir m_settingsFolder;
    std::unique_ptr<QApplication> m_application;
};

[[maybe_unused]] testing::Environment *const registeredEnvironment
    = testing::AddGlobalTestEnvironment(new GuiTestEnvironment);

} // namespace
