#pragma once

#include "ProcessOptions.h"
#include "RemoteProcess.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Leitstand::Remote {

// Runs commands on one machine, the local one or a host over SSH, with one API: an argument
// vector (quoted by ShellQuoting where a shell is involved), streamed output and an exit status.
// Later layers (docker adapter, jobs) only see this interface.
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // A short name for messages: "local" or user@host:port.
    virtual QString description() const = 0;
    virtual std::unique_ptr<RemoteProcess> start(const QStringList &arguments, const ProcessOptions &options = {}) = 0;
};

} // namespace Leitstand::Remote
