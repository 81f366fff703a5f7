#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Leitstand::Testing {

// One run of the real leitstand-cli binary, as operators and scripts call it.
struct CliRun
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QString &command, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LEITSTAND_CLI_PATH), QStringList{command} + arguments);
    CliRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QString demoStack(const char *stack)
{
    return QStringLiteral(LEITSTAND_SOURCE_DIR "/resources/demo/") + QLatin1String(stack);
}

} // namespace Leitstand::Testing
