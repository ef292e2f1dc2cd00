#include "ConnectionGuard.h"

#include "HubLog.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rabeg {
namespace {

// How long a refused client may go on sending (read and thrown away) before the connection is cut: closing with
// its bytes unread would reset the connection, and the client could lose the answer before reading it.
constexpr std::chrono::milliseconds kLinger = 2s;
// Beyond a whole request, room for the next one's start (a pipelining client).
constexpr qint64 kReadSlack = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

// The answer as the server would write it (HubServer's send()), and the connection ends after it.
QByteArray rawResponse(const HubResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    return out + response.body;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, Limits limits)
    : QObject(socket), m_socket(socket), m_limits(std::move(limits))
{
    if (m_limits.largestBody > 0) // Qt HttpServer keeps a request's bytes in the socket until the request is whole
        socket->setReadBufferSize(m_limits.largestBody + RequestFraming::kMaxHeadBytes + kReadSlack);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::timedOut);
    // Before the server's own readyRead handler: signals reach their slots in the order they were connected.
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::bytesArrived);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::answerWritten);
    m_timer.start(m_limits.idleTimeout);
}

void ConnectionGuard::serverConnected()
{
    // After the server's handler: what is still unread then is what the guard has seen and the server has not.
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::serverRead);
}

void ConnectionGuard::release(QTcpSocket *socket)
{
    const auto guards = socket->findChildren<ConnectionGuard *>(Qt::FindDirectChildrenOnly);
    for (ConnectionGuard *guard : guards) {
        socket->disconnect(guard);
        guard->m_timer.stop();
        guard->deleteLater();
    }
}

void ConnectionGuard::bytesArrived()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_unreadByServer)
        return;
    // Only what arrived since the server last read: peek() starts where the server's reading stands.
    const QByteArray bytes = m_socket->peek(available);
    QByteArrayView fresh = QByteArrayView(bytes).sliced(std::min<qint64>(m_unreadByServer, bytes.size()));
    m_unreadByServer = bytes.size();
    const bool headGoesOn = m_framing.state() == RequestFraming::State::Head;
    while (!fresh.isEmpty() || m_framing.state() == RequestFraming::State::Body) {
        const RequestFraming::Step step = m_framing.advance(fresh);
        fresh = fresh.sliced(step.consumed);
        if (step.stop == RequestFraming::Stop::NeedMore)
            break;
        if (step.stop == RequestFraming::Stop::Refused) {
            refuse(m_framing.state() == RequestFraming::State::HeadTooLarge
                       ? HubResponse::error(431, u"headers_too_large"_s,
                                            u"The request line and headers are larger than 64 KB."_s)
                       : HubResponse::error(400, u"malformed_request"_s,
                                            u"The request is not well-formed HTTP/1.1: its request line, a header "
                                            u"line or its framing (Content-Length, chunks) cannot be read."_s));
            return;
        }
        if (step.stop == RequestFraming::Stop::RequestComplete) {
            m_answering = true; // the timer now only checks that a written answer is being read (timedOut)
            m_timer.start(m_limits.idleTimeout);
            continue;
        }
        // HeadComplete or ChunkAnnounced: the body's size so far against the route's limit.
        if (m_limits.refuseBody) {
            HubRequest head;
            head.method = m_framing.method();
            head.path = m_framing.path();
            head.peer = m_socket->peerAddress();
            if (const auto refusal = m_limits.refuseBody(head, m_framing.bodyAnnounced())) {
                refuse(*refusal);
                return;
            }
        }
    }
    // A head must be whole within the timeout of its first byte; a body only has to keep moving.
    const bool headStillGoesOn = headGoesOn && m_framing.state() == RequestFraming::State::Head;
    if (!m_answering && !headStillGoesOn)
        m_timer.start(m_limits.idleTimeout);
}

void ConnectionGuard::serverRead()
{
    m_unreadByServer = m_socket->bytesAvailable();
}

void ConnectionGuard::answerWritten()
{
    if (!m_answering)
        return;
    // Part of the answer went out (the client reads), or all of it: either way the timeout starts again.
    if (m_socket->bytesToWrite() == 0)
        m_answering = false;
    m_timer.start(m_limits.idleTimeout);
}

void ConnectionGuard::timedOut()
{
    if (m_answering && m_socket->bytesToWrite() == 0) {
        m_timer.start(m_limits.idleTimeout); // the answer is still being made: never cut that, look again later
        return;
    }
    if (!m_refused)
        qCDebug(lcHubHttp).noquote() << "closing a connection idle for the timeout:"
                                     << m_socket->peerAddress().toString()
                                     << (m_answering ? "(it does not read its answer)" : "");
    m_socket->abort();
}

void ConnectionGuard::refuse(const HubResponse &response)
{
    qCInfo(lcHubHttp).noquote() << "refused a request from" << m_socket->peerAddress().toString() << "with"
                                << response.status << m_framing.method() << m_framing.path();
    m_refused = true;
    // Neither the server nor this guard's framing reads this connection any more: what comes is thrown away.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    disconnect(m_socket, &QIODevice::bytesWritten, this, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::discard);
    discard();
    if (m_answering) { // an answer to an earlier request is still due: a refusal written now would come first
        m_socket->abort();
        return;
    }
    connect(m_socket, &QIODevice::bytesWritten, this, &ConnectionGuard::finishRefusal);
    m_socket->write(rawResponse(response));
    m_timer.start(std::min(m_limits.idleTimeout, kLinger));
}

void ConnectionGuard::discard()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // the server's partial read: otherwise skipped bytes stay buffered
    m_socket->skip(m_socket->bytesAvailable());
}

void ConnectionGuard::finishRefusal()
{
    if (m_socket->bytesToWrite() > 0)
        return;
#ifdef Q_OS_UNIX
    // The answer is out: end our side, so the client reads it to its end, and wait (kLinger) for the client to close.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
    m_socket->disconnectFromHost();
#endif
}

} // namespace rabeg
