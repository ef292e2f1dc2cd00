#include "GuardedTcpServer.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace rabeg {

GuardedTcpServer::GuardedTcpServer(ConnectionGuard::Limits limits, QObject *parent)
    : QTcpServer(parent), m_limits(std::move(limits))
{
    setListenBacklogSize(kDefaultBacklog);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
#ifdef Q_OS_UNIX
        ::close(int(descriptor)); // a socket that could not take it does not own it
#endif
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits);
    // Qt HttpServer 6.4 connects to the socket inside pendingConnectionAvailable, which addPendingConnection emits:
    // the guard's first readyRead handler is before the server's, its second after.
    addPendingConnection(socket);
    guard->serverConnected();
}

} // namespace rabeg
