#include "ManifestExportJob.h"

#include "core/analysis/kubernetes/KubernetesManifestBuilder.h"
#include "core/analysis/kubernetes/ManifestWriter.h"

#include <QThread>

namespace Leitstand {

ManifestExportJob::ManifestExportJob(QObject *parent)
    : QObject(parent)
{}

ManifestExportJob::~ManifestExportJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ManifestExportJob::start(const ComposeProject &project, const QString &directory)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_directory = directory;
    m_result = std::make_shared<Result>();
    // The worker only sees copies and its own result; nothing of this object crosses threads.
    m_thread = QThread::create([project, directory, result = m_result] {
        const Analysis::KubernetesManifests manifests = Analysis::KubernetesManifestBuilder::build(project);
        const Outcome written = Analysis::ManifestWriter::write(manifests, directory);
        result->objectCount = int(manifests.size());
        if (!written)
            result->errorMessage = written.error().message();
    });
    connect(m_thread, &QThread::finished, this, [this] {
        Q_EMIT finished(m_directory, m_result->objectCount, m_result->errorMessage);
    });
    m_thread->start();
    return true;
}

bool ManifestExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace Leitstand
