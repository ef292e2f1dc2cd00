#include <catch2/catch.hpp>

#include "refdata/ReferenceLoader.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace {

// The files in the source tree and the copy compiled into the binary must both load, and be the same data.
const ReferenceData &shipped()
{
    static const ReferenceData data = [] {
        const auto loaded = loadReferenceData(QStringLiteral(RABEG_SOURCE_DIR "/resources/refdata"));
        INFO((loaded.ok() ? std::string() : loaded.error().message.toStdString()));
        REQUIRE(loaded.ok());
        return loaded.value();
    }();
    return data;
}

template <typename T, typename Key> QStringList keysOf(const QList<T> &list, Key key)
{
    QStringList keys;
    for (const T &item : list)
        keys.append(item.*key);
    return keys;
}

QList<QDate> datesOf(int year, CalendarDayKind kind)
{
    QList<QDate> dates;
    for (const CalendarDay &day : shipped().calendar) {
        if (day.date.year() == year && day.kind == kind)
            dates.append(day.date);
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

} // namespace

TEST_CASE("the shipped reference data loads from the source tree and from the binary alike", "[refdata]")
{
    const auto builtin = loadBuiltinReferenceData();
    INFO((builtin.ok() ? std::string() : builtin.error().message.toStdString()));
    REQUIRE(builtin.ok());
    const ReferenceData &files = shipped();
    CHECK(keysOf(builtin->opds, &Opd::code) == keysOf(files.opds, &Opd::code));
    CHECK(keysOf(builtin->agencies, &Agency::code) == keysOf(files.agencies, &Agency::code));
    CHECK(keysOf(builtin->kelurahan, &Kelurahan::code) == keysOf(files.kelurahan, &Kelurahan::code));
    CHECK(keysOf(builtin->categories, &Category::id) == keysOf(files.categories, &Category::id));
    CHECK(keysOf(builtin->services, &Service::code) == keysOf(files.services, &Service::code));
    CHECK(keysOf(builtin->services, &Service::route) == keysOf(files.services, &Service::route));
    CHECK(keysOf(builtin->sla, &SlaClock::id) == keysOf(files.sla, &SlaClock::id));
    CHECK(builtin->calendar.size() == files.calendar.size());
    CHECK(builtin->sopTemplates.size() == files.sopTemplates.size());
}

TEST_CASE("Kota Serang has its six kecamatan and their 67 kelurahan", "[refdata]")
{
    const ReferenceData &data = shipped();
    CHECK(keysOf(data.kecamatan, &Kecamatan::code)
          == QStringList {u"SERANG"_s, u"KASEMEN"_s, u"WALANTAKA"_s, u"CURUG"_s, u"CIPOCOKJAYA"_s, u"TAKTAKAN"_s});
    CHECK(keysOf(data.kecamatan, &Kecamatan::name)
          == QStringList {u"Serang"_s, u"Kasemen"_s, u"Walantaka"_s, u"Curug"_s, u"Cipocok Jaya"_s, u"Taktakan"_s});
    CHECK(data.kelurahan.size() == 67);
    const QList<std::pair<QString, int>> perKecamatan = {{u"SERANG"_s, 12}, {u"KASEMEN"_s, 10},    {u"WALANTAKA"_s, 14},
                                                         {u"CURUG"_s, 10},  {u"CIPOCOKJAYA"_s, 8}, {u"TAKTAKAN"_s, 13}};
    for (const auto &[code, count] : perKecamatan) {
        INFO(code.toStdString());
        CHECK(data.kelurahanOf(code).size() == count);
    }
}

TEST_CASE("the OPDs include every agency the city names and the six kecamatan offices", "[refdata]")
{
    const ReferenceData &data = shipped();
    CHECK(data.opds.size() >= 21);
    const QStringList named = {
        u"DISDUKCAPIL"_s, u"DPMPTSP"_s,    u"DISHUB"_s,      u"PERKIM"_s,        u"DINSOS"_s,    u"DKUMPP"_s,
        u"DLH"_s,         u"PUPR"_s,       u"DINKES"_s,      u"RSUD"_s,          u"DINDIKBUD"_s, u"SATPOLPP"_s,
        u"DISKOMINFO"_s,  u"KEC-SERANG"_s, u"KEC-KASEMEN"_s, u"KEC-WALANTAKA"_s, u"KEC-CURUG"_s, u"KEC-CIPOCOKJAYA"_s,
        u"KEC-TAKTAKAN"_s};
    for (const QString &code : named) {
        INFO(code.toStdString());
        CHECK(data.hasOpd(code));
    }
    int kecamatanOffices = 0;
    for (const Opd &opd : data.opds)
        kecamatanOffices += opd.kecamatanOffice ? 1 : 0;
    CHECK(kecamatanOffices == 6);
    CHECK(data.opd(u"DISDUKCAPIL"_s)->saturdayService);
    CHECK_FALSE(data.opd(u"DLH"_s)->saturdayService);
}

TEST_CASE("the seven external agencies receive what is not the city's authority", "[refdata]")
{
    const ReferenceData &data = shipped();
    CHECK(keysOf(data.agencies, &Agency::code)
          == QStringList {u"POLRESTA"_s, u"SAMSAT"_s, u"BPJSKES"_s, u"PLN"_s, u"PDAM"_s, u"ATRBPN"_s, u"PEMPROV"_s});
    const QList<std::pair<QString, QString>> routes = {
        {u"sim"_s, u"POLRESTA"_s},
        {u"skck"_s, u"POLRESTA"_s},
        {u"pajak-kendaraan"_s, u"SAMSAT"_s},
        {u"bpjs"_s, u"BPJSKES"_s},
        {u"listrik"_s, u"PLN"_s},
        {u"air-bersih"_s, u"PDAM"_s},
        {u"sertifikat-tanah"_s, u"ATRBPN"_s},
        {u"sma-smk"_s, u"PEMPROV"_s},
        {u"jalan-provinsi"_s, u"PEMPROV"_s},
        {u"ktp-el"_s, u"DISDUKCAPIL"_s},
        {u"kk"_s, u"DISDUKCAPIL"_s},
        {u"pbg-imb"_s, u"DPMPTSP"_s},
        {u"izin-usaha"_s, u"DPMPTSP"_s},
        {u"pju"_s, u"DISHUB"_s},
        {u"jalan-rusak"_s, u"PUPR"_s},
        {u"sampah"_s, u"DLH"_s},
        {u"bansos"_s, u"DINSOS"_s},
        {u"ppdb"_s, u"DINDIKBUD"_s},
    };
    for (const auto &[service, route] : routes) {
        INFO(service.toStdString());
        REQUIRE(data.service(service));
        CHECK(data.service(service)->route == route);
    }
    // Every service routes somewhere that exists and belongs to a known category.
    for (const Service &service : data.services) {
        INFO(service.code.toStdString());
        CHECK((data.hasOpd(service.route) || data.hasAgency(service.route)));
        CHECK(data.hasCategory(service.category));
        CHECK(service.keywords.size() >= 4);
    }
}

TEST_CASE("the 2026 calendar holds exactly the holidays and cuti bersama of SKB 1497/2025", "[refdata][calendar]")
{
    // DESIGN.md, "Deadlines": written out here, never derived from the file.
    const QList<QDate> holidays
        = {d(1, 1),  d(1, 16), d(2, 17), d(3, 19), d(3, 21), d(3, 22), d(4, 3),  d(4, 5),  d(5, 1),
           d(5, 14), d(5, 27), d(5, 31), d(6, 1),  d(6, 16), d(8, 17), d(8, 25), d(12, 25)};
    const QList<QDate> cutiBersama = {d(2, 16), d(3, 18), d(3, 20), d(3, 23), d(3, 24), d(5, 15), d(5, 28), d(12, 24)};
    CHECK(datesOf(2026, CalendarDayKind::Holiday) == holidays);
    CHECK(datesOf(2026, CalendarDayKind::CutiBersama) == cutiBersama);
    CHECK(datesOf(2026, CalendarDayKind::AddedHoliday).isEmpty());
    for (const CalendarDay &day : shipped().calendar) {
        if (day.date.year() != 2026)
            continue;
        INFO(day.date.toString(Qt::ISODate).toStdString());
        CHECK_FALSE(day.provisional);
        CHECK_FALSE(day.decree.isEmpty());
        if (day.kind == CalendarDayKind::OpdWorkingDay)
            CHECK(day.date.dayOfWeek() == Qt::Saturday);
    }
}

TEST_CASE("2027 ships provisional with fixed-date holidays only", "[refdata][calendar]")
{
    int days = 0;
    for (const CalendarDay &day : shipped().calendar) {
        if (day.date.year() != 2027)
            continue;
        INFO(day.date.toString(Qt::ISODate).toStdString());
        ++days;
        CHECK(day.provisional);
        CHECK(day.kind == CalendarDayKind::Holiday);
    }
    CHECK(days == 5);
    CHECK(datesOf(2027, CalendarDayKind::Holiday)
          == QList<QDate> {QDate(2027, 1, 1), QDate(2027, 5, 1), QDate(2027, 6, 1), QDate(2027, 8, 17),
                           QDate(2027, 12, 25)});
}

TEST_CASE("the five SLA clocks have the defaults of DESIGN.md", "[refdata][sla]")
{
    struct Expected
    {
        QString id;
        QStringList start;
        int duration;
        ClockUnit unit;
        BreachAction breach;
        QStringList pause;
    };
    const QList<Expected> expected = {
        {u"triage"_s, {u"received"_s}, 3, ClockUnit::WorkingDays, BreachAction::None, {u"deferred"_s}},
        {u"first_response"_s, {u"dispatched"_s}, 5, ClockUnit::WorkingDays, BreachAction::None, {}},
        {u"followup"_s, {u"dispatched"_s, u"reopened"_s}, 14, ClockUnit::CalendarDays, BreachAction::Escalate, {}},
        {u"autoclose"_s, {u"responded"_s}, 10, ClockUnit::WorkingDays, BreachAction::Close, {}},
        {u"completion"_s, {u"received"_s}, 60, ClockUnit::CalendarDays, BreachAction::None, {u"deferred"_s}},
    };
    const QList<SlaClock> &clocks = shipped().sla;
    REQUIRE(clocks.size() == expected.size());
    for (qsizetype i = 0; i < clocks.size(); ++i) {
        const SlaClock &clock = clocks.at(i);
        const Expected &e = expected.at(i);
        INFO(e.id.toStdString());
        CHECK(clock.id == e.id);
        CHECK(clock.startEvents == e.start);
        CHECK(clock.duration == e.duration);
        CHECK(clock.unit == e.unit);
        CHECK(clock.breach == e.breach);
        CHECK(clock.pauseStates == e.pause);
        CHECK_FALSE(clock.source.isEmpty());
        CHECK_FALSE(clock.stopEvents.isEmpty());
    }
    CHECK(clocks.at(2).stopEvents.contains(u"responded"_s));
    CHECK(clocks.at(3).stopEvents.contains(u"reopened"_s));
}

TEST_CASE("SOP templates cover at least ten services and each belongs to the service's OPD", "[refdata][sop]")
{
    const ReferenceData &data = shipped();
    QSet<QString> services;
    for (const SopTemplate &t : data.sopTemplates) {
        INFO(t.opd.toStdString() << "/" << t.service.toStdString());
        services.insert(t.service);
        REQUIRE(data.service(t.service));
        CHECK(data.service(t.service)->route == t.opd);
        CHECK(data.sopTemplate(t.opd, t.service) == &t);
        REQUIRE(t.steps.size() >= 3);
        bool critical = false;
        for (qsizetype i = 0; i < t.steps.size(); ++i) {
            CHECK(t.steps.at(i).number == i + 1);
            critical = critical || t.steps.at(i).critical;
        }
        CHECK(critical);
        // The last step answers the reporter; it must not gate the answer itself.
        CHECK_FALSE(t.steps.last().critical);
    }
    CHECK(services.size() >= 10);
    for (const QString &service : {u"ktp-el"_s, u"kk"_s, u"jalan-rusak"_s, u"pju"_s, u"sampah"_s, u"bansos"_s})
        CHECK(services.contains(service));
}
