#include <catch2/catch.hpp>

#include "RoutingFixtures.h"
#include "routing/RoutingEvaluation.h"
#include "routing/RoutingSuggester.h"
#include "store/RoutingHistoryRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QList<RoutingExample> demoHistory(qint64 count)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    test::writeDemoCache(path, count);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"routing-history"_s));
    const RoutingHistoryRepository history(cache);
    QList<RoutingExample> all;
    qint64 after = 0;
    for (;;) {
        auto page = history.page(after, 100);
        REQUIRE(page.ok());
        all += page->examples;
        if (page->examples.size() < 100)
            break;
        after = page->lastRowId;
    }
    CHECK(history.countResolved().value() == all.size());
    return all;
}

} // namespace

TEST_CASE("the history holds only resolved complaints, with their final route and the OPDs that returned them")
{
    const QList<RoutingExample> history = demoHistory(1500);
    REQUIRE(history.size() > 500);
    int returned = 0;
    for (const RoutingExample &example : history) {
        CHECK((test::reference().hasOpd(example.route) || test::reference().hasAgency(example.route)));
        CHECK_FALSE(example.returnedBy.contains(example.route));
        returned += !example.returnedBy.isEmpty();
    }
    CHECK(returned > 0); // the demo sends about one in fifteen to a wrong OPD first
}

TEST_CASE("learning the history complaint by complaint equals learning it all at once, in any order")
{
    const QList<RoutingExample> history = demoHistory(600);
    RoutingSuggester batch(test::reference());
    batch.learn(history);

    RoutingSuggester incremental(test::reference());
    QList<RoutingExample> reversed = history;
    std::reverse(reversed.begin(), reversed.end());
    const qsizetype half = reversed.size() / 2;
    incremental.learn(reversed.mid(0, half));
    CHECK_FALSE(incremental.classifier() == batch.classifier());
    for (qsizetype i = half; i < reversed.size(); ++i)
        incremental.learn(reversed.at(i));
    CHECK(incremental.classifier() == batch.classifier());
    CHECK(incremental.classifier().documents() >= history.size());

    SuggestInput input {u"jalan berlubang"_s, u"aspal rusak di depan sekolah"_s, {}, {}, {}, {}};
    const QList<RouteSuggestion> a = batch.suggest(input);
    const QList<RouteSuggestion> b = incremental.suggest(input);
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        CHECK(a.at(i).route == b.at(i).route);
        CHECK(a.at(i).confidence == b.at(i).confidence);
    }
}

TEST_CASE("a returned complaint teaches its final route twice and the OPD that returned it nothing")
{
    RoutingSuggester suggester(test::reference());
    const qint64 dishubBefore = suggester.classifier().documents(u"DISHUB"_s);
    const qint64 perkimBefore = suggester.classifier().documents(u"PERKIM"_s);
    suggester.learn({u"lampu jalan mati"_s, u"pju di gang gelap"_s, u"DISHUB"_s, {u"PERKIM"_s}});
    CHECK(suggester.classifier().documents(u"DISHUB"_s) == dishubBefore + 2);
    CHECK(suggester.classifier().documents(u"PERKIM"_s) == perkimBefore);
    suggester.learn({u"lampu jalan mati"_s, u"pju di gang gelap"_s, u"DISHUB"_s, {}});
    CHECK(suggester.classifier().documents(u"DISHUB"_s) == dishubBefore + 3);
}

TEST_CASE("an OPD that returned the complaint is not suggested again, and the reason says so")
{
    const RoutingSuggester suggester(test::reference());
    SuggestInput input;
    input.title = u"lampu jalan mati"_s;
    input.body = u"lampu penerangan jalan di gang kami mati sebulan"_s;
    REQUIRE(suggester.suggest(input, 1).first().route == u"DISHUB"_s);

    input.returnedBy = {u"DISHUB"_s};
    const QList<RouteSuggestion> again = suggester.suggest(input, 5);
    REQUIRE_FALSE(again.isEmpty());
    for (const RouteSuggestion &s : again)
        CHECK(s.route != u"DISHUB"_s);
    CHECK(again.first().reason.contains(u"Dinas Perhubungan"_s));

    // The same holds for the routing table's own rule.
    input.service = u"pju"_s;
    const QList<RouteSuggestion> withService = suggester.suggest(input, 3);
    REQUIRE_FALSE(withService.isEmpty());
    CHECK(withService.first().route != u"DISHUB"_s);
    CHECK(withService.first().source == SuggestionSource::Classifier);
}

TEST_CASE("the reason names the words and the number of past complaints behind a suggestion")
{
    RoutingSuggester suggester(test::reference());
    for (int i = 0; i < 4; ++i)
        suggester.learn({u"Got mampet"_s, u"selokan depan rumah mampet, air meluap"_s, u"PUPR"_s, {}});
    const QList<RouteSuggestion> s = suggester.suggest({u"got mampet lagi"_s, u"airnya meluap"_s, {}, {}, {}, {}}, 1);
    REQUIRE(s.size() == 1);
    CHECK(s.first().route == u"PUPR"_s);
    CHECK(s.first().reason.startsWith(u"4 past complaint"_s));
    CHECK(s.first().reason.contains(u"Dinas Pekerjaan Umum"_s));
}

TEST_CASE("with an empty history the reference seed alone routes plain texts")
{
    const RoutingSuggester suggester(test::reference());
    CHECK(suggester.classifier().documents() == 0);
    const auto first = [&suggester](const QString &title, const QString &body) {
        return suggester.suggest({title, body, {}, {}, {}, {}}, 1).first().route;
    };
    CHECK(first(u"KTP hilang"_s, u"mau cetak ulang ktp"_s) == u"DISDUKCAPIL"_s);
    CHECK(first(u"air pdam mati"_s, u"air keruh"_s) == u"PDAM"_s);
    CHECK(first(u"pohon tumbang"_s, u"dahan patah menutup jalan"_s) == u"DLH"_s);
    CHECK(first(u"perpanjang SIM"_s, u"ujian sim di satpas"_s) == u"POLRESTA"_s);
}

TEST_CASE("with an empty history a misspelt keyword still finds its route through its character grams")
{
    const RoutingSuggester suggester(test::reference());
    // Neither "ktpp" nor "pdan" is a word the classifier knows; their grams are those of "ktp" and "pdam".
    const QList<RouteSuggestion> ktp = suggester.suggest({u"ktpp ilang"_s, u"mw cetk ulng"_s, {}, {}, {}, {}}, 1);
    REQUIRE(ktp.size() == 1);
    CHECK(ktp.first().route == u"DISDUKCAPIL"_s);
    const QList<RouteSuggestion> water = suggester.suggest({u"pdan ngocor"_s, {}, {}, {}, {}, {}}, 1);
    REQUIRE(water.size() == 1);
    CHECK(water.first().route == u"PDAM"_s);
}

TEST_CASE("learning from a cache stops when asked and leaves the suggester as it was; unasked it learns it all")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    test::writeDemoCache(path, 2500);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"routing-stop"_s));

    // A workstation closing while it learns: the stop is seen before the first page is read.
    const std::atomic<bool> stopped {true};
    RoutingSuggester stopping(test::reference());
    const RoutingSuggester untouched(test::reference());
    const auto cancelled = stopping.learnFromCache(cache, &stopped);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == u"cancelled"_s);
    CHECK(stopping.classifier() == untouched.classifier());

    // Not stopped: every resolved complaint, over more than one page, as the history counts them.
    const std::atomic<bool> running {false};
    RoutingSuggester learning(test::reference());
    const auto learned = learning.learnFromCache(cache, &running);
    REQUIRE(learned.ok());
    CHECK(learned.value() == RoutingHistoryRepository(cache).countResolved().value());
    CHECK(learned.value() > 1000); // more than one page of history
    CHECK_FALSE(learning.classifier() == untouched.classifier());
}

TEST_CASE("a page of history is read in rowid order from where the last one ended, never sorted whole")
{
    // With the report's state index (cache schema 6) SQLite chose it for the resolved condition and sorted every
    // closed complaint for each page: learning a city's history took over an hour and held the window's closing.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    test::writeDemoCache(path, 300);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"routing-plan"_s));
    QSqlQuery plan(cache.database());
    REQUIRE(plan.prepare(u"EXPLAIN QUERY PLAN "_s + RoutingHistoryRepository::pageSql()));
    plan.addBindValue(0);
    plan.addBindValue(1000);
    REQUIRE(plan.exec());
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    INFO(steps.join(u" | "_s).toStdString());
    CHECK(steps.first().contains(u"USING INTEGER PRIMARY KEY (rowid>?)"_s));
    CHECK_FALSE(steps.join(u' ').contains(u"TEMP B-TREE"_s));
}
