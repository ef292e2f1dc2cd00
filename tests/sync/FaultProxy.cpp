#include "FaultProxy.h"

#include <catch2/catch.hpp>

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace rabeg::test {

struct FaultProxy::Pipe
{
    QTcpSocket *client = nullptr;   // child of m_server
    QTcpSocket *upstream = nullptr; // child of the proxy
    QByteArray toUpstream;          // whole requests that came before the hub's socket connected
    QByteArray requests;            // the client's bytes, until they make a whole request
    QByteArray answers;             // framing of the hub's answers
    int delayed = 0;                // answers held back by a Delay fault, not yet written
    bool closeWhenDelivered = false;
    bool closed = false;
};

qsizetype httpMessageLength(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qsizetype bodyLength = 0;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            bodyLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + bodyLength;
    return buffer.size() >= total ? total : -1;
}

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent) : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
}

FaultProxy::~FaultProxy()
{
    // The client sockets are children of m_server, which dies before this QObject does: they must not call back
    // into a half-destroyed proxy.
    const auto sockets = m_server.findChildren<QTcpSocket *>() + findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

QUrl FaultProxy::url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

void FaultProxy::setUpstreamPort(quint16 port)
{
    m_upstreamPort = port;
    const auto pipes = m_pipes;
    for (const auto &pipe : pipes)
        closePipe(pipe);
}

void FaultProxy::setFault(Fault fault, int skip)
{
    m_fault = fault;
    m_skip = skip;
    m_answers = 0;
    m_faulted = 0;
    m_requests.clear();
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto pipe = std::make_shared<Pipe>();
        pipe->client = client;
        pipe->upstream = new QTcpSocket(this);
        m_pipes.append(pipe);
        connect(client, &QTcpSocket::readyRead, this, [this, pipe] { fromClient(pipe); });
        connect(client, &QTcpSocket::disconnected, this, [this, pipe] { closePipe(pipe); });
        connect(pipe->upstream, &QTcpSocket::connected, this, [pipe] {
            pipe->upstream->write(pipe->toUpstream);
            pipe->toUpstream.clear();
        });
        connect(pipe->upstream, &QTcpSocket::readyRead, this, [this, pipe] { fromUpstream(pipe); });
        const auto upstreamGone = [this, pipe] {
            if (pipe->delayed > 0)
                pipe->closeWhenDelivered = true; // let the late answers reach the client first
            else
                closePipe(pipe);
        };
        connect(pipe->upstream, &QTcpSocket::disconnected, this, upstreamGone);
        connect(pipe->upstream, &QTcpSocket::errorOccurred, this, upstreamGone);
        pipe->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void FaultProxy::fromClient(const std::shared_ptr<Pipe> &pipe)
{
    const QByteArray bytes = pipe->client->readAll();
    if (pipe->closed)
        return;
    pipe->requests += bytes;
    for (qsizetype length = httpMessageLength(pipe->requests); length >= 0 && !pipe->closed;
         length = httpMessageLength(pipe->requests)) {
        const QByteArray request = pipe->requests.left(length);
        pipe->requests.remove(0, length);
        const QByteArray line = request.left(request.indexOf("\r\n"));
        m_requests.append(line);
        if (m_onRequest)
            m_onRequest(line);
        if (pipe->upstream->state() == QAbstractSocket::ConnectedState)
            pipe->upstream->write(request);
        else
            pipe->toUpstream += request;
    }
}

void FaultProxy::fromUpstream(const std::shared_ptr<Pipe> &pipe)
{
    pipe->answers += pipe->upstream->readAll();
    for (qsizetype length = httpMessageLength(pipe->answers); length >= 0 && !pipe->closed;
         length = httpMessageLength(pipe->answers)) {
        const QByteArray message = pipe->answers.left(length);
        pipe->answers.remove(0, length);
        answer(pipe, message);
    }
}

void FaultProxy::answer(const std::shared_ptr<Pipe> &pipe, const QByteArray &message)
{
    const Fault fault = m_answers++ >= m_skip ? m_fault : Fault::None;
    if (fault != Fault::None)
        ++m_faulted;
    QTcpSocket *client = pipe->client;
    switch (fault) {
    case Fault::None:
        client->write(message);
        return;
    case Fault::Delay:
        ++pipe->delayed;
        QTimer::singleShot(kDelayMs, client, [this, pipe, message] {
            pipe->client->write(message);
            if (--pipe->delayed == 0 && pipe->closeWhenDelivered)
                closePipe(pipe);
        });
        return;
    case Fault::Cut:
        client->write(message.left(message.size() / 2));
        closePipe(pipe);
        return;
    case Fault::Reset: {
        client->write(message.left(message.size() / 2));
        client->flush();
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const ::linger hard{1, 0};
        ::setsockopt(int(client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        client->abort();
        closePipe(pipe);
        return;
    }
    case Fault::Garbage:
        client->write(QByteArray::fromHex("00fffe1603010200") + QByteArrayLiteral("\r\nnot an HTTP answer at all\r\n\r\n"));
        closePipe(pipe);
        return;
    case Fault::GarbageBody: {
        const QByteArray body = QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>")
                                + QByteArray::fromHex("00fffe");
        client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return;
    }
    }
}

void FaultProxy::closePipe(const std::shared_ptr<Pipe> &pipe)
{
    if (pipe->closed)
        return;
    pipe->closed = true;
    m_pipes.removeOne(pipe);
    pipe->upstream->abort();
    pipe->upstream->deleteLater();
    QTcpSocket *client = pipe->client;
    if (client->state() == QAbstractSocket::UnconnectedState) {
        client->deleteLater();
        return;
    }
    // A graceful close: what was written (half an answer, garbage) reaches the client before the FIN.
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    client->disconnectFromHost();
}

} // namespace rabeg::test
