#include "SchedulerFixture.h"
#include "../support/PostgresStatements.h"

#include "codec/DomainCodec.h"
#include "json/CanonicalJson.h"
#include "refdata/ReferenceLoader.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace schedtest {
namespace {

QString nextConnectionName()
{
    static int counter = 0;
    return u"scheduler-test-%1"_s.arg(++counter);
}

QString runOn(const QString &spec, const QStringList &statements)
{
    return rabeg::test::runStatements(spec, statements, u"scheduler-test"_s);
}

} // namespace

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

QDateTime wib(int year, int month, int day, int hour, int minute)
{
    return utc(year, month, day, hour, minute).addSecs(-7 * 3600);
}

const ReferenceData &city()
{
    static const ReferenceData data = [] {
        auto loaded = loadBuiltinReferenceData();
        if (!loaded.ok())
            FAIL("the built-in reference data does not load: " << loaded.error().message.toStdString());
        return loaded.value();
    }();
    return data;
}

Actor operatorActor() { return {u"op.rina"_s, Role::Operator, QString()}; }
Actor liaisonOf(const QString &opd) { return {u"liaison-"_s + opd.toLower(), Role::Liaison, opd}; }

QString postgresSpec()
{
    const QString cluster = qEnvironmentVariable("RABEG_TEST_PG");
    if (cluster.isEmpty()) {
        FAIL("RABEG_TEST_PG is not set, so the PostgreSQL half of this test cannot run. Run it through ctest (its "
             "fixture starts a server), or start one with `tests/support/postgres.sh start /tmp/pg 55432` and "
             "export RABEG_TEST_PG=postgresql://postgres@127.0.0.1:55432/rabeg_test");
    }
    QUrl url(cluster);
    url.setPath(u"/postgres"_s);
    const QString admin = url.toString();
    url.setPath(u"/rabeg_scheduler"_s);
    static bool made = false;
    if (!made) {
        // CREATE DATABASE has no IF NOT EXISTS: a failure because it exists is fine, the connection below tells.
        runOn(admin, {u"CREATE DATABASE rabeg_scheduler"_s});
        made = true;
    }
    return url.toString();
}

ScheduleFixture::ScheduleFixture(Backend backend, StoreKind kind) : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        REQUIRE(m_dir.isValid());
        m_spec = u"sqlite:"_s + m_dir.filePath(u"hub.sqlite"_s);
    } else {
        m_spec = postgresSpec();
        const QString problem = runOn(m_spec, {u"SET client_min_messages = warning"_s, u"DROP SCHEMA public CASCADE"_s,
                                               u"CREATE SCHEMA public"_s});
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
    }
    auto opened = SqlHubStore::open(m_spec, kind, nextConnectionName());
    INFO("opening " << m_spec.toStdString() << ": " << (opened.ok() ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    m_store = std::move(opened).value();
    m_store->setSlaPolicy(city().sla); // as HubApi does in every hub process
}

ScheduleFixture::~ScheduleFixture() = default;

void ScheduleFixture::reopen()
{
    m_store.reset();
    auto opened = SqlHubStore::open(m_spec, StoreKind::Production, nextConnectionName());
    INFO("reopening " << m_spec.toStdString() << ": "
                      << (opened.ok() ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    m_store = std::move(opened).value();
    m_store->setSlaPolicy(city().sla);
}

std::unique_ptr<SqlHubStore> ScheduleFixture::openAnother(const QString &connectionName) const
{
    auto opened = SqlHubStore::open(m_spec, StoreKind::Production, connectionName);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

void ScheduleFixture::sendOk(const Actor &actor, CommandType type, const QUuid &id, const QJsonObject &payload,
                             const QDateTime &at)
{
    const auto current = m_store->complaint(id);
    REQUIRE(current.ok());
    AppendRequest request;
    request.command = {QUuid::createUuid(), type, id, current.value() ? current.value()->version : 0,
                       m_store->info().epoch, payload};
    request.actor = actor;
    request.workstation = u"ws-"_s + actor.user;
    request.now = at;
    request.requestDigest = QCryptographicHash::hash(json::canonicalBytesUnchecked(encodeCommand(request.command)),
                                                     QCryptographicHash::Sha256);
    const auto outcome = m_store->execute(request);
    REQUIRE(outcome.ok());
    INFO(toCode(type).toStdString() << ": " << QJsonDocument(outcome->body).toJson(QJsonDocument::Compact).toStdString());
    REQUIRE(outcome->status == 200);
}

QUuid ScheduleFixture::dispatchedAt(const QDateTime &at, const QString &opd)
{
    const QUuid id = QUuid::createUuid();
    sendOk(operatorActor(), CommandType::Intake, id,
           {{u"channel"_s, u"walk_in"_s},
            {u"title"_s, u"Jalan berlubang di Kasemen"_s},
            {u"body"_s, u"Jalan di depan SDN Kasemen 1 berlubang besar, sudah ada motor yang jatuh."_s}},
           at.addSecs(-3600));
    sendOk(operatorActor(), CommandType::Verify, id,
           {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, u"infrastruktur-jalan"_s},
            {u"service"_s, u"jalan-rusak"_s}},
           at.addSecs(-1800));
    sendOk(operatorActor(), CommandType::Dispatch, id, {{u"opd"_s, opd}}, at);
    return id;
}

void ScheduleFixture::respondAt(const QUuid &id, const QDateTime &at)
{
    const auto current = m_store->complaint(id);
    REQUIRE(current.ok());
    REQUIRE(current.value());
    const QString opd = current.value()->opd;
    if (current.value()->state == ComplaintState::Dispatched)
        sendOk(liaisonOf(opd), CommandType::Acknowledge, id, {}, at.addSecs(-60));
    sendOk(liaisonOf(opd), CommandType::Respond, id,
           {{u"response"_s, u"Lubang sudah ditambal oleh tim UPT Jalan."_s}}, at);
}

void ScheduleFixture::returnAt(const QUuid &id, const QDateTime &at)
{
    const auto current = m_store->complaint(id);
    REQUIRE(current.ok());
    REQUIRE(current.value());
    sendOk(liaisonOf(current.value()->opd), CommandType::Return, id,
           {{u"reason"_s, u"other_opd"_s}, {u"note"_s, u"Bukan kewenangan kami."_s}}, at);
}

void ScheduleFixture::redispatchAt(const QUuid &id, const QDateTime &at, const QString &opd)
{
    sendOk(operatorActor(), CommandType::Dispatch, id, {{u"opd"_s, opd}}, at);
}

SchedulerPass ScheduleFixture::runAt(const QDateTime &now)
{
    Scheduler scheduler(*m_store, city(), HubClock::startingAt(now, 0));
    const auto pass = scheduler.runOnce();
    INFO("scheduler: " << (pass.ok() ? std::string() : pass.error().message.toStdString()));
    REQUIRE(pass.ok());
    return pass.value();
}

Deadline ScheduleFixture::deadline(const QUuid &id, const QString &clock, const QDateTime &now)
{
    const auto history = m_store->history(id);
    REQUIRE(history.ok());
    for (const Deadline &d : computeDeadlines(history.value(), city().sla, WorkingCalendar(city().calendar), now)) {
        if (d.clock == clock)
            return d;
    }
    FAIL("no clock " << clock.toStdString());
    return {};
}

int ScheduleFixture::count(const QString &type, const QUuid &id)
{
    if (id.isNull())
        return int(scalar(u"SELECT COUNT(*) FROM events WHERE type = ?"_s, {type}));
    return int(scalar(u"SELECT COUNT(*) FROM events WHERE type = ? AND complaint_id = ?"_s,
                      {type, id.toString(QUuid::WithoutBraces)}));
}

QList<Event> ScheduleFixture::eventsOf(const QUuid &id, const QString &type)
{
    const auto history = m_store->history(id);
    REQUIRE(history.ok());
    QList<Event> out;
    for (const Event &event : history.value()) {
        if (event.typeName == type)
            out.append(event);
    }
    return out;
}

qint64 ScheduleFixture::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(m_store->database());
    q.prepare(sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    const bool ok = q.exec() && q.next();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
    return q.value(0).toLongLong();
}

} // namespace schedtest
