#include <catch2/catch.hpp>

#include "RoutingFixtures.h"
#include "routing/RoutingSuggester.h"
#include "routing/RoutingTable.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

TEST_CASE("the routing table starts from each service's default route")
{
    const RoutingTable table = RoutingTable::fromReferenceData(test::reference());
    CHECK(table.find(u"pju"_s)->route == u"DISHUB"_s);
    CHECK(table.find(u"listrik"_s, u"KASEMEN"_s)->route == u"PLN"_s);
    CHECK_FALSE(table.find(u"no-such-service"_s).has_value());
    CHECK_FALSE(table.find({}).has_value());
}

TEST_CASE("a kecamatan rule beats the service default, and a kecamatan service goes to its own office")
{
    RoutingTable table = RoutingTable::fromReferenceData(test::reference());
    CHECK(table.find(u"pelayanan-kecamatan"_s)->route == u"KEC-SERANG"_s);
    CHECK(table.find(u"pelayanan-kecamatan"_s, u"TAKTAKAN"_s)->route == u"KEC-TAKTAKAN"_s);

    // Some Kasemen customers are served by the regency's water company: an admin's kecamatan rule.
    table.add({u"air-bersih"_s, u"KASEMEN"_s, u"PEMPROV"_s, 2});
    CHECK(table.find(u"air-bersih"_s, u"KASEMEN"_s)->route == u"PEMPROV"_s);
    CHECK(table.find(u"air-bersih"_s, u"CURUG"_s)->route == u"PDAM"_s);
    CHECK(table.find(u"air-bersih"_s)->route == u"PDAM"_s);
}

TEST_CASE("a newer version of a rule replaces the older one, an older one never replaces a newer one")
{
    RoutingTable table = RoutingTable::fromReferenceData(test::reference());
    table.add({u"taman"_s, {}, u"PERKIM"_s, 2});
    CHECK(table.find(u"taman"_s)->route == u"PERKIM"_s);
    CHECK(table.find(u"taman"_s)->version == 2);
    table.add({u"taman"_s, {}, u"DLH"_s, 1});
    CHECK(table.find(u"taman"_s)->route == u"PERKIM"_s);
}

TEST_CASE("a known service puts its routing-table rule first, with the rule as the reason, whatever the text says")
{
    RoutingTable table = RoutingTable::fromReferenceData(test::reference());
    table.add({u"sampah"_s, u"KASEMEN"_s, u"KEC-KASEMEN"_s, 3});
    const RoutingSuggester suggester(test::reference(), table);

    SuggestInput input;
    input.title = u"Sampah menumpuk di TPS"_s;
    input.body = u"sampah tidak diangkut seminggu, bau sekali"_s;
    input.service = u"sampah"_s;
    input.kecamatan = u"KASEMEN"_s;
    const QList<RouteSuggestion> kasemen = suggester.suggest(input);
    REQUIRE_FALSE(kasemen.isEmpty());
    CHECK(kasemen.first().route == u"KEC-KASEMEN"_s);
    CHECK(kasemen.first().confidence >= 0.9);
    CHECK(kasemen.first().reason.contains(u"Kasemen"_s));
    CHECK(kasemen.first().reason.contains(u"3"_s)); // the rule's version
    CHECK(kasemen.first().reason.contains(u"Dinas Lingkungan Hidup"_s)); // the text alone would say DLH
    CHECK(kasemen.first().source == SuggestionSource::Combined);
    CHECK(kasemen.at(1).route == u"DLH"_s);

    input.kecamatan = u"CURUG"_s;
    const QList<RouteSuggestion> curug = suggester.suggest(input);
    CHECK(curug.first().route == u"DLH"_s);
    CHECK(curug.first().reason.contains(u"agrees"_s));
}

TEST_CASE("an unknown service is routed from the text alone, and a category narrows it to the category's routes")
{
    const RoutingSuggester suggester(test::reference());
    SuggestInput input;
    input.title = u"lampu merah mati"_s;
    input.body = u"traffic light di perempatan ciceri mati dari pagi, macet"_s;
    const QList<RouteSuggestion> alone = suggester.suggest(input, 3);
    REQUIRE(alone.size() == 3);
    CHECK(alone.first().route == u"DISHUB"_s);
    CHECK(alone.first().source == SuggestionSource::Classifier);
    CHECK_FALSE(alone.first().external);
    double sum = 0;
    for (const RouteSuggestion &s : alone)
        sum += s.confidence;
    CHECK(sum <= 1.0 + 1e-9);

    // "pendidikan" holds both SD/SMP (the city) and SMA/SMK (the province).
    input.title = u"uang gedung di sekolah"_s;
    input.body = u"anak saya dimintai uang gedung tiga juta"_s;
    input.category = u"pendidikan"_s;
    const QList<RouteSuggestion> narrowed = suggester.suggest(input, 2);
    REQUIRE(narrowed.size() == 2);
    CHECK(narrowed.first().route == u"DINDIKBUD"_s);
    CHECK(narrowed.first().source == SuggestionSource::Combined);
    CHECK(narrowed.first().reason.contains(test::reference().category(u"pendidikan"_s)->name));
}

TEST_CASE("an external agency is marked external")
{
    const RoutingSuggester suggester(test::reference());
    SuggestInput input;
    input.title = u"token listrik tidak masuk"_s;
    input.body = u"beli token pln tapi meteran menolak"_s;
    const QList<RouteSuggestion> suggestions = suggester.suggest(input, 1);
    REQUIRE(suggestions.size() == 1);
    CHECK(suggestions.first().route == u"PLN"_s);
    CHECK(suggestions.first().external);
}

TEST_CASE("a kecamatan service without a kecamatan goes to the office of the place the text names")
{
    const RoutingSuggester suggester(test::reference());
    SuggestInput input;
    input.title = u"Surat pengantar di kelurahan lama"_s;
    input.body = u"minta surat keterangan di kantor kelurahan Drangong sudah seminggu belum jadi, lurah tidak ada"_s;
    CHECK(suggester.suggest(input, 1).first().route == u"KEC-TAKTAKAN"_s);
    input.kecamatan = u"CURUG"_s; // the form's kecamatan wins over the text
    CHECK(suggester.suggest(input, 1).first().route == u"KEC-CURUG"_s);
}
