// The reference stream of SqlHubStore's log (ReferenceStream.h): reference-data events under the nil complaint
// id, appended under the same lock and hash chain as complaint events, idempotent per (user, command id).
#include "SqlHubStore.h"

#include "FeedItems.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "json/CanonicalJson.h"
#include "store/SqliteConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString canonicalText(const QJsonObject &json)
{
    return QString::fromUtf8(json::canonicalBytesUnchecked(json));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject reusedBody()
{
    return {{u"error"_s,
             QJsonObject {{u"code"_s, u"command_id_reused"_s},
                          {u"message"_s,
                           u"This command id was already used for a different command. "
                           u"Send a new command with a new id."_s}}}};
}

} // namespace

Result<QList<Event>> SqlHubStore::referenceEvents(qint64 afterVersion)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + textColumn(u"json"_s)
              + u" FROM events WHERE complaint_id = ? AND version > ? ORDER BY version"_s);
    q.addBindValue(uuidText(kReferenceStream));
    q.addBindValue(afterVersion);
    if (!q.exec())
        return sqlError(u"cannot read the reference stream"_s, q.lastError());
    QList<Event> events;
    while (q.next()) {
        const auto event
            = decodeEvent(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), DecodeMode::Tolerant);
        if (!event.ok())
            return Error {u"damaged_log"_s, u"a reference event cannot be read: "_s + event.error().message};
        events.append(event.value());
    }
    return events;
}

Result<CommandOutcome> SqlHubStore::appendReference(const ReferenceAppend &r)
{
    if (Status status = begin())
        return *status;
    auto outcome = appendReferenceLocked(r);
    if (!outcome.ok()) {
        rollback();
        return outcome;
    }
    if (Status status = commit()) {
        rollback();
        return *status;
    }
    return outcome;
}

Result<CommandOutcome> SqlHubStore::appendReferenceLocked(const ReferenceAppend &r)
{
    QSqlQuery q(database());
    const QString commandId = uuidText(r.commandId);
    const QString digest = QString::fromLatin1(r.requestDigest.toHex());
    q.prepare(u"SELECT digest, status, body FROM commands WHERE username = ? AND command_id = ?"_s);
    q.addBindValue(r.actor.user);
    q.addBindValue(commandId);
    if (!q.exec())
        return sqlError(u"cannot read idempotency records"_s, q.lastError());
    if (q.next()) {
        if (q.value(0).toString() != digest)
            return CommandOutcome {422, reusedBody()};
        return CommandOutcome {q.value(1).toInt(), parseObject(q.value(2).toString()), true};
    }
    const auto remember = [&](CommandOutcome outcome) -> Result<CommandOutcome> {
        QSqlQuery insert(database());
        insert.prepare(u"INSERT INTO commands(username, command_id, digest, status, body, at) VALUES (?,?,?,?,?,?)"_s);
        for (const QVariant &v :
             {QVariant(r.actor.user), QVariant(commandId), QVariant(digest), QVariant(outcome.status),
              QVariant(canonicalText(outcome.body)), QVariant(toWireTime(r.now))})
            insert.addBindValue(v);
        if (!insert.exec())
            return sqlError(u"cannot store the command's result"_s, insert.lastError());
        return outcome;
    };

    const auto stream = referenceEvents(0);
    if (!stream.ok())
        return stream.error();
    const auto decision = r.decide(stream.value());
    if (const auto *refused = std::get_if<CommandOutcome>(&decision))
        return remember(*refused);
    const ReferenceDraft &draft = std::get<ReferenceDraft>(decision);

    QString prevHash = QString::fromLatin1(kGenesisHash);
    QDateTime lastAt;
    qint64 lastSeq = 0;
    if (!q.exec(u"SELECT hash, at, seq FROM events ORDER BY seq DESC LIMIT 1"_s))
        return sqlError(u"cannot read the log head"_s, q.lastError());
    if (q.next()) {
        prevHash = q.value(0).toString();
        lastAt = parseWireTime(q.value(1).toString());
        lastSeq = q.value(2).toLongLong();
    }
    Event e;
    if (isPostgres()) {
        if (!q.exec(u"SELECT nextval('event_seq')"_s) || !q.next())
            return sqlError(u"cannot number the event"_s, q.lastError());
        e.seq = q.value(0).toLongLong();
    } else {
        e.seq = lastSeq + 1;
    }
    e.id = QUuid::createUuid();
    e.known = false; // no complaint event: complaint decoders keep it raw
    e.typeName = draft.type;
    e.complaintId = kReferenceStream;
    e.version = stream->isEmpty() ? 1 : stream->constLast().version + 1;
    e.at = (lastAt.isValid() && lastAt > r.now) ? lastAt : r.now;
    e.actor = r.actor;
    e.workstation = r.workstation;
    e.commandId = r.commandId;
    e.payload = draft.payload;
    e.prevHash = prevHash;
    e.hash = eventHash(e);
    const QJsonObject eventJson = encodeEvent(e);
    // No complaint state follows a reference event (state_json is empty) and none is projected; opd_after names
    // the OPD whose liaisons see it (a draft), empty for everyone's.
    QSqlQuery insert(database());
    insert.prepare(u"INSERT INTO events(seq, id, complaint_id, version, type, actor_user, state_changing, "
                   u"opd_before, opd_after, at, json, state_json, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    for (const QVariant &v :
         {QVariant(e.seq), QVariant(uuidText(e.id)), QVariant(uuidText(e.complaintId)), QVariant(e.version),
          QVariant(e.typeName), QVariant(e.actor.user), QVariant(0), QVariant(u""_s),
          QVariant(draft.opd.isNull() ? u""_s : draft.opd), QVariant(toWireTime(e.at)),
          QVariant(canonicalText(eventJson)), QVariant(u""_s), QVariant(e.hash)})
        insert.addBindValue(v);
    if (!insert.exec())
        return sqlError(u"cannot append the reference event"_s, insert.lastError());
    if (Status status = FeedItems::Writer(database()).add(e.seq, canonicalText(eventJson).toUtf8(), {}))
        return *status;
    if (r.apply) {
        if (Status status = r.apply())
            return *status;
    }
    if (isPostgres()) {
        q.prepare(u"SELECT pg_notify('%1', ?)"_s.arg(QLatin1String(kLogChannel)));
        q.addBindValue(QString::number(e.seq));
        if (!q.exec())
            return sqlError(u"cannot announce the append"_s, q.lastError());
    }
    return remember({200, QJsonObject {{u"events"_s, QJsonArray {eventJson}}}});
}

} // namespace rabeg
