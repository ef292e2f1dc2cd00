#include "SopFixture.h"

#include "sop/SopTransfer.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

const QByteArray kHeader = "opd,service,version,step,key,title,expected_days,role,critical\n";

QString csvError(const QByteArray &body)
{
    const auto imported = importSopCsv(kHeader + body, u"sop_dukcapil.csv"_s, sop::shipped());
    return imported.ok() ? u"imported"_s : imported.error().message;
}

QString jsonError(const char *json)
{
    const auto imported = importSopJson(QByteArray(json), sop::shipped());
    return imported.ok() ? u"imported"_s : imported.error().message;
}

} // namespace

TEST_CASE("a CSV import error names the file's line and the column", "[sop][import]")
{
    CHECK(csvError("DISDUKCAPIL,ktp-el,2,1,telaah,Telaah aduan,1,liaison,no\n"
                   "DISDUKCAPIL,ktp-el,2,2,cek-siak,Verifikasi data di SIAK,0,petugas_teknis,yes\n")
          == u"sop_dukcapil.csv:3: column 'expected_days': expected a whole number from 1 to 365, found \"0\""_s);
    CHECK(csvError("DUKCAPIL,ktp-el,2,1,telaah,Telaah aduan,1,liaison,no\n")
          == u"sop_dukcapil.csv:2: column 'opd': unknown OPD \"DUKCAPIL\""_s);
    CHECK(csvError("DISDUKCAPIL,ktp-el,2,1,telaah,,1,liaison,no\n")
          == u"sop_dukcapil.csv:2: column 'title': must not be empty"_s);
    CHECK(csvError("DISDUKCAPIL,ktp-el,2,1,telaah,Telaah,1,liaison,kadang\n").startsWith(
        u"sop_dukcapil.csv:2: column 'critical':"_s));
    CHECK(csvError("DISDUKCAPIL,*,2,1,telaah,Telaah,1,liaison,no\n")
          == u"sop_dukcapil.csv:2: column 'service': the generic template has \"*\" as both its OPD and its service"_s);
    CHECK(importSopCsv("opd,service,version,step,key,title,expected_days,role\n", u"a.csv"_s, sop::shipped())
              .error()
              .message
          == u"a.csv:1: the header lacks the column 'critical'"_s);
    CHECK(csvError("") == u"sop_dukcapil.csv: the file holds no template rows"_s);
}

TEST_CASE("a spreadsheet's quoting and a comment line import cleanly", "[sop][import]")
{
    const auto imported = importSopCsv("# disusun oleh Disdukcapil\n" + kHeader
                                           + "DISDUKCAPIL,kk,2,1,telaah,\"Telaah aduan, lalu disposisi\",1,liaison,no\n"
                                             "DISDUKCAPIL,kk,2,2,terbit-kk,Penerbitan KK,3,kepala_bidang,yes\n",
                                       u"kk.csv"_s, sop::shipped());
    REQUIRE(imported.ok());
    REQUIRE(imported->size() == 1);
    CHECK(imported->first().version == 2);
    CHECK(imported->first().steps.at(0).title == u"Telaah aduan, lalu disposisi"_s);
    CHECK(imported->first().steps.at(1).critical);
}

TEST_CASE("a JSON import error names the template, the step and the field", "[sop][import]")
{
    CHECK(jsonError(R"({"templates":[{"opd":"DISHUB","service":"pju","version":2,"steps":[
            {"key":"telaah","title":"Telaah","expected_days":1,"role":"liaison","critical":false},
            {"key":"survei","title":"Survei","expected_days":2,"role":"operator","critical":true}]}]})")
          == u"templates[1].steps[2].role: \"operator\" is not one of liaison, petugas_teknis, kepala_bidang, "
             u"kepala_dinas"_s);
    CHECK(jsonError(R"({"templates":[{"opd":"DISHUB","service":"pju","version":2,"steps":[
            {"key":"telaah","title":"Telaah","expected_days":"1","role":"liaison","critical":false}]}]})")
          == u"templates[1].steps[1].expected_days: expected an integer, got a string"_s);
    CHECK(jsonError(R"({"templates":[{"opd":"DISHUB","service":"pju","version":2,"steps":[
            {"key":"telaah","title":"Telaah","expected_days":400,"role":"liaison","critical":false}]}]})")
          == u"templates[1].steps[1].expected_days: expected an integer from 1 to 365"_s);
    CHECK(jsonError(R"({"templates":[{"opd":"DISHUB","service":"pju","version":2,"steps":[
            {"key":"telaah","title":"Telaah","expected_days":1,"role":"liaison","critical":false},
            {"key":"telaah","title":"Lagi","expected_days":1,"role":"liaison","critical":false}]}]})")
          == u"templates[1].steps[2].key: \"telaah\" appears twice in this template"_s);
    CHECK(jsonError(R"({"templates":[{"opd":"DISHUB","service":"pju","version":2,"steps":[]},
            {"opd":"DISHUB","service":"pju","version":3,"steps":[]}]})")
          == u"templates[1].steps: a template has from 1 to 100 steps"_s);
    CHECK(jsonError(R"({"templates":[{"opd":"DISHUB","service":"lampu","version":2,"steps":[
            {"key":"telaah","title":"Telaah","expected_days":1,"role":"liaison","critical":false}]}]})")
          == u"templates[1].service: unknown service \"lampu\""_s);
    CHECK(jsonError(R"({"templates":[{"opd":"DISHUB","service":"pju","version":2,"urgent":true,"steps":[
            {"key":"telaah","title":"Telaah","expected_days":1,"role":"liaison","critical":false}]}]})")
          == u"templates[1].urgent: unknown field"_s);
    CHECK(jsonError(R"({"templates":[{"opd":"DISHUB","service":"pju","steps":[]}]})")
          == u"templates[1].version: missing required field"_s);
    CHECK(jsonError(R"({"templates":[{"opd":"DISHUB","opd":"DLH"}]})").contains(u"duplicate"_s));
    CHECK(jsonError(R"([])") == u"templates: expected {\"templates\": [...]}"_s);
}

TEST_CASE("every shipped template survives export and import as CSV and as JSON unchanged", "[sop][import]")
{
    QList<SopTemplate> all = sop::shipped().sopTemplates;
    all.append(genericSopTemplate());
    const auto csv = importSopCsv(exportSopCsv(all), u"export.csv"_s, sop::shipped());
    REQUIRE(csv.ok());
    const auto json = importSopJson(exportSopJson(all), sop::shipped());
    REQUIRE(json.ok());
    REQUIRE(csv->size() == all.size());
    REQUIRE(json->size() == all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const SopTemplate &want = all.at(i);
        INFO(want.opd.toStdString() << "/" << want.service.toStdString());
        for (const SopTemplate &got : {csv->at(i), json->at(i)}) {
            CHECK(got.opd == want.opd);
            CHECK(got.service == want.service);
            CHECK(got.version == want.version);
            REQUIRE(got.steps.size() == want.steps.size());
            for (qsizetype s = 0; s < want.steps.size(); ++s) {
                CHECK(got.steps.at(s).number == want.steps.at(s).number);
                CHECK(got.steps.at(s).key == want.steps.at(s).key);
                CHECK(got.steps.at(s).title == want.steps.at(s).title);
                CHECK(got.steps.at(s).expectedDays == want.steps.at(s).expectedDays);
                CHECK(got.steps.at(s).role == want.steps.at(s).role);
                CHECK(got.steps.at(s).critical == want.steps.at(s).critical);
            }
        }
    }
}
