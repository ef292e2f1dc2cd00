// SOP templates follow the OPDs in force (docs/reference-admin.md, "Where the changes take effect"; docs/sop.md):
// the hub decides a publication on the reference data folded under the append lock, as it decides a dispatch, so
// an OPD an admin added through one hub process gets a template through another, and one deactivated gets no new
// version. A dispatch to the added OPD instantiates its template, and a workstation that synced the publication
// derives the same checklist as the hub serves.
#include "TwoHubs.h"

#include "codec/ChecklistCodec.h"
#include "codec/DomainCodec.h"
#include "codec/WireTime.h"
#include "sop/Checklists.h"
#include "sop/SopTemplateJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace refhub;

namespace {

const QString kOpds = u"/api/v1/admin/opds"_s;
const QString kTemplates = u"/api/v1/sop/templates"_s;

SopTemplate disporaPju(int version)
{
    SopTemplate sop;
    sop.opd = u"DISPORA"_s;
    sop.service = u"pju"_s;
    sop.version = version;
    sop.steps = {{1, u"terima-laporan"_s, u"Terima laporan"_s, 1, u"liaison"_s, false},
                 {2, u"cek-lapangan"_s, u"Cek lampu di lapangan"_s, 2, u"petugas_teknis"_s, true},
                 {3, u"jawab-pelapor"_s, u"Jawab pelapor"_s, 1, u"liaison"_s, false}};
    return sop;
}

QJsonObject publication(const SopTemplate &sop)
{
    return {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"template"_s, encodeSopTemplate(sop)},
            {u"reason"_s, u"SOP OPD baru"_s}};
}

QString complaintPath(const QUuid &id) { return u"/api/v1/complaints/"_s + id.toString(QUuid::WithoutBraces); }

// A workstation's catalog, as it learns it by sync: the shipped versions plus the reference events of its first
// snapshot page.
SopCatalog workstationCatalog(TwoHubs &hubs)
{
    SopCatalog catalog = *hubs.shipped().sopCatalog();
    const HubResponse page = hubs.get(hubs.first(), u"operator"_s, u"/api/v1/snapshot"_s);
    REQUIRE(page.status == 200);
    const QJsonObject snapshot = page.object();
    for (const QJsonValue &e : snapshot.value(u"reference"_s).toArray())
        REQUIRE_FALSE(catalog.learn(decodeEvent(e.toObject(), DecodeMode::Tolerant).value()));
    return catalog;
}

} // namespace

TEST_CASE("an SOP template is published for an OPD an admin added and not for one deactivated, and a dispatch to the "
          "added OPD gets its checklist on the hub and on a workstation alike")
{
    const Backend backend = TWO_HUB_BACKENDS();
    INFO((backend == Backend::Sqlite ? "sqlite" : "postgresql"));
    TwoHubs hubs(backend);
    // The second hub process has judged a command (and so folded the reference) before the OPD exists.
    const QUuid id = hubs.verified(hubs.second());
    const HubResponse unknown = hubs.post(hubs.second(), u"admin"_s, kTemplates, publication(disporaPju(1)));
    CHECK(unknown.status == 422);
    CHECK(errorMessage(unknown).contains(u"unknown OPD \"DISPORA\""_s));

    // Added through the first process: the second publishes its template at its next request.
    hubs.change(hubs.first(), kOpds, u"add"_s, u"DISPORA"_s, u"Dinas Pemuda dan Olahraga"_s);
    const HubResponse published = hubs.post(hubs.second(), u"admin"_s, kTemplates, publication(disporaPju(1)));
    INFO(published.body.toStdString());
    REQUIRE(published.status == 200);
    CHECK(published.object().value(u"events"_s).toArray().first().toObject().value(u"type"_s) == u"sop_published"_s);

    // A dispatch to it, through the first process, instantiates that template.
    const HubResponse dispatched = hubs.command(hubs.first(), u"operator"_s, CommandType::Dispatch, id,
                                                {{u"opd"_s, u"DISPORA"_s}});
    INFO(dispatched.body.toStdString());
    REQUIRE(dispatched.status == 200);
    const QJsonObject served = hubs.get(hubs.second(), u"operator"_s, complaintPath(id)).object();
    const QJsonObject checklist = served.value(u"state"_s).toObject().value(u"checklist"_s).toObject();
    CHECK(checklist.value(u"template"_s).toString() == u"DISPORA/pju"_s);
    CHECK(checklist.value(u"version"_s).toInt() == 1);
    const QJsonArray steps = checklist.value(u"steps"_s).toArray();
    REQUIRE(steps.size() == 3);
    CHECK(steps.at(1).toObject().value(u"key"_s) == u"cek-lapangan"_s);

    // A workstation derives the same checklist from the history and the templates it synced.
    QList<Event> history;
    for (const QJsonValue &e :
         hubs.get(hubs.first(), u"operator"_s, complaintPath(id) + u"/events"_s).object().value(u"events"_s).toArray())
        history.append(decodeEvent(e.toObject(), DecodeMode::Tolerant).value());
    const SopCatalog catalog = workstationCatalog(hubs);
    REQUIRE(catalog.find(u"DISPORA/pju"_s, 1));
    const QDateTime hubTime = parseWireTime(served.value(u"hub_time"_s).toString());
    CHECK(encodeChecklist(checklistOf(history, catalog, WorkingCalendar(hubs.shipped().calendar), hubTime))
          == checklist);

    // Deactivated through the first process: the second refuses a new version with a sentence, appends nothing,
    // and the complaint already with the OPD keeps its checklist.
    hubs.change(hubs.first(), kOpds, u"deactivate"_s, u"DISPORA"_s);
    const qint64 head = hubs.head();
    const HubResponse refused = hubs.post(hubs.second(), u"admin"_s, kTemplates, publication(disporaPju(2)));
    CHECK(refused.status == 422);
    CHECK(errorCode(refused) == u"inactive_opd"_s);
    CHECK(errorMessage(refused) == u"The OPD DISPORA was deactivated by an administrator and takes no new complaints, "
                                   u"so no new SOP template version is published for it; its published versions stay "
                                   u"with the complaints that use them."_s);
    CHECK(hubs.head() == head);
    // The first process, whose reference was folded when it appended the deactivation, judges the same.
    CHECK(errorCode(hubs.post(hubs.first(), u"admin"_s, kTemplates, publication(disporaPju(2)))) == u"inactive_opd"_s);
    const QJsonObject after = hubs.get(hubs.second(), u"operator"_s, complaintPath(id)).object();
    CHECK(after.value(u"state"_s).toObject().value(u"checklist"_s).toObject().value(u"template"_s)
          == u"DISPORA/pju"_s);
}
