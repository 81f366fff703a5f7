#include "CredentialStore.h"

#include "KeychainThread.h"
#include "SecretServiceLock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QWaitCondition>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Leitstand::Remote {

namespace {

enum class JobKind { Read, Write, Remove };

// Shared between the waiting caller and the keychain thread, which may finish after the caller
// has given up waiting.
struct PendingJob
{
    QMutex mutex;
    QWaitCondition finished;
    bool done = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString secret;
};

QKeychain::Job *createJob(JobKind kind, const QString &service, const QString &key, const QString &secret)
{
    QKeychain::Job *job = nullptr;
    switch (kind) {
    case JobKind::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case JobKind::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case JobKind::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // Never the plain-text QSettings store QtKeychain offers where no keychain exists.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

Error keychainError(const PendingJob &job)
{
    switch (job.error) {
    case QKeychain::AccessDeniedByUser:
        return Error(CredentialStore::tr("access to the keychain was denied"));
    case QKeychain::AccessDenied:
        return Error(CredentialStore::tr("the keychain is locked or refused access (%1)").arg(job.errorString));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(CredentialStore::tr("no keychain is available (on Linux: a Secret Service such as "
                                         "gnome-keyring on the session D-Bus)"));
    default:
        break;
    }
    return Error(CredentialStore::tr("the keychain is not available: %1").arg(job.errorString));
}

// Runs one job on the keychain thread and waits for it. The result is the finished job or an
// error when there is no application object or the keychain did not answer in time.
Expected<std::shared_ptr<PendingJob>> runJob(
    JobKind kind, const QString &service, const QString &key, const QString &secret, std::chrono::milliseconds timeout)
{
    if (!QCoreApplication::instance())
        return Error(CredentialStore::tr("the keychain needs an application object"));
    if (key.isEmpty())
        return Error(CredentialStore::tr("a keychain entry needs a key"));
    auto pending = std::make_shared<PendingJob>();
    Internal::KeychainThread::instance().post([pending, kind, service, key, secret] {
        QKeychain::Job *job = createJob(kind, service, key, secret);
        QObject::connect(job, &QKeychain::Job::finished, job, [pending, kind](QKeychain::Job *finishedJob) {
            const QMutexLocker locker(&pending->mutex);
            pending->error = finishedJob->error();
            pending->errorString = finishedJob->errorString();
            if (kind == JobKind::Read && pending->error == QKeychain::NoError)
                pending->secret = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
            pending->done = true;
            pending->finished.wakeAll();
        });
        job->start();
    });

    QDeadlineTimer deadline(timeout);
    QMutexLocker locker(&pending->mutex);
    while (!pending->done) {
        if (!pending->finished.wait(&pending->mutex, deadline)) {
            return Error(CredentialStore::tr("the keychain did not answer within %1 s (is it locked and waiting "
                                             "for its password?)")
                             .arg(timeout.count() / 1000.0));
        }
    }
    return pending;
}

} // namespace

CredentialStore::CredentialStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{}

Expected<std::optional<QString>> CredentialStore::findSecret(const QString &key) const
{
    const Expected<std::shared_ptr<PendingJob>> job = runJob(JobKind::Read, m_service, key, QString(), m_timeout);
    if (!job)
        return job.error();
    const PendingJob &result = **job;
    if (result.error == QKeychain::EntryNotFound) {
        if (Internal::SecretServiceLock::isDefaultCollectionLocked(m_timeout))
            return Error(tr("the keychain is locked; unlock it (for example by logging in to the desktop) and try "
                            "again"));
        return std::optional<QString>();
    }
    if (result.error != QKeychain::NoError)
        return keychainError(result);
    return std::optional<QString>(result.secret);
}

Expected<QString> CredentialStore::readSecret(const QString &key) const
{
    const Expected<std::optional<QString>> found = findSecret(key);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(tr("the keychain holds no entry \"%1\"").arg(key));
    return found->value();
}

Outcome CredentialStore::writeSecret(const QString &key, const QString &secret)
{
    const Expected<std::shared_ptr<PendingJob>> job = runJob(JobKind::Write, m_service, key, secret, m_timeout);
    if (!job)
        return job.error();
    if ((*job)->error != QKeychain::NoError)
        return keychainError(**job);
    return Success{};
}

Outcome CredentialStore::removeSecret(const QString &key)
{
    const Expected<std::shared_ptr<PendingJob>> job = runJob(JobKind::Remove, m_service, key, QString(), m_timeout);
    if (!job)
        return job.error();
    const QKeychain::Error error = (*job)->error;
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return keychainError(**job);
    return Success{};
}

QString CredentialStore::hostPasswordKey(const QString &hostName)
{
    return QStringLiteral("host/%1/password").arg(hostName);
}

QString CredentialStore::identityPassphraseKey(const QString &identityFile)
{
    // The absolute, clean path, so ~/.ssh/id_ed25519 and its spelled-out form share one entry.
    return QStringLiteral("identity/%1/passphrase").arg(QDir::cleanPath(QFileInfo(identityFile).absoluteFilePath()));
}

} // namespace Leitstand::Remote
