#include "SqlHubStore.h"

#include "FeedItems.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "demo/DemoGenerator.h"
#include "domain/Lifecycle.h"
#include "domain/Projection.h"
#include "json/CanonicalJson.h"
#include "store/SqliteConnection.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }
QString canonical(const QJsonObject &json) { return QString::fromUtf8(json::canonicalBytesUnchecked(json)); }

} // namespace

Status SqlHubStore::importDemo(const QList<DemoComplaint> &batch)
{
    if (m_info.kind == StoreKind::Production)
        return Error{u"wrong_store_kind"_s, u"Demo data can never be loaded into a production store."_s};
    if (Status status = begin())
        return status;
    const auto fail = [this](const QString &what, const QSqlQuery &q) -> Status {
        const Error error = sqlError(what, q.lastError());
        rollback();
        return error;
    };
    QSqlQuery q(database());
    QString prevHash = QString::fromLatin1(kGenesisHash);
    qint64 seq = 0;
    if (!q.exec(u"SELECT hash, seq FROM events ORDER BY seq DESC LIMIT 1"_s))
        return fail(u"cannot read the log head"_s, q);
    if (q.next()) {
        prevHash = q.value(0).toString();
        seq = q.value(1).toLongLong();
    }
    QSqlQuery insert(database());
    insert.prepare(u"INSERT INTO events(seq, id, complaint_id, version, type, actor_user, state_changing, opd_before, "
                   u"opd_after, at, json, state_json, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    QSqlQuery upsert(database());
    upsert.prepare(u"INSERT INTO complaints(id, tracking_id, external_ref, opd, version, state_json) VALUES "
                   u"(?,?,?,?,?,?)"_s);
    FeedItems::Writer items(database());
    QSqlQuery identity(database());
    identity.prepare(u"INSERT INTO identities(complaint_id, salt, json) VALUES (?,?,?)"_s);
    QHash<QString, qint64> serials;
    for (const DemoComplaint &demo : batch) {
        Complaint state;
        for (Event e : demo.events) {
            if (m_dialect.postgres) {
                if (!q.exec(u"SELECT nextval('event_seq')"_s) || !q.next())
                    return fail(u"cannot number an event"_s, q);
                e.seq = q.value(0).toLongLong();
            } else {
                e.seq = ++seq;
            }
            e.prevHash = prevHash;
            e.hash = eventHash(e);
            const QString opdBefore = state.opd;
            state = apply(state, e);
            const QByteArray eventText = json::canonicalBytesUnchecked(encodeEvent(e));
            const QByteArray stateText = json::canonicalBytesUnchecked(encodeComplaint(state));
            for (const QVariant &v :
                 {QVariant(e.seq), QVariant(e.id.toString(QUuid::WithoutBraces)),
                  QVariant(e.complaintId.toString(QUuid::WithoutBraces)), QVariant(e.version), QVariant(e.typeName),
                  QVariant(e.actor.user), QVariant(int(isStateChanging(e.type))), QVariant(text(opdBefore)),
                  QVariant(text(state.opd)), QVariant(toWireTime(e.at)), QVariant(QString::fromUtf8(eventText)),
                  QVariant(QString::fromUtf8(stateText)), QVariant(e.hash)})
                insert.addBindValue(v);
            if (!insert.exec())
                return fail(u"cannot append a demo event"_s, insert);
            if (Status status = items.add(e.seq, eventText, stateText)) {
                rollback();
                return status;
            }
            prevHash = e.hash;
        }
        // Demo histories end in the past: the schedule learns which of their clocks still run, as with any append.
        if (!m_policy.isEmpty()) {
            if (Status status = scheduleAppended(demo.events, state)) {
                rollback();
                return status;
            }
        }
        for (const QVariant &v : {QVariant(state.id.toString(QUuid::WithoutBraces)), QVariant(state.trackingId),
                                  QVariant(text(state.externalRef)), QVariant(text(state.opd)),
                                  QVariant(state.version), QVariant(canonical(encodeComplaint(state)))})
            upsert.addBindValue(v);
        if (!upsert.exec())
            return fail(u"cannot store a demo complaint"_s, upsert);
        const QJsonObject who{{u"name"_s, demo.identity.name}, {u"nik"_s, demo.identity.nik},
                              {u"phone"_s, demo.identity.phone}, {u"email"_s, demo.identity.email},
                              {u"address"_s, demo.identity.address}};
        identity.addBindValue(state.id.toString(QUuid::WithoutBraces));
        identity.addBindValue(QString::number(QRandomGenerator::system()->generate64(), 16));
        const auto sealed = sealIdentity(canonical(who));
        if (!sealed.ok()) {
            rollback();
            return sealed.error();
        }
        identity.addBindValue(sealed.value());
        if (!identity.exec())
            return fail(u"cannot store a demo identity"_s, identity);
        // Tracking numbers continue after the demo's: SRG-<year>-<serial>.
        const QStringList parts = state.trackingId.split(u'-');
        if (parts.size() == 3)
            serials[u"tracking-"_s + parts.at(1)] = std::max(serials.value(u"tracking-"_s + parts.at(1)),
                                                             parts.at(2).toLongLong());
    }
    if (m_policy.isEmpty() && !batch.isEmpty()) {
        if (Status status = scheduleAppended(batch.first().events, batch.first().complaint)) {
            rollback();
            return status;
        }
    }
    for (auto it = serials.cbegin(); it != serials.cend(); ++it) {
        q.prepare(u"INSERT INTO counters(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = "
                  u"CASE WHEN counters.value > excluded.value THEN counters.value ELSE excluded.value END"_s);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return fail(u"cannot update tracking numbers"_s, q);
    }
    return commit();
}

} // namespace rabeg
