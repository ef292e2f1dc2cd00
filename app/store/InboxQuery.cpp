#include "InboxQuery.h"

#include "codec/WireTime.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Up to this many matches, finding them by their own index and sorting them beats walking the list's order.
constexpr qint64 kFewMatches = 2000;

QStringList ftsTermsFor(const QString &typed)
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
    return terms;
}

// The WHERE clause of a criteria (without the keyset), its bound values in order, and the FTS query if any.
struct Where
{
    QStringList clauses;
    QVariantList binds;
    QString fts;
};

// `ordered`: the filters whose own index cannot give the list's order (several categories, a due-time range) are
// written so that SQLite does not lead with that index (a unary + on the column), for criteria matching many rows.
Where whereFor(const InboxCriteria &c, bool ordered = false)
{
    const QString plus = ordered ? u"+"_s : QString();
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
        w.clauses.append(plus + u"c.category IN ("_s + QStringList(c.categories.size(), u"?"_s).join(u',') + u')');
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
    if (c.overdueOnly) {
        // Overdue at an unknown hub time: none (an invalid time is a caller's mistake, never "everything").
        // With a state, (state, next_due_at) finds exactly the overdue ones of that state; without, the page is
        // chosen inside (next_due_at, received_at, id) before any complaint row is read (see page()).
        w.clauses.append(u"c.next_due_at <= ?"_s);
        w.binds.append(c.hubNow.isValid() ? c.hubNow.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    }
    return w;
}

QString joined(const QStringList &clauses)
{
    return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
}

// The page's WHERE: the clauses themselves, or (`inside`, overdue) the rowids of the page chosen by them in a
// subquery over the covering due-time index.
QString pageWhere(const QStringList &clauses, const QString &order, bool inside)
{
    if (!inside)
        return joined(clauses);
    // Named: with the due time a bound parameter, SQLite would rather walk the list's order from the newest.
    return u" WHERE c.rowid IN (SELECT c.rowid FROM complaints c INDEXED BY complaints_next_due"_s + joined(clauses)
        + u" ORDER BY c.received_at "_s + order + u", c.id "_s + order + u" LIMIT ?)"_s;
}

} // namespace

QString ftsQueryFor(const QString &typed)
{
    return ftsTermsFor(typed).join(u' ');
}

Result<qint64> InboxQuery::count(const InboxCriteria &criteria) const
{
    const Where w = whereFor(criteria);
    QSqlQuery q(m_cache.database());
    // Typed words alone: the full-text index holds one row per complaint, so it counts them without reading any.
    if (!w.fts.isEmpty() && w.clauses.size() == 1)
        q.prepare(u"SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH ?"_s);
    else
        q.prepare(u"SELECT count(*) FROM complaints c"_s + joined(w.clauses));
    for (const QVariant &bind : w.binds)
        q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return sqlError(u"cannot count the inbox"_s, q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<InboxListRow>> InboxQuery::page(const std::optional<InboxCursor> &after, int limit,
                                             const InboxCriteria &criteria, qint64 expected) const
{
    // Many matches (more than a few pages): a page is near in the list's order (BENCHMARKS.md, P4).
    Where w = whereFor(criteria, expected > kFewMatches);
    const QString order = criteria.oldestFirst ? u"ASC"_s : u"DESC"_s;
    if (after) {
        w.clauses.append(criteria.oldestFirst ? u"(c.received_at, c.id) > (?, ?)"_s : u"(c.received_at, c.id) < (?, ?)"_s);
        w.binds.append(after->receivedAt);
        w.binds.append(after->id);
    }
    // Typed words alone, matching many: walk the list's order and keep the rows whose rowid FTS5 matched, so a
    // common word stops after a page instead of sorting every match; a rare one (or none) is sorted, not searched
    // for across the whole list (BENCHMARKS.md, P5). With other filters their own index leads.
    const bool textOnly
        = !w.fts.isEmpty() && w.clauses.size() == (after ? 2 : 1) && (expected < 0 || expected > kFewMatches);
    // Overdue (and no state): which 200 complaints form the page is decided in the covering due-time index, newest
    // first, and only those rows are read (the overdue are old, so walking the list from the newest reads many
    // rows that are not; BENCHMARKS.md, P4).
    const bool byDue = criteria.overdueOnly && criteria.state.isEmpty() && w.fts.isEmpty();
    if (byDue)
        w.binds.append(limit);
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.tracking_id, c.received_at, c.title, c.service, c.kecamatan, c.state, c.opd,"
              u" c.escalated, c.anonim, c.rahasia, c.category,"
              u" (SELECT count(*) FROM outbox o WHERE o.complaint_id = c.id AND o.status = 'pending'),"
              u" (SELECT count(*) FROM outbox o WHERE o.complaint_id = c.id AND o.status <> 'pending'), c.rowid"
              u" FROM complaints c"_s
              + (textOnly ? u" INDEXED BY complaints_inbox"_s : QString()) + pageWhere(w.clauses, order, byDue)
              + u" ORDER BY c.received_at "_s + order + u", c.id "_s + order + u" LIMIT ?"_s);
    for (const QVariant &bind : std::as_const(w.binds))
        q.addBindValue(bind);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(u"cannot read the inbox"_s, q.lastError());
    QList<InboxListRow> rows;
    QList<qint64> rowids;
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
        line.markedTitle = row.title;
        rowids.append(q.value(14).toLongLong());
        rows.append(line);
    }
    if (!w.fts.isEmpty() && !rows.isEmpty()) {
        if (Status status = markTitles(criteria.text, rowids, rows))
            return *status;
    }
    return rows;
}

Status InboxQuery::markTitles(const QString &typed, const QList<qint64> &rowids, QList<InboxListRow> &rows) const
{
    // FTS5's highlight() marks exactly what matched (prefixes, diacritics folded), but asked row by row of the big
    // index it walks a common word's whole doclist each time (seconds for a page at 1,000,000). So the page's
    // titles go into a small in-memory FTS5 table with the same tokenizer, asked once for any of the typed terms.
    QSqlQuery q(m_cache.database());
    if (!q.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.inbox_marks USING fts5(title,"
                u" tokenize='unicode61 remove_diacritics 2')"_s)
        || !q.exec(u"DELETE FROM temp.inbox_marks"_s))
        return sqlError(u"cannot mark the search's matches"_s, q.lastError());
    q.prepare(u"INSERT INTO temp.inbox_marks(rowid, title) VALUES (?, ?)"_s);
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        q.bindValue(0, rowids.at(i));
        q.bindValue(1, rows.at(i).row.title);
        if (!q.exec())
            return sqlError(u"cannot mark the search's matches"_s, q.lastError());
        indexOf.insert(rowids.at(i), i);
    }
    q.prepare(u"SELECT rowid, highlight(inbox_marks, 0, char(2), char(3)) FROM temp.inbox_marks"
              u" WHERE inbox_marks MATCH ?"_s);
    q.addBindValue(ftsTermsFor(typed).join(u" OR "_s));
    if (!q.exec())
        return sqlError(u"cannot mark the search's matches"_s, q.lastError());
    while (q.next()) {
        if (const auto it = indexOf.constFind(q.value(0).toLongLong()); it != indexOf.cend())
            rows[*it].markedTitle = q.value(1).toString();
    }
    return std::nullopt;
}

Result<std::optional<InboxCursor>> InboxQuery::cursorBefore(qint64 offset, const InboxCriteria &criteria) const
{
    if (offset <= 0)
        return std::optional<InboxCursor>();
    const Where w = whereFor(criteria);
    const QString order = criteria.oldestFirst ? u"ASC"_s : u"DESC"_s;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.received_at, c.id FROM complaints c"_s + joined(w.clauses) + u" ORDER BY c.received_at "_s
              + order + u", c.id "_s + order + u" LIMIT 1 OFFSET ?"_s);
    for (const QVariant &bind : w.binds)
        q.addBindValue(bind);
    q.addBindValue(offset - 1);
    if (!q.exec())
        return sqlError(u"cannot read the inbox"_s, q.lastError());
    if (!q.next())
        return std::optional<InboxCursor>();
    return std::optional<InboxCursor>(InboxCursor {q.value(0).toString(), q.value(1).toString()});
}

} // namespace rabeg
