#include "SshKeyFile.h"

#include <QFile>
#include <QtEndian>

namespace Leitstand::Remote {

namespace {

constexpr qint64 MaxKeyFileSize = 64 * 1024;

// Reads one SSH wire-format string (uint32 length + bytes) at offset; empty on overrun.
QByteArray readWireString(const QByteArray &data, qsizetype &offset)
{
    if (offset + 4 > data.size())
        return {};
    const quint32 length = qFromBigEndian<quint32>(data.constData() + offset);
    offset += 4;
    if (length > static_cast<quint32>(data.size() - offset))
        return {};
    const QByteArray value = data.mid(offset, static_cast<qsizetype>(length));
    offset += static_cast<qsizetype>(length);
    return value;
}

SshKeyFile inspectOpenSsh(const QByteArray &text)
{
    SshKeyFile result{true, {}, false};
    const qsizetype begin = text.indexOf('\n');
    const qsizetype end = text.indexOf("-----END");
    if (begin < 0 || end < begin)
        return result;
    const QByteArray blob = QByteArray::fromBase64(text.mid(begin + 1, end - begin - 1).simplified().replace(' ', ""));
    static const QByteArray magic("openssh-key-v1", 15); // includes the terminating NUL
    if (!blob.startsWith(magic))
        return result;
    qsizetype offset = magic.size();
    const QByteArray cipher = readWireString(blob, offset);
    readWireString(blob, offset); // kdf name
    readWireString(blob, offset); // kdf options
    offset += 4;                  // number of keys
    const QByteArray publicKey = readWireString(blob, offset);
    qsizetype publicOffset = 0;
    result.type = QString::fromLatin1(readWireString(publicKey, publicOffset));
    result.encrypted = !cipher.isEmpty() && cipher != "none";
    return result;
}

} // namespace

SshKeyFile SshKeyFile::inspect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.read(MaxKeyFileSize);
    if (text.contains("BEGIN OPENSSH PRIVATE KEY"))
        return inspectOpenSsh(text);
    SshKeyFile result{true, {}, false};
    if (text.contains("BEGIN RSA PRIVATE KEY"))
        result.type = QStringLiteral("ssh-rsa");
    else if (text.contains("BEGIN EC PRIVATE KEY"))
        result.type = QStringLiteral("ecdsa-sha2-nistp256");
    result.encrypted = text.contains("ENCRYPTED");
    return result;
}

} // namespace Leitstand::Remote
