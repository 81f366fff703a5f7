#include "DotLayoutRunner.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace Leitstand {

namespace {

// Network simplex and mincross are where dot spends its minutes on unlucky inputs; these caps
// trade a little crossing reduction for a bounded run (measured by TopologyViewBenchmark).
const QStringList dotArguments{QStringLiteral("-Tjson"),
                               QStringLiteral("-Gnslimit=2"),
                               QStringLiteral("-Gnslimit1=2"),
                               QStringLiteral("-Gmclimit=0.5")};

} // namespace

DotLayoutRunner::DotLayoutRunner(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

DotLayoutRunner::~DotLayoutRunner()
{
    discardProcess();
    // Killed runs still being reaped are our children; reap them now rather than have QProcess
    // complain in its destructor. SIGKILL has been sent, so this returns at once.
    const QList<QProcess *> processes = findChildren<QProcess *>();
    for (QProcess *process : processes)
        process->waitForFinished(1000);
}

QString DotLayoutRunner::findDotProgram()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (!onPath.isEmpty())
        return onPath;
    return QStandardPaths::findExecutable(QStringLiteral("dot"),
                                          {QStringLiteral("/opt/homebrew/bin"), QStringLiteral("/usr/local/bin")});
}

void DotLayoutRunner::setDotProgram(const QString &path)
{
    m_dotProgram = path;
}

QString DotLayoutRunner::dotProgram() const
{
    return m_dotProgram.isEmpty() ? findDotProgram() : m_dotProgram;
}

void DotLayoutRunner::setTimeLimit(std::chrono::milliseconds limit)
{
    m_timeLimit = limit;
}

quint64 DotLayoutRunner::start(const QByteArray &dot)
{
    discardProcess();
    const quint64 requestId = ++m_lastRequestId;
    const QString program = dotProgram();
    if (program.isEmpty()) {
        // Reported from the event loop like every other answer, so callers see one order of events.
        QTimer::singleShot(
            0, this, [this, requestId] { Q_EMIT failed(requestId, tr("Graphviz (dot) is not installed.")); });
        return requestId;
    }
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(program);
    process->setArguments(dotArguments);
    connect(process, &QProcess::finished, this, [this, requestId] { handleFinished(requestId); });
    connect(process, &QProcess::errorOccurred, this, [this, requestId](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            handleStartFailure(requestId);
    });
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, [this, requestId] { handleTimeout(requestId); });
    m_timer->start(m_timeLimit);
    process->start();
    process->write(dot);
    process->closeWriteChannel();
    return requestId;
}

void DotLayoutRunner::cancel()
{
    discardProcess();
}

bool DotLayoutRunner::isRunning() const
{
    return m_process != nullptr;
}

void DotLayoutRunner::handleFinished(quint64 requestId)
{
    if (requestId != m_lastRequestId || !m_process)
        return;
    QProcess *process = m_process;
    m_timer->stop();
    const QByteArray output = process->readAllStandardOutput();
    const QString errorText = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
    const bool ok = process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    const int exitCode = process->exitCode();
    m_process = nullptr;
    process->deleteLater();
    if (ok)
        Q_EMIT succeeded(requestId, output);
    else if (errorText.isEmpty())
        Q_EMIT failed(requestId, tr("Graphviz (dot) stopped with exit code %1.").arg(exitCode));
    else
        Q_EMIT failed(requestId, tr("Graphviz (dot) failed: %1").arg(errorText.section(QLatin1Char('\n'), 0, 0)));
}

void DotLayoutRunner::handleStartFailure(quint64 requestId)
{
    if (requestId != m_lastRequestId || !m_process)
        return;
    const QString program = m_process->program();
    discardProcess();
    Q_EMIT failed(requestId, tr("Graphviz (dot) could not be started from %1.").arg(QDir::toNativeSeparators(program)));
}

void DotLayoutRunner::handleTimeout(quint64 requestId)
{
    if (requestId != m_lastRequestId || !m_process)
        return;
    discardProcess();
    Q_EMIT failed(
        requestId,
        tr("Graphviz (dot) took longer than %1 s and was stopped.").arg(double(m_timeLimit.count()) / 1000.0));
}

void DotLayoutRunner::discardProcess()
{
    m_timer->stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // Deleted once the killed process is reaped; waiting for it here would block the caller.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace Leitstand
