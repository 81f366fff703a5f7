#include "KeychainThread.h"

namespace Leitstand::Remote::Internal {

KeychainThread &KeychainThread::instance()
{
    static KeychainThread thread;
    return thread;
}

KeychainThread::KeychainThread()
    : m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("Leitstand keychain"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

KeychainThread::~KeychainThread()
{
    m_thread->quit();
    // A keychain service that does not answer must not keep the process from exiting.
    if (!m_thread->wait(2000))
        return;
    delete m_context;
    delete m_thread;
}

void KeychainThread::post(std::function<void()> function)
{
    QMetaObject::invokeMethod(m_context, std::move(function), Qt::QueuedConnection);
}

} // namespace Leitstand::Remote::Internal
