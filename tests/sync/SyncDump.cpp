#include "SyncDump.h"

#include "SqlHubStore.h"
#include "codec/DomainCodec.h"
#include "json/CanonicalJson.h"
#include "privacy/Masking.h"
#include "store/ComplaintRepository.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg::test {
namespace {

QString canonical(const QJsonObject &object) { return QString::fromUtf8(json::canonicalBytesUnchecked(object)); }

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    const bool ok = q.exec();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
    return q;
}

QString eventKey(const QVariant &complaint, const QVariant &version, const QVariant &id)
{
    return complaint.toString() + u'/' + QString::number(version.toLongLong()) + u'/' + id.toString();
}

} // namespace

std::ostream &operator<<(std::ostream &out, const SyncDump &dump)
{
    return out << "{" << dump.states.size() << " states, " << dump.events.size() << " events}";
}

SyncDump hubDump(SqlHubStore &store, const HubView &view)
{
    const QSqlDatabase db = store.database();
    const QString scope = view.where.isEmpty() ? u"1 = 1"_s : view.where;
    SyncDump dump;
    if (view.asOfSeq) {
        REQUIRE(view.where.isEmpty()); // the log as of a seq is only used for the whole store
        QSqlQuery states = run(db,
                               u"SELECT e.state_json FROM events e WHERE e.seq = (SELECT MAX(l.seq) FROM events l "
                               u"WHERE l.complaint_id = e.complaint_id AND l.seq <= ?)"_s,
                               {*view.asOfSeq});
        while (states.next())
            dump.states.append(canonical(maskPersonalNumbers(
                QJsonDocument::fromJson(states.value(0).toString().toUtf8()).object())));
        QSqlQuery events = run(db, u"SELECT complaint_id, version, id FROM events WHERE seq <= ?"_s, {*view.asOfSeq});
        while (events.next())
            dump.events.append(eventKey(events.value(0), events.value(1), events.value(2)));
    } else {
        QSqlQuery states = run(db, u"SELECT state_json FROM complaints WHERE "_s + scope, view.binds);
        while (states.next())
            dump.states.append(canonical(maskPersonalNumbers(
                QJsonDocument::fromJson(states.value(0).toString().toUtf8()).object())));
        QSqlQuery events = run(db,
                               u"SELECT complaint_id, version, id FROM events WHERE complaint_id IN "
                               u"(SELECT id FROM complaints WHERE "_s
                                   + scope + u")"_s,
                               view.binds);
        while (events.next())
            dump.events.append(eventKey(events.value(0), events.value(1), events.value(2)));
    }
    dump.states.sort();
    dump.events.sort();
    return dump;
}

SyncDump cacheDump(LocalCache &cache)
{
    SyncDump dump;
    const ComplaintRepository complaints(cache);
    QList<QUuid> ids;
    QSqlQuery q = run(cache.database(), u"SELECT id FROM complaints"_s, {});
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    for (const QUuid &id : std::as_const(ids)) {
        const auto found = complaints.find(id);
        REQUIRE(found.ok());
        REQUIRE(found.value().has_value());
        dump.states.append(canonical(encodeComplaint(*found.value())));
    }
    QSqlQuery events = run(cache.database(), u"SELECT complaint_id, version, id FROM events"_s, {});
    while (events.next())
        dump.events.append(eventKey(events.value(0), events.value(1), events.value(2)));
    dump.states.sort();
    dump.events.sort();
    return dump;
}

std::string firstDifference(const SyncDump &actual, const SyncDump &expected)
{
    const auto compare = [](const char *what, const QStringList &a, const QStringList &b) -> std::string {
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            if (a.value(i) != b.value(i))
                return std::string(what) + " #" + std::to_string(i) + ":\n  cache: " + a.value(i).toStdString()
                       + "\n  hub:   " + b.value(i).toStdString();
        }
        return {};
    };
    std::string states = compare("state", actual.states, expected.states);
    return states.empty() ? compare("event", actual.events, expected.events) : states;
}

void checkSameDump(const SyncDump &cache, const SyncDump &hub)
{
    INFO(firstDifference(cache, hub));
    CHECK(cache == hub);
}

} // namespace rabeg::test
