#include "SopFixture.h"
#include "SopHub.h"

#include "Auth.h"
#include "HubApi.h"
#include "SqlHubStore.h"
#include "codec/ChecklistCodec.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "demo/DemoGenerator.h"
#include "domain/Projection.h"
#include "sop/SopTemplateJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

using sop::Hub;
using sop::codeOf;

// Stalls are derived, never synced: the hub computes the checklist for GET /api/v1/complaints/{id}, a workstation
// computes it from the history and the templates it synced. For the same hub time both must agree.
TEST_CASE("the checklist the hub serves equals the one a workstation derives from the synced history and templates",
          "[sop][hub]")
{
    const QDateTime hubTime = parseWireTime(u"2026-11-30T03:00:00Z"_s);
    Hub hub(hubTime);

    // Liaisons tick the first steps of some complaints their OPD is working on, through the API.
    int ticked = 0;
    for (const DemoComplaint &demo : hub.demo()) {
        const Complaint &c = demo.complaint;
        if ((c.state != ComplaintState::Dispatched && c.state != ComplaintState::InProgress) || ticked >= 40)
            continue;
        const Checklist checklist = checklistProgress(demo.events, *sop::shipped().sopCatalog());
        for (int i = 0; i < 1 + ticked % 3 && i < checklist.steps.size(); ++i) {
            const HubResponse tick = hub.command(Hub::liaison(c.opd), c.id, u"complete_step"_s,
                                                 {{u"step"_s, checklist.steps.at(i).key}});
            INFO(tick.object().value(u"error"_s).toObject().value(u"message"_s).toString().toStdString());
            REQUIRE(tick.status == 200);
        }
        ++ticked;
    }
    REQUIRE(ticked == 40);

    // The workstation's templates: what GET /api/v1/reference gave it.
    QList<SopTemplate> synced;
    const QJsonArray templates = hub.get(u"operator"_s, u"/api/v1/reference"_s)
                                     .object()
                                     .value(u"reference"_s)
                                     .toObject()
                                     .value(u"sop_templates"_s)
                                     .toArray();
    for (const QJsonValue &t : templates)
        synced.append(decodeSopTemplate(t.toObject(), u"sop_templates"_s, DecodeMode::Tolerant).value());
    const SopCatalog clientCatalog = SopCatalog::fromShipped(synced);
    const WorkingCalendar clientCalendar(sop::shipped().calendar);

    int stalled = 0, withChecklist = 0, withTicks = 0;
    for (const DemoComplaint &demo : hub.demo()) {
        const QString path = u"/api/v1/complaints/"_s + demo.complaint.id.toString(QUuid::WithoutBraces);
        const HubResponse state = hub.get(u"operator"_s, path);
        REQUIRE(state.status == 200);
        const HubResponse events = hub.get(u"operator"_s, path + u"/events"_s);
        REQUIRE(events.status == 200);
        QList<Event> history;
        for (const QJsonValue &e : events.object().value(u"events"_s).toArray())
            history.append(decodeEvent(e.toObject(), DecodeMode::Tolerant).value());
        const QDateTime clientHubTime = parseWireTime(state.object().value(u"hub_time"_s).toString());
        const Checklist derived = checklistOf(history, clientCatalog, clientCalendar, clientHubTime);
        const QJsonValue served = state.object().value(u"state"_s).toObject().value(u"checklist"_s);
        INFO(demo.complaint.trackingId.toStdString());
        CHECK(served == encodeChecklist(derived));
        withChecklist += derived.exists() ? 1 : 0;
        stalled += derived.stalled() ? 1 : 0;
        withTicks += std::any_of(derived.steps.begin(), derived.steps.end(),
                                 [](const ChecklistStep &s) { return s.done(); })
                         ? 1
                         : 0;
    }
    CHECK(withChecklist >= 100);
    CHECK(stalled >= 10);
    CHECK(withTicks >= 30);
}

TEST_CASE("the hub refuses respond while critical steps are open and records an override with its reason",
          "[sop][hub][gate]")
{
    const QDateTime hubTime = parseWireTime(u"2026-11-30T03:00:00Z"_s);
    Hub hub(hubTime);
    const DemoComplaint *working = nullptr;
    for (const DemoComplaint &demo : hub.demo()) {
        if (demo.complaint.state == ComplaintState::InProgress) {
            working = &demo;
            break;
        }
    }
    REQUIRE(working);
    const Complaint &c = working->complaint;
    const QString liaison = Hub::liaison(c.opd);
    const HubResponse unknown = hub.command(liaison, c.id, u"complete_step"_s, {{u"step"_s, u"no-such-step"_s}});
    CHECK(unknown.status == 422);
    CHECK(codeOf(unknown) == u"unknown_step"_s);

    const HubResponse refused = hub.command(liaison, c.id, u"respond"_s, {{u"response"_s, u"Sudah selesai."_s}});
    CHECK(refused.status == 422);
    CHECK(codeOf(refused) == u"critical_steps_open"_s);

    const HubResponse overridden = hub.command(liaison, c.id, u"respond"_s,
                                               {{u"response"_s, u"Sudah selesai."_s},
                                                {u"override_reason"_s, u"Diselesaikan langsung di lokasi."_s}});
    REQUIRE(overridden.status == 200);
    const QJsonObject payload
        = overridden.object().value(u"events"_s).toArray().first().toObject().value(u"payload"_s).toObject();
    CHECK(payload.value(u"override_reason"_s) == u"Diselesaikan langsung di lokasi."_s);
    const QStringList open = checklistProgress(working->events, *sop::shipped().sopCatalog()).openCriticalSteps();
    REQUIRE_FALSE(open.isEmpty());
    CHECK(payload.value(u"overridden_steps"_s).toArray() == QJsonArray::fromStringList(open));
}
