#include "AxisShift.h"

#include "AxisOrigins.h"
#include "LocalCache.h"
#include "RunningCycleRows.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QString kAnchors = u"axis_anchors"_s;
const QString kPolicy = u"deadline_policy"_s;

// Far after any day a calendar names, so that every change lies before it.
QDate anchorDay()
{
    return QDate(2199, 12, 31);
}

// The calendar's axes (the base one as "") with the anchor day's ordinal on each.
QHash<QString, qint64> anchorsOf(const WorkingCalendar &calendar)
{
    QHash<QString, qint64> anchors;
    anchors.insert(QString(), calendar.ordinal(anchorDay()));
    for (const QString &opd : calendar.opdAxes())
        anchors.insert(opd, calendar.ordinal(anchorDay(), opd));
    return anchors;
}

// meta `axis_anchors`: the policy's fingerprint, then one line per axis, "axis column=ordinal".
QString anchorsText(const QString &fingerprint, const QHash<QString, qint64> &anchors)
{
    QStringList lines{fingerprint};
    for (auto it = anchors.cbegin(); it != anchors.cend(); ++it)
        lines.append(axisColumn(it.key()) + u'=' + QString::number(it.value()));
    return lines.join(u'\n');
}

// The stored anchors, when they belong to the policy `fingerprint` (their lines read as the origins' are).
std::optional<QHash<QString, qint64>> storedAnchors(const QString &text, const QString &fingerprint)
{
    QStringList lines = text.split(u'\n');
    if (fingerprint.isEmpty() || lines.size() < 2 || lines.takeFirst() != fingerprint)
        return std::nullopt;
    return axisOriginsFromText(lines.join(u'\n'));
}

} // namespace

Status recordAxisAnchors(LocalCache &cache)
{
    const DeadlinePolicy &policy = cache.deadlinePolicy();
    return cache.setMeta(kAnchors, anchorsText(policy.fingerprint(), anchorsOf(policy.calendar())));
}

Status recordDerivedPolicy(LocalCache &cache)
{
    if (Status status = cache.setMeta(kPolicy, cache.deadlinePolicy().fingerprint()))
        return status;
    return recordAxisAnchors(cache);
}

namespace {

// Whether fewer running cycles on some axis start before the Julian day `first` than after `last` (what renumbering
// the days before the change and those after it would write). Each side is counted up to a limit that grows
// fourfold until one side falls short of it: the index holds no axis, so each entry counted is a row looked up, and
// the larger side (most of the running cycles, often) is never counted whole.
Result<bool> fewerBefore(LocalCache &cache, qint64 first, qint64 last)
{
    const auto counted = [&](const QString &range, qint64 limit) -> Result<qint64> {
        QSqlQuery q(cache.database());
        if (!q.exec(u"SELECT count(*) FROM (SELECT 1 FROM running_cycles INDEXED BY running_cycles_start"
                    u" WHERE axis IS NOT NULL AND start_day "_s + range + u" LIMIT "_s + QString::number(limit)
                    + u")"_s)
            || !q.next())
            return sqlError(u"cannot count the running cycles beside the changed days"_s, q.lastError());
        return q.value(0).toLongLong();
    };
    for (qint64 limit = 1024;; limit *= 4) {
        const auto before = counted(u"< "_s + QString::number(first), limit);
        const auto after = counted(u"> "_s + QString::number(last), limit);
        if (!before.ok())
            return before.error();
        if (!after.ok())
            return after.error();
        if (before.value() < limit || after.value() < limit)
            return before.value() < after.value();
    }
}

// SQL: a CASE over the row's axis with one value per known axis, the axis codes bound by name (":axis1_" is no
// prefix of ":axis10_").
class AxisCase
{
public:
    explicit AxisCase(const QStringList &axes) : m_axes(axes)
    {
        for (qsizetype i = 0; i < m_axes.size(); ++i)
            m_names.append(u":axis"_s + QString::number(i) + u"_"_s);
    }
    QString sql(const std::function<qint64(const QString &axis)> &value) const
    {
        QString sql = u"CASE axis"_s;
        for (qsizetype i = 0; i < m_axes.size(); ++i)
            sql += u" WHEN "_s + m_names.at(i) + u" THEN "_s + QString::number(value(m_axes.at(i)));
        return sql + u" END"_s;
    }
    QString list() const { return m_names.join(u','); }
    void bind(QSqlQuery &q) const
    {
        for (qsizetype i = 0; i < m_axes.size(); ++i)
            q.bindValue(m_names.at(i), axisColumn(m_axes.at(i)));
    }

private:
    QStringList m_axes;
    QStringList m_names;
};

} // namespace

Result<std::optional<qint64>> shiftCycles(LocalCache &cache, qint64 firstChanged, qint64 lastChanged)
{
    const auto before = storedAnchors(cache.meta(kAnchors), cache.meta(kPolicy));
    if (!before || lastChanged >= anchorDay().toJulianDay())
        return std::optional<qint64>();
    // Working days each axis's anchor moved by (an OPD axis that is new is left out: its OPD's cycles were on the
    // base axis, the caller's candidates).
    QHash<QString, qint64> moved;
    {
        const QHash<QString, qint64> after = anchorsOf(cache.deadlinePolicy().calendar());
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (const auto stored = before->constFind(it.key()); stored != before->cend())
                moved.insert(it.key(), it.value() - *stored);
        }
    }
    QStringList axes = moved.keys();
    axes.sort();
    // Renumbering the days before the change (the origins move by what the anchors moved, so that no ordinal after
    // it does) when fewer running cycles start before its first day than after its last: the late day off, whose
    // clocks started since outnumber those running across it.
    const auto sides = fewerBefore(cache, firstChanged, lastChanged);
    if (!sides.ok())
        return sides.error();
    const bool renumberBefore = sides.value();
    if (renumberBefore) {
        QHash<QString, qint64> origins;
        for (const QString &axis : std::as_const(axes))
            origins.insert(axis, cache.axisOrigins().value(axis) + moved.value(axis));
        if (Status status = cache.setAxisOrigins(origins))
            return *status;
    }
    const DeadlinePolicy &policy = cache.deadlinePolicy(); // with the origins just set
    const WorkingCalendar &calendar = policy.calendar();
    const QDate day = QDate::fromJulianDay(lastChanged);
    const AxisCase axisCase(axes);
    const QString last = QString::number(lastChanged);

    // A cycle's due point (ordinal of its start day + duration + pause extension, whole days) moves with the ordinal
    // of its start day; so do its start and warning points unless it starts on the last changed day. One that starts
    // on it is left to the caller when it pauses that day too (its extension may move); else its start point is its
    // start instant's position under the new calendar (WorkingCalendar::position: the working time before that day,
    // plus the time since 00:00 WIB when the day is a working one) and its warning point the clock's share of the
    // span from there (CycleSpan::warningPoint; a row has one exactly when the policy knows its clock,
    // runningCyclePoints). Numbering forward, the ordinals from the last changed day on move by what the anchor did;
    // renumbering before, those before the first changed day move by as much the other way and those from the last
    // on stay. One statement per range walks it once for every axis and clock, the values of each chosen by CASE (the
    // numbers are ours, written in; the axis codes and clock ids are bound by name, each once): a pass per axis or
    // clock would read every row of the range from the table again to learn its axis.
    const QString workedBefore = axisCase.sql([&](const QString &axis) {
        return calendar.ordinal(day.addDays(-1), axis) * WorkingCalendar::kDayMs;
    });
    const QString open = axisCase.sql([&](const QString &axis) { return calendar.isWorkingDay(day, axis) ? 1 : 0; });
    QString percent = u"CASE clock WHEN NULL THEN NULL"_s; // a branch that never matches: valid with no clock
    QVariantMap clockNames;
    for (const SlaClock &clock : policy.clocks()) {
        const QString name = u":clock"_s + QString::number(clockNames.size()) + u"_"_s;
        clockNames.insert(name, clock.id);
        percent += u" WHEN "_s + name + u" THEN "_s + QString::number(clock.warningPercent);
    }
    percent += u" END"_s;
    const QString start = u"("_s + workedBefore + u" + "_s + open + u" * (started_at - "_s
        + QString::number(WorkingCalendar::startOfWibDay(day).toMSecsSinceEpoch()) + u"))"_s;
    const auto shiftRange = [&](const QString &range, const QString &shift) -> Status {
        const QString sql = u"UPDATE running_cycles INDEXED BY running_cycles_start SET due = due + "_s + shift
            + u", warn = CASE WHEN warn IS NULL THEN NULL WHEN start_day <> "_s + last + u" THEN warn + "_s + shift
            + u" ELSE "_s + start + u" + ((due + "_s + shift + u" - "_s + start + u") * "_s + percent
            + u" + 99) / 100 END WHERE axis IN ("_s + axisCase.list() + u") AND "_s + range + u" AND (start_day <> "_s
            + last + u" OR pause_first_day IS NULL OR pause_first_day > "_s + last + u") AND ("_s + shift
            + u" <> 0 OR start_day = "_s + last + u")"_s;
        QSqlQuery cycles(cache.database());
        if (!cycles.prepare(sql))
            return sqlError(u"cannot prepare shifting the running cycles"_s, cycles.lastError());
        axisCase.bind(cycles);
        for (auto it = clockNames.cbegin(); it != clockNames.cend(); ++it)
            cycles.bindValue(it.key(), it.value());
        if (!cycles.exec())
            return sqlError(u"cannot shift the running cycles"_s, cycles.lastError());
        return std::nullopt;
    };
    const auto days = [&](qint64 sign) {
        return axisCase.sql([&](const QString &axis) { return sign * moved.value(axis) * WorkingCalendar::kDayMs; });
    };
    // The cycles whose due points moved, which the complaints' entries are written again for.
    QString movedRange;
    if (renumberBefore) {
        movedRange = u"start_day < "_s + QString::number(firstChanged);
        if (Status status = shiftRange(movedRange, days(-1)))
            return *status;
        if (Status status = shiftRange(u"start_day = "_s + last, u"0"_s))
            return *status;
    } else {
        movedRange = u"start_day >= "_s + last;
        if (Status status = shiftRange(movedRange, days(1)))
            return *status;
    }

    // A complaint whose working-day clocks lie on one axis (mixed = 0) has the earliest of their due points as its
    // entry; written where it moved (one that did not move can stay the earliest). Grouped by complaint alone, in the
    // order the primary key gives the rows (with the axis too, SQLite sorted them again first); the axis each group
    // names is checked against the entry's.
    QSqlQuery entries(cache.database());
    if (!entries.exec(u"UPDATE complaint_due SET wd_due = moved.due FROM (SELECT r.complaint_id AS id, r.axis AS axis,"
                      u" min(r.due) AS due FROM running_cycles r WHERE r.axis IS NOT NULL AND r.complaint_id IN"
                      u" (SELECT complaint_id FROM running_cycles INDEXED BY running_cycles_start"
                      u" WHERE axis IS NOT NULL AND "_s + movedRange + u") GROUP BY r.complaint_id)"
                      u" AS moved WHERE complaint_due.id = moved.id AND complaint_due.wd_axis = moved.axis"
                      u" AND complaint_due.mixed = 0 AND complaint_due.wd_due <> moved.due"_s))
        return sqlError(u"cannot shift the complaints' due points"_s, entries.lastError());
    return std::optional<qint64>(entries.numRowsAffected());
}

} // namespace rabeg
