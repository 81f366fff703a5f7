#include "KnownHostsEntry.h"

#include "remote/config/HostPatternList.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Leitstand::Remote {

namespace {

const QLatin1String HashMagic("|1|");
constexpr int SaltLength = 20; // SHA-1's block of output, as ssh-keygen -H uses

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Splits off the next whitespace-separated field of a line.
QStringView nextField(QStringView &rest)
{
    qsizetype start = 0;
    while (start < rest.size() && isBlank(rest.at(start)))
        ++start;
    qsizetype end = start;
    while (end < rest.size() && !isBlank(rest.at(end)))
        ++end;
    const QStringView field = rest.mid(start, end - start);
    rest = rest.mid(end);
    return field;
}

std::optional<QByteArray> decodeStrict(QStringView base64)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

QByteArray hmacSha1(const QByteArray &salt, const QString &name)
{
    return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1);
}

} // namespace

bool KnownHostsEntry::matches(const QString &lookupName) const
{
    if (!isHashed())
        return HostPatternList::fromCommaSeparated(hosts, HostPatternList::Case::Insensitive).matches(lookupName);
    const QStringList parts = hosts.mid(HashMagic.size()).split(QLatin1Char('|'));
    if (parts.size() != 2)
        return false;
    const std::optional<QByteArray> salt = decodeStrict(parts.at(0));
    const std::optional<QByteArray> hash = decodeStrict(parts.at(1));
    if (!salt || !hash || salt->isEmpty())
        return false;
    return hmacSha1(*salt, lookupName.toLower()) == *hash;
}

std::optional<KnownHostsEntry> KnownHostsEntry::parse(QStringView text, int lineNumber)
{
    QStringView rest = text;
    QStringView field = nextField(rest);
    if (field.isEmpty() || field.startsWith(QLatin1Char('#')))
        return std::nullopt;

    KnownHostsEntry entry;
    entry.line = lineNumber;
    if (field.startsWith(QLatin1Char('@'))) {
        if (field == QLatin1String("@revoked"))
            entry.marker = Marker::Revoked;
        else if (field == QLatin1String("@cert-authority"))
            entry.marker = Marker::CertAuthority;
        else
            return std::nullopt;
        field = nextField(rest);
    }
    entry.hosts = field.toString();
    const QStringView type = nextField(rest);
    const QStringView base64 = nextField(rest);
    if (entry.hosts.isEmpty() || type.isEmpty() || base64.isEmpty())
        return std::nullopt;
    const std::optional<QByteArray> blob = decodeStrict(base64);
    if (!blob)
        return std::nullopt;
    const Expected<HostKey> key = HostKey::fromBlob(*blob);
    // The type inside the blob must be the one the line names, or the line is corrupt.
    if (!key || key->type != type)
        return std::nullopt;
    entry.key = *key;
    return entry;
}

QString KnownHostsEntry::hashName(const QString &lookupName)
{
    QByteArray salt(SaltLength, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return HashMagic + QString::fromLatin1(salt.toBase64()) + QLatin1Char('|')
           + QString::fromLatin1(hmacSha1(salt, lookupName.toLower()).toBase64());
}

} // namespace Leitstand::Remote
