#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <ostream>

namespace Leitstand::Testing {

struct ProcessRun
{
    int exitCode = -1; // -1: did not start or finish
    QByteArray out;
    QByteArray err;
};

// Runs a real program (ssh, ssh-keygen, secret-tool, this test binary) and waits for it.
ProcessRun runProcess(const QString &program,
                      const QStringList &arguments,
                      const QByteArray &input = {},
                      const QStringList &extraEnvironment = {});
void writeTextFile(const QString &path, const QByteArray &contents);
QByteArray readTextFile(const QString &path);
// The user's name and home directory from the password database, as OpenSSH reads them.
QString localUserName();
// The permission bits of a file, e.g. 0600.
int unixMode(const QString &path);
QString passwdHomeDirectory();

} // namespace Leitstand::Testing

// Readable failure messages for Qt strings (found by argument-dependent lookup). Never used
// on secrets: their tests compare without printing.
inline void PrintTo(const QString &text, std::ostream *stream)
{
    *stream << '"' << text.toStdString() << '"';
}
