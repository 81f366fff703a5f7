#include "ComposeBufferValidator.h"

#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace Leitstand {

ComposeBufferValidator::ComposeBufferValidator(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMilliseconds);
    connect(&m_debounce, &QTimer::timeout, this, &ComposeBufferValidator::start);
    connect(&m_watcher, &QFutureWatcher<BufferValidation>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0)
            Q_EMIT validated(m_watcher.result());
    });
}

void ComposeBufferValidator::schedule(ComposeLoadOptions options)
{
    m_pending = std::move(options);
    m_debounce.start();
}

void ComposeBufferValidator::validateNow(ComposeLoadOptions options)
{
    m_pending = std::move(options);
    m_debounce.stop();
    start();
}

void ComposeBufferValidator::start()
{
    auto promise = std::make_shared<QPromise<BufferValidation>>();
    QFuture<BufferValidation> future = promise->future();
    promise->start();
    // The watcher follows the newest future only: a slower, older load reports to nobody.
    QThreadPool::globalInstance()->start([promise, options = m_pending] {
        Expected<LoadedProject> loaded = ComposeLoader::load(options);
        BufferValidation result;
        if (loaded)
            result.project = std::move(loaded).value();
        else
            result.error = loaded.error();
        promise->addResult(std::move(result));
        promise->finish();
    });
    m_watcher.setFuture(future);
}

} // namespace Leitstand
