#include <catch2/catch.hpp>

#include "RoutingFixtures.h"
#include "routing/RoutingEvaluation.h"
#include "routing/RoutingSuggester.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(u"labelled.jsonl"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

// The suggester as the application trains it: the reference seed plus the resolved history of a demo cache.
RoutingSuggester trainedOnDemoHistory(qint64 *learnedCount)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    test::writeDemoCache(path, 3000);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"routing-accuracy"_s));
    RoutingSuggester suggester(test::reference());
    const auto learned = suggester.learnFromCache(cache);
    REQUIRE(learned.ok());
    REQUIRE(learned.value() > 1000);
    *learnedCount = learned.value();
    return suggester;
}

RoutingEvaluationResult measure(const QString &file, qsizetype minimumSize)
{
    const auto labelled = readLabelledComplaints(file, test::reference());
    REQUIRE(labelled.ok());
    REQUIRE(labelled->size() >= minimumSize);
    qint64 learned = 0;
    const RoutingSuggester suggester = trainedOnDemoHistory(&learned);
    const RoutingEvaluationResult result = evaluateRouting(suggester, labelled.value());
    std::printf("routing accuracy on %d complaints of %s (demo history %lld): top-1 %.1f%%, top-3 %.1f%%\n",
                result.total, qPrintable(QFileInfo(file).fileName()), learned, 100 * result.top1Accuracy(),
                100 * result.top3Accuracy());
    for (qsizetype i = 0; i < result.confusions.size() && i < 8; ++i)
        std::printf("  %d  %s -> %s\n", result.confusions.at(i).count, qPrintable(result.confusions.at(i).expected),
                    qPrintable(result.confusions.at(i).suggested));
    CHECK(result.total == labelled->size());
    CHECK(result.top3 >= result.top1);
    return result;
}

} // namespace

// tests/data/routing/dev.jsonl is the development corpus: every choice of features, slang, keywords and constants
// was made by reading its errors. Its figure is therefore optimistic and is reported only beside the held-out one.
TEST_CASE("on the development corpus, with the service hidden, at least 85% get the right route first")
{
    const RoutingEvaluationResult result = measure(test::developmentFile(), 200);
    CHECK(result.top1Accuracy() >= 0.85);
    CHECK(result.top3Accuracy() >= 0.95);
}

// tests/data/routing/labelled.jsonl is held out: nothing was tuned on it (docs/routing.md, "Measuring"). The bar is
// the issue's: top-1 at least 85% on at least 300 hand-written complaints, from title and text alone.
TEST_CASE("with the service hidden, at least 85% of the held-out hand-written complaints get the right route first")
{
    const RoutingEvaluationResult result = measure(test::labelledFile(), 300);
    CHECK(result.top1Accuracy() >= 0.85);
    CHECK(result.top3Accuracy() >= 0.90);
}

TEST_CASE("evaluation counts top-1 and top-3 hits and sorts the confusion pairs by frequency")
{
    const RoutingSuggester suggester(test::reference());
    const QList<RoutingExample> examples = {
        {u"KTP hilang"_s, u"mau cetak ulang ktp"_s, u"DISDUKCAPIL"_s, {}}, // right
        {u"KTP hilang"_s, u"mau cetak ulang ktp"_s, u"DINSOS"_s, {}}, // wrong
        {u"KTP rusak"_s, u"ktp patah"_s, u"DINSOS"_s, {}}, // wrong, same pair
        {u"air pdam mati"_s, u"air keruh"_s, u"PLN"_s, {}}, // wrong, another pair
    };
    const RoutingEvaluationResult result = evaluateRouting(suggester, examples);
    CHECK(result.total == 4);
    CHECK(result.top1 == 1);
    CHECK(result.top3 >= 1);
    REQUIRE(result.confusions.size() == 2);
    CHECK(result.confusions.at(0).expected == u"DINSOS"_s);
    CHECK(result.confusions.at(0).suggested == u"DISDUKCAPIL"_s);
    CHECK(result.confusions.at(0).count == 2);
    CHECK(result.confusions.at(1).expected == u"PLN"_s);
    CHECK(result.confusions.at(1).suggested == u"PDAM"_s);
    CHECK(result.confusions.at(1).count == 1);
}

TEST_CASE("a labelled file is refused with the line of its first problem")
{
    QTemporaryDir dir;
    const ReferenceData &reference = test::reference();
    const QByteArray good = R"({"title":"a","body":"jalan rusak","route":"PUPR"})"
                            "\n";

    CHECK(readLabelledComplaints(dir.filePath(u"missing.jsonl"_s), reference).error().code == u"file_missing"_s);

    auto result = readLabelledComplaints(writeFile(dir, good + "\n" + good + "{\"title\": \"x\",\n"), reference);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.startsWith(u"labelled.jsonl:4: not JSON"_s));

    result = readLabelledComplaints(writeFile(dir, good + R"({"title":"x","body":"y","route":"DISHUBB"})"), reference);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == u"labelled.jsonl:2: unknown route \"DISHUBB\" (not an OPD or agency code)"_s);

    result = readLabelledComplaints(writeFile(dir, R"({"title":"x","route":"PUPR"})"), reference);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == u"labelled.jsonl:1: \"body\" is missing or not a string"_s);

    result = readLabelledComplaints(writeFile(dir, "[1, 2]\n"), reference);
    CHECK(result.error().message == u"labelled.jsonl:1: not a JSON object"_s);

    result = readLabelledComplaints(writeFile(dir, "\n\n"), reference);
    CHECK(result.error().code == u"file_empty"_s);

    result = readLabelledComplaints(writeFile(dir, good + good), reference);
    REQUIRE(result.ok());
    CHECK(result->size() == 2);
    CHECK(result->first().route == u"PUPR"_s);
}
