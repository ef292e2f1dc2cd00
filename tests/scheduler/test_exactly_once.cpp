#include "SchedulerFixture.h"

#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace schedtest;

namespace {

// A scheduler pass on a thread of its own, with its own store connection, as a second hub process has.
class PassThread final : public QThread
{
public:
    PassThread(const QString &spec, const QDateTime &now, std::atomic<int> &ready, QString name)
        : m_spec(spec), m_now(now), m_ready(ready), m_name(std::move(name))
    {
    }
    SchedulerPass pass;
    QString error;

protected:
    void run() override
    {
        auto opened = SqlHubStore::open(m_spec, StoreKind::Production, m_name);
        if (!opened.ok()) {
            error = opened.error().message;
            return;
        }
        {
            std::unique_ptr<SqlHubStore> store = std::move(opened).value();
            Scheduler scheduler(*store, city(), HubClock::startingAt(m_now, 0));
            // Both threads start their pass together, so they read the same due entries.
            m_ready.fetch_add(1);
            while (m_ready.load() < 2)
                QThread::yieldCurrentThread();
            const auto done = scheduler.runOnce();
            if (done.ok())
                pass = done.value();
            else
                error = done.error().message;
        }
    }

private:
    QString m_spec;
    QDateTime m_now;
    std::atomic<int> &m_ready;
    QString m_name;
};

} // namespace

TEST_CASE("two schedulers on one store racing over the same due complaints append each action once")
{
    ScheduleFixture hub(SCHEDULER_BACKENDS());
    constexpr int kEach = 40;
    QList<QUuid> late;
    QList<QUuid> answered;
    for (int i = 0; i < kEach; ++i) {
        // Hub times only grow in a log (at = max(now, previous at)): all dispatches first, then the responses.
        late.append(hub.dispatchedAt(wib(2026, 11, 2, 9).addSecs(i * 120)));
        answered.append(hub.dispatchedAt(wib(2026, 11, 2, 9).addSecs(i * 120 + 60)));
    }
    for (int i = 0; i < kEach; ++i) {
        hub.respondAt(answered.at(i), wib(2026, 11, 5, 16, 30).addSecs(i * 60)); // auto-close due 19 Nov 24:00 WIB
    }
    std::atomic<int> ready{0};
    PassThread first(hub.spec(), utc(2026, 11, 25, 0), ready, u"race-a"_s);
    PassThread second(hub.spec(), utc(2026, 11, 25, 0), ready, u"race-b"_s);
    first.start();
    second.start();
    REQUIRE(first.wait(QDeadlineTimer(300'000)));
    REQUIRE(second.wait(QDeadlineTimer(300'000)));
    INFO("first: " << first.error.toStdString() << "; second: " << second.error.toStdString());
    REQUIRE(first.error.isEmpty());
    REQUIRE(second.error.isEmpty());

    for (const QUuid &id : std::as_const(late)) {
        CHECK(hub.count(u"escalated"_s, id) == 1);
        CHECK(hub.count(u"closed"_s, id) == 0);
    }
    for (const QUuid &id : std::as_const(answered)) {
        CHECK(hub.count(u"escalated"_s, id) == 0);
        CHECK(hub.count(u"closed"_s, id) == 1);
    }
    CHECK(first.pass.escalated + second.pass.escalated == kEach);
    CHECK(first.pass.closed + second.pass.closed == kEach);
    INFO("already done by the other: " << first.pass.alreadyDone << " + " << second.pass.alreadyDone);
    CHECK(hub.store().verifyChain().value_or(std::optional<qint64>(-1)) == std::nullopt);
}
