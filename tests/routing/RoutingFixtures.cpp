#include "RoutingFixtures.h"

#include <catch2/catch.hpp>

#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"

using namespace Qt::StringLiterals;

namespace rabeg::test {

const ReferenceData &reference()
{
    static const ReferenceData data = loadBuiltinReferenceData().value();
    return data;
}

void writeDemoCache(const QString &path, qint64 count)
{
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"routing-fixture"_s));
    DemoOptions options;
    options.count = count;
    REQUIRE_FALSE(fillWithDemoData(cache, reference(), DemoCorpus::loadBuiltin().value(), options));
}

QString labelledFile()
{
    return QStringLiteral(RABEG_TEST_DATA) + u"/routing/labelled.jsonl"_s;
}

QString developmentFile()
{
    return QStringLiteral(RABEG_TEST_DATA) + u"/routing/dev.jsonl"_s;
}

} // namespace rabeg::test
