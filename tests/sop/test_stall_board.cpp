#include "SopFixture.h"

#include "demo/DemoGenerator.h"
#include "demo/Prng.h"
#include "domain/Projection.h"
#include "sop/StallBoard.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

struct Played
{
    QUuid id;
    QList<Event> events;
};

// Demo complaints (the real lifecycle made them), and on those the OPD is working, a few steps ticked by the
// liaison through the real lifecycle too, so that complaints stall at every position of their checklists.
QList<Played> city(const QDateTime &hubTime)
{
    DemoOptions options;
    options.count = 1500;
    options.end = hubTime;
    QList<Played> all;
    REQUIRE_FALSE(DemoGenerator(sop::shipped(), DemoCorpus::loadBuiltin().value(), options)
                      .run([&all](const DemoComplaint &demo) {
                          all.append({demo.complaint.id, demo.events});
                          return true;
                      }));
    Prng prng(42);
    for (Played &p : all) {
        Complaint state;
        for (const Event &e : std::as_const(p.events))
            state = apply(state, e);
        if (state.state != ComplaintState::Dispatched && state.state != ComplaintState::InProgress)
            continue;
        const Checklist checklist = checklistProgress(p.events, *sop::shipped().sopCatalog());
        const int ticks = prng.between(0, int(checklist.steps.size()) - 1);
        QDateTime at = p.events.last().at;
        for (int i = 0; i < ticks; ++i) {
            at = at.addSecs(prng.between(3600, 4 * 86400));
            if (at >= hubTime)
                break;
            const Actor liaison{u"liaison"_s, Role::Liaison, state.opd};
            Command command{QUuid::createUuid(), CommandType::CompleteStep, p.id, state.version, 1,
                            {{u"step"_s, checklist.steps.at(i).key}}};
            const auto decision = decide(state, command, {liaison, at, {}, &sop::shipped(), &p.events});
            REQUIRE(decision.ok());
            Event e;
            e.type = EventType::StepDone;
            e.typeName = u"step_done"_s;
            e.complaintId = p.id;
            e.version = state.version + 1;
            e.at = at;
            e.actor = liaison;
            e.payload = decision.value().first().payload;
            state = apply(state, e);
            p.events.append(e);
        }
    }
    return all;
}

double medianOf(QList<int> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

TEST_CASE("every cell of the stall board holds exactly the complaints the core finds stalled at that OPD and step",
          "[sop][board]")
{
    const QDateTime hubTime = sop::wib("2026-11-30 10:00");
    const QList<Played> all = city(hubTime);
    StallBoard board;
    // The expectation, from each complaint on its own: (OPD, step key) -> the complaints and their days at the step.
    std::map<std::pair<QString, QString>, QList<std::pair<QUuid, int>>> expected;
    QSet<int> positions;
    int stalled = 0;
    for (const Played &p : all) {
        const Checklist checklist = checklistOf(p.events, *sop::shipped().sopCatalog(), sop::calendar(), hubTime);
        board.add(p.id, checklist);
        if (!checklist.stalled())
            continue;
        ++stalled;
        positions.insert(checklist.stalledStep);
        const ChecklistStep &step = checklist.steps.at(checklist.stalledStep - 1);
        CHECK(checklist.daysAtStep == step.expectedDays + checklist.daysOver);
        expected[{checklist.opd, step.key}].append({p.id, checklist.daysAtStep});
    }
    // The fixture is worth something only if it stalls many complaints, at several steps of several OPDs.
    CHECK(stalled >= 50);
    CHECK(positions.size() >= 3);
    CHECK(expected.size() >= 10);
    CHECK(board.stalledCount() == stalled);

    const QList<StallCell> cells = board.cells();
    CHECK(cells.size() == qsizetype(expected.size()));
    QSet<QUuid> seen;
    for (const StallCell &cell : cells) {
        INFO(cell.opd.toStdString() << " x " << cell.stepKey.toStdString());
        const auto it = expected.find({cell.opd, cell.stepKey});
        REQUIRE(it != expected.end());
        QList<QUuid> ids;
        QList<int> days;
        for (const auto &[id, d] : it->second) {
            ids.append(id);
            days.append(d);
        }
        std::sort(ids.begin(), ids.end());
        CHECK(cell.complaints == ids);
        CHECK(cell.count == ids.size());
        CHECK(cell.medianDaysStuck == medianOf(days));
        CHECK(cell.maxDaysStuck == *std::max_element(days.begin(), days.end()));
        CHECK_FALSE(cell.stepTitle.isEmpty());
        for (const QUuid &id : std::as_const(cell.complaints)) {
            CHECK_FALSE(seen.contains(id)); // a complaint is stalled at one step only
            seen.insert(id);
        }
    }
    // Rows by OPD, and within an OPD the columns in checklist order.
    for (qsizetype i = 1; i < cells.size(); ++i) {
        const StallCell &a = cells.at(i - 1);
        const StallCell &b = cells.at(i);
        CHECK((a.opd < b.opd || (a.opd == b.opd && a.stepNumber <= b.stepNumber)));
    }
}

TEST_CASE("the stall board's median of an even count is the mean of the middle two", "[sop][board]")
{
    StallBoard board;
    for (int days : {4, 9, 6, 3}) {
        Checklist c;
        c.templateId = u"DISHUB/pju"_s;
        c.version = 1;
        c.opd = u"DISHUB"_s;
        c.steps = {{1, u"survei"_s, u"Survei lapangan"_s, 2, u"petugas_teknis"_s, true, {}, {}, false, {}}};
        c.currentStep = c.stalledStep = 1;
        c.daysAtStep = days;
        c.daysOver = days - 2;
        board.add(QUuid::createUuid(), c);
    }
    const QList<StallCell> cells = board.cells();
    REQUIRE(cells.size() == 1);
    CHECK(cells.first().medianDaysStuck == 5.0);
    CHECK(cells.first().count == 4);
    CHECK(cells.first().maxDaysStuck == 9);
}

TEST_CASE("complaints added as groups make the same cells as added one by one, without their ids", "[sop][board]")
{
    // (step, title, days at the step, how many): two titles of one step, uneven groups, an even total.
    struct Group
    {
        QString key;
        int number;
        QString title;
        int days;
        int count;
    };
    const QList<Group> groups = {{u"survei"_s, 1, u"Survei lapangan"_s, 7, 3},
                                 {u"survei"_s, 1, u"Survei"_s, 2, 1},
                                 {u"survei"_s, 2, u"Survei"_s, 12, 2},
                                 {u"survei"_s, 1, u"Survei lapangan"_s, 4, 4},
                                 {u"perbaikan"_s, 3, u"Perbaikan"_s, 30, 5}};
    StallBoard one;
    StallBoard grouped;
    for (const Group &g : groups) {
        for (int i = 0; i < g.count; ++i)
            one.addStalled(QUuid::createUuid(), u"DISHUB"_s, g.number, g.key, g.title, g.days);
        grouped.addStalledGroup(u"DISHUB"_s, g.number, g.key, g.title, g.days, g.count);
    }
    CHECK(grouped.stalledCount() == one.stalledCount());
    QList<StallCell> expected = one.cells();
    const QList<StallCell> cells = grouped.cells();
    REQUIRE(cells.size() == 2);
    for (StallCell &cell : expected) {
        CHECK(cell.complaints.size() == cell.count);
        cell.complaints.clear();
    }
    CHECK(cells == expected);
    CHECK(cells.first().stepKey == u"survei"_s);
    CHECK(cells.first().count == 10);
    CHECK(cells.first().medianDaysStuck == 5.5); // 2 4 4 4 4 | 7 7 7 12 12
    CHECK(cells.first().stepTitle == u"Survei lapangan"_s);
    CHECK(cells.first().maxDaysStuck == 12);
}
