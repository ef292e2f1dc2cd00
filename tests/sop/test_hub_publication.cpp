#include "SopFixture.h"
#include "SopHub.h"
#include "codec/ChecklistCodec.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "sop/Checklists.h"
#include "sop/SopPublication.h"
#include "sop/SopTemplateJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rabeg;
using sop::codeOf;
using sop::Hub;

namespace {

const QDateTime kHubTime = parseWireTime(u"2026-11-30T03:00:00Z"_s);

// The next version of the template a dispatch of `c` to `opd` instantiates now, with steps of its own.
SopTemplate nextVersion(const QString &opd, const QString &service, const QString &keyPrefix)
{
    const SopCatalog &catalog = *sop::shipped().sopCatalog();
    SopTemplate next;
    next.opd = opd;
    next.service = service;
    next.version = catalog.latestVersion(opd, service) + 1;
    next.steps = {{1, keyPrefix + u"-terima"_s, u"Terima berkas"_s, 1, u"liaison"_s, false},
                  {2, keyPrefix + u"-proses"_s, u"Proses di bidang"_s, 3, u"petugas_teknis"_s, true},
                  {3, keyPrefix + u"-jawab"_s, u"Jawab pelapor"_s, 1, u"liaison"_s, false}};
    return next;
}

QJsonObject publication(const SopTemplate &sop, const QString &reason = u"Revisi SOP 2026"_s)
{
    return {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"template"_s, encodeSopTemplate(sop)},
            {u"reason"_s, reason}};
}

QJsonObject checklistOfComplaint(Hub &hub, const QUuid &id)
{
    return hub.get(u"operator"_s, u"/api/v1/complaints/"_s + id.toString(QUuid::WithoutBraces))
        .object()
        .value(u"state"_s)
        .toObject()
        .value(u"checklist"_s)
        .toObject();
}

const DemoComplaint &firstIn(const Hub &hub, ComplaintState state)
{
    for (const DemoComplaint &demo : hub.demo()) {
        if (demo.complaint.state == state)
            return demo;
    }
    FAIL("the demo store has no complaint in that state");
    return hub.demo().first();
}

// A workstation's catalog: the shipped versions plus the reference events of its first snapshot page and its pulls.
SopCatalog clientCatalog(Hub &hub)
{
    SopCatalog catalog = *sop::shipped().sopCatalog();
    const QJsonObject snapshot = hub.get(u"operator"_s, u"/api/v1/snapshot?limit=1"_s).object();
    for (const QJsonValue &e : snapshot.value(u"reference"_s).toArray())
        REQUIRE_FALSE(catalog.learn(decodeEvent(e.toObject(), DecodeMode::Tolerant).value()));
    return catalog;
}

} // namespace

TEST_CASE("a template published through the hub is instantiated by later dispatches and never changes a running "
          "checklist",
          "[sop][hub][publication]")
{
    Hub hub(kHubTime, 120);
    const DemoComplaint &verified = firstIn(hub, ComplaintState::Verified);
    const QUuid id = verified.complaint.id;
    const QString opd = sop::shipped().opds.first().code;
    const QString service = verified.complaint.service;

    // Dispatched before the publication: the version in force then.
    REQUIRE(hub.command(u"operator"_s, id, u"dispatch"_s, {{u"opd"_s, opd}}).status == 200);
    const QJsonObject before = checklistOfComplaint(hub, id);
    const SopTemplate &oldVersion = sop::shipped().sopCatalog()->inForce(opd, service, kHubTime);
    CHECK(before.value(u"version"_s).toInt() == oldVersion.version);
    CHECK(before.value(u"template"_s).toString() == sopTemplateId(oldVersion.opd, oldVersion.service));

    const SopTemplate next = nextVersion(opd, service, u"v2"_s);
    const HubResponse published = hub.post(u"supervisor"_s, u"/api/v1/sop/templates"_s, publication(next));
    INFO(published.body.toStdString());
    REQUIRE(published.status == 200);
    const QJsonObject event = published.object().value(u"events"_s).toArray().first().toObject();
    CHECK(event.value(u"type"_s) == u"sop_published"_s);
    CHECK(event.value(u"actor"_s).toObject().value(u"user"_s) == u"supervisor"_s);
    CHECK(event.value(u"payload"_s).toObject().value(u"reason"_s) == u"Revisi SOP 2026"_s);
    CHECK(event.value(u"payload"_s).toObject().value(u"steps"_s).toArray().size() == 3);

    // The running checklist keeps its version, on the hub and on a workstation that synced the publication.
    CHECK(checklistOfComplaint(hub, id) == before);

    // A return cancels it; the re-dispatch instantiates the version published meanwhile.
    REQUIRE(
        hub.command(Hub::liaison(opd), id, u"return"_s, {{u"reason"_s, u"other"_s}, {u"note"_s, u"Salah OPD"_s}}).status
        == 200);
    REQUIRE(hub.command(u"operator"_s, id, u"dispatch"_s, {{u"opd"_s, opd}}).status == 200);
    const QJsonObject after = checklistOfComplaint(hub, id);
    CHECK(after.value(u"template"_s).toString() == sopTemplateId(opd, service));
    CHECK(after.value(u"version"_s).toInt() == next.version);
    CHECK(after.value(u"steps"_s).toArray().first().toObject().value(u"key"_s) == u"v2-terima"_s);

    // Every client learns the catalogue from sync: the pull feed carries the event (no state), the snapshot's
    // first page the stream so far; the checklist a workstation derives equals the one the hub serves.
    bool inFeed = false;
    const QJsonObject feed
        = hub.get(Hub::liaison(sop::shipped().opds.last().code), u"/api/v1/events?after=0&limit=1000"_s).object();
    for (const QJsonValue &item : feed.value(u"items"_s).toArray()) {
        if (item.toObject().value(u"event"_s).toObject().value(u"type"_s) == u"sop_published"_s) {
            inFeed = true;
            CHECK_FALSE(item.toObject().contains(u"state"_s));
        }
    }
    CHECK(inFeed);
    const SopCatalog catalog = clientCatalog(hub);
    REQUIRE(catalog.find(sopTemplateId(opd, service), next.version));
    QList<Event> history;
    for (const QJsonValue &e :
         hub.get(u"operator"_s, u"/api/v1/complaints/"_s + id.toString(QUuid::WithoutBraces) + u"/events"_s)
             .object()
             .value(u"events"_s)
             .toArray())
        history.append(decodeEvent(e.toObject(), DecodeMode::Tolerant).value());
    CHECK(encodeChecklist(checklistOf(history, catalog, WorkingCalendar(sop::shipped().calendar), kHubTime)) == after);
    CHECK_FALSE(hub.store().verifyChain().value().has_value()); // the reference event is chained like any other
}

TEST_CASE("publication is refused with a sentence to the wrong role, a taken version, no reason, another OPD's "
          "draft; a liaison's draft is published by an admin",
          "[sop][hub][publication]")
{
    Hub hub(kHubTime, 40);
    const QString opd = sop::shipped().opds.first().code;
    const QString service = u"ktp-el"_s;
    const SopTemplate next = nextVersion(u"DISDUKCAPIL"_s, service, u"d"_s);

    const HubResponse operatorTried = hub.post(u"operator"_s, u"/api/v1/sop/templates"_s, publication(next));
    CHECK(operatorTried.status == 403);
    CHECK(codeOf(operatorTried) == u"role_not_allowed"_s);

    SopTemplate stale = next;
    stale.version = next.version + 1;
    const HubResponse taken = hub.post(u"admin"_s, u"/api/v1/sop/templates"_s, publication(stale));
    CHECK(taken.status == 422);
    CHECK(codeOf(taken) == u"sop_version_taken"_s);
    CHECK(taken.object().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"reload"_s));

    CHECK(codeOf(hub.post(u"admin"_s, u"/api/v1/sop/templates"_s, publication(next, u" "_s))) == u"reason_required"_s);

    SopTemplate unknownService = next;
    unknownService.service = u"no-such-service"_s;
    unknownService.version = 1;
    CHECK(hub.post(u"admin"_s, u"/api/v1/sop/templates"_s, publication(unknownService)).status == 422);

    const QString otherLiaison = Hub::liaison(opd == u"DISDUKCAPIL"_s ? sop::shipped().opds.last().code : opd);
    const HubResponse foreign = hub.post(otherLiaison, u"/api/v1/sop/templates"_s, publication(next));
    CHECK(foreign.status == 403);
    CHECK(codeOf(foreign) == u"not_your_opd"_s);

    // The Disdukcapil liaison's draft: in the log, not in force.
    const QJsonObject draftBody = publication(next, u"Usulan bidang"_s);
    const HubResponse draft = hub.post(Hub::liaison(u"DISDUKCAPIL"_s), u"/api/v1/sop/templates"_s, draftBody);
    INFO(draft.body.toStdString());
    REQUIRE(draft.status == 200);
    const QJsonObject draftEvent = draft.object().value(u"events"_s).toArray().first().toObject();
    CHECK(draftEvent.value(u"type"_s) == QString::fromUtf16(kSopDraftSubmittedType));
    CHECK_FALSE(clientCatalog(hub).find(u"DISDUKCAPIL/ktp-el"_s, next.version));
    // The same command again is answered as before and appends nothing.
    const qint64 head = hub.store().head().value();
    const HubResponse replay = hub.post(Hub::liaison(u"DISDUKCAPIL"_s), u"/api/v1/sop/templates"_s, draftBody);
    CHECK(replay.status == 200);
    CHECK(replay.object() == draft.object());
    CHECK(hub.store().head().value() == head);

    // The admin publishes the draft as it was submitted.
    QJsonObject publish = publication(next, u"Disetujui"_s);
    publish.insert(u"draft"_s, draftEvent.value(u"id"_s));
    const HubResponse published = hub.post(u"admin"_s, u"/api/v1/sop/templates"_s, publish);
    INFO(published.body.toStdString());
    REQUIRE(published.status == 200);
    CHECK(clientCatalog(hub).find(u"DISDUKCAPIL/ktp-el"_s, next.version));
    // Publishing it again is a taken version.
    CHECK(codeOf(hub.post(u"admin"_s, u"/api/v1/sop/templates"_s, publication(next))) == u"sop_version_taken"_s);
}
