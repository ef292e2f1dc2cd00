#include "SopFixture.h"

#include "HubProcess.h"
#include "SqlHubStore.h"
#include "codec/WireTime.h"

#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using rabeg::test::HubProcess;

// A demo store is what a supervisor and a trainer look at first: `rabeg-hub serve --demo N` gives the complaints
// the OPDs are working SOP progress made through the real lifecycle, so the stall board shows complaints stuck at
// every position of their checklists, not every one of them at step 1 (docs/sop.md).
TEST_CASE("a demo store's working complaints stand at different steps of their SOP checklists", "[sop][demo]")
{
    QTemporaryDir dir;
    const QString spec = u"sqlite:"_s + dir.filePath(u"demo.sqlite"_s);
    {
        HubProcess hub({u"--store"_s, spec, u"--demo"_s, u"600"_s, u"--password-cost"_s, u"minimal"_s});
        REQUIRE(hub.waitUntilListening());
    } // killed: the demo is committed before the hub listens

    auto opened = SqlHubStore::open(spec, StoreKind::Demo, u"demo-ticks"_s);
    REQUIRE(opened.ok());
    SqlHubStore &store = *opened.value();
    const auto broken = store.verifyChain();
    REQUIRE(broken.ok());
    CHECK_FALSE(broken.value().has_value()); // the ticks are in the hash chain like every other event

    const Actor supervisor{u"supervisor"_s, Role::Supervisor, {}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int working = 0, ticked = 0, ticksByOperator = 0;
    QSet<int> currentSteps;
    QString after;
    do {
        auto page = store.snapshot(after, 200, supervisor);
        REQUIRE(page.ok());
        for (const SnapshotEntry &entry : page.value().entries) {
            int ticks = 0;
            for (const Event &e : entry.history) {
                if (e.type != EventType::StepDone)
                    continue;
                CHECK(e.at <= now);
                ++ticks;
                ticksByOperator += e.actor.role == Role::Operator ? 1 : 0; // a phone report, recorded centrally
            }
            const ComplaintState state = entry.state.state;
            if (state != ComplaintState::Dispatched && state != ComplaintState::InProgress)
                continue;
            const Checklist checklist = checklistOf(entry.history, *sop::shipped().sopCatalog(), sop::calendar(), now);
            ++working;
            ticked += ticks > 0 ? 1 : 0;
            if (checklist.currentStep > 0)
                currentSteps.insert(checklist.currentStep);
        }
        after = page.value().next;
    } while (!after.isEmpty());
    QSqlDatabase::removeDatabase(u"demo-ticks"_s);

    INFO("working " << working << ", ticked " << ticked);
    REQUIRE(working >= 50);
    CHECK(ticked >= working / 4); // a good share of them has moved on from the first step
    CHECK(ticked < working);      // and some have not
    CHECK(currentSteps.contains(1));
    CHECK(currentSteps.size() >= 3); // stuck at several positions, not all at step 1
    CHECK(ticksByOperator > 0);
}
