#include "DemoReportCache.h"

#include <catch2/catch.hpp>

#include "ReportFixture.h"
#include "demo/DemoCorpus.h"
#include "store/ComplaintRepository.h"

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace reporttest {

DemoCache::DemoCache()
{
    REQUIRE(dir.isValid());
    path = dir.filePath(u"cache.sqlite"_s);
    DemoOptions options;
    options.count = 600;
    options.weeks = 16;
    options.end = end;
    const auto corpus = DemoCorpus::loadBuiltin();
    REQUIRE(corpus.ok());
    {
        LocalCache cache;
        REQUIRE_FALSE(cache.open(path, u"report-facts-fill"_s));
        REQUIRE_FALSE(fillWithDemoData(cache, shipped(), corpus.value(), options));
    }
    DemoGenerator generator(shipped(), corpus.value(), options);
    REQUIRE_FALSE(generator.run([this](const DemoComplaint &one) {
        complaints.append(one);
        return true;
    }));
}

QList<Event> before(const QList<Event> &history, const QDateTime &asOf)
{
    QList<Event> cut;
    for (const Event &event : history) {
        if (event.at < asOf)
            cut.append(event);
    }
    return cut;
}

} // namespace reporttest
