#include "ModelTesterWarnings.h"

#include <QMutex>

namespace {

QMutex collectedMutex;
QStringList collected;
QtMessageHandler previousHandler = nullptr;

void collectModelTesterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0) {
        const QMutexLocker locker(&collectedMutex);
        collected.append(message);
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

ModelTesterWarnings::ModelTesterWarnings()
{
    const QMutexLocker locker(&collectedMutex);
    collected.clear();
    previousHandler = qInstallMessageHandler(collectModelTesterMessages);
    m_previousHandler = previousHandler;
}

ModelTesterWarnings::~ModelTesterWarnings()
{
    qInstallMessageHandler(m_previousHandler);
}

QStringList ModelTesterWarnings::messages() const
{
    const QMutexLocker locker(&collectedMutex);
    return collected;
}
