#include "ReferenceCodec.h"

#include "domain/EnumCodes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

template <typename T, typename F>
QJsonArray array(const QList<T> &items, F encode)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(encode(item));
    return out;
}

constexpr EnumCode<ClockUnit> kUnits[] = {{ClockUnit::WorkingDays, u"working_days"},
                                          {ClockUnit::CalendarDays, u"calendar_days"},
                                          {ClockUnit::Hours, u"hours"}};
constexpr EnumCode<BreachAction> kBreaches[] = {
    {BreachAction::None, u"none"}, {BreachAction::Escalate, u"escalate"}, {BreachAction::Close, u"close"}};
constexpr EnumCode<CalendarDayKind> kDayKinds[] = {{CalendarDayKind::Holiday, u"holiday"},
                                                   {CalendarDayKind::CutiBersama, u"cuti_bersama"},
                                                   {CalendarDayKind::AddedHoliday, u"added_holiday"},
                                                   {CalendarDayKind::OpdWorkingDay, u"opd_working_day"}};

QString unitCode(ClockUnit unit) { return codeFrom<ClockUnit>(kUnits, unit); }
QString breachCode(BreachAction action) { return codeFrom<BreachAction>(kBreaches, action); }
QString dayKindCode(CalendarDayKind kind) { return codeFrom<CalendarDayKind>(kDayKinds, kind); }

} // namespace

QJsonObject encodeReference(const ReferenceData &d)
{
    return {
        {u"opds"_s, array(d.opds, [](const Opd &o) {
             return QJsonObject{{u"code"_s, o.code}, {u"name"_s, o.name}, {u"kecamatan_office"_s, o.kecamatanOffice},
                                {u"saturday_service"_s, o.saturdayService}, {u"active"_s, o.active}};
         })},
        {u"agencies"_s, array(d.agencies, [](const Agency &a) {
             return QJsonObject{{u"code"_s, a.code}, {u"name"_s, a.name}, {u"handles"_s, a.handles},
                                {u"active"_s, a.active}};
         })},
        {u"kecamatan"_s,
         array(d.kecamatan, [](const Kecamatan &k) { return QJsonObject{{u"code"_s, k.code}, {u"name"_s, k.name}}; })},
        {u"kelurahan"_s, array(d.kelurahan, [](const Kelurahan &k) {
             return QJsonObject{{u"kecamatan"_s, k.kecamatan}, {u"code"_s, k.code}, {u"name"_s, k.name}};
         })},
        {u"categories"_s, array(d.categories, [](const Category &c) {
             return QJsonObject{{u"id"_s, c.id}, {u"parent"_s, c.parent}, {u"name"_s, c.name}, {u"active"_s, c.active}};
         })},
        {u"services"_s, array(d.services, [](const Service &s) {
             return QJsonObject{{u"code"_s, s.code}, {u"category"_s, s.category}, {u"name"_s, s.name},
                                {u"route"_s, s.route}, {u"keywords"_s, QJsonArray::fromStringList(s.keywords)},
                                {u"active"_s, s.active}};
         })},
        {u"sla"_s, array(d.sla, [](const SlaClock &c) {
             return QJsonObject{{u"clock"_s, c.id},
                                {u"name"_s, c.name},
                                {u"start_events"_s, QJsonArray::fromStringList(c.startEvents)},
                                {u"stop_events"_s, QJsonArray::fromStringList(c.stopEvents)},
                                {u"duration"_s, c.duration},
                                {u"unit"_s, unitCode(c.unit)},
                                {u"pause_states"_s, QJsonArray::fromStringList(c.pauseStates)},
                                {u"warning_percent"_s, c.warningPercent},
                                {u"breach_action"_s, breachCode(c.breach)},
                                {u"source"_s, c.source}};
         })},
        {u"calendar"_s, array(d.calendar, [](const CalendarDay &c) {
             return QJsonObject{{u"date"_s, c.date.toString(Qt::ISODate)}, {u"kind"_s, dayKindCode(c.kind)},
                                {u"name"_s, c.name},  {u"decree"_s, c.decree},
                                {u"opd"_s, c.opd},    {u"provisional"_s, c.provisional}};
         })},
        {u"sop_templates"_s, array(d.sopTemplates, [](const SopTemplate &t) {
             return QJsonObject{{u"opd"_s, t.opd},
                                {u"service"_s, t.service},
                                {u"version"_s, t.version},
                                {u"steps"_s, array(t.steps, [](const SopStep &s) {
                                     return QJsonObject{{u"key"_s, s.key},         {u"title"_s, s.title},
                                                        {u"expected_days"_s, s.expectedDays}, {u"role"_s, s.role},
                                                        {u"critical"_s, s.critical}};
                                 })}};
         })},
    };
}

} // namespace rabeg
