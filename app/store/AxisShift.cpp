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
    // A cycle's due point (ordinal of its start day + duration + pause extension, whole days) moves with the ordinals
    // of the days from the last changed one on; so do its start and warning points when it starts after that day.
    // One that starts on it is left to the caller when it pauses that day too (its extension may move); else its
    // start point is its start instant's position under the new calendar (WorkingCalendar::position: the working
    // time before that day, plus the time since 00:00 WIB when the day is a working one) and its warning point the
    // clock's share of the span from there (CycleSpan::warningPoint). A row has a warning point exactly when the
    // policy knows its clock (runningCyclePoints): those are shifted clock by clock, the others at once.
    const QString shiftedRows = u" WHERE axis = :axis AND start_day >= :last AND (start_day > :last"
                                u" OR pause_first_day IS NULL OR pause_first_day > :last)"_s;
    const QString start = u"(:before + :open * (started_at - :midnight))"_s;
    QSqlQuery warned(cache.database());
    QSqlQuery unwarned(cache.database());
    QSqlQuery entries(cache.database());
    if (!warned.prepare(u"UPDATE running_cycles INDEXED BY running_cycles_start SET due = due + :shift, warn = CASE"
                        u" WHEN start_day > :last THEN warn + :shift ELSE "_s + start + u" + ((due + :shift - "_s
                        + start + u") * :percent + 99) / 100 END"_s + shiftedRows
                        + u" AND clock = :clock AND warn IS NOT NULL AND (:shift <> 0 OR start_day = :last)"_s)
        || !unwarned.prepare(u"UPDATE running_cycles INDEXED BY running_cycles_start SET due = due + :shift"_s
                             + shiftedRows + u" AND warn IS NULL"_s))
        return sqlError(u"cannot prepare shifting the running cycles"_s,
                        warned.lastError().isValid() ? warned.lastError() : unwarned.lastError());
    // A complaint whose working-day clocks lie on one axis has the earliest of their due points as its entry; written
    // where it moved (one that started before the change can stay the earliest).
    if (!entries.prepare(u"UPDATE complaint_due SET wd_due = moved.due FROM (SELECT r.complaint_id AS id,"
                         u" min(r.due) AS due FROM running_cycles r WHERE r.axis = :axis AND r.complaint_id IN"
                         u" (SELECT complaint_id FROM running_cycles INDEXED BY running_cycles_start"
                         u" WHERE axis = :axis AND start_day >= :last) GROUP BY r.complaint_id) AS moved"
                         u" WHERE complaint_due.id = moved.id AND complaint_due.mixed = 0"
                         u" AND complaint_due.wd_axis = :axis AND complaint_due.wd_due <> moved.due"_s))
        return sqlError(u"cannot prepare shifting the complaints' due points"_s, entries.lastError());
    const QDate day = QDate::fromJulianDay(lastChanged);
    qint64 written = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto stored = before->constFind(it.key());
        if (stored == before->cend())
            continue; // an OPD axis that is new: its OPD's cycles are on the base axis, the caller's candidates
        const QString axis = axisColumn(it.key());
        const qint64 shift = (it.value() - *stored) * WorkingCalendar::kDayMs;
        for (const SlaClock &clock : policy.clocks()) {
            warned.bindValue(u":shift"_s, shift);
            warned.bindValue(u":before"_s, calendar.ordinal(day.addDays(-1), it.key()) * WorkingCalendar::kDayMs);
            warned.bindValue(u":open"_s, calendar.isWorkingDay(day, it.key()) ? 1 : 0);
            warned.bindValue(u":midnight"_s, WorkingCalendar::startOfWibDay(day).toMSecsSinceEpoch());
            warned.bindValue(u":percent"_s, clock.warningPercent);
            warned.bindValue(u":axis"_s, axis);
            warned.bindValue(u":last"_s, lastChanged);
            warned.bindValue(u":clock"_s, clock.id);
            if (!warned.exec())
                return sqlError(u"cannot shift the running cycles"_s, warned.lastError());
        }
        if (shift == 0)
            continue; // only the start points on the last changed day moved (a day closed and one opened before it)
        unwarned.bindValue(u":shift"_s, shift);
        unwarned.bindValue(u":axis"_s, axis);
        unwarned.bindValue(u":last"_s, lastChanged);
        if (!unwarned.exec())
            return sqlError(u"cannot shift the running cycles"_s, unwarned.lastError());
        entries.bindValue(u":axis"_s, axis);
        entries.bindValue(u":last"_s, lastChanged);
        if (!entries.exec())
            return sqlError(u"cannot shift the complaints' due points"_s, entries.lastError());
        written += entries.numRowsAffected();
    }
    return std::optional<qint64>(written);
}

} // namespace rabeg
