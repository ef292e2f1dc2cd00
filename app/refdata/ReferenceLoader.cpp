#include "ReferenceLoader.h"

#include "RowReader.h"

#include <QDir>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Runs `parse` over every row and stops at the first problem. `parse` returns false when it found one
// (RowReader's error or a cross-reference problem reported through reader.fail()).
template <typename Parse>
Status eachRow(const CsvTable &table, const QStringList &columns, Parse parse)
{
    if (Status missing = requireColumns(table, columns))
        return missing;
    for (const CsvRow &row : table.rows) {
        RowReader reader(table, row);
        parse(reader);
        if (reader.error())
            return reader.error();
    }
    return std::nullopt;
}

void checkUnique(RowReader &reader, QSet<QString> &seen, const QString &column, const QString &value)
{
    if (value.isEmpty())
        return;
    if (seen.contains(value))
        reader.fail(column, u"\""_s + value + u"\" appears twice"_s);
    seen.insert(value);
}

const QStringList kEventNames = {u"received"_s,   u"verified"_s,     u"deferred"_s,     u"resumed"_s,
                                 u"rejected"_s,   u"forwarded"_s,    u"marked_duplicate"_s, u"dispatched"_s,
                                 u"returned"_s,   u"acknowledged"_s, u"responded"_s,    u"reopened"_s,
                                 u"closed"_s};

} // namespace

Status loadOpds(const CsvTable &table, ReferenceData &into)
{
    QSet<QString> seen;
    return eachRow(table, {u"code"_s, u"name"_s, u"kind"_s, u"saturday_service"_s}, [&](RowReader &r) {
        Opd opd;
        opd.code = r.code(u"code"_s);
        opd.name = r.text(u"name"_s);
        opd.kecamatanOffice = r.oneOf(u"kind"_s, {u"opd"_s, u"kecamatan"_s}) == u"kecamatan"_s;
        opd.saturdayService = r.yesNo(u"saturday_service"_s);
        checkUnique(r, seen, u"code"_s, opd.code);
        into.opds.append(opd);
    });
}

Status loadAgencies(const CsvTable &table, ReferenceData &into)
{
    QSet<QString> seen;
    return eachRow(table, {u"code"_s, u"name"_s, u"handles"_s}, [&](RowReader &r) {
        Agency agency{r.code(u"code"_s), r.text(u"name"_s), r.text(u"handles"_s, false)};
        checkUnique(r, seen, u"code"_s, agency.code);
        for (const Opd &opd : std::as_const(into.opds)) {
            if (opd.code == agency.code)
                r.fail(u"code"_s, u"\""_s + agency.code + u"\" is already an OPD code"_s);
        }
        into.agencies.append(agency);
    });
}

Status loadKecamatan(const CsvTable &table, ReferenceData &into)
{
    QSet<QString> seen;
    return eachRow(table, {u"code"_s, u"name"_s}, [&](RowReader &r) {
        Kecamatan k{r.code(u"code"_s), r.text(u"name"_s)};
        checkUnique(r, seen, u"code"_s, k.code);
        into.kecamatan.append(k);
    });
}

Status loadKelurahan(const CsvTable &table, ReferenceData &into)
{
    into.index();
    QSet<QString> seen;
    return eachRow(table, {u"kecamatan"_s, u"code"_s, u"name"_s}, [&](RowReader &r) {
        Kelurahan k{r.code(u"kecamatan"_s), r.code(u"code"_s), r.text(u"name"_s)};
        checkUnique(r, seen, u"code"_s, k.code);
        if (!k.kecamatan.isEmpty() && !into.hasKecamatan(k.kecamatan))
            r.fail(u"kecamatan"_s, u"unknown kecamatan \""_s + k.kecamatan + u"\""_s);
        into.kelurahan.append(k);
    });
}

Status loadCategories(const CsvTable &table, ReferenceData &into)
{
    QSet<QString> seen;
    QHash<QString, int> lines;
    if (Status status = eachRow(table, {u"id"_s, u"parent"_s, u"name"_s}, [&](RowReader &r) {
            Category c{r.slug(u"id"_s), r.slug(u"parent"_s, false), r.text(u"name"_s)};
            checkUnique(r, seen, u"id"_s, c.id);
            lines.insert(c.id, r.line());
            into.categories.append(c);
        }))
        return status;
    // Parents may come later in the file; check them, and cycles, once all rows are in.
    QHash<QString, QString> parentOf;
    for (const Category &c : std::as_const(into.categories))
        parentOf.insert(c.id, c.parent);
    for (const Category &c : std::as_const(into.categories)) {
        if (!c.parent.isEmpty() && !parentOf.contains(c.parent))
            return rowError(table, lines.value(c.id), u"column 'parent': unknown category \""_s + c.parent + u"\""_s);
        // A chain longer than the table runs into a cycle above this category; the cycle's own members report it.
        QString at = c.parent;
        for (qsizetype depth = 0; !at.isEmpty() && depth <= into.categories.size(); ++depth, at = parentOf.value(at)) {
            if (at == c.id)
                return rowError(table, lines.value(c.id), u"column 'parent': the category is its own ancestor"_s);
        }
    }
    return std::nullopt;
}

Status loadServices(const CsvTable &table, ReferenceData &into)
{
    into.index();
    QSet<QString> seen;
    return eachRow(table, {u"code"_s, u"category"_s, u"name"_s, u"route"_s, u"keywords"_s}, [&](RowReader &r) {
        Service s{r.slug(u"code"_s), r.slug(u"category"_s), r.text(u"name"_s), r.code(u"route"_s),
                  r.list(u"keywords"_s)};
        checkUnique(r, seen, u"code"_s, s.code);
        if (!s.category.isEmpty() && !into.hasCategory(s.category))
            r.fail(u"category"_s, u"unknown category \""_s + s.category + u"\""_s);
        if (!s.route.isEmpty() && !into.hasOpd(s.route) && !into.hasAgency(s.route))
            r.fail(u"route"_s, u"unknown OPD or agency \""_s + s.route + u"\""_s);
        into.services.append(s);
    });
}

Status loadSla(const CsvTable &table, ReferenceData &into)
{
    QSet<QString> seen;
    const QStringList states = codesOf<ComplaintState>();
    return eachRow(table,
                   {u"clock"_s, u"name"_s, u"start_event"_s, u"stop_events"_s, u"duration"_s, u"unit"_s,
                    u"pause_states"_s, u"warning_percent"_s, u"breach_action"_s, u"source"_s},
                   [&](RowReader &r) {
                       SlaClock c;
                       c.id = r.slug(u"clock"_s);
                       c.name = r.text(u"name"_s);
                       c.startEvents = r.list(u"start_event"_s);
                       if (c.startEvents.isEmpty())
                           r.fail(u"start_event"_s, u"a clock needs a start event"_s);
                       for (const QString &e : std::as_const(c.startEvents)) {
                           if (!kEventNames.contains(e))
                               r.fail(u"start_event"_s, u"unknown event \""_s + e + u"\""_s);
                       }
                       c.stopEvents = r.list(u"stop_events"_s);
                       c.duration = r.integer(u"duration"_s, 1, 10000);
                       const QString unit =
                           r.oneOf(u"unit"_s, {u"working_days"_s, u"calendar_days"_s, u"hours"_s});
                       c.unit = unit == u"hours"_s           ? ClockUnit::Hours
                                : unit == u"calendar_days"_s ? ClockUnit::CalendarDays
                                                             : ClockUnit::WorkingDays;
                       c.pauseStates = r.list(u"pause_states"_s);
                       c.warningPercent = r.integer(u"warning_percent"_s, 1, 99);
                       const QString breach = r.oneOf(u"breach_action"_s, {u"none"_s, u"escalate"_s, u"close"_s});
                       c.breach = breach == u"escalate"_s ? BreachAction::Escalate
                                  : breach == u"close"_s  ? BreachAction::Close
                                                          : BreachAction::None;
                       c.source = r.text(u"source"_s);
                       checkUnique(r, seen, u"clock"_s, c.id);
                       if (c.stopEvents.isEmpty())
                           r.fail(u"stop_events"_s, u"a clock needs at least one stop event"_s);
                       for (const QString &e : std::as_const(c.stopEvents)) {
                           if (!kEventNames.contains(e))
                               r.fail(u"stop_events"_s, u"unknown event \""_s + e + u"\""_s);
                       }
                       for (const QString &s : std::as_const(c.pauseStates)) {
                           if (!states.contains(s))
                               r.fail(u"pause_states"_s, u"unknown state \""_s + s + u"\""_s);
                       }
                       into.sla.append(c);
                   });
}

Status loadCalendar(const CsvTable &table, ReferenceData &into)
{
    into.index();
    QSet<QString> seen;
    return eachRow(
        table, {u"date"_s, u"kind"_s, u"name"_s, u"decree"_s, u"opd"_s, u"provisional"_s}, [&](RowReader &r) {
            CalendarDay d;
            d.date = r.date(u"date"_s);
            const QString kind =
                r.oneOf(u"kind"_s, {u"holiday"_s, u"cuti_bersama"_s, u"added_holiday"_s, u"opd_working_day"_s});
            d.kind = kind == u"cuti_bersama"_s      ? CalendarDayKind::CutiBersama
                     : kind == u"added_holiday"_s   ? CalendarDayKind::AddedHoliday
                     : kind == u"opd_working_day"_s ? CalendarDayKind::OpdWorkingDay
                                                    : CalendarDayKind::Holiday;
            d.name = r.text(u"name"_s);
            d.decree = r.text(u"decree"_s);
            d.opd = r.code(u"opd"_s, false);
            d.provisional = r.yesNo(u"provisional"_s);
            if (d.kind == CalendarDayKind::OpdWorkingDay) {
                if (d.opd.isEmpty())
                    r.fail(u"opd"_s, u"an OPD working day names its OPD"_s);
                else if (!into.hasOpd(d.opd))
                    r.fail(u"opd"_s, u"unknown OPD \""_s + d.opd + u"\""_s);
                if (d.date.isValid() && d.date.dayOfWeek() != Qt::Saturday)
                    r.fail(u"date"_s, u"an OPD working day must be a Saturday"_s);
            } else if (!d.opd.isEmpty()) {
                r.fail(u"opd"_s, u"only an OPD working day names an OPD"_s);
            }
            const QString day = d.date.toString(Qt::ISODate);
            checkUnique(r, seen, u"date"_s, d.opd.isEmpty() ? day : day + u'/' + d.opd);
            into.calendar.append(d);
        });
}

Status loadSopTemplates(const CsvTable &table, ReferenceData &into)
{
    into.index();
    QHash<QString, qsizetype> templateIndex;
    return eachRow(table,
                   {u"opd"_s, u"service"_s, u"version"_s, u"step"_s, u"key"_s, u"title"_s, u"expected_days"_s,
                    u"role"_s, u"critical"_s},
                   [&](RowReader &r) {
                       // "*" in both columns: the generic template, for services an OPD has none for.
                       const bool anyOpd = r.text(u"opd"_s) == u"*"_s;
                       const bool anyService = r.text(u"service"_s) == u"*"_s;
                       const QString opd = anyOpd ? u"*"_s : r.code(u"opd"_s);
                       const QString service = anyService ? u"*"_s : r.slug(u"service"_s);
                       if (anyOpd != anyService)
                           r.fail(u"service"_s, u"the generic template has \"*\" as both its OPD and its service"_s);
                       const int version = r.integer(u"version"_s, 1, 10000);
                       SopStep step;
                       step.number = r.integer(u"step"_s, 1, 100);
                       step.key = r.slug(u"key"_s);
                       step.title = r.text(u"title"_s);
                       step.expectedDays = r.integer(u"expected_days"_s, 1, 365);
                       step.role = r.oneOf(u"role"_s, {u"liaison"_s, u"petugas_teknis"_s, u"kepala_bidang"_s,
                                                       u"kepala_dinas"_s});
                       step.critical = r.yesNo(u"critical"_s);
                       if (!opd.isEmpty() && !anyOpd && !into.hasOpd(opd))
                           r.fail(u"opd"_s, u"unknown OPD \""_s + opd + u"\""_s);
                       if (!service.isEmpty() && !anyService && !into.hasService(service))
                           r.fail(u"service"_s, u"unknown service \""_s + service + u"\""_s);
                       if (r.error())
                           return;
                       const QString key = opd + u'/' + service + u'/' + QString::number(version);
                       auto it = templateIndex.find(key);
                       if (it == templateIndex.end()) {
                           it = templateIndex.insert(key, into.sopTemplates.size());
                           into.sopTemplates.append({opd, service, version, {}});
                       }
                       SopTemplate &t = into.sopTemplates[*it];
                       if (step.number != t.steps.size() + 1)
                           r.fail(u"step"_s, u"expected step %1 of this template, found %2"_s
                                                 .arg(t.steps.size() + 1)
                                                 .arg(step.number));
                       for (const SopStep &other : std::as_const(t.steps)) {
                           if (other.key == step.key)
                               r.fail(u"key"_s, u"\""_s + step.key + u"\" appears twice in this template"_s);
                       }
                       t.steps.append(step);
                   });
}

Result<ReferenceData> loadReferenceData(const QString &directory)
{
    struct File
    {
        const char16_t *name;
        Status (*load)(const CsvTable &, ReferenceData &);
    };
    static constexpr File kFiles[] = {
        {u"opds.csv", loadOpds},
        {u"agencies.csv", loadAgencies},
        {u"kecamatan.csv", loadKecamatan},
        {u"kelurahan.csv", loadKelurahan},
        {u"categories.csv", loadCategories},
        {u"services.csv", loadServices},
        {u"sla.csv", loadSla},
        {u"calendar.csv", loadCalendar},
        {u"sop_templates.csv", loadSopTemplates},
    };
    ReferenceData data;
    const QDir dir(directory);
    for (const File &file : kFiles) {
        const auto table = CsvTable::read(dir.filePath(QString::fromUtf16(file.name)));
        if (!table.ok())
            return table.error();
        if (Status status = file.load(table.value(), data))
            return *status;
    }
    data.index();
    return data;
}

Result<ReferenceData> loadBuiltinReferenceData() { return loadReferenceData(u":/refdata"_s); }

} // namespace rabeg
