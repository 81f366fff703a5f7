#include "SecretServiceLock.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

namespace Leitstand::Remote::Internal {

bool SecretServiceLock::isDefaultCollectionLocked(std::chrono::milliseconds timeout)
{
#ifdef Q_OS_LINUX
    // QtKeychain talks to the Secret Service over the session bus on Linux, so asking the same
    // service over the same bus reaches the keyring it used.
    QDBusMessage request = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                          QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                                                          QStringLiteral("org.freedesktop.DBus.Properties"),
                                                          QStringLiteral("Get"));
    request << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply
        = QDBusConnection::sessionBus().call(request, QDBus::Block, static_cast<int>(timeout.count()));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    return reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
#else
    Q_UNUSED(timeout)
    return false;
#endif
}

} // namespace Leitstand::Remote::Internal
