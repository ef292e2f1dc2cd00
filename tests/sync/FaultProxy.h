#pragma once

#include <QByteArrayList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;

namespace rabeg::test {

// A loopback TCP proxy in front of the hub that breaks answers on purpose. It frames the hub's HTTP/1.1 answers
// (the hub always sends Content-Length) and, from a chosen answer on, replaces each with a fault:
//   Cut          half the answer, then the connection is closed;
//   Reset        half the answer, then a TCP reset (SO_LINGER 0);
//   Garbage      bytes that are not HTTP at all, then the connection is closed;
//   GarbageBody  a well-formed "200 OK" whose body is not JSON;
//   Delay        the answer as it was, 2 s late.
// Requests pass through untouched, one whole request at a time; their request lines are recorded, and a hook may
// act just before one is forwarded (e.g. change the hub between a client's pull and its push).
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    enum class Fault { None, Cut, Reset, Garbage, GarbageBody, Delay };

    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    QUrl url() const;
    // New connections go to this port (a hub restarted elsewhere); open ones are closed.
    void setUpstreamPort(quint16 port);
    // Answers pass untouched for `skip` more answers, then every later one suffers `fault`. Resets the counts.
    void setFault(Fault fault, int skip = 0);
    // Called with each request line (e.g. "POST /api/v1/commands HTTP/1.1") before the request goes to the hub.
    void setOnRequest(std::function<void(const QByteArray &requestLine)> hook) { m_onRequest = std::move(hook); }

    int answers() const { return m_answers; } // answers the hub gave since setFault
    int faulted() const { return m_faulted; }
    QByteArrayList requests() const { return m_requests; } // request lines since setFault

    static constexpr int kDelayMs = 2000;

private:
    struct Pipe;
    void accept();
    void fromClient(const std::shared_ptr<Pipe> &pipe);
    void fromUpstream(const std::shared_ptr<Pipe> &pipe);
    void answer(const std::shared_ptr<Pipe> &pipe, const QByteArray &message);
    void closePipe(const std::shared_ptr<Pipe> &pipe);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    Fault m_fault = Fault::None;
    int m_skip = 0;
    int m_answers = 0;
    int m_faulted = 0;
    QByteArrayList m_requests;
    std::function<void(const QByteArray &)> m_onRequest;
    QList<std::shared_ptr<Pipe>> m_pipes;
};

// The length of the first complete HTTP/1.1 message in `buffer` (head and Content-Length body), or -1 while it is
// incomplete.
qsizetype httpMessageLength(const QByteArray &buffer);

} // namespace rabeg::test
