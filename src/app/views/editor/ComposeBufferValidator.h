#pragma once

#include "core/compose/ComposeLoader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <optional>

namespace Leitstand {

// The outcome of loading the stack with the editor's buffers in place of its files.
struct BufferValidation
{
    std::optional<LoadedProject> project;
    Error error; // set when project is empty
};

// Loads the stack with the unsaved texts a moment after the operator stops typing, on a pool
// thread so that typing never waits for the loader. Only the latest request reports back.
class ComposeBufferValidator final : public QObject
{
    Q_OBJECT

public:
    explicit ComposeBufferValidator(QObject *parent = nullptr);

    static constexpr int debounceMilliseconds = 300;

    // `options` carries the buffers in fileContents; the load starts after the debounce delay.
    void schedule(ComposeLoadOptions options);
    // Starts at once (a stack just opened).
    void validateNow(ComposeLoadOptions options);

Q_SIGNALS:
    void validated(const Leitstand::BufferValidation &result);

private:
    void start();

    QTimer m_debounce;
    ComposeLoadOptions m_pending;
    QFutureWatcher<BufferValidation> m_watcher;
};

} // namespace Leitstand
