#include "LocalTransport.h"

#include "LocalProcess.h"

namespace Leitstand::Remote {

std::unique_ptr<RemoteProcess> LocalTransport::start(const QStringList &arguments, const ProcessOptions &options)
{
    return std::make_unique<LocalProcess>(arguments, options);
}

} // namespace Leitstand::Remote
