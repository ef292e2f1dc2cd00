#include "InboxQuery.h"

#include "InboxPositions.h"
#include "ListKeySchema.h"
#include "OverdueCondition.h"
#include "SopStallLimits.h"
#include "codec/WireTime.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>


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
    // Overdue: the complaints (a running clock past its due time at the hub's time) are complaint_due's rows
    // (cache schema 16, DuePoints.h) whose due time or point is up to that time, of one state in its (state, ...)
    // indexes (OverdueCondition.h).
    OverdueCondition due;
};

// `ordered`: the filters whose own index cannot give the list's order (several categories, a due-time range) are
// written so that SQLite does not lead with that index (a unary + on the column), for criteria matching many rows.
// `dueApart`: the overdue condition is left out of the clauses (the caller chooses the page in complaint_due).
// `stalls`: the stall limits at the criteria's hub time when it asks for the stalled (InboxQuery::stallLimitsFor).
Where whereFor(const InboxCriteria &c, const QString &onlyTable, const WorkingCalendar &calendar,
               const SopStallLimits *stalls, bool ordered = false, bool dueApart = false)
{
    const QString plus = ordered ? u"+"_s : QString();
    Where w;
    if (c.restrictedToIds())
        w.clauses.append(c.onlyIds.isEmpty() ? u"0"_s
                                             : plus + u"c.id IN (SELECT id FROM "_s + onlyTable + u')');
    w.fts = ftsQueryFor(c.text);
    if (!w.fts.isEmpty()) {
        w.clauses.append(u"c.list_key IN (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?)"_s);
        w.binds.append(w.fts);
    }
    if (!c.state.isEmpty()) {
        // Overdue too: the due subquery below selects the state's overdue in complaint_due's (state, ...)
        // index, and SQLite is kept from walking every complaint of the state in the list's order instead (+).
        w.clauses.append(c.overdueOnly ? u"+c.state = ?"_s : u"c.state = ?"_s);
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
    if (!c.assignedTo.isEmpty()) {
        w.clauses.append(u"c.assignee = ?"_s);
        w.binds.append(c.assignedTo);
    }
    if (c.pendingOnly)
        w.clauses.append(u"EXISTS (SELECT 1 FROM outbox o WHERE o.complaint_id = c.id)"_s);
    if (c.overdueOnly) {
        // Overdue at an unknown hub time: none (an invalid time is a caller's mistake, never "everything").
        // With a state, the (state, ...) indexes find exactly the overdue ones of that state; without, the page is
        // chosen inside complaint_due (its copies of received_at) before any complaint row is read (page()).
        w.due = OverdueCondition::at(calendar, c.hubNow, u"d"_s, c.state);
        if (!dueApart) {
            w.clauses.append(u"c.id IN (SELECT d.id FROM complaint_due d WHERE "_s + w.due.sql + u')');
            w.binds += w.due.binds;
        }
    }
    if (c.stalledOnly) {
        // Stalled at hub time: the complaint's sop_progress row (SopProgress.h), looked up by key for each row the
        // list walks; an IN list would first collect every stalled id (120,000 at 1,000,000 complaints). Stalled
        // alone, the page, a jump and a row's place are taken from sop_progress's list index instead (see
        // stalledPage). Judged by the row's limit at hub time (SopStallLimits.h; none at an invalid time).
        w.clauses.append(u"EXISTS (SELECT 1 FROM sop_progress p WHERE p.complaint_id = c.id AND "_s
                         + (stalls ? stalls->stalledSql(u"p"_s) : u"0"_s) + u')');
    }
    return w;
}

QString joined(const QStringList &clauses)
{
    return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
}

// Overdue, and nothing else but a state: counted, counted off and ordered in complaint_due alone (its copies of
// received_at and state), without reading a complaint row.
bool dueAlone(const InboxCriteria &c, const Where &w)
{
    return c.overdueOnly && w.fts.isEmpty() && w.clauses.size() == (c.state.isEmpty() ? 1 : 2);
}

// The page's WHERE when it is chosen in complaint_due, from its due ranges and its copies of received_at (overdue, no
// state): the ids of the page, the complaint rows joined only when other clauses read them.
QString dueInsideWhere(const Where &w, const std::optional<InboxCursor> &after, bool oldestFirst, const QString &order,
                       QVariantList &binds)
{
    QStringList inner{w.due.sql};
    binds = w.due.binds;
    if (after) {
        inner.append(oldestFirst ? u"(d.received_at, d.id) > (?, ?)"_s : u"(d.received_at, d.id) < (?, ?)"_s);
        binds.append(after->receivedAt);
        binds.append(after->id);
    }
    const bool rows = !w.clauses.isEmpty();
    inner += w.clauses;
    binds += w.binds;
    return u" WHERE c.id IN (SELECT d.id FROM complaint_due d"_s
        + (rows ? u" JOIN complaints c ON c.id = d.id"_s : QString()) + joined(inner) + u" ORDER BY d.received_at "_s
        + order + u", d.id "_s + order + u" LIMIT ?)"_s;
}

// The stalled filter alone (nothing else narrows the list): sop_progress keeps each row's received_at (cache schema
// 7) in an index in the list's order with what its stall is judged by (schema 19: received_at, complaint_id, opd,
// expected_days, step_day; SopStallLimits.h), so the page's 200 ids are chosen in
// that index, newest (or oldest) first from the cursor, and only those complaint rows are read: walking the list
// from the newest read tens of thousands of recent complaints, which have not stalled yet (BENCHMARKS.md).
bool stalledAlone(const InboxCriteria &c, const Where &w)
{
    return c.stalledOnly && !c.overdueOnly && w.clauses.size() == 1;
}

QString stalledList(const SopStallLimits &stalls)
{
    return u"sop_progress p INDEXED BY sop_progress_list WHERE "_s + stalls.stalledSql(u"p"_s);
}

} // namespace

QString ftsQueryFor(const QString &typed)
{
    return ftsTermsFor(typed).join(u' ');
}

InboxQuery::InboxQuery(LocalCache &cache)
    : m_cache(cache), m_onlyTable(u"temp.inbox_only_"_s + QString::number(quintptr(this), 16))
{
}

InboxQuery::~InboxQuery()
{
    if (m_heldIds && m_cache.database().isOpen())
        QSqlQuery(m_cache.database()).exec(u"DROP TABLE IF EXISTS "_s + m_onlyTable);
}

Status InboxQuery::holdOnlyIds(const InboxCriteria &criteria) const
{
    if (criteria.onlyIds.isEmpty() || m_heldIds == criteria.onlyIds)
        return std::nullopt;
    QSqlQuery q(m_cache.database());
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS "_s + m_onlyTable + u" (id TEXT PRIMARY KEY) WITHOUT ROWID"_s)
        || !q.exec(u"DELETE FROM "_s + m_onlyTable))
        return sqlError(u"cannot hold the drill-down's complaints"_s, q.lastError());
    m_heldIds.reset();
    // Many ids a statement: one round trip per 500 instead of per id.
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < criteria.onlyIds.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, criteria.onlyIds.size() - from);
        q.prepare(u"INSERT OR IGNORE INTO "_s + m_onlyTable + u" (id) VALUES "_s
                  + QStringList(n, u"(?)"_s).join(u','));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(criteria.onlyIds.at(from + i).toString(QUuid::WithoutBraces));
        if (!q.exec())
            return sqlError(u"cannot hold the drill-down's complaints"_s, q.lastError());
    }
    m_heldIds = criteria.onlyIds;
    return std::nullopt;
}

Result<qint64> InboxQuery::count(const InboxCriteria &criteria) const
{
    if (Status status = holdOnlyIds(criteria))
        return *status;
    const auto stalls = stallLimitsFor(criteria);
    if (!stalls.ok())
        return stalls.error();
    const Where w = whereFor(criteria, m_onlyTable, m_cache.deadlinePolicy().calendar(), stalls->get());
    QSqlQuery q(m_cache.database());
    // Typed words alone: the full-text index holds one row per complaint, so it counts them without reading any.
    if (!w.fts.isEmpty() && w.clauses.size() == 1)
        q.prepare(u"SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH ?"_s);
    else if (criteria.stalledOnly && w.clauses.size() == 1) { // stalled alone: counted in the pairs' ranges
        q.prepare(u"SELECT count(*) FROM "_s + SopStallLimits::stalledRowsSql());
        q.addBindValue((*stalls)->set());
    } else if (dueAlone(criteria, w)) // overdue (of a state): counted in complaint_due's index
        q.prepare(u"SELECT count(*) FROM complaint_due d WHERE "_s + w.due.sql);
    else
        q.prepare(u"SELECT count(*) FROM complaints c"_s + joined(w.clauses));
    for (const QVariant &bind : dueAlone(criteria, w) ? w.due.binds : w.binds)
        q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return sqlError(u"cannot count the inbox"_s, q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<InboxListRow>> InboxQuery::page(const std::optional<InboxCursor> &after, int limit,
                                             const InboxCriteria &criteria, qint64 expected) const
{
    // Many matches (more than a few pages): a page is near in the list's order (BENCHMARKS.md, P4).
    if (Status status = holdOnlyIds(criteria))
        return *status;
    // Overdue (and no state): which 200 complaints form the page is decided in complaint_due (its due ranges,
    // newest first), and only those complaint rows are read (the overdue are old, so walking the list from the newest
    // reads many rows that are not; BENCHMARKS.md, P4).
    const bool byDue = criteria.overdueOnly && criteria.state.isEmpty() && ftsQueryFor(criteria.text).isEmpty();
    const auto stalls = stallLimitsFor(criteria);
    if (!stalls.ok())
        return stalls.error();
    Where w = whereFor(criteria, m_onlyTable, m_cache.deadlinePolicy().calendar(), stalls->get(), expected > kFewMatches,
                       byDue);
    const QString order = criteria.oldestFirst ? u"ASC"_s : u"DESC"_s;
    // Typed words alone: the full-text index is keyed in the list's order (LocalCache, schema 4), so the page is
    // the index's first `limit` matches read backwards (forwards, oldest first) from the cursor's key; a common word
    // stops after a page instead of collecting every match (BENCHMARKS.md, P5). The page is ordered by that key
    // (received time, then the key's tie-break), so keyset, jumps and rowOf agree. With other filters their own
    // index leads.
    const bool textOnly = !w.fts.isEmpty() && w.clauses.size() == 1;
    if (textOnly) {
        w.binds.clear();
        w.clauses = {u"c.list_key IN (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?"_s};
        w.binds.append(w.fts);
        if (after) {
            const Result<qint64> key = listKeyOf(*after);
            if (!key.ok())
                return key.error();
            w.clauses.first() += criteria.oldestFirst ? u" AND rowid > ?"_s : u" AND rowid < ?"_s;
            w.binds.append(key.value());
        }
        w.clauses.first() += u" ORDER BY rowid "_s + order + u" LIMIT ?)"_s;
        w.binds.append(limit);
    } else if (stalledAlone(criteria, w)) {
        w.clauses = {u"c.id IN (SELECT p.complaint_id FROM "_s + stalledList(**stalls)};
        if (after) {
            w.clauses.first() += criteria.oldestFirst ? u" AND (p.received_at, p.complaint_id) > (?, ?)"_s
                                                      : u" AND (p.received_at, p.complaint_id) < (?, ?)"_s;
            w.binds.append(after->receivedAt);
            w.binds.append(after->id);
        }
        w.clauses.first() += u" ORDER BY p.received_at "_s + order + u", p.complaint_id "_s + order + u" LIMIT ?)"_s;
        w.binds.append(limit);
    } else if (after && !byDue) {
        w.clauses.append(criteria.oldestFirst ? u"(c.received_at, c.id) > (?, ?)"_s : u"(c.received_at, c.id) < (?, ?)"_s);
        w.binds.append(after->receivedAt);
        w.binds.append(after->id);
    }
    QString where;
    if (byDue) {
        QVariantList binds;
        where = dueInsideWhere(w, after, criteria.oldestFirst, order, binds);
        w.binds = binds;
        w.binds.append(limit);
    } else {
        where = joined(w.clauses);
    }
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.tracking_id, c.received_at, c.title, c.service, c.kecamatan, c.state, c.opd,"
              u" c.escalated, c.anonim, c.rahasia, c.category,"
              u" (SELECT count(*) FROM outbox o WHERE o.complaint_id = c.id AND o.status = 'pending'),"
              u" (SELECT count(*) FROM outbox o WHERE o.complaint_id = c.id AND o.status <> 'pending'), c.rowid"
              u" FROM complaints c"_s
              + where
              + (textOnly ? QString(u" ORDER BY c.list_key "_s + order)
                          : QString(u" ORDER BY c.received_at "_s + order + u", c.id "_s + order))
              + u" LIMIT ?"_s);
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

Result<qint64> InboxQuery::listKeyOf(const InboxCursor &cursor) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT list_key FROM complaints WHERE id = ?"_s);
    q.addBindValue(cursor.id);
    if (!q.exec())
        return sqlError(u"cannot read the inbox"_s, q.lastError());
    if (q.next())
        return q.value(0).toLongLong();
    // The cursor's complaint is gone (a sync removed it): its key as the cache would have made it.
    const QDateTime at = parseWireTime(cursor.receivedAt);
    bool ok = false;
    const qint64 digit = QStringView(cursor.id).left(1).toLongLong(&ok, 16);
    return (at.isValid() ? at.toMSecsSinceEpoch() : 0) * kListKeySlots + (ok ? digit : 0);
}

Result<std::optional<InboxCursor>> InboxQuery::cursorBefore(qint64 offset, const InboxCriteria &criteria) const
{
    if (offset <= 0)
        return std::optional<InboxCursor>();
    if (Status status = holdOnlyIds(criteria))
        return *status;
    const auto stalls = stallLimitsFor(criteria);
    if (!stalls.ok())
        return stalls.error();
    const Where w = whereFor(criteria, m_onlyTable, m_cache.deadlinePolicy().calendar(), stalls->get());
    if (w.clauses.isEmpty()) { // the whole inbox: from the complaints per day, unless they decline
        const auto at = InboxPositions(m_cache.database()).rowAt(offset - 1, criteria.oldestFirst);
        if (!at.ok())
            return at.error();
        if (at->known)
            return at->cursor;
    }
    const QString order = criteria.oldestFirst ? u"ASC"_s : u"DESC"_s;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    if (!w.fts.isEmpty() && w.clauses.size() == 1) // typed words alone: counted off in the list-ordered index
        q.prepare(u"SELECT c.received_at, c.id FROM complaints c WHERE c.list_key = (SELECT rowid FROM complaints_fts"
                  u" WHERE complaints_fts MATCH ? ORDER BY rowid "_s
                  + order + u" LIMIT 1 OFFSET ?)"_s);
    else if (stalledAlone(criteria, w)) // counted off in sop_progress's list index, no complaint row read
        q.prepare(u"SELECT p.received_at, p.complaint_id FROM "_s + stalledList(**stalls) + u" ORDER BY p.received_at "_s
                  + order + u", p.complaint_id "_s + order + u" LIMIT 1 OFFSET ?"_s);
    else if (dueAlone(criteria, w)) // counted off in complaint_due, no complaint row read
        q.prepare(u"SELECT d.received_at, d.id FROM complaint_due d WHERE "_s + w.due.sql
                  + u" ORDER BY d.received_at "_s + order + u", d.id "_s + order + u" LIMIT 1 OFFSET ?"_s);
    else
        q.prepare(u"SELECT c.received_at, c.id FROM complaints c"_s + joined(w.clauses) + u" ORDER BY c.received_at "_s
                  + order + u", c.id "_s + order + u" LIMIT 1 OFFSET ?"_s);
    for (const QVariant &bind : dueAlone(criteria, w) ? w.due.binds : w.binds)
        q.addBindValue(bind);
    q.addBindValue(offset - 1);
    if (!q.exec())
        return sqlError(u"cannot read the inbox"_s, q.lastError());
    if (!q.next())
        return std::optional<InboxCursor>();
    return std::optional<InboxCursor>(InboxCursor {q.value(0).toString(), q.value(1).toString()});
}

Result<std::optional<qint64>> InboxQuery::rowOf(const QString &id, const InboxCriteria &criteria) const
{
    if (Status status = holdOnlyIds(criteria))
        return *status;
    const auto stalls = stallLimitsFor(criteria);
    if (!stalls.ok())
        return stalls.error();
    Where w = whereFor(criteria, m_onlyTable, m_cache.deadlinePolicy().calendar(), stalls->get());
    QSqlQuery q(m_cache.database());
    q.prepare(u"SELECT c.received_at, c.list_key FROM complaints c"_s + joined(w.clauses + QStringList{u"c.id = ?"_s}));
    for (const QVariant &bind : std::as_const(w.binds))
        q.addBindValue(bind);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(u"cannot read the inbox"_s, q.lastError());
    if (!q.next())
        return std::optional<qint64>();
    const QString receivedAt = q.value(0).toString();
    const qint64 key = q.value(1).toLongLong();
    if (w.clauses.isEmpty()) { // the whole inbox: from the complaints per day, unless they decline
        const auto rows = InboxPositions(m_cache.database()).rowsBefore(receivedAt, id, key, criteria.oldestFirst);
        if (!rows.ok())
            return rows.error();
        if (rows.value())
            return rows.value();
    }
    const QString before = criteria.oldestFirst ? u"<"_s : u">"_s;
    if (!w.fts.isEmpty() && w.clauses.size() == 1) {
        // Typed words alone: counted in the list-ordered index.
        q.prepare(u"SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH ? AND rowid "_s + before + u" ?"_s);
        q.addBindValue(w.fts);
        q.addBindValue(key);
    } else if (stalledAlone(criteria, w)) {
        // Counted in sop_progress's list index.
        q.prepare(u"SELECT count(*) FROM "_s + stalledList(**stalls) + u" AND (p.received_at, p.complaint_id) "_s + before
                  + u" (?, ?)"_s);
        for (const QVariant &bind : std::as_const(w.binds))
            q.addBindValue(bind);
        q.addBindValue(receivedAt);
        q.addBindValue(id);
    } else if (dueAlone(criteria, w)) {
        // Overdue (of a state): counted in complaint_due.
        q.prepare(u"SELECT count(*) FROM complaint_due d WHERE "_s + w.due.sql
                  + u" AND (d.received_at, d.id) "_s + before + u" (?, ?)"_s);
        for (const QVariant &bind : w.due.binds)
            q.addBindValue(bind);
        q.addBindValue(receivedAt);
        q.addBindValue(id);
    } else {
        w.clauses.append(u"(c.received_at, c.id) "_s + before + u" (?, ?)"_s);
        w.binds.append(receivedAt);
        w.binds.append(id);
        q.prepare(u"SELECT count(*) FROM complaints c"_s + joined(w.clauses));
        for (const QVariant &bind : std::as_const(w.binds))
            q.addBindValue(bind);
    }
    if (!q.exec() || !q.next())
        return sqlError(u"cannot read the inbox"_s, q.lastError());
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<std::unique_ptr<SopStallLimits>> InboxQuery::stallLimitsFor(const InboxCriteria &criteria) const
{
    if (!criteria.stalledOnly)
        return std::unique_ptr<SopStallLimits>();
    auto limits = std::make_unique<SopStallLimits>(m_cache.database(), m_cache.deadlinePolicy().calendar(),
                                                   criteria.hubNow);
    if (limits->status())
        return *limits->status();
    return limits;
}

} // namespace rabeg
