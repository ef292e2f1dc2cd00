#pragma once

#include <catch2/catch.hpp>

#include "SopDemoCache.h"
#include "codec/WireTime.h"
#include "refdata/ReferenceLoader.h"
#include "store/ChecklistQuery.h"

#include <QTemporaryDir>

namespace rabeg::test {

// One real cache file of demo complaints with SOP ticks, made once for the widget tests of this binary.
struct SopUiFixture
{
    QTemporaryDir dir;
    LocalCache cache;
    ReferenceData reference = loadBuiltinReferenceData().value();
    WorkingCalendar calendar {reference.calendar};
    QDateTime hubTime = parseWireTime(QStringLiteral("2026-11-30T03:00:00Z"));

    static SopUiFixture &get()
    {
        static SopUiFixture fixture;
        return fixture;
    }

    // The checklists of the cache's working complaints, by the query the detail view uses.
    QList<Checklist> workingChecklists()
    {
        QList<Checklist> all;
        const ChecklistQuery query(cache, *reference.sopCatalog(), calendar);
        REQUIRE_FALSE(query.forEachWorking(hubTime, [&all](const QUuid &, const Checklist &c) { all.append(c); }));
        return all;
    }

private:
    SopUiFixture()
    {
        REQUIRE(dir.isValid());
        REQUIRE_FALSE(cache.open(dir.filePath(QStringLiteral("sopui.sqlite")), QStringLiteral("sopui-test")));
        DemoOptions options;
        options.count = 1200;
        options.end = hubTime;
        REQUIRE_FALSE(sopdemo::fillCache(cache, reference, options));
    }
};

} // namespace rabeg::test
