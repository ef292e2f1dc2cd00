#include "OutboxActions.h"

#include "codec/DomainCodec.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<QList<Command>> OutboxActions::takeStopped(const QString &commandId)
{
    QSqlDatabase db = m_cache.database();
    if (Status begun = beginWrite(db, u"cannot begin a transaction"_s))
        return *begun;
    const auto failed = [&db](const Error &error) -> Result<QList<Command>> {
        db.rollback();
        return error;
    };
    QSqlQuery q(db);
    q.prepare(u"SELECT id, complaint_id, status FROM outbox WHERE command_id = ?"_s);
    q.addBindValue(commandId);
    if (!q.exec())
        return failed(sqlError(u"cannot read the outbox"_s, q.lastError()));
    if (!q.next())
        return failed(Error{u"not_in_outbox"_s, u"This command is no longer waiting; it may have just been settled."_s});
    if (q.value(2).toString() == u"pending"_s)
        return failed(Error{u"still_pending"_s, u"This command has not been answered by the hub yet."_s});
    const qint64 from = q.value(0).toLongLong();
    const QString complaint = q.value(1).toString();

    QSqlQuery later(db);
    later.prepare(u"SELECT json FROM outbox WHERE complaint_id = ? AND id >= ? ORDER BY id"_s);
    later.addBindValue(complaint);
    later.addBindValue(from);
    if (!later.exec())
        return failed(sqlError(u"cannot read the outbox"_s, later.lastError()));
    QList<Command> commands;
    while (later.next()) {
        const auto command =
            decodeCommand(QJsonDocument::fromJson(later.value(0).toString().toUtf8()).object(), DecodeMode::Tolerant);
        if (!command.ok())
            return failed(Error{u"damaged_outbox"_s, u"A queued command cannot be read: "_s + command.error().message});
        commands.append(command.value());
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM outbox WHERE complaint_id = ? AND id >= ?"_s);
    remove.addBindValue(complaint);
    remove.addBindValue(from);
    if (!remove.exec())
        return failed(sqlError(u"cannot update the outbox"_s, remove.lastError()));
    if (!db.commit())
        return failed(sqlError(u"cannot commit"_s, db.lastError()));
    return commands;
}

Status OutboxActions::dropUnconfirmedIntake(const QUuid &complaintId)
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"DELETE FROM complaints WHERE id = ? AND version = 0"_s);
    q.addBindValue(complaintId.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return sqlError(u"cannot remove the discarded intake's complaint"_s, q.lastError());
    return std::nullopt;
}

} // namespace rabeg
