#include <catch2/catch.hpp>

#include "Auth.h"
#include "HubApi.h"
#include "SqlHubStore.h"
#include "codec/DeadlineCodec.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "demo/DemoGenerator.h"
#include "refdata/ReferenceLoader.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;

// Deadlines are derived, never synced: the hub computes them for GET /api/v1/complaints/{id}, a workstation
// computes them from the history it cached. For the same hub time both must agree, for every complaint.
TEST_CASE("deadlines the hub serves equal those a workstation derives from the same history at the same hub time")
{
    REQUIRE(initCrypto());
    QTemporaryDir dir;
    auto opened = SqlHubStore::open(u"sqlite:"_s + dir.filePath(u"hub.sqlite"_s), StoreKind::Demo, u"derived"_s);
    REQUIRE(opened.ok());
    SqlHubStore &store = *opened.value();
    const ReferenceData reference = loadBuiltinReferenceData().value();
    const QDateTime hubTime = parseWireTime(u"2026-11-30T03:00:00Z"_s);
    DemoOptions options;
    options.count = 300;
    options.end = hubTime;
    QList<DemoComplaint> all;
    REQUIRE_FALSE(DemoGenerator(reference, DemoCorpus::loadBuiltin().value(), options).run([&all](const auto &demo) {
        all.append(demo);
        return true;
    }));
    REQUIRE_FALSE(store.importDemo(all));
    REQUIRE(store.addUser({0, u"operator"_s, u"Operator"_s, Role::Operator, {}, true,
                           hashPassword("demo", PasswordCost::minimal()), 1})
                .ok());

    // A frozen virtual clock, so that "the same hub time" holds for every request.
    HubApi api(store, reference, HubClock::startingAt(hubTime, 0));
    HubRequest login{"POST", u"/api/v1/session"_s, {}, {}, R"({"username":"operator","password":"demo"})", {}};
    const HubResponse session = api.handle(login);
    REQUIRE(session.status == 200);
    const QByteArray bearer = "Bearer " + session.object().value(u"token"_s).toString().toLatin1();

    const WorkingCalendar calendar(reference.calendar);
    QSet<QString> statesSeen;
    for (const DemoComplaint &demo : std::as_const(all)) {
        const QString id = demo.complaint.id.toString(QUuid::WithoutBraces);
        HubRequest get{"GET", u"/api/v1/complaints/"_s + id, {}, {{"authorization", bearer}}, {}, {}};
        const HubResponse state = api.handle(get);
        REQUIRE(state.status == 200);
        get.path += u"/events"_s;
        const HubResponse events = api.handle(get);
        REQUIRE(events.status == 200);
        // The workstation's side: the history as it arrives, decoded tolerantly, and the shared core.
        QList<Event> history;
        for (const QJsonValue &e : events.object().value(u"events"_s).toArray())
            history.append(decodeEvent(e.toObject(), DecodeMode::Tolerant).value());
        const QDateTime clientHubTime = parseWireTime(state.object().value(u"hub_time"_s).toString());
        const QJsonArray derived = encodeDeadlines(computeDeadlines(history, reference.sla, calendar, clientHubTime));
        const QJsonArray served = state.object().value(u"state"_s).toObject().value(u"deadlines"_s).toArray();
        INFO(demo.complaint.trackingId.toStdString());
        CHECK(served == derived);
        CHECK(served.size() == 5);
        for (const QJsonValue &d : served)
            statesSeen.insert(d.toObject().value(u"state"_s).toString());
    }
    // The fixture exercises every state but paused (deferred complaints are few) at least once.
    for (const auto *state : {u"running", u"warning", u"met", u"breached", u"not_applicable"})
        CHECK(statesSeen.contains(QString::fromUtf16(state)));
}
