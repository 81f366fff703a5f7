#include "HostKey.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QtEndian>

namespace Leitstand::Remote {

namespace {

// Key type names are short ASCII words ("ssh-ed25519", "sk-ssh-ed25519@openssh.com").
bool isKeyTypeName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const char c : name) {
        if (c <= ' ' || c > '~')
            return false;
    }
    return true;
}

} // namespace

QString HostKey::sha256Fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:")
           + QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString HostKey::toOpenSshText() const
{
    return type + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64());
}

Expected<HostKey> HostKey::fromBlob(const QByteArray &blob)
{
    // The blob starts with the key type as an SSH string: a big-endian 32-bit length, then bytes.
    if (blob.size() < 4)
        return Error(tr("the host key is too short to be an SSH key"));
    const quint32 length = qFromBigEndian<quint32>(blob.constData());
    if (length > static_cast<quint32>(blob.size() - 4))
        return Error(tr("the host key is not in SSH format"));
    const QByteArray type = blob.mid(4, static_cast<qsizetype>(length));
    if (!isKeyTypeName(type))
        return Error(tr("the host key is not in SSH format"));
    return HostKey{QString::fromLatin1(type), blob};
}

Expected<HostKey> HostKey::fromOpenSshText(const QString &text)
{
    static const QRegularExpression blank(QStringLiteral("\\s+"));
    const QStringList fields = text.trimmed().split(blank, Qt::SkipEmptyParts);
    if (fields.size() < 2)
        return Error(tr("expected \"TYPE BASE64-KEY\", as in a .pub file"));
    const auto decoded
        = QByteArray::fromBase64Encoding(fields.at(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error(tr("the key is not valid base64"));
    Expected<HostKey> key = fromBlob(*decoded);
    if (!key)
        return key.error();
    // A mismatch means a line was edited by hand or is corrupt: trusting it could trust the
    // wrong algorithm.
    if (key->type != fields.at(0))
        return Error(tr("the key says it is %1 but is labelled %2").arg(key->type, fields.at(0)));
    return key;
}

} // namespace Leitstand::Remote
