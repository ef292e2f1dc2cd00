#pragma once

#include <catch2/catch.hpp>

#include "Scheduler.h"
#include "SqlHubStore.h"
#include "refdata/ReferenceData.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

// Shared by the scheduler tests: a hub store on SQLite (a temporary file) or on PostgreSQL (the database
// rabeg_scheduler of the test cluster, emptied first), complaints moved through their lifecycle at chosen hub
// times by the store's normal command path, and passes of the Scheduler at a frozen hub time.

namespace schedtest {

enum class Backend { Sqlite, Postgres };

// WIB (UTC+7) wall time as the UTC instant the store keeps.
QDateTime wib(int year, int month, int day, int hour, int minute = 0);
QDateTime utc(int year, int month, int day, int hour, int minute = 0, int second = 0, int ms = 0);

const rabeg::ReferenceData &city(); // the built-in reference data: real SLA policy and 2026 calendar

// The PostgreSQL spec of this test's own database (made when missing, from RABEG_TEST_PG's cluster).
QString postgresSpec();

class ScheduleFixture
{
public:
    explicit ScheduleFixture(Backend backend, rabeg::StoreKind kind = rabeg::StoreKind::Production);
    ~ScheduleFixture();
    Q_DISABLE_COPY_MOVE(ScheduleFixture)

    rabeg::SqlHubStore &store() { return *m_store; }
    const QString &spec() const { return m_spec; }
    Backend backend() const { return m_backend; }
    std::unique_ptr<rabeg::SqlHubStore> openAnother(const QString &connectionName) const;
    // Closes the store and opens the same database again, as a restarted (or upgraded) hub does.
    void reopen();

    // A command through the store at hub time `at`, by `actor`, based on the current version; requires 200.
    void sendOk(const rabeg::Actor &actor, rabeg::CommandType type, const QUuid &id, const QJsonObject &payload,
                const QDateTime &at);
    // A complaint taken in an hour and verified half an hour before `at`, dispatched to `opd` at `at`.
    QUuid dispatchedAt(const QDateTime &at, const QString &opd = QStringLiteral("PUPR"));
    // Acknowledged a minute before `at` (when not yet) and responded at `at` by the OPD's liaison.
    void respondAt(const QUuid &id, const QDateTime &at);
    void returnAt(const QUuid &id, const QDateTime &at);
    void redispatchAt(const QUuid &id, const QDateTime &at, const QString &opd);

    // One scheduler pass with hub time frozen at `now`.
    rabeg::SchedulerPass runAt(const QDateTime &now);
    // The complaint's deadline for `clock` as the shared core computes it at `now`.
    rabeg::Deadline deadline(const QUuid &id, const QString &clock, const QDateTime &now);

    // Events of `type` ("escalated", "closed") of one complaint, or of the whole log without an id.
    int count(const QString &type, const QUuid &id = {});
    QList<rabeg::Event> eventsOf(const QUuid &id, const QString &type);
    qint64 scalar(const QString &sql, const QVariantList &bindings = {});

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_spec;
    std::unique_ptr<rabeg::SqlHubStore> m_store;
};

#define SCHEDULER_BACKENDS() GENERATE(schedtest::Backend::Sqlite, schedtest::Backend::Postgres)

rabeg::Actor operatorActor();
rabeg::Actor liaisonOf(const QString &opd);

} // namespace schedtest

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &value) { return value.toString(Qt::ISODateWithMs).toStdString(); }
};
template <> struct StringMaker<schedtest::Backend>
{
    static std::string convert(schedtest::Backend value)
    {
        return value == schedtest::Backend::Sqlite ? "sqlite" : "postgresql";
    }
};
} // namespace Catch
