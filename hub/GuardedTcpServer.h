#pragma once

#include "ConnectionGuard.h"

#include <QTcpServer>

namespace rabeg {

// The hub's listening socket: every connection it accepts is watched by a ConnectionGuard before the HTTP server
// reads a byte of it. Bind it to the HTTP server (QAbstractHttpServer::bind) after listen().
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    // Connections waiting to be accepted under a burst; Qt's default of 50 resets the rest. The kernel caps it
    // (net.core.somaxconn).
    static constexpr int kDefaultBacklog = 1024;

    explicit GuardedTcpServer(ConnectionGuard::Limits limits, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard::Limits m_limits;
};

} // namespace rabeg
