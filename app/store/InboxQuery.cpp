#include "InboxQuery.h"

#include "codec/WireTime.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// The WHERE clause of a criteria (without the keyset), its bound values in order, and the FTS query if any.
struct Where
{
    QStringList clauses;
    QVariantList binds;
    QString fts;
};

Where whereFor(const InboxCriteria &c)
{
    Where w;
    w.fts = ftsQueryFor(c.text);
    if (!w.fts.isEmpty()) {
        w.clauses.append(u"c.rowid IN (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?)"_s);
        w.binds.append(w.fts);
    }
    if (!c.state.isEmpty()) {
        w.clauses.append(u"c.state = ?"_s);
        w.binds.append(c.state);
    }
    if (!c.opd.isEmpty()) {
        w.clauses.append(u"c.opd = ?"_s);
        w.binds.append(c.opd);
    }
    if (!c.categories.isEmpty()) {
        w.clauses.append(u"c.category IN ("_s + QStringList(c.categories.size(), u"?"_s).join(u',') + u')');
        for (const QString &category : c.categories)
            w.binds.append(category);
    }
    if (!c.kecamatan.isEmpty()) {
        w.clauses.append(u"c.kecamatan = ?"_s);
        w.binds.append(c.kecamatan);
    }
    if (c.escalatedOnly)
        w.clauses.append(u"c.escalated = 1"_s);
    if (c.pendingOnly)
        w.clauses.append(u"EXISTS (SELECT 1 FROM outbox o WHERE o.complaint_id = c.id)"_s);
    return w;
}

QString joined(const QStringList &clauses)
{
    return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
}

} // namespace

QString ftsQueryFor(const QString &typed)
{
    // Phrases in double quotes stay phrases; every other word is a prefix term. Only letters and digits reach
    // FTS5, so nothing a person types can be read as FTS syntax (NEAR, column filters, a stray quote).
    static const QRegularExpression parts(u"\"([^\"]*)\"|(\\S+)"_s);
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    QStringList terms;
    auto it = parts.globalMatch(typed);
    while (it.hasNext()) {
        const auto match = it.next();
        const bool phrase = match.capturedLength(1) > 0;
        QStringList words;
        auto w = word.globalMatch(phrase ? match.captured(1) : match.captured(2));
        while (w.hasNext())
            words.append(w.next().captured(0));
        if (words.isEmpty())
            continue;
        if (phrase)
            terms.append(u'"' + words.join(u' ') + u'"');
        else
            for (const QString &one : std::as_const(words))
                terms.append(u'"' + one + u"\"*"_s);
    }
    return terms.join(u' ');
}

Result<qint64> InboxQuery::count(const InboxCriteria &criteria) const
{
    const Where w = whereFor(criteria);
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT count(*) FROM complaints c"_s + joined(w.clauses));
    for (const QVariant &bind : w.binds)
        q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return sqlError(u"cannot count the inbox"_s, q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<InboxListRow>> InboxQuery::page(const std::optional<InboxCursor> &after, int limit,
                                             const InboxCriteria &criteria) const
{
    Where w = whereFor(criteria);
    const QString order = criteria.oldestFirst ? u"ASC"_s : u"DESC"_s;
    if (after) {
        w.clauses.append(criteria.oldestFirst ? u"(c.received_at, c.id) > (?, ?)"_s : u"(c.received_at, c.id) < (?, ?)"_s);
        w.binds.append(after->receivedAt);
        w.binds.append(after->id);
    }
    // The marked title comes from FTS5's highlight(), so what is marked is exactly what matched (prefixes,
    // diacritics folded), not a guess made again in the view.
    const QString marked = w.fts.isEmpty()
                               ? u"c.title"_s
                               : u"(SELECT highlight(complaints_fts, 0, char(2), char(3)) FROM complaints_fts "
                                 u"WHERE complaints_fts MATCH ? AND rowid = c.rowid)"_s;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.tracking_id, c.received_at, c.title, c.service, c.kecamatan, c.state, c.opd,"
              u" c.escalated, c.anonim, c.rahasia, c.category,"
              u" (SELECT count(*) FROM outbox o WHERE o.complaint_id = c.id AND o.status = 'pending'),"
              u" (SELECT count(*) FROM outbox o WHERE o.complaint_id = c.id AND o.status <> 'pending'), "_s
              + marked + u" FROM complaints c"_s + joined(w.clauses) + u" ORDER BY c.received_at "_s + order
              + u", c.id "_s + order + u" LIMIT ?"_s);
    if (!w.fts.isEmpty())
        q.addBindValue(w.fts);
    for (const QVariant &bind : std::as_const(w.binds))
        q.addBindValue(bind);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(u"cannot read the inbox"_s, q.lastError());
    QList<InboxListRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        InboxListRow line;
        InboxRow &row = line.row;
        row.id = q.value(0).toString();
        row.trackingId = q.value(1).toString();
        row.receivedAt = parseWireTime(q.value(2).toString());
        row.title = q.value(3).toString();
        row.service = q.value(4).toString();
        row.kecamatan = q.value(5).toString();
        row.state = fromCode<ComplaintState>(q.value(6).toString()).value_or(ComplaintState::Received);
        row.opd = q.value(7).toString();
        row.escalated = q.value(8).toBool();
        row.anonim = q.value(9).toBool();
        row.rahasia = q.value(10).toBool();
        line.category = q.value(11).toString();
        line.pending = q.value(12).toInt();
        line.troubled = q.value(13).toInt();
        line.markedTitle = q.value(14).toString();
        rows.append(line);
    }
    return rows;
}

} // namespace rabeg
