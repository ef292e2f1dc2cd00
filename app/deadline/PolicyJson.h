#pragma once

#include "codec/FieldReader.h"
#include "core/Result.h"
#include "domain/ReferenceLookup.h"
#include "refdata/ReferenceTypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rabeg {

// The SLA policy and the working calendar as versioned data (docs/deadlines.md, "Editing the policy and the
// calendar"): the payloads of the reference events sla_policy_published and calendar_published, and of the
// admin routes that read and publish them.
//
//   sla_policy_published {"version":N,"why":"...","clocks":[{"clock","name","start_events","stop_events",
//                         "duration","unit","pause_states","warning_percent","breach_action","source"}]}
//   calendar_published   {"version":N,"why":"...","days":[{"date","kind","name","decree","opd","provisional"}]}
//
// Decoding checks the values as well as the shapes, and each refusal names its field
// ("days[3].decree: a holiday needs the decree it comes from"). Strict mode refuses unknown fields.
inline constexpr char16_t kSlaPolicyPublishedType[] = u"sla_policy_published";
inline constexpr char16_t kCalendarPublishedType[] = u"calendar_published";

QString clockUnitCode(ClockUnit unit);
QString breachActionCode(BreachAction action);
QString calendarDayKindCode(CalendarDayKind kind);

QJsonObject encodeSlaClock(const SlaClock &clock);
QJsonObject encodeCalendarDay(const CalendarDay &day);
QJsonArray encodeSlaClocks(const QList<SlaClock> &clocks);
QJsonArray encodeCalendarDays(const QList<CalendarDay> &days);

// `known` checks OPD codes of working Saturdays when given.
Result<QList<SlaClock>> decodeSlaClocks(const QJsonValue &json, const QString &path, DecodeMode mode);
Result<QList<CalendarDay>> decodeCalendarDays(const QJsonValue &json, const QString &path, DecodeMode mode,
                                              const ReferenceLookup *known = nullptr);

// Years of which every listed day is provisional (the decree is not out yet): the admin screen marks them.
QList<int> provisionalYears(const QList<CalendarDay> &days);

} // namespace rabeg
