#include "PolicyJson.h"

#include "domain/EnumCodes.h"
#include "domain/Enums.h"

#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr EnumCode<ClockUnit> kUnits[] = {{ClockUnit::WorkingDays, u"working_days"},
                                          {ClockUnit::CalendarDays, u"calendar_days"},
                                          {ClockUnit::Hours, u"hours"}};
constexpr EnumCode<BreachAction> kBreaches[]
    = {{BreachAction::None, u"none"}, {BreachAction::Escalate, u"escalate"}, {BreachAction::Close, u"close"}};
constexpr EnumCode<CalendarDayKind> kDayKinds[] = {{CalendarDayKind::Holiday, u"holiday"},
                                                   {CalendarDayKind::CutiBersama, u"cuti_bersama"},
                                                   {CalendarDayKind::AddedHoliday, u"added_holiday"},
                                                   {CalendarDayKind::OpdWorkingDay, u"opd_working_day"}};
constexpr int kMaxClocks = 32;
constexpr int kMaxDays = 5000;

// A list of codes, each checked by `known`; empty allowed unless `required`.
QStringList codeList(FieldReader &reader, const QJsonObject &object, const QString &key, bool required,
                     const std::function<bool(const QString &)> &known, const QString &what)
{
    reader.accept(key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            reader.fail(key, u"missing"_s);
        return {};
    }
    if (!value.isArray()) {
        reader.fail(key, u"expected an array of %1, got %2"_s.arg(what, jsonTypeName(value.type())));
        return {};
    }
    QStringList codes;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString code = array.at(i).toString();
        if (!array.at(i).isString() || !known(code)) {
            reader.fail(u"%1[%2]"_s.arg(key).arg(i), u"\"%1\" is not %2"_s.arg(code, what));
            return {};
        }
        if (codes.contains(code)) {
            reader.fail(u"%1[%2]"_s.arg(key).arg(i), u"\"%1\" is listed twice"_s.arg(code));
            return {};
        }
        codes.append(code);
    }
    if (required && codes.isEmpty())
        reader.fail(key, u"at least one is needed"_s);
    return codes;
}

bool isEventCode(const QString &code)
{
    return fromCode<EventType>(code).has_value();
}
bool isStateCode(const QString &code)
{
    return fromCode<ComplaintState>(code).has_value();
}

Result<QJsonArray> arrayAt(const QJsonValue &json, const QString &path, int max)
{
    if (!json.isArray())
        return Error {u"invalid_field"_s, u"%1: expected an array, got %2"_s.arg(path, jsonTypeName(json.type()))};
    if (json.toArray().size() > max)
        return Error {u"invalid_field"_s, u"%1: at most %2 entries"_s.arg(path).arg(max)};
    return json.toArray();
}

} // namespace

QString clockUnitCode(ClockUnit unit)
{
    return codeFrom<ClockUnit>(kUnits, unit);
}
QString breachActionCode(BreachAction action)
{
    return codeFrom<BreachAction>(kBreaches, action);
}
QString calendarDayKindCode(CalendarDayKind kind)
{
    return codeFrom<CalendarDayKind>(kDayKinds, kind);
}

QJsonObject encodeSlaClock(const SlaClock &c)
{
    return {{u"clock"_s, c.id},
            {u"name"_s, c.name},
            {u"start_events"_s, QJsonArray::fromStringList(c.startEvents)},
            {u"stop_events"_s, QJsonArray::fromStringList(c.stopEvents)},
            {u"duration"_s, c.duration},
            {u"unit"_s, clockUnitCode(c.unit)},
            {u"pause_states"_s, QJsonArray::fromStringList(c.pauseStates)},
            {u"warning_percent"_s, c.warningPercent},
            {u"breach_action"_s, breachActionCode(c.breach)},
            {u"source"_s, c.source}};
}

QJsonObject encodeCalendarDay(const CalendarDay &d)
{
    return {{u"date"_s, d.date.toString(Qt::ISODate)},
            {u"kind"_s, calendarDayKindCode(d.kind)},
            {u"name"_s, d.name},
            {u"decree"_s, d.decree},
            {u"opd"_s, d.opd},
            {u"provisional"_s, d.provisional}};
}

QJsonArray encodeSlaClocks(const QList<SlaClock> &clocks)
{
    QJsonArray out;
    for (const SlaClock &c : clocks)
        out.append(encodeSlaClock(c));
    return out;
}

QJsonArray encodeCalendarDays(const QList<CalendarDay> &days)
{
    QJsonArray out;
    for (const CalendarDay &d : days)
        out.append(encodeCalendarDay(d));
    return out;
}

Result<QList<SlaClock>> decodeSlaClocks(const QJsonValue &json, const QString &path, DecodeMode mode)
{
    const auto array = arrayAt(json, path, kMaxClocks);
    if (!array.ok())
        return array.error();
    QList<SlaClock> clocks;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString at = u"%1[%2]"_s.arg(path).arg(i);
        if (!array->at(i).isObject())
            return Error {u"invalid_field"_s, at + u": expected an object"_s};
        const QJsonObject object = array->at(i).toObject();
        FieldReader r(object, at, mode);
        SlaClock c;
        c.id = r.code(u"clock"_s, true, 32);
        c.name = r.string(u"name"_s, true, 120).trimmed();
        c.startEvents = codeList(r, object, u"start_events"_s, true, isEventCode, u"an event type"_s);
        c.stopEvents = codeList(r, object, u"stop_events"_s, true, isEventCode, u"an event type"_s);
        c.pauseStates = codeList(r, object, u"pause_states"_s, false, isStateCode, u"a complaint state"_s);
        c.unit = valueFrom<ClockUnit>(kUnits, r.string(u"unit"_s, true, 32)).value_or(ClockUnit::WorkingDays);
        if (!r.failed() && !valueFrom<ClockUnit>(kUnits, object.value(u"unit"_s).toString()))
            r.fail(u"unit"_s, u"use working_days, calendar_days or hours"_s);
        const qint64 maxDuration = c.unit == ClockUnit::Hours ? 24 * 365 : 365;
        c.duration = int(r.integer(u"duration"_s, true, 1, maxDuration));
        c.warningPercent = int(r.integer(u"warning_percent"_s, true, 1, 100));
        const QString breach = r.string(u"breach_action"_s, true, 32);
        c.breach = valueFrom<BreachAction>(kBreaches, breach).value_or(BreachAction::None);
        if (!r.failed() && !valueFrom<BreachAction>(kBreaches, breach))
            r.fail(u"breach_action"_s, u"use none, escalate or close"_s);
        c.source = r.string(u"source"_s, false, 300);
        if (!r.failed() && c.name.isEmpty())
            r.fail(u"name"_s, u"a clock needs a name people read"_s);
        if (!r.failed() && ids.contains(c.id))
            r.fail(u"clock"_s, u"\"%1\" is defined twice"_s.arg(c.id));
        for (const QString &type : std::as_const(c.startEvents)) {
            if (!r.failed() && c.stopEvents.contains(type))
                r.fail(u"stop_events"_s, u"\"%1\" cannot both start and stop the clock"_s.arg(type));
        }
        if (Status status = r.finish())
            return *status;
        ids.insert(c.id);
        clocks.append(c);
    }
    return clocks;
}

Result<QList<CalendarDay>> decodeCalendarDays(const QJsonValue &json, const QString &path, DecodeMode mode,
                                              const ReferenceLookup *known)
{
    const auto array = arrayAt(json, path, kMaxDays);
    if (!array.ok())
        return array.error();
    QList<CalendarDay> days;
    QSet<QString> seen; // a day off once per date; a working Saturday once per date and OPD
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString at = u"%1[%2]"_s.arg(path).arg(i);
        if (!array->at(i).isObject())
            return Error {u"invalid_field"_s, at + u": expected an object"_s};
        FieldReader r(array->at(i).toObject(), at, mode);
        CalendarDay d;
        const QString date = r.string(u"date"_s, true, 10);
        d.date = QDate::fromString(date, Qt::ISODate);
        if (!r.failed() && (!d.date.isValid() || date.size() != 10))
            r.fail(u"date"_s, u"\"%1\" is not a date such as 2026-03-18"_s.arg(date));
        const QString kind = r.string(u"kind"_s, true, 32);
        d.kind = valueFrom<CalendarDayKind>(kDayKinds, kind).value_or(CalendarDayKind::Holiday);
        if (!r.failed() && !valueFrom<CalendarDayKind>(kDayKinds, kind))
            r.fail(u"kind"_s, u"use holiday, cuti_bersama, added_holiday or opd_working_day"_s);
        d.name = r.string(u"name"_s, false, 120).trimmed();
        d.decree = r.string(u"decree"_s, false, 200).trimmed();
        d.opd = r.string(u"opd"_s, false, 32);
        d.provisional = r.boolean(u"provisional"_s, false);
        const bool saturday = d.kind == CalendarDayKind::OpdWorkingDay;
        if (!r.failed()) {
            if (!saturday && d.name.isEmpty())
                r.fail(u"name"_s, u"a day off needs its name (Nyepi, cuti bersama Idul Fitri...)"_s);
            else if (!saturday && d.decree.isEmpty() && !d.provisional)
                r.fail(u"decree"_s, u"a day off needs the decree it comes from, or provisional: true"_s);
            else if (saturday && d.date.dayOfWeek() != Qt::Saturday)
                r.fail(u"date"_s, u"%1 is not a Saturday; an OPD opens on Saturdays only"_s.arg(date));
            else if (saturday && d.opd.isEmpty())
                r.fail(u"opd"_s, u"a working Saturday belongs to one OPD"_s);
            else if (saturday && known && !known->hasOpd(d.opd))
                r.fail(u"opd"_s, u"unknown OPD \"%1\""_s.arg(d.opd));
            else if (!saturday && !d.opd.isEmpty())
                r.fail(u"opd"_s, u"only a working Saturday names an OPD; a day off is for every OPD"_s);
        }
        const QString key = date + (saturday ? u"/"_s + d.opd : QString());
        if (!r.failed() && seen.contains(key))
            r.fail(u"date"_s,
                   saturday ? u"%1 is listed twice for %2"_s.arg(date, d.opd)
                            : u"%1 is listed twice as a day off"_s.arg(date));
        if (Status status = r.finish())
            return *status;
        seen.insert(key);
        days.append(d);
    }
    std::sort(days.begin(), days.end(), [](const CalendarDay &a, const CalendarDay &b) {
        return a.date != b.date ? a.date < b.date : a.opd < b.opd;
    });
    return days;
}

QList<int> provisionalYears(const QList<CalendarDay> &days)
{
    QMap<int, bool> all; // year -> every day off of it provisional
    for (const CalendarDay &d : days) {
        if (d.kind == CalendarDayKind::OpdWorkingDay)
            continue;
        const auto it = all.find(d.date.year());
        all[d.date.year()] = (it == all.end() || it.value()) && d.provisional;
    }
    QList<int> years;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value())
            years.append(it.key());
    }
    return years;
}

} // namespace rabeg
