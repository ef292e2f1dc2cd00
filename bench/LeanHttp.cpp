#include "LeanHttp.h"

#include "BenchCommon.h"

#include <QString>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rabeg::bench {
namespace {

constexpr size_t kReadBuffer = 256 * 1024;
constexpr qsizetype kHeadBytes = 4096; // an answer's head is kept up to this much per read

double nowMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    const sockaddr_in address = loopback(port);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

bool sendAll(int fd, const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

// The status and Content-Length of an answer's head (the bytes before "\r\n\r\n"); -1 when missing.
struct Head
{
    int status = -1;
    qint64 contentLength = -1;
};

Head parseHead(const QByteArray &head)
{
    Head out;
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return out;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() >= 2)
        out.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            out.contentLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    return out;
}

// One client of the load: its connection, its requests, where it is in the current answer.
struct LeanClient
{
    int fd = -1;
    QList<QByteArray> requests;
    qsizetype next = 0;
    QByteArray head;       // the answer's head while it is being read
    qint64 bodyLeft = -1;  // -1 while the head is being read
    int status = 0;
    double startedMs = 0;
    bool done = false;
};

} // namespace

QByteArray leanGet(const QByteArray &target, const QByteArray &token)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n";
}

QByteArray leanPost(const QByteArray &target, const QByteArray &json)
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

Result<QByteArray> leanExchange(quint16 port, const QByteArray &request)
{
    const int fd = connectTo(port);
    if (fd < 0)
        return Error{u"lean"_s, u"cannot connect to port %1"_s.arg(port)};
    if (!sendAll(fd, request)) {
        ::close(fd);
        return Error{u"lean"_s, u"cannot send the request"_s};
    }
    QByteArray answer;
    std::vector<char> buffer(kReadBuffer);
    qint64 total = -1;
    while (total < 0 || answer.size() < total) {
        const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        answer.append(buffer.data(), n);
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (total < 0 && end >= 0) {
            const Head head = parseHead(answer.first(end));
            if (head.contentLength < 0) {
                ::close(fd);
                return Error{u"lean"_s, u"an answer without Content-Length"_s};
            }
            total = end + 4 + head.contentLength;
        }
    }
    ::close(fd);
    if (total < 0 || answer.size() < total)
        return Error{u"lean"_s, u"the connection closed before the whole answer came"_s};
    return answer;
}

QByteArray leanBody(const QByteArray &answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : answer.mid(end + 4);
}

namespace {

LeanLoadResult runLeanClients(quint16 port, const QList<QList<QByteArray>> &requestsPerClient)
{
    LeanLoadResult result;
    std::vector<LeanClient> clients(size_t(requestsPerClient.size()));
    const int epoll = ::epoll_create1(0);
    const auto fail = [&result](LeanClient &client, const QString &why) {
        ++result.errors;
        if (result.firstError.isEmpty())
            result.firstError = why;
        client.done = true;
    };
    for (size_t i = 0; i < clients.size(); ++i) {
        clients[i].requests = requestsPerClient.at(qsizetype(i));
        clients[i].fd = connectTo(port);
        if (clients[i].fd < 0) {
            fail(clients[i], u"cannot connect"_s);
            continue;
        }
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.u64 = i;
        ::epoll_ctl(epoll, EPOLL_CTL_ADD, clients[i].fd, &event);
    }
    const auto sendNext = [&](LeanClient &client) {
        if (client.next >= client.requests.size()) {
            client.done = true;
            return;
        }
        client.head.resize(0); // keeps its capacity
        client.bodyLeft = -1;
        client.startedMs = nowMs();
        if (!sendAll(client.fd, client.requests.at(client.next++)))
            fail(client, u"cannot send a request"_s);
    };
    std::vector<char> buffer(kReadBuffer);
    const double cpu0 = threadCpuSeconds();
    const double wall0 = nowMs();
    for (LeanClient &client : clients) {
        if (!client.done)
            sendNext(client);
    }
    qsizetype open = 0;
    for (const LeanClient &client : clients)
        open += client.done ? 0 : 1;
    epoll_event events[64];
    while (open > 0) {
        const int ready = ::epoll_wait(epoll, events, 64, 60'000);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            result.errors += int(open);
            result.firstError = u"no answer for 60 s"_s;
            break;
        }
        for (int e = 0; e < ready; ++e) {
            LeanClient &client = clients[events[e].data.u64];
            if (client.done)
                continue;
            const ssize_t n = ::recv(client.fd, buffer.data(), buffer.size(), 0);
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (n <= 0) {
                fail(client, u"the hub closed a connection"_s);
                --open;
                continue;
            }
            qint64 got = n;
            if (client.bodyLeft < 0) { // still in the head: keep its bytes until its end is seen
                // Only the head's bytes are kept (a few hundred): keeping the whole first read, often 256 KB of body,
                // made a large allocation per answer, whose page faults and unmapping cost more than the rest of
                // the generator together.
                const qsizetype before = client.head.size();
                client.head.append(buffer.data(), std::min<qsizetype>(n, kHeadBytes));
                const qsizetype end = client.head.indexOf("\r\n\r\n");
                if (end < 0 && (n > kHeadBytes || client.head.size() > 4 * kHeadBytes)) {
                    fail(client, u"an answer head too long to read"_s);
                    --open;
                    continue;
                }
                if (end < 0)
                    continue;
                const Head head = parseHead(client.head.first(end));
                if (head.contentLength < 0) {
                    fail(client, u"an answer without Content-Length"_s);
                    --open;
                    continue;
                }
                client.status = head.status;
                client.bodyLeft = head.contentLength;
                got = n - (end + 4 - before); // what this read brought past the head
                client.head.truncate(end);
            }
            client.bodyLeft -= got;
            result.bytes += got;
            if (client.bodyLeft > 0)
                continue;
            if (client.bodyLeft < 0) {
                fail(client, u"more bytes than the Content-Length"_s);
                --open;
                continue;
            }
            if (client.status == 200) {
                result.latenciesMs.append(nowMs() - client.startedMs);
            } else {
                ++result.errors;
                if (result.firstError.isEmpty())
                    result.firstError = u"HTTP %1: %2"_s.arg(client.status).arg(QString::fromUtf8(client.head.left(300)));
            }
            sendNext(client);
            if (client.done)
                --open;
        }
    }
    result.wallSeconds = (nowMs() - wall0) / 1000;
    result.cpuSeconds = threadCpuSeconds() - cpu0;
    for (const LeanClient &client : clients) {
        if (client.fd >= 0)
            ::close(client.fd);
    }
    ::close(epoll);
    return result;
}

} // namespace

LeanLoadResult runLeanLoad(quint16 port, const QList<QList<QByteArray>> &requestsPerClient, int threads)
{
    threads = std::clamp<int>(threads, 1, int(std::max<qsizetype>(1, requestsPerClient.size())));
    if (threads == 1)
        return runLeanClients(port, requestsPerClient);
    std::vector<QList<QList<QByteArray>>> shares(static_cast<size_t>(threads));
    for (qsizetype c = 0; c < requestsPerClient.size(); ++c)
        shares[size_t(c % threads)].append(requestsPerClient.at(c));
    std::vector<LeanLoadResult> results(static_cast<size_t>(threads));
    std::vector<std::thread> running;
    for (size_t t = 0; t < shares.size(); ++t)
        running.emplace_back([&, t] { results[t] = runLeanClients(port, shares[t]); });
    for (auto &thread : running)
        thread.join();
    LeanLoadResult all;
    for (const LeanLoadResult &one : results) {
        all.latenciesMs += one.latenciesMs;
        all.wallSeconds = std::max(all.wallSeconds, one.wallSeconds);
        all.cpuSeconds += one.cpuSeconds;
        all.bytes += one.bytes;
        all.errors += one.errors;
        if (all.firstError.isEmpty())
            all.firstError = one.firstError;
    }
    return all;
}

namespace {

// One connection of the floor: requests seen and not yet answered, and how much of the current answer is out.
struct FloorConnection
{
    int fd = -1;
    QByteArray tail;      // the last bytes read, to find "\r\n\r\n" across reads
    int pending = 0;      // requests read, not yet answered
    qsizetype offset = 0; // bytes of the current answer sent
    bool writing = false;
};

void serveFloor(int listener, const QByteArray &answer)
{
    const int epoll = ::epoll_create1(0);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.ptr = nullptr;
    ::epoll_ctl(epoll, EPOLL_CTL_ADD, listener, &event);
    std::vector<char> buffer(64 * 1024);
    epoll_event events[64];
    for (;;) {
        const int ready = ::epoll_wait(epoll, events, 64, -1);
        for (int e = 0; e < ready; ++e) {
            if (events[e].data.ptr == nullptr) {
                const int fd = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK);
                if (fd < 0)
                    continue;
                const int one = 1;
                ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                auto *connection = new FloorConnection{fd, {}, 0, 0, false};
                epoll_event add{};
                add.events = EPOLLIN;
                add.data.ptr = connection;
                ::epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &add);
                continue;
            }
            auto *c = static_cast<FloorConnection *>(events[e].data.ptr);
            bool closed = false;
            if (events[e].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
                const ssize_t n = ::recv(c->fd, buffer.data(), buffer.size(), 0);
                if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
                    closed = true;
                } else if (n > 0) {
                    c->tail.append(buffer.data(), n);
                    for (qsizetype at = c->tail.indexOf("\r\n\r\n"); at >= 0; at = c->tail.indexOf("\r\n\r\n")) {
                        ++c->pending; // GET requests only: no body follows the head
                        c->tail.remove(0, at + 4);
                    }
                    if (c->tail.size() > 3)
                        c->tail.remove(0, c->tail.size() - 3);
                }
            }
            while (!closed && c->pending > 0) {
                const ssize_t n = ::send(c->fd, answer.constData() + c->offset, size_t(answer.size() - c->offset),
                                         MSG_NOSIGNAL);
                if (n < 0 && (errno == EAGAIN || errno == EINTR))
                    break;
                if (n < 0) {
                    closed = true;
                    break;
                }
                c->offset += n;
                if (c->offset == answer.size()) {
                    c->offset = 0;
                    --c->pending;
                }
            }
            if (closed) {
                ::epoll_ctl(epoll, EPOLL_CTL_DEL, c->fd, nullptr);
                ::close(c->fd);
                delete c;
                continue;
            }
            const bool wantWrite = c->pending > 0;
            if (wantWrite != c->writing) {
                c->writing = wantWrite;
                epoll_event mod{};
                mod.events = EPOLLIN | (wantWrite ? EPOLLOUT : 0u);
                mod.data.ptr = c;
                ::epoll_ctl(epoll, EPOLL_CTL_MOD, c->fd, &mod);
            }
        }
    }
}

int listenOn(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    const sockaddr_in address = loopback(port);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 || ::listen(fd, 256) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

int runFloorServer(const QByteArray &answer, int threads)
{
    // One listening socket per thread on the same port (SO_REUSEPORT): the kernel spreads the connections.
    const int first = listenOn(0);
    if (first < 0) {
        std::perror("floor: listen");
        return 1;
    }
    sockaddr_in bound{};
    socklen_t length = sizeof bound;
    ::getsockname(first, reinterpret_cast<sockaddr *>(&bound), &length);
    const quint16 port = ntohs(bound.sin_port);
    std::vector<int> listeners{first};
    for (int t = 1; t < threads; ++t) {
        const int fd = listenOn(port);
        if (fd < 0) {
            std::perror("floor: listen");
            return 1;
        }
        listeners.push_back(fd);
    }
    std::printf("floor listening on %u\n", unsigned(port));
    std::fflush(stdout);
    std::vector<std::thread> running;
    for (int fd : listeners)
        running.emplace_back([fd, &answer] { serveFloor(fd, answer); });
    for (auto &thread : running)
        thread.join();
    return 0;
}

} // namespace rabeg::bench
