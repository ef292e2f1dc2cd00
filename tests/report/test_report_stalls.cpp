// The weekly report's stall spans (cache schema 15, app/store/ReportStalls.h) against the core: at every instant the
// stalled step a complaint's spans say, and its working days at the step, are what checklistOf says of the history
// cut there; a cache of schema 14 gets the spans a derivation of every history gives when it is opened; and a
// checklist of a template version the cache did not know when it derived it is folded by the report.
#include <catch2/catch.hpp>

#include "DemoReportCache.h"
#include "ReportFixture.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "deadline/WorkingCalendar.h"
#include "report/WeeklyReportMaker.h"
#include "sop/Checklists.h"
#include "sop/SopTemplateJson.h"
#include "store/ComplaintRepository.h"
#include "store/DaysAtStep.h"
#include "store/ReportStalls.h"
#include "store/SyncRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace reporttest;

namespace {

// Every row of report_stalls, in a stable order, as text.
QStringList stallRows(LocalCache &cache)
{
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT complaint_id, lo, hi, opd, step_number, step_key, step_title, step_day, expected_days,"
                   u" stalled_at FROM report_stalls ORDER BY complaint_id, lo"_s));
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 10; ++i)
            fields.append(q.value(i).toString());
        rows.append(fields.join(u'|'));
    }
    return rows;
}

} // namespace

TEST_CASE("each complaint's stall spans say what checklistOf says of its history cut at each instant")
{
    DemoCache demo;
    LocalCache cache;
    REQUIRE_FALSE(cache.open(demo.path, u"report-stalls-spans"_s));
    const SopCatalog &catalog = *shipped().sopCatalog();
    const WorkingCalendar calendar(shipped().calendar);

    QSqlQuery q(cache.database());
    REQUIRE(q.prepare(u"SELECT step_number, step_key, step_day, opd FROM report_stalls WHERE complaint_id = ?"
                      u" AND lo < ? AND hi >= ? AND stalled_at <= ? AND step_number > 0"_s));
    int stalledSeen = 0;
    int checked = 0;
    for (int c = 0; c < demo.complaints.size(); c += 3) {
        const DemoComplaint &one = demo.complaints.at(c);
        const QString id = one.complaint.id.toString(QUuid::WithoutBraces);
        // Every day of the sixteen weeks at 00:00 WIB (when steps stall) and 10:00 WIB, and each event's own
        // instant (a span's closed end) and the millisecond after it.
        QList<QDateTime> instants;
        for (QDateTime at = demo.end.addDays(-7 * 16); at <= demo.end; at = at.addDays(1)) {
            instants.append(WorkingCalendar::startOfWibDay(WorkingCalendar::wibDate(at)));
            instants.append(at);
        }
        for (const Event &event : one.events) {
            instants.append(event.at);
            instants.append(event.at.addMSecs(1));
        }
        for (const QDateTime &asOf : std::as_const(instants)) {
            const Checklist core = checklistOf(before(one.events, asOf), catalog, calendar, asOf);
            const QString at = toWireTime(asOf);
            q.addBindValue(id);
            q.addBindValue(at);
            q.addBindValue(at);
            q.addBindValue(at);
            REQUIRE(q.exec());
            INFO(one.complaint.trackingId.toStdString() << " at " << at.toStdString());
            const bool spanSays = q.next();
            CHECK(spanSays == core.stalled());
            if (spanSays && core.stalled()) {
                const ChecklistStep &step = core.steps.at(core.stalledStep - 1);
                CHECK(q.value(0).toInt() == step.number);
                CHECK(q.value(1).toString() == step.key);
                CHECK(q.value(3).toString() == core.opd);
                DaysAtStep days(calendar, asOf);
                CHECK(days.ofDay(q.value(3).toString(), q.value(2).toLongLong()) == core.daysAtStep);
                CHECK_FALSE(q.next()); // one span at a time
                ++stalledSeen;
            }
            ++checked;
        }
    }
    CHECK(checked > 10000);
    CHECK(stalledSeen > 500); // the comparison can fail both ways
}

TEST_CASE("a cache of schema 14 gets, when opened, the stall spans a derivation of every history gives")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"cache-v14.sqlite"_s);
    REQUIRE(QFile::copy(QStringLiteral(RABEG_TEST_DATA) + u"/cache/cache-v14.sqlite"_s, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"report-stalls-v14"_s));
    CHECK(cache.schemaVersion() == LocalCache::kSchemaVersion);
    CHECK(cache.meta(u"report_stalls_unfilled"_s).isEmpty());
    const QStringList filled = stallRows(cache);
    CHECK_FALSE(filled.isEmpty()); // the fixture's dispatched complaints have checklists

    // Every complaint derived again from its history, as after a change of policy: the same rows.
    QSqlDatabase db = cache.database();
    REQUIRE(db.transaction());
    REQUIRE_FALSE(ComplaintRepository(cache).deriveAllNextDue());
    REQUIRE(db.commit());
    CHECK(stallRows(cache) == filled);
}

TEST_CASE("a checklist of a template version the cache did not know when it derived it is folded by the report")
{
    // A PJU complaint at DISHUB since Mon 2 Nov whose dispatch names the next version of the PJU template, which the
    // cache learns only afterwards (a dispatch synced before its template's publication): the cache keeps a span
    // without steps. The report's catalogue knows that version by then, so the complaint is stalled at its step 1 at
    // the end of W46 by the fold, and the report read from the facts folds it and says the same.
    FixtureCache fixture;
    Story story(31, u"Lampu PJU mati di Kasemen"_s);
    story.received("2026-11-02 09:00", u"pju"_s).dispatched("2026-11-02 10:00", u"DISHUB"_s);
    QList<Event> events = story.events();
    QString templateId;
    int version = 0;
    for (Event &event : events) {
        if (event.type != EventType::Dispatched)
            continue;
        templateId = event.payload.value(u"sop_template"_s).toString();
        version = event.payload.value(u"sop_version"_s).toInt() + 1;
        event.payload.insert(u"sop_version"_s, version);
    }
    const SopTemplate *current = shipped().sopCatalog()->find(templateId, version - 1);
    REQUIRE(current);

    LocalCache cache;
    REQUIRE_FALSE(cache.open(fixture.path, u"report-stalls-unknown"_s));
    ComplaintRepository repository(cache);
    REQUIRE_FALSE(repository.begin());
    REQUIRE_FALSE(repository.put(story.complaint(), events));
    REQUIRE_FALSE(repository.commit());
    const QString id = story.complaint().id.toString(QUuid::WithoutBraces);
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT step_number FROM report_stalls WHERE complaint_id = '"_s + id + u'\''));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // The publication arrives on a later sync page (published the Sunday before the dispatch).
    SopTemplate next = *current;
    next.version = version;
    Event published;
    published.id = QUuid::createUuid();
    published.typeName = QString::fromUtf16(kSopPublishedType);
    published.known = false;
    published.actor = {u"admin.dewi"_s, Role::Admin, {}};
    published.at = wib("2026-11-01 08:00");
    published.payload = encodeSopTemplate(next);
    PulledItem item;
    item.seq = 800'001;
    item.event = published;
    item.eventJson = encodeEvent(published);
    REQUIRE_FALSE(SyncRepository(cache).applyEventPage({item}, item.seq));
    REQUIRE(q.exec(u"SELECT step_number FROM report_stalls WHERE complaint_id = '"_s + id + u'\''));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toInt() == 0); // not derived again by the publication

    const auto reportOf = [&](bool useFacts) {
        WeeklyReportRequest request;
        request.week = IsoWeek::parse(u"2026-W46").value();
        request.now = wib("2026-11-16 10:00");
        request.useFacts = useFacts;
        const auto report = makeWeeklyReport(cache, shipped(), request);
        REQUIRE(report.ok());
        return report.value();
    };
    const WeeklyReport facts = reportOf(true);
    const WeeklyReport folded = reportOf(false);
    CHECK(facts.stalledSteps == folded.stalledSteps);
    CHECK(facts.stalledComplaints == folded.stalledComplaints);
    const auto cell = std::find_if(folded.stalledSteps.cbegin(), folded.stalledSteps.cend(),
                                   [](const StallCell &c) { return c.opd == u"DISHUB"_s && c.stepNumber == 1; });
    REQUIRE(cell != folded.stalledSteps.cend()); // the fold finds the stall: the comparison can fail
}
