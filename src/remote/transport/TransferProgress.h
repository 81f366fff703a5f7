#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace Leitstand::Remote {

// How far a transfer is: bytes so far, the total when known (-1 otherwise) and the mean rate.
struct TransferProgress
{
    qint64 bytes = 0;
    qint64 total = -1;
    double bytesPerSecond = 0.0;
};

} // namespace Leitstand::Remote

Q_DECLARE_METATYPE(Leitstand::Remote::TransferProgress)
