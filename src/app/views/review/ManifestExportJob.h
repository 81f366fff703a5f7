#pragma once

#include "core/model/ComposeProject.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Leitstand {

// Builds a project's Kubernetes manifests and writes them to a folder on a worker thread
// (the core writer stages the tree and renames it into place), then reports on the thread
// that started it. Destroying the job waits for a write in progress, so no half tree is left.
class ManifestExportJob final : public QObject
{
    Q_OBJECT

public:
    explicit ManifestExportJob(QObject *parent = nullptr);
    ~ManifestExportJob() override;

    bool start(const ComposeProject &project, const QString &directory);
    bool isRunning() const;

Q_SIGNALS:
    // errorMessage is empty on success; objectCount is the number of objects written.
    void finished(const QString &directory, int objectCount, const QString &errorMessage);

private:
    struct Result
    {
        int objectCount = 0;
        QString errorMessage;
    };

    QThread *m_thread = nullptr;
    std::shared_ptr<Result> m_result;
    QString m_directory;
};

} // namespace Leitstand
