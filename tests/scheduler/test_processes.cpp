#include "HubProcess.h"
#include "SchedulerFixture.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace schedtest;
using rabeg::test::HubProcess;

namespace {

// Runs the event loop until `done` holds or `ms` pass (a bound on a hang, never a measured time).
template <typename Done> bool spinUntil(Done done, int ms = 60'000)
{
    QEventLoop loop;
    QTimer poll;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(20);
    limit.start(ms);
    if (!done())
        loop.exec();
    return done();
}

QJsonObject post(QNetworkAccessManager &net, const QUrl &url, const QJsonObject &body, const QByteArray &token = {},
                 int *status = nullptr)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    spinUntil([reply] { return reply->isFinished(); });
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

} // namespace

TEST_CASE("a hub killed with kill -9 in the middle of its scheduler's pass and restarted does each action once")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS(), StoreKind::Demo); // --clock is for demo and training stores only
    constexpr int kEach = 120;
    QList<QUuid> late;
    QList<QUuid> answered;
    for (int i = 0; i < kEach; ++i) {
        // Hub times only grow in a log (at = max(now, previous at)): all dispatches first, then the responses.
        late.append(hub.dispatchedAt(wib(2026, 11, 2, 9).addSecs(i * 120)));
        answered.append(hub.dispatchedAt(wib(2026, 11, 2, 9).addSecs(i * 120 + 60)));
    }
    for (int i = 0; i < kEach; ++i) {
        hub.respondAt(answered.at(i), wib(2026, 11, 5, 16, 30).addSecs(i * 60));
    }
    // Hub time frozen past every due time; the first pass runs before the hub listens.
    const QStringList args{u"--store"_s, hub.spec(), u"--clock"_s, u"2026-11-25T00:00:00Z"_s,
                           u"--clock-speed"_s, u"0"_s, u"--scheduler-interval"_s, u"3600"_s};
    static const QRegularExpression acted(u"rabeg\\.hub\\.scheduler: (escalate|close) SRG-"_s);
    int killsMidPass = 0;
    for (int round = 0; round < 3; ++round) {
        HubProcess crashing(args);
        // Killed after its 1st, then its 15th, then its 40th action: early and deeper into a pass.
        if (!crashing.waitForCount(acted, QList<int>{1, 15, 40}.at(round)))
            break; // nothing left to do: an earlier round's pass finished before its kill
        crashing.kill(); // SIGKILL, wherever it is: between appends, or inside one
        if (!crashing.output().contains(u"listening on"_s))
            ++killsMidPass;
    }
    INFO("killed mid-pass " << killsMidPass << " times; done before the restart: "
                            << hub.count(u"escalated"_s) << " escalations, " << hub.count(u"closed"_s) << " closes");
    CHECK(killsMidPass >= 1);
    HubProcess restarted(args);
    REQUIRE(restarted.waitUntilListening());
    restarted.kill();

    for (const QUuid &id : std::as_const(late)) {
        CHECK(hub.count(u"escalated"_s, id) == 1);
        CHECK(hub.count(u"closed"_s, id) == 0);
    }
    for (const QUuid &id : std::as_const(answered)) {
        CHECK(hub.count(u"escalated"_s, id) == 0);
        CHECK(hub.count(u"closed"_s, id) == 1);
    }
    CHECK(hub.count(u"escalated"_s) == kEach);
    CHECK(hub.count(u"closed"_s) == kEach);
    CHECK(hub.store().verifyChain().value_or(std::optional<qint64>(-1)) == std::nullopt);
}

TEST_CASE("a WebSocket client of one hub process hears of a command sent to another process on the same PostgreSQL "
          "store")
{
    ScheduleFixture hub(Backend::Postgres, StoreKind::Demo);
    HubProcess a({u"--store"_s, hub.spec(), u"--demo"_s, u"0"_s}); // demo accounts, no complaints
    REQUIRE(a.waitUntilListening());
    HubProcess b({u"--store"_s, hub.spec()});
    REQUIRE(b.waitUntilListening());

    QNetworkAccessManager net;
    const QJsonObject session = post(net, a.url().resolved(QUrl(u"/api/v1/session"_s)),
                                     {{u"username"_s, u"operator"_s}, {u"password"_s, u"demo"_s}});
    const QByteArray token = session.value(u"token"_s).toString().toLatin1();
    REQUIRE_FALSE(token.isEmpty());

    QWebSocket socket;
    QStringList messages;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                     [&messages](const QString &message) { messages.append(message); });
    QObject::connect(&socket, &QWebSocket::connected, &socket, [&socket, &token] {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{u"token"_s, QString::fromLatin1(token)}})
                                                     .toJson(QJsonDocument::Compact)));
    });
    QUrl notify = b.url();
    notify.setScheme(u"ws"_s);
    notify.setPath(u"/api/v1/notify"_s);
    socket.open(notify);
    REQUIRE(spinUntil([&messages] { return !messages.isEmpty(); }));
    REQUIRE(messages.constFirst().contains(u"\"subscribed\""_s));

    int status = 0;
    post(net, a.url().resolved(QUrl(u"/api/v1/complaints"_s)),
         {{u"channel"_s, u"walk_in"_s},
          {u"title"_s, u"Lampu jalan mati di Cipocok Jaya"_s},
          {u"body"_s, u"Sudah seminggu lampu PJU di depan masjid mati."_s}},
         token, &status);
    REQUIRE(status == 201);
    const qint64 head = hub.store().head().value_or(0);
    REQUIRE(head > 0);
    // B appended nothing itself: only PostgreSQL's NOTIFY of A's append can have told it.
    REQUIRE(spinUntil([&messages] { return messages.size() >= 2; }));
    const QJsonObject notice = QJsonDocument::fromJson(messages.at(1).toUtf8()).object();
    CHECK(notice.value(u"seq"_s).toInteger() == head);
    CHECK(notice.contains(u"hub_time"_s));
}
