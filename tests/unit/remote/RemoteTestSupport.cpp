#include "RemoteTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace Leitstand::Testing {

namespace {

// Keychain and process tests need one application object for the whole run; gtest_main owns
// main(), so a global environment creates it.
class RemoteTestEnvironment final : public testing::Environment
{
public:
    void SetUp() override
    {
        if (!QCoreApplication::instance())
            m_application = std::make_unique<QCoreApplication>(m_argc, m_argv);
    }
    void TearDown() override { m_application.reset(); }

private:
    int m_argc = 1;
    char m_programName[16] = "remote_tests";
    char *m_argv[2] = {m_programName, nullptr};
    std::unique_ptr<QCoreApplication> m_application;
};

[[maybe_unused]] testing::Environment *const registeredEnvironment
    = testing::AddGlobalTestEnvironment(new RemoteTestEnvironment);

} // namespace

ProcessRun runProcess(const QString &program,
                      const QStringList &arguments,
                      const QByteArray &input,
                      const QStringList &extraEnvironment)
{
    QProcess process;
    if (!extraEnvironment.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &assignment : extraEnvironment) {
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            environment.insert(assignment.left(equals), assignment.mid(equals + 1));
        }
        process.setProcessEnvironment(environment);
    }
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void writeTextFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(contents), contents.size());
}

QByteArray readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString localUserName()
{
    const passwd *entry = ::getpwuid(::getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

int unixMode(const QString &path)
{
    struct stat status
    {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return static_cast<int>(status.st_mode & 07777);
}

QString passwdHomeDirectory()
{
    const passwd *entry = ::getpwuid(::getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_dir) : QString();
}

} // namespace Leitstand::Testing
