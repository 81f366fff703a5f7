#pragma once

#include "ProcessOptions.h"
#include "TransferProgress.h"
#include "Transport.h"

#include "core/Expected.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSaveFile>

#include <memory>

namespace Leitstand::Remote {

// Streams the stdout of a command (`cat -- FILE`, `pg_dump ...`) into a local file. The file
// appears under its name only when the command ended with status 0 and every byte is on disk;
// an interrupted transfer leaves nothing behind that could pass for a finished one.
class FileDownload final : public QObject
{
    Q_OBJECT

public:
    FileDownload(Transport &transport, QStringList command, QString localPath, QObject *parent = nullptr);

    // `cat -- remotePath`, the common case.
    static QStringList catCommand(const QString &remotePath);

    void start(const ProcessOptions &options = {});
    void cancel();
    bool isFinished() const { return m_finished; }
    const TransferProgress &progress() const { return m_progress; }

Q_SIGNALS:
    void progressed(const Leitstand::Remote::TransferProgress &progress);
    void finished(const Leitstand::Outcome &outcome);

private:
    void onOutput(const QByteArray &chunk);
    void onFinished(const ProcessResult &result);
    void finish(Outcome outcome);

    Transport &m_transport;
    QStringList m_command;
    QSaveFile m_file;
    std::unique_ptr<RemoteProcess> m_process;
    QElapsedTimer m_clock;
    TransferProgress m_progress;
    QByteArray m_errors;
    QString m_writeError;
    bool m_finished = false;
};

} // namespace Leitstand::Remote
