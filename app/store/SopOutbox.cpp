#include "SopOutbox.h"

#include "SqliteConnection.h"
#include "codec/WireTime.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QString kReferenceStreamText = QUuid().toString(QUuid::WithoutBraces);

} // namespace

Status SopOutbox::enqueue(const QJsonObject &body, const QDateTime &now)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"INSERT INTO outbox (command_id, complaint_id, type, json, created_at) VALUES (?,?,?,?,?)"_s);
    q.addBindValue(body.value(u"command_id"_s).toString());
    q.addBindValue(kReferenceStreamText);
    q.addBindValue(QString::fromUtf16(kType));
    q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    q.addBindValue(toWireTime(now));
    if (!q.exec())
        return sqlError(u"cannot queue the publication"_s, q.lastError());
    return std::nullopt;
}

Result<QList<SopOutboxEntry>> SopOutbox::entries() const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT command_id, json, status, error_code, error_message, created_at FROM outbox WHERE type = ? "
              u"ORDER BY id"_s);
    q.addBindValue(QString::fromUtf16(kType));
    if (!q.exec())
        return sqlError(u"cannot read the outbox"_s, q.lastError());
    QList<SopOutboxEntry> entries;
    while (q.next())
        entries.append({q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                        parseWireTime(q.value(5).toString())});
    return entries;
}

Status SopOutbox::markRefused(const QString &commandId, const QString &code, const QString &message)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"UPDATE outbox SET status = 'refused', error_code = ?, error_message = ?, attempts = attempts + 1 "
              u"WHERE command_id = ?"_s);
    q.addBindValue(code.isNull() ? u""_s : code);
    q.addBindValue(message.isNull() ? u""_s : message);
    q.addBindValue(commandId);
    if (!q.exec())
        return sqlError(u"cannot update the outbox"_s, q.lastError());
    return std::nullopt;
}

Status SopOutbox::confirm(const QString &commandId, const QList<QJsonObject> &events)
{
    QSqlDatabase db = m_cache.database();
    if (Status begun = beginWrite(db, u"cannot begin a transaction"_s))
        return *begun;
    QSqlQuery q(db);
    q.prepare(u"INSERT OR IGNORE INTO events (complaint_id, version, seq, id, type, at, actor_user, actor_role, json) "
              u"VALUES (?,?,?,?,?,?,?,?,?)"_s);
    for (const QJsonObject &e : events) {
        const QJsonObject actor = e.value(u"actor"_s).toObject();
        // The reference stream's nil id as the sync stores it (the wire leaves it empty).
        const QString stream = QUuid::fromString(e.value(u"complaint_id"_s).toString()).toString(QUuid::WithoutBraces);
        for (const QVariant &v :
             {QVariant(stream), QVariant(e.value(u"version"_s).toInteger()), QVariant(e.value(u"seq"_s).toInteger()),
              QVariant(e.value(u"id"_s).toString()), QVariant(e.value(u"type"_s).toString()),
              QVariant(e.value(u"at"_s).toString()), QVariant(actor.value(u"user"_s).toString()),
              QVariant(actor.value(u"role"_s).toString()),
              QVariant(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)))})
            q.addBindValue(v);
        if (!q.exec()) {
            const Error error = sqlError(u"cannot keep the published template"_s, q.lastError());
            db.rollback();
            return error;
        }
    }
    if (Status status = drop(commandId)) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return sqlError(u"cannot commit the publication"_s, db.lastError());
    return std::nullopt;
}

Status SopOutbox::drop(const QString &commandId)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"DELETE FROM outbox WHERE command_id = ? AND type = ?"_s);
    q.addBindValue(commandId);
    q.addBindValue(QString::fromUtf16(kType));
    if (!q.exec())
        return sqlError(u"cannot update the outbox"_s, q.lastError());
    return std::nullopt;
}

} // namespace rabeg
