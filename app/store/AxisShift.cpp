#include "AxisShift.h"

#include "LocalCache.h"
#include "RunningCycleRows.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

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

// The stored anchors, when they belong to the policy `fingerprint`.
std::optional<QHash<QString, qint64>> storedAnchors(const QString &text, const QString &fingerprint)
{
    QStringList lines = text.split(u'\n');
    if (fingerprint.isEmpty() || lines.size() < 2 || lines.takeFirst() != fingerprint)
        return std::nullopt;
    QHash<QString, qint64> anchors;
    for (const QString &line : std::as_const(lines)) {
        const qsizetype equals = line.lastIndexOf(u'=');
        bool ok = false;
        const qint64 ordinal = line.mid(equals + 1).toLongLong(&ok);
        if (equals <= 0 || !ok)
            return std::nullopt;
        anchors.insert(axisOfColumn(line.left(equals)), ordinal);
    }
    return anchors;
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

Result<std::optional<qint64>> shiftCyclesFrom(LocalCache &cache, qint64 lastChanged)
{
    const auto before = storedAnchors(cache.meta(kAnchors), cache.meta(kPolicy));
    if (!before || lastChanged >= anchorDay().toJulianDay())
        return std::optional<qint64>();
    const DeadlinePolicy &policy = cache.deadlinePolicy();
    const WorkingCalendar &calendar = policy.calendar();
    const QHash<QString, qint64> after = anchorsOf(calendar);
    const QDate day = QDate::fromJulianDay(lastChanged);

    // A cycle's due point (ordinal of its start day + duration + pause extension, whole days) moves with the ordinals
    // of the days from the last changed one on; so do its start and warning points when it starts after that day.
    // One that starts on it is left to the caller when it pauses that day too (its extension may move); else its
    // start point is its start instant's position under the new calendar (WorkingCalendar::position: the working
    // time before that day, plus the time since 00:00 WIB when the day is a working one) and its warning point the
    // clock's share of the span from there (CycleSpan::warningPoint; a row has one exactly when the policy knows its
    // clock, runningCyclePoints). One statement walks the start-day range once for every axis and clock, the values
    // of each chosen by CASE (the numbers are ours, written in; the axis codes and clock ids are bound by name, each
    // once): a pass per axis or clock would read every row of the range from the table again to learn its axis.
    QString shift = u"CASE axis"_s;
    QString workedBefore = u"CASE axis"_s;
    QString open = u"CASE axis"_s;
    QStringList known;
    QVariantMap names;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto stored = before->constFind(it.key());
        if (stored == before->cend())
            continue; // an OPD axis that is new: its OPD's cycles are on the base axis, the caller's candidates
        // ":axis1_" is no prefix of ":axis10_".
        const QString name = u":axis"_s + QString::number(known.size()) + u"_"_s;
        names.insert(name, axisColumn(it.key()));
        known.append(name);
        const QString when = u" WHEN "_s + name + u" THEN "_s;
        shift += when + QString::number((it.value() - *stored) * WorkingCalendar::kDayMs);
        workedBefore += when + QString::number(calendar.ordinal(day.addDays(-1), it.key()) * WorkingCalendar::kDayMs);
        open += when + QString::number(calendar.isWorkingDay(day, it.key()) ? 1 : 0);
    }
    shift += u" END"_s;
    workedBefore += u" END"_s;
    open += u" END"_s;
    QString percent = u"CASE clock WHEN NULL THEN NULL"_s; // a branch that never matches: valid with no clock
    for (const SlaClock &clock : policy.clocks()) {
        const QString name = u":clock"_s + QString::number(names.size()) + u"_"_s;
        names.insert(name, clock.id);
        percent += u" WHEN "_s + name + u" THEN "_s + QString::number(clock.warningPercent);
    }
    percent += u" END"_s;
    const QString last = QString::number(lastChanged);
    const QString start = u"("_s + workedBefore + u" + "_s + open + u" * (started_at - "_s
        + QString::number(WorkingCalendar::startOfWibDay(day).toMSecsSinceEpoch()) + u"))"_s;
    const QString sql = u"UPDATE running_cycles INDEXED BY running_cycles_start SET due = due + "_s + shift
        + u", warn = CASE WHEN warn IS NULL THEN NULL WHEN start_day > "_s + last + u" THEN warn + "_s + shift
        + u" ELSE "_s + start + u" + ((due + "_s + shift + u" - "_s + start + u") * "_s + percent
        + u" + 99) / 100 END WHERE axis IN ("_s + known.join(u',') + u") AND start_day >= "_s + last
        + u" AND (start_day > "_s + last + u" OR pause_first_day IS NULL OR pause_first_day > "_s + last
        + u") AND ("_s + shift + u" <> 0 OR start_day = "_s + last + u")"_s;
    QSqlQuery cycles(cache.database());
    if (!cycles.prepare(sql))
        return sqlError(u"cannot prepare shifting the running cycles"_s, cycles.lastError());
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        cycles.bindValue(it.key(), it.value());
    if (!cycles.exec())
        return sqlError(u"cannot shift the running cycles"_s, cycles.lastError());

    // A complaint whose working-day clocks lie on one axis (mixed = 0) has the earliest of their due points as its
    // entry; written where it moved (one that started before the change can stay the earliest). Grouped by complaint
    // alone, in the order the primary key gives the rows (with the axis too, SQLite sorted them again first); the
    // axis each group names is checked against the entry's.
    QSqlQuery entries(cache.database());
    if (!entries.exec(u"UPDATE complaint_due SET wd_due = moved.due FROM (SELECT r.complaint_id AS id, r.axis AS axis,"
                      u" min(r.due) AS due FROM running_cycles r WHERE r.axis IS NOT NULL AND r.complaint_id IN"
                      u" (SELECT complaint_id FROM running_cycles INDEXED BY running_cycles_start"
                      u" WHERE axis IS NOT NULL AND start_day >= "_s + last + u") GROUP BY r.complaint_id)"
                      u" AS moved WHERE complaint_due.id = moved.id AND complaint_due.wd_axis = moved.axis"
                      u" AND complaint_due.mixed = 0 AND complaint_due.wd_due <> moved.due"_s))
        return sqlError(u"cannot shift the complaints' due points"_s, entries.lastError());
    return std::optional<qint64>(entries.numRowsAffected());
}

} // namespace rabeg
