#include "KnownHostsStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

namespace Leitstand::Remote {

namespace {

// Far beyond any real known_hosts (a line is under 1 KiB); a larger file is not one.
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
constexpr int LockTimeoutMs = 5000;

} // namespace

KnownHostsStore::KnownHostsStore(QString path)
    : m_path(std::move(path))
{}

QString KnownHostsStore::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHostsStore::lookupName(const QString &host, int port)
{
    const QString name = host.toLower();
    return port == 22 ? name : QStringLiteral("[%1]:%2").arg(name).arg(port);
}

KnownHostsStore::Contents KnownHostsStore::read() const
{
    Contents contents;
    const QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink())
        return contents; // no file yet: nothing is trusted, and that is no error
    QFile file(m_path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        contents.readable = false;
        contents.error = info.isDir() ? tr("%1 is a folder").arg(m_path) : file.errorString();
        return contents;
    }
    if (file.size() > MaxFileSize) {
        contents.readable = false;
        contents.error = tr("%1 is too large to be a known_hosts file").arg(m_path);
        return contents;
    }
    contents.bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        contents.readable = false;
        contents.error = file.errorString();
        return contents;
    }
    const QString text = QString::fromUtf8(contents.bytes);
    int lineNumber = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (std::optional<KnownHostsEntry> entry = KnownHostsEntry::parse(line, lineNumber))
            contents.entries.append(std::move(*entry));
    }
    return contents;
}

QList<KnownHostsEntry> KnownHostsStore::entriesFor(const Contents &contents, const QString &lookupName)
{
    QList<KnownHostsEntry> matching;
    for (const KnownHostsEntry &entry : contents.entries) {
        if (entry.marker != KnownHostsEntry::Marker::CertAuthority && entry.matches(lookupName))
            matching.append(entry);
    }
    return matching;
}

QString KnownHostsStore::where(const KnownHostsEntry &entry) const
{
    return tr("%1 line %2").arg(QDir::toNativeSeparators(m_path)).arg(entry.line);
}

KnownHostsStore::Result KnownHostsStore::check(const QString &host, int port, const HostKey &key) const
{
    const Contents contents = read();
    if (!contents.readable)
        return Result{Verdict::StoreUnreadable, {}, contents.error};
    const QString name = lookupName(host, port);
    const QList<KnownHostsEntry> entries = entriesFor(contents, name);

    for (const KnownHostsEntry &entry : entries) {
        if (entry.marker == KnownHostsEntry::Marker::Revoked && entry.key == key) {
            return Result{
                Verdict::Changed,
                {entry.key},
                tr("the %1 key of %2 is marked @revoked in %3 and is never trusted").arg(key.type, name, where(entry)),
                true};
        }
    }
    QList<HostKey> sameType;
    QList<HostKey> otherTypes;
    QString sameTypeWhere;
    for (const KnownHostsEntry &entry : entries) {
        if (entry.marker == KnownHostsEntry::Marker::Revoked)
            continue;
        if (entry.key == key)
            return Result{Verdict::Trusted, {entry.key}, tr("recorded in %1").arg(where(entry))};
        if (entry.key.type == key.type) {
            sameType.append(entry.key);
            if (sameTypeWhere.isEmpty())
                sameTypeWhere = where(entry);
        } else {
            otherTypes.append(entry.key);
        }
    }
    if (!sameType.isEmpty()) {
        return Result{Verdict::Changed,
                      sameType,
                      tr("a different %1 key of %2 is recorded in %3").arg(key.type, name, sameTypeWhere)};
    }
    if (!otherTypes.isEmpty()) {
        return Result{Verdict::UnknownForType,
                      otherTypes,
                      tr("%1 has keys of other types recorded, none of type %2").arg(name, key.type)};
    }
    return Result{Verdict::Unknown, {}, tr("no key of %1 is recorded in %2").arg(name, m_path)};
}

QStringList KnownHostsStore::storedKeyTypes(const QString &host, int port) const
{
    QStringList types;
    const Contents contents = read();
    for (const KnownHostsEntry &entry : entriesFor(contents, lookupName(host, port))) {
        if (entry.marker == KnownHostsEntry::Marker::None && !types.contains(entry.key.type))
            types.append(entry.key.type);
    }
    return types;
}

Outcome KnownHostsStore::add(const QString &host, int port, const HostKey &key)
{
    const QFileInfo info(m_path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : m_path;
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return Error(tr("cannot create the folder %1").arg(folder));
        // As ssh creates ~/.ssh; an existing folder keeps the mode its owner gave it.
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // Keeps two Leitstand processes from each appending to the same old content.
    QLockFile lock(target + QStringLiteral(".lock"));
    if (!lock.tryLock(LockTimeoutMs))
        return Error(tr("%1 is locked by another process").arg(target));

    const Contents contents = read();
    if (!contents.readable)
        return Error(tr("cannot read %1: %2").arg(target, contents.error));
    const Result current = check(host, port, key);
    if (current.verdict == Verdict::Trusted)
        return Success{};
    if (current.verdict == Verdict::Changed)
        return Error(tr("not recorded: %1").arg(current.detail));

    bool hashed = false;
    for (const KnownHostsEntry &entry : contents.entries)
        hashed = hashed || entry.isHashed();
    const QString name = lookupName(host, port);
    const QString line = (hashed ? KnownHostsEntry::hashName(name) : name) + QLatin1Char(' ') + key.toOpenSshText()
                         + QLatin1Char('\n');

    QByteArray bytes = contents.bytes;
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        bytes += '\n';
    bytes += line.toUtf8();

    const QFileDevice::Permissions permissions = QFileInfo::exists(target)
                                                     ? QFileInfo(target).permissions()
                                                     : QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("cannot write %1: %2").arg(target, file.errorString()));
    file.setPermissions(permissions);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(tr("cannot write %1: %2").arg(target, file.errorString()));
    return Success{};
}

} // namespace Leitstand::Remote
