#pragma once

#include <QObject>
#include <QThread>

#include <functional>

namespace Leitstand::Remote::Internal {

// The one thread every QtKeychain job of the process runs on. QtKeychain queues its jobs in a
// process-wide executor that is not thread-safe and lives in the thread that first used it;
// jobs started from several threads (or from one that has ended) would stall it for good.
// Funnelling every job through this thread keeps that executor on one live event loop, and
// lets any thread wait for a result without spinning an event loop of its own.
class KeychainThread final
{
public:
    static KeychainThread &instance();
    ~KeychainThread();

    // Runs the function on the keychain thread, soon; returns at once.
    void post(std::function<void()> function);

private:
    KeychainThread();

    // Owned, but left alive at exit if a keychain call hangs: destroying a running QThread
    // aborts the process.
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread
};

} // namespace Leitstand::Remote::Internal
