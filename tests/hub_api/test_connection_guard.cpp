// The hub's connection guard over real loopback sockets (ConnectionGuard.h, docs/deployment.md): a body over its
// route's limit is refused from its Content-Length or its chunks before the body is sent or buffered, idle and
// half-sent connections are closed after the timeout, and everything within the limits works as before: keep-alive,
// two requests in one write, a slow body that keeps moving, an upload of a few MB, an authenticated notice socket.
#include "AttachmentRoute.h"
#include "ConnectionGuard.h"
#include "GuardedTcpServer.h"
#include "HubFixture.h"
#include "HubProcess.h"
#include "HubServer.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

constexpr int kWaitMs = 10'000; // an upper bound only: every wait ends as soon as its condition holds
constexpr auto kIdle = 1000ms; // the guard's timeout in these tests

// The hub in this process behind a GuardedTcpServer on 127.0.0.1, with a short idle timeout.
class GuardedHub
{
public:
    GuardedHub() : m_server(m_hub.api())
    {
        QLoggingCategory::setFilterRules(u"rabeg.hub.http.debug=false\nrabeg.hub.http.info=false\n"
                                         u"qt.httpserver.warning=false"_s);
        ConnectionGuard::Limits limits;
        limits.idleTimeout = kIdle;
        limits.refuseBody = &HubApi::refuseBody;
        limits.largestBody = AttachmentRoute::kMaxBytes;
        auto *tcp = new GuardedTcpServer(limits, &m_server);
        REQUIRE(tcp->listen(QHostAddress::LocalHost, 0));
        m_server.bind(tcp);
        m_port = tcp->serverPort();
    }
    HubFixture &hub() { return m_hub; }
    quint16 port() const { return m_port; }

private:
    HubFixture m_hub {2};
    HubServer m_server;
    quint16 m_port = 0;
};

struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QString code() const
    {
        return QJsonDocument::fromJson(body).object().value(u"error"_s).toObject().value(u"code"_s).toString();
    }
};

// A client that writes bytes as they are given, and reads answers by their Content-Length.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        REQUIRE(QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, kWaitMs));
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // The next whole answer (REQUIREs one within kWaitMs).
    RawAnswer answer()
    {
        std::optional<RawAnswer> answer;
        REQUIRE(QTest::qWaitFor([&] { return (answer = take()).has_value(); }, kWaitMs));
        return *answer;
    }
    // Whether the hub closed the connection within `ms`.
    bool closedWithin(int ms)
    {
        return QTest::qWaitFor(
            [this] {
                m_received += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            ms);
    }
    bool open()
    {
        m_received += m_socket.readAll();
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }
    const QByteArray &received() const { return m_received; }

private:
    std::optional<RawAnswer> take()
    {
        m_received += m_socket.readAll();
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        RawAnswer answer;
        answer.head = m_received.left(end);
        answer.status = answer.head.mid(9, 3).toInt();
        const QRegularExpression length(u"\\r\\ncontent-length: *(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
        const auto match = length.match(QString::fromLatin1(answer.head));
        const qsizetype size = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (m_received.size() < end + 4 + size)
            return std::nullopt;
        answer.body = m_received.mid(end + 4, size);
        m_received.remove(0, end + 4 + size);
        return answer;
    }

    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray post(const QString &path, const QByteArray &headers)
{
    return "POST " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + headers
        + "\r\n";
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

const QByteArray kHealth = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

} // namespace

TEST_CASE("a body declared over 1 MB is refused with 413 before any of it is sent, and the connection is closed")
{
    GuardedHub guarded;
    RawClient client(guarded.port());
    // Only the head: Qt HttpServer alone waits for all 200 MB before anyone looks at the size.
    client.send(post(u"/api/v1/commands"_s, "Content-Length: 200000000\r\n"));
    const RawAnswer refused = client.answer();
    CHECK(refused.status == 413);
    CHECK(refused.code() == u"body_too_large"_s);
    CHECK(refused.head.contains("Connection: close"));
    CHECK(client.closedWithin(kWaitMs));

    SECTION("with the first bytes of the body sent along, on a route without a session")
    {
        RawClient other(guarded.port());
        other.send(post(u"/api/v1/session"_s, "Content-Length: 200000000\r\n") + R"({"username":"op.rina",)");
        const RawAnswer answer = other.answer();
        CHECK(answer.status == 413);
        CHECK(answer.code() == u"body_too_large"_s);
        CHECK(other.closedWithin(kWaitMs));
    }
    SECTION("just over the limit on a JSON route, and over 10 MB on the upload route")
    {
        RawClient json(guarded.port());
        json.send(
            post(u"/api/v1/complaints"_s, "Content-Length: " + QByteArray::number(HubApi::kMaxJsonBody + 1) + "\r\n"));
        CHECK(json.answer().code() == u"body_too_large"_s);
        RawClient upload(guarded.port());
        upload.send(post(u"/api/v1/complaints/%1/attachments"_s.arg(uuidText(QUuid::createUuid())),
                         "Content-Length: " + QByteArray::number(AttachmentRoute::kMaxBytes + 1) + "\r\n"));
        const RawAnswer answer = upload.answer();
        CHECK(answer.status == 413);
        CHECK(answer.code() == u"attachment_too_large"_s);
    }
}

TEST_CASE("the upload route keeps its 10 MB limit: a 2 MB photo declared and sent goes through")
{
    GuardedHub guarded;
    const QByteArray token = guarded.hub().login(u"op.rina"_s);
    const QUuid complaint = guarded.hub().intake(token, u"Jalan berlubang"_s, u"Lubang besar di Jalan Ciwaru."_s);
    const QByteArray photo = QByteArray("\xFF\xD8\xFF", 3) + QByteArray(2 * 1024 * 1024, 'p');
    RawClient client(guarded.port());
    client.send(post(u"/api/v1/complaints/%1/attachments"_s.arg(uuidText(complaint)),
                     "Authorization: Bearer " + token + "\r\nX-Rabeg-File-Name: jalan.jpg\r\nContent-Length: "
                         + QByteArray::number(photo.size()) + "\r\n")
                + photo);
    const RawAnswer answer = client.answer();
    INFO(answer.body.toStdString());
    CHECK(answer.status == 201);
    CHECK(client.open());

    SECTION("while 2 MB on a JSON route is refused")
    {
        client.send(post(u"/api/v1/commands"_s,
                         "Authorization: Bearer " + token + "\r\nContent-Length: " + QByteArray::number(2 * 1024 * 1024)
                             + "\r\n"));
        CHECK(client.answer().code() == u"body_too_large"_s);
    }
}

TEST_CASE("a chunked body is cut off with 413 when its chunks pass the limit")
{
    GuardedHub guarded;
    RawClient client(guarded.port());
    client.send(post(u"/api/v1/commands"_s, "Transfer-Encoding: chunked\r\n"));
    // 64 KB chunks, one after another: the answer comes once they pass 1 MB, not at the end of a body that never ends.
    for (int i = 0; i < 40 && client.open(); ++i) {
        client.send(chunk(QByteArray(64 * 1024, ' ')));
        QTest::qWait(5);
    }
    const RawAnswer refused = client.answer();
    CHECK(refused.status == 413);
    CHECK(refused.code() == u"body_too_large"_s);
    CHECK(client.closedWithin(kWaitMs));

    SECTION("one chunk announcing more than the limit is refused before its data")
    {
        RawClient big(guarded.port());
        big.send(post(u"/api/v1/commands"_s, "Transfer-Encoding: chunked\r\n") + "200000\r\nabc");
        CHECK(big.answer().code() == u"body_too_large"_s);
        CHECK(big.closedWithin(kWaitMs));
    }
    SECTION("a chunked body within the limit still reaches its route")
    {
        RawClient small(guarded.port());
        const QByteArray login
            = QJsonDocument(QJsonObject {{u"username"_s, u"op.rina"_s}, {u"password"_s, QString::fromUtf8(kPassword)}})
                  .toJson(QJsonDocument::Compact);
        small.send(post(u"/api/v1/session"_s, "Transfer-Encoding: chunked\r\n") + chunk(login.left(10))
                   + chunk(login.mid(10)) + "0\r\n\r\n");
        const RawAnswer answer = small.answer();
        INFO(answer.body.toStdString());
        CHECK(answer.status == 200);
    }
}

TEST_CASE("heads the guard cannot frame as Qt HttpServer would are refused, not guessed at")
{
    GuardedHub guarded;
    const QList<std::pair<QByteArray, int>> cases = {
        {post(u"/api/v1/commands"_s, "Content-Length: 12abc\r\n"), 400},
        {post(u"/api/v1/commands"_s, "Content-Length: 5\r\nContent-Length: 6\r\n"), 400},
        {post(u"/api/v1/commands"_s, "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n"), 400},
        {post(u"/api/v1/commands"_s, "Transfer-Encoding: chunked\r\n") + "zz\r\n", 400},
        {post(u"/api/v1/commands"_s, "X-Long: " + QByteArray(70 * 1024, 'a') + "\r\n"), 431},
        {"GARBAGE\r\n\r\n", 400},
    };
    for (const auto &[bytes, status] : cases) {
        INFO(bytes.left(120).toStdString());
        RawClient client(guarded.port());
        client.send(bytes);
        const RawAnswer answer = client.answer();
        CHECK(answer.status == status);
        CHECK_FALSE(answer.code().isEmpty());
        CHECK(client.closedWithin(kWaitMs));
    }
}

TEST_CASE("a connection that sends half a request line and stops is closed after the idle timeout")
{
    GuardedHub guarded;
    RawClient half(guarded.port());
    half.send("GET /api/v1/hea");
    RawClient silent(guarded.port());
    CHECK(half.closedWithin(kWaitMs));
    CHECK(half.received().isEmpty());
    CHECK(silent.closedWithin(kWaitMs));

    SECTION("a head sent a byte at a time is closed too: it must be whole within the timeout of its first byte")
    {
        RawClient slow(guarded.port());
        const QByteArray head = post(u"/api/v1/commands"_s, "X-Padding: " + QByteArray(40, 'a') + "\r\n");
        bool closed = false;
        for (qsizetype i = 0; i < head.size() - 2 && !closed; ++i) {
            slow.send(head.mid(i, 1));
            closed = slow.closedWithin(int(kIdle.count()) / 4);
        }
        CHECK(closed);
    }
    SECTION("while a connection sending a complete request is answered")
    {
        RawClient whole(guarded.port());
        whole.send(kHealth);
        CHECK(whole.answer().status == 200);
    }
}

TEST_CASE("a keep-alive connection serves many requests, with pauses shorter than the timeout between them")
{
    GuardedHub guarded;
    RawClient client(guarded.port());
    for (int i = 0; i < 60; ++i) {
        client.send(kHealth);
        REQUIRE(client.answer().status == 200);
        if (i % 10 == 0)
            QTest::qWait(int(kIdle.count()) * 2 / 5); // together longer than the timeout: each answer restarts it
    }
    CHECK(client.open());

    SECTION("two requests in one write are both answered")
    {
        client.send(kHealth + kHealth);
        CHECK(client.answer().status == 200);
        CHECK(client.answer().status == 200);
        CHECK(client.open());
    }
    SECTION("a body that keeps moving is not cut, however long it takes in all")
    {
        const QByteArray token = guarded.hub().login(u"op.rina"_s);
        const QByteArray body = QJsonDocument(QJsonObject {{u"padding"_s, QString(3000, u'x')}}).toJson();
        client.send(
            post(u"/api/v1/commands"_s,
                 "Authorization: Bearer " + token + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"));
        for (qsizetype sent = 0; sent < body.size(); sent += 1000) {
            QTest::qWait(int(kIdle.count()) * 2 / 5);
            client.send(body.mid(sent, 1000));
        }
        const RawAnswer answer = client.answer(); // the route's own refusal of this body, not a cut connection
        INFO(answer.body.toStdString());
        CHECK((answer.status == 400 || answer.status == 422));
        CHECK_FALSE(answer.code().isEmpty());
    }
    SECTION("and is closed once idle for the timeout")
    {
        CHECK(client.closedWithin(kWaitMs));
    }
}

TEST_CASE("an authenticated notice socket stays open past the idle timeout and still hears of appends")
{
    GuardedHub guarded;
    const QByteArray token = guarded.hub().login(u"op.rina"_s);
    QWebSocket socket;
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(QUrl(u"ws://127.0.0.1:%1/api/v1/notify"_s.arg(guarded.port())));
    REQUIRE(QTest::qWaitFor([&] { return !connected.isEmpty(); }, kWaitMs));
    socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject {{u"token"_s, QString::fromLatin1(token)}}).toJson()));
    REQUIRE(QTest::qWaitFor([&] { return messages.size() == 1; }, kWaitMs));

    QTest::qWait(int(kIdle.count()) * 3);
    CHECK(disconnected.isEmpty());
    guarded.hub().intake(token, u"Sampah menumpuk"_s, u"Di pasar Rau."_s);
    CHECK(QTest::qWaitFor([&] { return messages.size() == 2; }, kWaitMs));
    CHECK(disconnected.isEmpty());
}

TEST_CASE("rabeg-hub serve closes half-sent connections after --idle-timeout and refuses a declared 200 MB body")
{
    QTemporaryDir dir;
    HubProcess hub({u"--store"_s, u"sqlite:"_s + dir.filePath(u"hub.sqlite"_s), u"--demo"_s, u"0"_s,
                    u"--idle-timeout"_s, u"1"_s, u"--listen-backlog"_s, u"200"_s});
    REQUIRE(hub.waitUntilListening());
    const auto port = quint16(hub.url().port());
    RawClient half(port);
    half.send("POST /api/v1/comm");
    RawClient large(port);
    large.send(post(u"/api/v1/commands"_s, "Content-Length: 200000000\r\n"));
    CHECK(large.answer().code() == u"body_too_large"_s);
    CHECK(half.closedWithin(kWaitMs));
    RawClient whole(port);
    whole.send(kHealth);
    CHECK(whole.answer().status == 200);

    SECTION("and refuses an idle timeout of 0")
    {
        const HubProcess::Run run = HubProcess::run(
            {u"serve"_s, u"--store"_s, u"sqlite:"_s + dir.filePath(u"b.sqlite"_s), u"--idle-timeout"_s, u"0"_s});
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(u"--idle-timeout"_s));
    }
}
