// Next due times stay exact as a sync writes the cache: a bootstrap page carrying whole histories, then pulled
// events one by one (each with the state after it), as SyncRepository applies them.
#include <catch2/catch.hpp>

#include "OverdueFixture.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoGenerator.h"
#include "domain/Projection.h"
#include "refdata/ReferenceLoader.h"
#include "store/SyncRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

TEST_CASE("pulled pages keep each complaint's next due time equal to the core's, so the overdue filter stays exact")
{
    const ReferenceData reference = loadBuiltinReferenceData().value();
    DemoOptions options;
    options.count = 240;
    options.weeks = 12;
    options.end = wib(2026, 3, 16, 10);
    QList<DemoComplaint> demo;
    REQUIRE_FALSE(DemoGenerator(reference, DemoCorpus::loadBuiltin().value(), options).run([&demo](const auto &one) {
        demo.append(one);
        return true;
    }));

    QTemporaryDir dir;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(dir.filePath(u"synced.sqlite"_s), u"overdue-sync"_s));
    SyncRepository sync(cache);
    const DeadlinePolicy &policy = cache.deadlinePolicy();

    // A bootstrap page: the first 60 complaints with their states and whole histories.
    QList<PulledItem> snapshot;
    for (const DemoComplaint &one : demo.mid(0, 60)) {
        PulledItem item;
        item.state = one.complaint;
        item.history = one.events;
        snapshot.append(item);
    }
    REQUIRE_FALSE(sync.applySnapshotPage(snapshot, u"key-60"_s));
    CHECK(storedDifferingFromCore(cache, policy).isEmpty());

    // The others' events as they happened, across complaints, each with the state it leads to, in pages of 37.
    struct Step
    {
        Event event;
        Complaint state;
    };
    QList<Step> steps;
    for (const DemoComplaint &one : demo.mid(60)) {
        Complaint state;
        for (const Event &event : one.events) {
            state = apply(state, event);
            steps.append({event, state});
        }
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.event.at < b.event.at; });
    qint64 cursor = 0;
    for (qsizetype i = 0; i < steps.size(); i += 37) {
        QList<PulledItem> page;
        for (const Step &step : steps.mid(i, 37)) {
            PulledItem item;
            item.seq = ++cursor;
            item.event = step.event;
            item.state = step.state;
            page.append(item);
        }
        REQUIRE_FALSE(sync.applyEventPage(page, cursor));
        // Halfway, at the hub time of the last event applied: histories cut short are judged like whole ones.
        if (i / 37 == steps.size() / 74) {
            const QDateTime t = steps.at(std::min(i + 36, steps.size() - 1)).event.at;
            CHECK(storedDifferingFromCore(cache, policy).isEmpty());
            CHECK(listedOverdue(cache, t) == coreOverdue(cache, policy, t));
        }
    }
    CHECK(storedDifferingFromCore(cache, policy).isEmpty());
    for (const QDateTime &t : {wib(2026, 3, 16, 10), wib(2026, 3, 19, 9), wib(2026, 3, 25, 9), wib(2026, 4, 6, 9)}) {
        CAPTURE(t.toString(Qt::ISODate));
        CHECK(listedOverdue(cache, t) == coreOverdue(cache, policy, t));
    }

    SECTION("and a command the hub confirms moves it too")
    {
        // The latest event of a complaint with a running clock, sent again as if confirmed: nothing changes...
        const DemoComplaint &one = demo.at(100);
        REQUIRE_FALSE(sync.applyConfirmed(u"no-such-command"_s, one.complaint, {one.events.constLast()}));
        CHECK(storedDifferingFromCore(cache, policy).isEmpty());
        // ...and a removed complaint leaves the filter.
        PulledItem removed;
        removed.seq = ++cursor;
        removed.removed = one.complaint.id;
        REQUIRE_FALSE(sync.applyEventPage({removed}, cursor));
        const QDateTime t = wib(2026, 4, 6, 9);
        CHECK_FALSE(listedOverdue(cache, t).contains(one.complaint.id.toString(QUuid::WithoutBraces)));
        CHECK(listedOverdue(cache, t) == coreOverdue(cache, policy, t));
        // Nothing derived from its history stays behind (it had some: a running clock).
        for (const QString &table : {u"complaint_due"_s, u"clock_cycles"_s, u"sop_progress"_s, u"report_milestones"_s,
                                     u"report_states"_s, u"report_overdue"_s, u"report_compliance"_s,
                                     u"report_stalls"_s}) {
            QSqlQuery q(cache.database());
            REQUIRE(q.exec(u"SELECT count(*) FROM "_s + table + u" WHERE "_s
                           + (table == u"complaint_due"_s ? u"id"_s : u"complaint_id"_s) + u" = '"_s
                           + one.complaint.id.toString(QUuid::WithoutBraces) + u'\''));
            REQUIRE(q.next());
            INFO(table.toStdString());
            CHECK(q.value(0).toInt() == 0);
        }
    }
}
