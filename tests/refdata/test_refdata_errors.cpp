#include <catch2/catch.hpp>

#include "refdata/ReferenceLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

using Loader = Status (*)(const CsvTable &, ReferenceData &);

// A small, valid city that the broken files below refer to.
ReferenceData smallCity()
{
    ReferenceData data;
    const auto load = [&data](Loader loader, const char *file, const QByteArray &text) {
        const auto table = CsvTable::parse(QString::fromLatin1(file), text);
        REQUIRE(table.ok());
        const Status status = loader(table.value(), data);
        INFO((status ? status->message.toStdString() : std::string()));
        REQUIRE_FALSE(status);
    };
    load(loadOpds, "opds.csv",
         "code,name,kind,saturday_service\n"
         "DISDUKCAPIL,Dinas Kependudukan dan Pencatatan Sipil,opd,yes\n"
         "DISHUB,Dinas Perhubungan,opd,no\n"
         "KEC-SERANG,Kecamatan Serang,kecamatan,no\n");
    load(loadAgencies, "agencies.csv", "code,name,handles\nPOLRESTA,Polresta Serang Kota,SIM dan SKCK\n");
    load(loadKecamatan, "kecamatan.csv", "code,name\nSERANG,Serang\n");
    load(loadCategories, "categories.csv",
         "id,parent,name\nadminduk,,Administrasi kependudukan\nadminduk-ktp,adminduk,KTP-el\n"
         "perhubungan,,Perhubungan\nperhubungan-pju,perhubungan,PJU\n");
    load(loadServices, "services.csv",
         "code,category,name,route,keywords\nktp-el,adminduk-ktp,KTP-el,DISDUKCAPIL,ktp;blanko\n"
         "pju,perhubungan-pju,PJU,DISHUB,lampu;pju\nsim,perhubungan,SIM,POLRESTA,sim\n");
    return data;
}

// Parses `text` as `file` and runs `loader` over it on top of the small city; returns the message, or "loaded".
std::string load(Loader loader, const char *file, const QByteArray &text)
{
    const auto table = CsvTable::parse(QString::fromLatin1(file), text);
    if (!table.ok())
        return table.error().message.toStdString();
    ReferenceData data = smallCity();
    const Status status = loader(table.value(), data);
    return status ? status->message.toStdString() : "loaded";
}

const QByteArray kOpdHeader = "code,name,kind,saturday_service\n";
const QByteArray kSlaHeader
    = "clock,name,start_event,stop_events,duration,unit,pause_states,warning_percent,breach_action,source\n";
const QByteArray kCalendarHeader = "date,kind,name,decree,opd,provisional\n";
const QByteArray kSopHeader = "opd,service,version,step,key,title,expected_days,role,critical\n";

} // namespace

TEST_CASE("the small city used below loads cleanly", "[refdata][errors]")
{
    const ReferenceData data = smallCity();
    CHECK(data.opds.size() == 3);
    CHECK(data.services.size() == 3);
}

TEST_CASE("a broken CSV file is refused with its name and the line and the problem", "[refdata][errors]")
{
    SECTION("an unterminated quote names the line where the field starts")
    {
        CHECK(load(loadOpds, "opds.csv",
                   "# Perangkat daerah\n" + kOpdHeader + "DLH,Dinas Lingkungan Hidup,opd,no\n"
                       + "DP3AKB,\"Dinas Pemberdayaan Perempuan,opd,no\nDINSOS,Dinas Sosial,opd,no\n")
              == "opds.csv:4: a quoted field is not closed");
    }
    SECTION("a quote inside an unquoted field")
    {
        CHECK(load(loadOpds, "opds.csv", kOpdHeader + "DLH,Dinas \"Lingkungan\" Hidup,opd,no\n")
              == "opds.csv:2: a quote in the middle of an unquoted field");
    }
    SECTION("text after a closing quote")
    {
        CHECK(load(loadOpds, "opds.csv", kOpdHeader + "DLH,\"Dinas\" Lingkungan Hidup,opd,no\n")
              == "opds.csv:2: text after a closing quote");
    }
    SECTION("a wrong number of columns counted after a multi-line quoted field")
    {
        CHECK(
            load(loadOpds, "opds.csv", kOpdHeader + "DLH,\"Dinas Lingkungan\nHidup\",opd,no\nDINSOS,Dinas Sosial,opd\n")
            == "opds.csv:4: expected 4 columns (code,name,kind,saturday_service), found 3");
    }
    SECTION("a header without a column the loader needs names the header's line")
    {
        CHECK(load(loadOpds, "opds.csv",
                   "# Perangkat daerah Kota Serang\n# sumber: REFERENCE.md\ncode,name,saturday_service\n"
                   "DLH,Dinas Lingkungan Hidup,no\n")
              == "opds.csv:3: the header lacks the column 'kind'");
    }
    SECTION("a file with comments only")
    {
        CHECK(load(loadOpds, "opds.csv", "# kosong\n\n") == "opds.csv:1: the file has no header line");
    }
    SECTION("invalid UTF-8 names the line that holds it")
    {
        CHECK(load(loadKecamatan, "kecamatan.csv", "code,name\nSERANG,Serang\nKASEMEN,Kas\xE9men\nCURUG,Curug\n")
              == "kecamatan.csv:3: the file is not valid UTF-8 text");
        CHECK(load(loadKecamatan, "kecamatan.csv", "code,name\nSERANG,Serang\nCURUG,Cu\xC3")
              == "kecamatan.csv:3: the file is not valid UTF-8 text");
    }
}

TEST_CASE("a row with a bad value is refused with the file and the line and the column", "[refdata][errors]")
{
    SECTION("an empty required field")
    {
        CHECK(load(loadOpds, "opds.csv", kOpdHeader + "DLH,Dinas Lingkungan Hidup,opd,no\nDINSOS,  ,opd,no\n")
              == "opds.csv:3: column 'name': must not be empty");
    }
    SECTION("a duplicate code")
    {
        CHECK(load(loadOpds, "opds.csv",
                   kOpdHeader + "DLH,Dinas Lingkungan Hidup,opd,no\nDINSOS,Dinas Sosial,opd,no\n"
                       + "DLH,Dinas Lingkungan Hidup (lama),opd,no\n")
              == "opds.csv:4: column 'code': \"DLH\" appears twice");
    }
    SECTION("a code in lower case")
    {
        CHECK(load(loadOpds, "opds.csv", kOpdHeader + "dlh,Dinas Lingkungan Hidup,opd,no\n")
              == "opds.csv:2: column 'code': \"dlh\" is not a code (upper-case letters, digits and '-')");
    }
    SECTION("a bad yes/no")
    {
        CHECK(load(loadOpds, "opds.csv", kOpdHeader + "DLH,Dinas Lingkungan Hidup,opd,ya\n")
              == "opds.csv:2: column 'saturday_service': expected yes or no, found \"ya\"");
    }
    SECTION("a kind that is not in the list")
    {
        CHECK(load(loadOpds, "opds.csv", kOpdHeader + "BPBD,Badan Penanggulangan Bencana Daerah,badan,no\n")
              == "opds.csv:2: column 'kind': \"badan\" is not one of opd, kecamatan");
    }
    SECTION("an agency with an OPD's code")
    {
        CHECK(load(loadAgencies, "agencies.csv", "code,name,handles\nDISHUB,Dishub Provinsi,jalan provinsi\n")
              == "agencies.csv:2: column 'code': \"DISHUB\" is already an OPD code");
    }
    SECTION("a kelurahan of an unknown kecamatan")
    {
        CHECK(load(loadKelurahan, "kelurahan.csv", "kecamatan,code,name\nCILEGON,CILEGON-KOTASARI,Kotasari\n")
              == "kelurahan.csv:2: column 'kecamatan': unknown kecamatan \"CILEGON\"");
    }
    SECTION("a service routed to an unknown OPD or agency")
    {
        CHECK(load(loadServices, "services.csv",
                   "code,category,name,route,keywords\nparkir,perhubungan,Parkir,DISHUB,parkir\n"
                   "rambu,perhubungan,Rambu,DISHUBB,rambu;marka\n")
              == "services.csv:3: column 'route': unknown OPD or agency \"DISHUBB\"");
    }
    SECTION("a service in an unknown category")
    {
        CHECK(load(loadServices, "services.csv", "code,category,name,route,keywords\nparkir,parkir,Parkir,DISHUB,x\n")
              == "services.csv:2: column 'category': unknown category \"parkir\"");
    }
    SECTION("a bad integer")
    {
        CHECK(load(loadSla, "sla.csv",
                   kSlaHeader
                       + "followup,Tindak lanjut,dispatched,responded,14 hari,calendar_days,,70,escalate,"
                         "Ombudsman Banten\n")
              == "sla.csv:2: column 'duration': expected a whole number from 1 to 10000, found \"14 hari\"");
        CHECK(load(loadSla, "sla.csv",
                   kSlaHeader
                       + "followup,Tindak lanjut,dispatched,responded,14,calendar_days,,100,escalate,"
                         "Ombudsman Banten\n")
              == "sla.csv:2: column 'warning_percent': expected a whole number from 1 to 99, found \"100\"");
    }
    SECTION("an SLA clock stopped by an unknown event")
    {
        CHECK(load(loadSla, "sla.csv",
                   kSlaHeader + "triage,Verifikasi,received,verified;rejected,3,working_days,deferred,70,none,LAPOR!\n"
                       + "followup,Tindak lanjut,dispatched,responded;selesai,14,calendar_days,,70,escalate,"
                         "Ombudsman Banten\n")
              == "sla.csv:3: column 'stop_events': unknown event \"selesai\"");
    }
    SECTION("an SLA clock started by an unknown event")
    {
        CHECK(load(loadSla, "sla.csv",
                   kSlaHeader + "triage,Verifikasi,diterima,verified,3,working_days,deferred,70,none,LAPOR!\n")
              == "sla.csv:2: column 'start_event': unknown event \"diterima\"");
    }
    SECTION("an SLA clock paused in an unknown state")
    {
        CHECK(load(loadSla, "sla.csv",
                   kSlaHeader + "triage,Verifikasi,received,verified,3,working_days,ditunda,70,none,LAPOR!\n")
              == "sla.csv:2: column 'pause_states': unknown state \"ditunda\"");
    }
    SECTION("a duplicate SLA clock")
    {
        CHECK(load(loadSla, "sla.csv",
                   kSlaHeader + "triage,Verifikasi,received,verified,3,working_days,deferred,70,none,LAPOR!\n"
                       + "triage,Verifikasi,received,verified,5,working_days,deferred,70,none,LAPOR!\n")
              == "sla.csv:3: column 'clock': \"triage\" appears twice");
    }
}

TEST_CASE("a category tree with an unknown parent or a cycle is refused", "[refdata][errors]")
{
    const QByteArray header = "# Pohon kategori\nid,parent,name\n";
    SECTION("an unknown parent")
    {
        CHECK(load(loadCategories, "categories.csv",
                   header + "infrastruktur,,Infrastruktur\ninfrastruktur-jalan,infrastruktur,Jalan\n"
                       + "lingkungan-sampah,lingkungan,Sampah\n")
              == "categories.csv:5: column 'parent': unknown category \"lingkungan\"");
    }
    SECTION("a parent that appears later in the file is fine")
    {
        CHECK(load(loadCategories, "categories.csv",
                   header + "lingkungan-sampah,lingkungan,Sampah\nlingkungan,,Lingkungan hidup\n")
              == "loaded");
    }
    SECTION("a cycle is reported on the line of its first member")
    {
        CHECK(load(loadCategories, "categories.csv",
                   header + "infrastruktur,,Infrastruktur\njalan,drainase,Jalan\ndrainase,jalan,Drainase\n")
              == "categories.csv:4: column 'parent': the category is its own ancestor");
    }
    SECTION("a category that is its own parent")
    {
        CHECK(load(loadCategories, "categories.csv", header + "jalan,jalan,Jalan\n")
              == "categories.csv:3: column 'parent': the category is its own ancestor");
    }
    SECTION("a category below a cycle is not called its own ancestor: the cycle is")
    {
        CHECK(load(loadCategories, "categories.csv",
                   header + "trotoar,jalan,Trotoar\njalan,drainase,Jalan\ndrainase,jalan,Drainase\n")
              == "categories.csv:4: column 'parent': the category is its own ancestor");
    }
    SECTION("a deep but finite tree is not a cycle")
    {
        QByteArray deep = header + "level-0,,Akar\n";
        for (int i = 1; i <= 40; ++i)
            deep += "level-" + QByteArray::number(i) + ",level-" + QByteArray::number(i - 1) + ",Tingkat\n";
        CHECK(load(loadCategories, "categories.csv", deep) == "loaded");
    }
}

TEST_CASE("a calendar with a bad date or kind or flag is refused", "[refdata][errors][calendar]")
{
    SECTION("an impossible date")
    {
        CHECK(load(loadCalendar, "calendar.csv",
                   kCalendarHeader + "2026-01-01,holiday,Tahun Baru,SKB,,no\n2026-02-30,holiday,Imlek,SKB,,no\n")
              == "calendar.csv:3: column 'date': \"2026-02-30\" is not a date (YYYY-MM-DD)");
    }
    SECTION("a date written the Indonesian way")
    {
        CHECK(load(loadCalendar, "calendar.csv", kCalendarHeader + "17/08/2026,holiday,Proklamasi,SKB,,no\n")
              == "calendar.csv:2: column 'date': \"17/08/2026\" is not a date (YYYY-MM-DD)");
    }
    SECTION("an OPD working day that is not a Saturday")
    {
        // 2 January 2026 is a Friday.
        CHECK(load(loadCalendar, "calendar.csv",
                   kCalendarHeader + "2026-01-03,opd_working_day,Sabtu layanan,Kep. Kadis,DISDUKCAPIL,no\n"
                       + "2026-01-02,opd_working_day,Sabtu layanan,Kep. Kadis,DISDUKCAPIL,no\n")
              == "calendar.csv:3: column 'date': an OPD working day must be a Saturday");
    }
    SECTION("an OPD working day of an unknown OPD")
    {
        CHECK(load(loadCalendar, "calendar.csv",
                   kCalendarHeader + "2026-01-03,opd_working_day,Sabtu layanan,Kep. Kadis,DUKCAPIL,no\n")
              == "calendar.csv:2: column 'opd': unknown OPD \"DUKCAPIL\"");
    }
    SECTION("a holiday that names an OPD")
    {
        CHECK(load(loadCalendar, "calendar.csv", kCalendarHeader + "2026-08-17,holiday,Proklamasi,SKB,DISHUB,no\n")
              == "calendar.csv:2: column 'opd': only an OPD working day names an OPD");
    }
    SECTION("a bad yes/no")
    {
        CHECK(load(loadCalendar, "calendar.csv", kCalendarHeader + "2027-01-01,holiday,Tahun Baru,-,,true\n")
              == "calendar.csv:2: column 'provisional': expected yes or no, found \"true\"");
    }
    SECTION("the same day twice")
    {
        CHECK(
            load(loadCalendar, "calendar.csv",
                 kCalendarHeader + "2026-03-20,cuti_bersama,Idulfitri,SKB,,no\n2026-03-20,holiday,Idulfitri,SKB,,no\n")
            == "calendar.csv:3: column 'date': \"2026-03-20\" appears twice");
        // One Saturday may open several OPDs, but each only once.
        const QByteArray saturday = "2026-01-03,opd_working_day,Sabtu layanan,Kep. Kadis,DISDUKCAPIL,no\n";
        CHECK(load(loadCalendar, "calendar.csv",
                   kCalendarHeader + saturday + "2026-01-03,opd_working_day,Sabtu layanan,Kep. Kadis,DISHUB,no\n")
              == "loaded");
        CHECK(load(loadCalendar, "calendar.csv", kCalendarHeader + saturday + saturday)
              == "calendar.csv:3: column 'date': \"2026-01-03/DISDUKCAPIL\" appears twice");
    }
}

TEST_CASE("an SOP template with steps out of order or unknown references is refused", "[refdata][errors][sop]")
{
    SECTION("step numbers out of order")
    {
        CHECK(load(loadSopTemplates, "sop_templates.csv",
                   kSopHeader + "DISHUB,pju,1,1,telaah,Telaah aduan,1,liaison,no\n"
                       + "DISHUB,pju,1,3,perbaikan,Perbaikan lampu,3,petugas_teknis,yes\n")
              == "sop_templates.csv:3: column 'step': expected step 2 of this template, found 3");
    }
    SECTION("a template that does not start at step 1")
    {
        CHECK(load(loadSopTemplates, "sop_templates.csv",
                   kSopHeader + "DISHUB,pju,1,2,perbaikan,Perbaikan lampu,3,petugas_teknis,yes\n")
              == "sop_templates.csv:2: column 'step': expected step 1 of this template, found 2");
    }
    SECTION("a step key twice in one template")
    {
        CHECK(load(loadSopTemplates, "sop_templates.csv",
                   kSopHeader + "DISHUB,pju,1,1,telaah,Telaah aduan,1,liaison,no\n"
                       + "DISHUB,pju,1,2,telaah,Telaah ulang,1,liaison,yes\n")
              == "sop_templates.csv:3: column 'key': \"telaah\" appears twice in this template");
    }
    SECTION("an unknown OPD")
    {
        CHECK(load(loadSopTemplates, "sop_templates.csv", kSopHeader + "PU,pju,1,1,telaah,Telaah,1,liaison,no\n")
              == "sop_templates.csv:2: column 'opd': unknown OPD \"PU\"");
    }
    SECTION("an unknown role")
    {
        CHECK(load(loadSopTemplates, "sop_templates.csv", kSopHeader + "DISHUB,pju,1,1,telaah,Telaah,1,operator,no\n")
              == "sop_templates.csv:2: column 'role': \"operator\" is not one of liaison, petugas_teknis, "
                 "kepala_bidang, kepala_dinas");
    }
    SECTION("an expected duration of zero days")
    {
        CHECK(load(loadSopTemplates, "sop_templates.csv", kSopHeader + "DISHUB,pju,1,1,telaah,Telaah,0,liaison,no\n")
              == "sop_templates.csv:2: column 'expected_days': expected a whole number from 1 to 365, found \"0\"");
    }
    SECTION("two versions of one template are two templates")
    {
        CHECK(load(loadSopTemplates, "sop_templates.csv",
                   kSopHeader + "DISHUB,pju,1,1,telaah,Telaah,1,liaison,no\nDISHUB,pju,2,1,telaah,Telaah,1,liaison,no\n"
                       + "DISHUB,pju,2,2,jawab,Jawab pelapor,1,liaison,no\n")
              == "loaded");
    }
}

TEST_CASE("a broken file in a directory refuses the whole load and names the file", "[refdata][errors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir source(QStringLiteral(RABEG_SOURCE_DIR "/resources/refdata"));
    for (const QString &name : source.entryList({u"*.csv"_s}, QDir::Files))
        REQUIRE(QFile::copy(source.filePath(name), dir.filePath(name)));
    REQUIRE(loadReferenceData(dir.path()).ok());

    {
        QFile services(dir.filePath(u"services.csv"_s));
        REQUIRE(services.open(QIODevice::Append));
        services.write("parkir-liar,perhubungan-parkir,Parkir liar,DISHUBB,parkir;liar\n");
    }
    const auto broken = loadReferenceData(dir.path());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == u"invalid_data_file"_s);
    CHECK(broken.error().message.toStdString() == "services.csv:59: column 'route': unknown OPD or agency \"DISHUBB\"");

    REQUIRE(QFile::remove(dir.filePath(u"sla.csv"_s)));
    REQUIRE(QFile::remove(dir.filePath(u"services.csv"_s)));
    REQUIRE(QFile::copy(source.filePath(u"services.csv"_s), dir.filePath(u"services.csv"_s)));
    const auto missing = loadReferenceData(dir.path());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == u"missing_data_file"_s);
    CHECK(missing.error().message.startsWith(u"sla.csv: cannot be read"_s));
}
