#include <catch2/catch.hpp>

#include "RoutingFixtures.h"
#include "cli/RoutingEvaluateCommand.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run evaluate(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = RoutingEvaluateCommand::run(QStringList {u"rabeg"_s} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace

TEST_CASE("routing evaluate trains on a real cache and prints top-1, top-3 and the confusion pairs")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"cache.sqlite"_s);
    test::writeDemoCache(cache, 1000);

    const Run run = evaluate({u"routing"_s, u"evaluate"_s, u"--cache"_s, cache, test::labelledFile()});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.code == RoutingEvaluateCommand::Done);
    CHECK(run.out.contains(u"Trained on "_s));
    CHECK(run.out.contains(u"Evaluated 342 labelled complaints"_s));
    CHECK(run.out.contains(u"Top-1 accuracy: "_s));
    CHECK(run.out.contains(u"Top-3 accuracy: "_s));
    CHECK(run.out.contains(u" -> "_s));
    CHECK(run.err.isEmpty());

    // An impossible bar fails with its own exit code.
    const Run strict
        = evaluate({u"routing"_s, u"evaluate"_s, u"--cache"_s, cache, u"--min-top1"_s, u"1"_s, test::labelledFile()});
    CHECK(strict.code
          == (strict.out.contains(u"(342/342)"_s) ? RoutingEvaluateCommand::Done
                                                  : RoutingEvaluateCommand::BelowThreshold));
}

TEST_CASE("routing evaluate names what is wrong and exits non-zero")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"cache.sqlite"_s);
    test::writeDemoCache(cache, 50);
    const QString bad = dir.filePath(u"bad.jsonl"_s);
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"title":"a","body":"b","route":"PUPR"})"
               "\n"
               R"({"title":"a","body":"b","route":"NOPE"})"
               "\n");
    file.close();

    Run run = evaluate({u"routing"_s, u"evaluate"_s, u"--cache"_s, cache, dir.filePath(u"missing.jsonl"_s)});
    CHECK(run.code == RoutingEvaluateCommand::Failed);
    CHECK(run.err.contains(u"missing.jsonl: no such file"_s));

    run = evaluate({u"routing"_s, u"evaluate"_s, u"--cache"_s, cache, bad});
    CHECK(run.code == RoutingEvaluateCommand::Failed);
    CHECK(run.err.contains(u"bad.jsonl:2: unknown route \"NOPE\""_s));

    run = evaluate(
        {u"routing"_s, u"evaluate"_s, u"--cache"_s, dir.filePath(u"nocache.sqlite"_s), test::labelledFile()});
    CHECK(run.code == RoutingEvaluateCommand::Failed);
    CHECK(run.err.contains(u"no such cache file"_s));

    run = evaluate({u"routing"_s, u"evaluate"_s, test::labelledFile()});
    CHECK(run.code == RoutingEvaluateCommand::Usage);
    CHECK(run.err.contains(u"usage: rabeg routing evaluate"_s));

    run = evaluate({u"routing"_s, u"evaluate"_s, u"--cache"_s, cache, u"--min-top1"_s, u"2"_s, bad});
    CHECK(run.code == RoutingEvaluateCommand::Usage);
}
