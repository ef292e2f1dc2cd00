#include "TrainingStore.h"

#include "SqlHubStore.h"
#include "codec/WireTime.h"
#include "store/SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg::trainingStore {
namespace {

Result<QString> meta(SqlHubStore &store, const QString &key)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT value FROM hub_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(u"cannot read the training class"_s, q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status setMeta(QSqlQuery &q, const QString &key, const QString &value)
{
    q.prepare(u"DELETE FROM hub_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(u"cannot record the training class"_s, q.lastError());
    q.prepare(u"INSERT INTO hub_meta(key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(u"cannot record the training class"_s, q.lastError());
    return std::nullopt;
}

} // namespace

Result<ClassInfo> classInfo(SqlHubStore &store)
{
    const auto scenario = meta(store, u"training_scenario"_s);
    if (!scenario.ok())
        return scenario.error();
    const auto number = meta(store, u"training_class"_s);
    if (!number.ok())
        return number.error();
    return ClassInfo {scenario.value(), number.value().isEmpty() ? 1 : number.value().toInt()};
}

Status claim(SqlHubStore &store, const QString &scenarioId)
{
    QSqlQuery q(store.database());
    return setMeta(q, u"training_scenario"_s, scenarioId);
}

Status claimFor(SqlHubStore &store, const QString &scenarioId)
{
    const auto info = classInfo(store);
    if (!info.ok())
        return info.error();
    if (info->scenarioId.isEmpty())
        return claim(store, scenarioId);
    if (info->scenarioId != scenarioId)
        return Error {u"other_scenario"_s,
                      u"This training store was made for the scenario \"%1\" (its class accounts, and its class if one "
                      u"ran), not \"%2\". Serve it with the scenario \"%1\", or give \"%2\" a new store file: rabeg-hub "
                      u"training roster --store sqlite:NEW.sqlite SCENARIO.json, then rabeg-hub serve --training "
                      u"SCENARIO.json --store sqlite:NEW.sqlite."_s.arg(info->scenarioId, scenarioId)};
    return std::nullopt;
}

Result<QDateTime> lastEventAt(SqlHubStore &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(u"SELECT at FROM events ORDER BY seq DESC LIMIT 1"_s))
        return sqlError(u"cannot read the log's last time"_s, q.lastError());
    return q.next() ? parseWireTime(q.value(0).toString()) : QDateTime();
}

Result<int> wipeClass(SqlHubStore &store)
{
    if (store.isPostgres())
        return Error {u"training_sqlite_only"_s, u"A training class lives in a SQLite store (--store sqlite:PATH)."_s};
    const auto info = classInfo(store);
    if (!info.ok())
        return info.error();
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return sqlError(u"cannot begin the reset"_s, q.lastError());
    const auto fail = [&](const QString &what) -> Error {
        const Error error = sqlError(what, q.lastError());
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return error;
    };
    for (const QString &table :
         {u"events"_s, u"event_items"_s, u"complaints"_s, u"identities"_s, u"commands"_s, u"counters"_s,
          u"hub_schedule"_s}) {
        if (!q.exec(u"DELETE FROM "_s + table))
            return fail(u"cannot empty the class"_s);
    }
    const int next = info->classNumber + 1;
    if (Status status = setMeta(q, u"training_class"_s, QString::number(next))) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return *status;
    }
    if (!q.exec(u"COMMIT"_s))
        return fail(u"cannot commit the reset"_s);
    return next;
}

} // namespace rabeg::trainingStore
