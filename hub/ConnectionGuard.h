#pragma once

#include "HubRequest.h"
#include "RequestFraming.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QTcpSocket;

namespace rabeg {

// Watches one HTTP connection of the hub for what Qt HttpServer 6.4 does not limit (docs/deployment.md):
// - a body over its route's limit is refused with that route's 413 as soon as the head declares it
//   (Content-Length) or a chunk announces it, before Qt HttpServer buffers it, and the connection is closed;
// - a head over 64 KB (431) or one Qt would read loosely (400, RequestFraming) is refused the same way;
// - a connection idle between requests, one whose request's head is not complete, one whose body has not
//   moved, or one that does not read an answer written to it, for `idleTimeout`, is closed. An answer being made
//   is never timed, however long it takes: the clock starts again when the answer has been written.
// The guard reads the bytes Qt HttpServer is about to read (it is connected to readyRead before the server);
// what the server does with requests within the limits is unchanged. A socket the server hands to its
// WebSocket server is released from the guard (release()): notice sockets stay open as long as they like.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    struct Limits
    {
        std::chrono::milliseconds idleTimeout {75'000};
        // The refusal of a body of `size` bytes on the route of `head` (method and path only), or nothing.
        std::function<std::optional<HubResponse>(const HubRequest &head, qint64 size)> refuseBody;
        // The largest body any route takes: with its head and some slack, the most a socket ever holds unread,
        // whatever the server does with what it holds (0: no such cap).
        qint64 largestBody = 0;
    };

    // Guards `socket` (its child from now on). Call before the server sees the socket, serverConnected() after.
    ConnectionGuard(QTcpSocket *socket, Limits limits);
    // Starts counting what the server reads: call once the server has connected itself to the socket.
    void serverConnected();

    // The socket is no longer HTTP (an accepted WebSocket upgrade): the guard lets go of it.
    static void release(QTcpSocket *socket);

private:
    void bytesArrived();
    void serverRead();
    void answerWritten();
    void timedOut();
    void refuse(const HubResponse &response);
    void discard();
    void finishRefusal();

    QTcpSocket *m_socket;
    Limits m_limits;
    RequestFraming m_framing;
    QTimer m_timer;
    qint64 m_unreadByServer = 0; // bytes this guard has framed that the server has not read yet
    bool m_answering = false; // a complete request waits for its answer, or for it to be read
    bool m_refused = false;
};

} // namespace rabeg
