#include "BootstrapIndex.h"

#include "LocalCache.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr auto kFlag = u"fts_deferred";
// The full-text index's triggers of schema 4 (LocalCache): each of their statements that writes complaints_fts is
// left out while deferred; the rest (the list_key they set) stays.
const QStringList kTriggers = {u"complaints_fts_insert"_s, u"complaints_fts_update"_s, u"complaints_fts_delete"_s};

QString originalKey(const QString &trigger)
{
    return QString::fromUtf16(kFlag) + u':' + trigger;
}

// The trigger without its statements that write the index, or an empty string when nothing else is left in it.
QString quietened(const QString &sql)
{
    static const QRegularExpression indexing(u" INSERT INTO complaints_fts\\([^;]*;"_s);
    static const QRegularExpression emptyBody(u"\\bBEGIN\\s+END\\s*$"_s);
    QString quiet = sql;
    quiet.remove(indexing);
    return emptyBody.match(quiet).hasMatch() ? QString() : quiet;
}

Result<QString> triggerSql(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(u"cannot read the full-text index's triggers"_s, q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(u"cannot change the full-text index's triggers"_s, q.lastError());
    return std::nullopt;
}

} // namespace

bool BootstrapIndex::deferred() const
{
    return m_cache.meta(QString::fromUtf16(kFlag)) == u"1"_s;
}

Status BootstrapIndex::defer()
{
    if (deferred())
        return std::nullopt;
    const QSqlDatabase db = m_cache.database();
    {
        QSqlQuery any(db);
        if (!any.exec(u"SELECT EXISTS (SELECT 1 FROM complaints)"_s) || !any.next())
            return sqlError(u"cannot read the cache"_s, any.lastError());
        if (any.value(0).toBool())
            return std::nullopt; // rows already indexed one by one: keep doing so
    }
    QStringList originals;
    for (const QString &name : kTriggers) {
        const auto sql = triggerSql(db, name);
        if (!sql.ok())
            return sql.error();
        if (sql->isEmpty() || quietened(sql.value()) == sql.value())
            return std::nullopt; // triggers this code does not know: leave them
        originals.append(sql.value());
    }
    for (qsizetype i = 0; i < kTriggers.size(); ++i) {
        if (Status status = run(db, u"DROP TRIGGER "_s + kTriggers.at(i)))
            return status;
        if (const QString quiet = quietened(originals.at(i)); !quiet.isEmpty()) {
            if (Status status = run(db, quiet))
                return status;
        }
        if (Status status = m_cache.setMeta(originalKey(kTriggers.at(i)), originals.at(i)))
            return status;
    }
    return m_cache.setMeta(QString::fromUtf16(kFlag), u"1"_s);
}

Status BootstrapIndex::quietenReplaced()
{
    if (!deferred())
        return std::nullopt;
    const QSqlDatabase db = m_cache.database();
    for (const QString &name : kTriggers) {
        const auto sql = triggerSql(db, name);
        if (!sql.ok())
            return sql.error();
        const QString quiet = quietened(sql.value());
        if (sql->isEmpty() || quiet == sql.value())
            continue; // still quiet (or dropped while deferred)
        if (Status status = run(db, u"DROP TRIGGER "_s + name))
            return status;
        if (!quiet.isEmpty()) {
            if (Status status = run(db, quiet))
                return status;
        }
        if (Status status = m_cache.setMeta(originalKey(name), sql.value()))
            return status;
    }
    return std::nullopt;
}

Status BootstrapIndex::finish()
{
    if (!deferred())
        return std::nullopt;
    const QSqlDatabase db = m_cache.database();
    for (const QString &name : kTriggers) {
        const QString original = m_cache.meta(originalKey(name));
        const auto current = triggerSql(db, name);
        if (!current.ok())
            return current.error();
        // Put back the trigger as it was, unless something else (a later schema step) has replaced the quiet one.
        if (!original.isEmpty() && current.value() == quietened(original)) {
            if (!current->isEmpty()) {
                if (Status status = run(db, u"DROP TRIGGER "_s + name))
                    return status;
            }
            if (Status status = run(db, original))
                return status;
        }
        if (Status status = m_cache.setMeta(originalKey(name), u""_s))
            return status;
    }
    if (Status status = run(db, u"INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')"_s))
        return status;
    return m_cache.setMeta(QString::fromUtf16(kFlag), u""_s);
}

} // namespace rabeg
