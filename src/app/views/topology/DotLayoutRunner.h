#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QProcess;
class QTimer;

namespace Leitstand {

// Runs Graphviz `dot -Tjson` as a separate process: some inputs take minutes, the library is
// not thread-safe, and its EPL-1.0 licence stays out of our binary. A run that exceeds the time
// limit is killed; starting a new run kills the previous one, whose answer is never reported.
// Every answer carries the id that start() returned, so callers can drop results they no longer want.
class DotLayoutRunner final : public QObject
{
    Q_OBJECT

public:
    explicit DotLayoutRunner(QObject *parent = nullptr);
    ~DotLayoutRunner() override;

    // The dot found on PATH (or where Homebrew puts it, which a macOS app bundle's PATH lacks).
    static QString findDotProgram();

    // Tests inject a path that does not exist to see the fallback; empty means findDotProgram().
    void setDotProgram(const QString &path);
    QString dotProgram() const;
    void setTimeLimit(std::chrono::milliseconds limit);
    std::chrono::milliseconds timeLimit() const { return m_timeLimit; }

    quint64 start(const QByteArray &dot);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void succeeded(quint64 requestId, const QByteArray &json);
    void failed(quint64 requestId, const QString &reason);

private:
    void handleFinished(quint64 requestId);
    void handleStartFailure(quint64 requestId);
    void handleTimeout(quint64 requestId);
    void discardProcess();

    QString m_dotProgram;
    std::chrono::milliseconds m_timeLimit{5000};
    quint64 m_lastRequestId = 0;
    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
};

} // namespace Leitstand
