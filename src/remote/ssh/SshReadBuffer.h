#pragma once

#include <QByteArray>

#include <utility>

namespace Leitstand::Remote {

// The session worker's receive buffer. A large read goes to the caller as it is, without a
// copy: the block itself is handed over and a fresh one is made for the next read. A small one
// is copied out, so a trickle of short lines never pins a large block per line while it waits
// in the caller's queue.
class SshReadBuffer final
{
public:
    explicit SshReadBuffer(qsizetype capacity)
        : m_capacity(capacity)
    {}

    qsizetype capacity() const { return m_capacity; }

    char *data()
    {
        if (m_bytes.size() != m_capacity)
            m_bytes = QByteArray(m_capacity, Qt::Uninitialized);
        return m_bytes.data();
    }

    // The first length bytes written through data().
    QByteArray take(qsizetype length)
    {
        if (length < m_capacity / 2)
            return QByteArray(m_bytes.constData(), length);
        m_bytes.resize(length);
        return std::exchange(m_bytes, QByteArray());
    }

private:
    qsizetype m_capacity;
    QByteArray m_bytes;
};

} // namespace Leitstand::Remote
