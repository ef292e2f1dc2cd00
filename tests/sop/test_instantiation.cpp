#include "SopFixture.h"

#include "codec/ChecklistCodec.h"
#include "sop/SopPublication.h"
#include "sop/SopTemplateJson.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using sop::Case;
using sop::wib;

namespace {

QStringList keysOf(const Checklist &checklist)
{
    QStringList keys;
    for (const ChecklistStep &s : checklist.steps)
        keys.append(s.key);
    return keys;
}

const SopTemplate *shippedKtp() { return sop::shipped().sopCatalog()->find(u"DISDUKCAPIL/ktp-el"_s, 1); }

// Version 2 of the KTP-el template: SIAK checked first, the print queue dropped, a new critical step at the end.
SopTemplate ktpVersion2()
{
    SopTemplate v2 = *shippedKtp();
    v2.version = 2;
    v2.steps = {{1, u"cek-siak"_s, u"Verifikasi data di SIAK (versi 2)"_s, 1, u"petugas_teknis"_s, true},
                {2, u"cetak-ulang"_s, u"Perbaikan data atau cetak ulang KTP-el"_s, 3, u"petugas_teknis"_s, true},
                {3, u"jawab-pelapor"_s, u"Konfirmasi hasil dan jawaban ke pelapor"_s, 1, u"liaison"_s, false}};
    return v2;
}

} // namespace

TEST_CASE("a dispatch records the template version in force for its OPD and service", "[sop][instantiation]")
{
    Case c(sop::shipped());
    c.received("2026-01-08 09:00", u"ktp-el"_s).dispatched("2026-01-08 10:00", u"DISDUKCAPIL"_s);
    const QJsonObject payload = c.events().last().payload;
    CHECK(payload.value(u"sop_template"_s) == u"DISDUKCAPIL/ktp-el"_s);
    CHECK(payload.value(u"sop_version"_s) == 1);
    const Checklist checklist = c.checklistAt("2026-01-08 11:00");
    CHECK(checklist.templateId == u"DISDUKCAPIL/ktp-el"_s);
    CHECK(keysOf(checklist)
          == QStringList{u"telaah-aduan"_s, u"cek-siak"_s, u"cek-status-cetak"_s, u"cetak-ulang"_s, u"jawab-pelapor"_s});
    CHECK(checklist.currentStep == 1);
    CHECK(checklist.startedAt == wib("2026-01-08 10:00"));
}

TEST_CASE("an OPD without a template for the service gets the generic three-step checklist", "[sop][instantiation]")
{
    Case c(sop::shipped());
    // KTP-el sent to Dishub: a routing mistake the OPD will return, but it still works from a checklist.
    c.received("2026-01-08 09:00", u"ktp-el"_s).dispatched("2026-01-08 10:00", u"DISHUB"_s);
    CHECK(c.events().last().payload.value(u"sop_template"_s) == u"generic"_s);
    const Checklist checklist = c.checklistAt("2026-01-08 11:00");
    CHECK(keysOf(checklist) == QStringList{u"telaah-aduan"_s, u"tindak-lanjut"_s, u"jawab-pelapor"_s});
    CHECK(checklist.openCriticalSteps() == QStringList{u"tindak-lanjut"_s});
}

TEST_CASE("a template published mid-case does not change running checklists, only later dispatches",
          "[sop][instantiation]")
{
    sop::CityWithCatalog city(SopCatalog::fromShipped(sop::shipped().sopTemplates));
    Case running(city, 1);
    running.received("2026-01-05 09:00", u"ktp-el"_s).dispatched("2026-01-05 10:00", u"DISDUKCAPIL"_s);
    running.stepDone("2026-01-06 10:00", u"telaah-aduan"_s);

    REQUIRE_FALSE(city.catalog().publish(ktpVersion2(), wib("2026-01-07 08:00")));

    // The running complaint keeps version 1: its steps, titles, and what it has done.
    running.stepDone("2026-01-08 10:00", u"cek-siak"_s);
    const Checklist kept = running.checklistAt("2026-01-09 10:00");
    CHECK(kept.version == 1);
    CHECK(keysOf(kept).size() == 5);
    CHECK(kept.steps.at(1).title == u"Verifikasi data di SIAK"_s);
    CHECK(kept.currentStep == 3);
    // A step of version 2 that version 1 does not have is refused on the running complaint.
    CHECK(running.act(CommandType::CompleteStep, sop::liaisonOf(u"DISDUKCAPIL"_s), wib("2026-01-09 10:00"),
                      {{u"step"_s, u"no-such-step"_s}})
              .error()
              .code
          == u"unknown_step"_s);

    // A complaint dispatched after the publication starts from version 2.
    Case later(city, 2);
    later.received("2026-01-07 09:00", u"ktp-el"_s).dispatched("2026-01-07 10:00", u"DISDUKCAPIL"_s);
    const Checklist fresh = later.checklistAt("2026-01-07 11:00");
    CHECK(fresh.version == 2);
    CHECK(keysOf(fresh) == QStringList{u"cek-siak"_s, u"cetak-ulang"_s, u"jawab-pelapor"_s});
    CHECK(fresh.steps.first().title == u"Verifikasi data di SIAK (versi 2)"_s);
}

TEST_CASE("a dispatch recorded before checklists existed takes the version in force at its time",
          "[sop][instantiation]")
{
    sop::CityWithCatalog city(SopCatalog::fromShipped(sop::shipped().sopTemplates));
    Case c(city);
    c.received("2026-01-05 09:00", u"ktp-el"_s).dispatched("2026-01-05 10:00", u"DISDUKCAPIL"_s);
    QList<Event> old = c.events();
    old.last().payload.remove(u"sop_template"_s);
    old.last().payload.remove(u"sop_version"_s);
    REQUIRE_FALSE(city.catalog().publish(ktpVersion2(), wib("2026-01-07 08:00")));
    const Checklist checklist = checklistOf(old, city.catalog(), sop::calendar(), wib("2026-01-08 08:00"));
    CHECK(checklist.templateId == u"DISDUKCAPIL/ktp-el"_s);
    CHECK(checklist.version == 1);
}

TEST_CASE("a checklist whose version this workstation has not learnt yet says so instead of guessing",
          "[sop][instantiation]")
{
    sop::CityWithCatalog hub(SopCatalog::fromShipped(sop::shipped().sopTemplates));
    REQUIRE_FALSE(hub.catalog().publish(ktpVersion2(), wib("2026-01-07 08:00")));
    Case c(hub);
    c.received("2026-01-08 09:00", u"ktp-el"_s).dispatched("2026-01-08 10:00", u"DISDUKCAPIL"_s);
    // The workstation has not pulled the publication yet.
    const Checklist checklist = checklistOf(c.events(), *sop::shipped().sopCatalog(), sop::calendar(),
                                            wib("2026-01-08 11:00"));
    CHECK(checklist.exists());
    CHECK(checklist.version == 2);
    CHECK_FALSE(checklist.templateKnown);
    CHECK(checklist.steps.isEmpty());
    CHECK_FALSE(checklist.stalled());
}

TEST_CASE("a return cancels the checklist and a re-dispatch starts a new one", "[sop][instantiation]")
{
    Case c(sop::shipped());
    c.received("2026-01-05 09:00", u"ktp-el"_s).dispatched("2026-01-05 10:00", u"DISHUB"_s);
    c.acknowledged("2026-01-05 11:00").stepDone("2026-01-05 12:00", u"telaah-aduan"_s);
    CHECK(c.checklistAt("2026-01-05 13:00").steps.first().done());

    c.returned("2026-01-05 14:00");
    const Checklist cancelled = c.checklistAt("2026-01-05 15:00");
    CHECK_FALSE(cancelled.exists());
    CHECK(encodeChecklist(cancelled).isNull());

    c.dispatched("2026-01-06 09:00", u"DISDUKCAPIL"_s);
    const Checklist fresh = c.checklistAt("2026-01-06 10:00");
    CHECK(fresh.templateId == u"DISDUKCAPIL/ktp-el"_s);
    CHECK(fresh.cycle == 2);
    CHECK(fresh.startedAt == wib("2026-01-06 09:00"));
    // Nothing of the first OPD's work carries over, though both templates have a "telaah-aduan" step.
    for (const ChecklistStep &s : fresh.steps)
        CHECK_FALSE(s.done());
}

TEST_CASE("a tick records who, when and whether it came by phone; a reopen clears it", "[sop][instantiation]")
{
    Case c(sop::shipped());
    c.received("2026-01-05 09:00", u"pju"_s).dispatched("2026-01-05 10:00", u"DISHUB"_s);
    c.stepDone("2026-01-05 11:00", u"telaah-aduan"_s);
    c.stepDone("2026-01-06 11:00", u"cek-aset"_s, true);
    Checklist checklist = c.checklistAt("2026-01-06 12:00");
    CHECK(checklist.steps.at(0).doneBy == u"liaison-dishub"_s);
    CHECK_FALSE(checklist.steps.at(0).phoneReport);
    CHECK(checklist.steps.at(1).doneAt == wib("2026-01-06 11:00"));
    CHECK(checklist.steps.at(1).doneBy == u"op.rina"_s);
    CHECK(checklist.steps.at(1).phoneReport);
    CHECK(c.events().last().payload.value(u"note"_s) == u"Selesai."_s);

    c.stepReopened("2026-01-07 09:00", u"cek-aset"_s);
    checklist = c.checklistAt("2026-01-07 10:00");
    CHECK_FALSE(checklist.steps.at(1).done());
    CHECK(checklist.currentStep == 2);
    CHECK(checklist.currentSince == wib("2026-01-07 09:00"));
}

TEST_CASE("ticking a step twice or reopening an open one is refused with the step's name", "[sop][instantiation]")
{
    Case c(sop::shipped());
    c.received("2026-01-05 09:00", u"pju"_s).dispatched("2026-01-05 10:00", u"DISHUB"_s);
    c.stepDone("2026-01-05 11:00", u"telaah-aduan"_s);
    const auto twice = c.act(CommandType::CompleteStep, sop::operatorActor(), wib("2026-01-05 12:00"),
                             {{u"step"_s, u"telaah-aduan"_s}});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == u"step_already_done"_s);
    CHECK(twice.error().message.contains(u"1. Telaah aduan dan disposisi ke bidang"_s));
    const auto reopen = c.act(CommandType::ReopenStep, sop::operatorActor(), wib("2026-01-05 12:00"),
                              {{u"step"_s, u"survei"_s}, {u"reason"_s, u"Salah centang."_s}});
    REQUIRE_FALSE(reopen.ok());
    CHECK(reopen.error().code == u"step_not_done"_s);
}

TEST_CASE("publishing takes the next version only, from an admin or a supervisor", "[sop][publication]")
{
    const SopCatalog &catalog = *sop::shipped().sopCatalog();
    const Actor admin{u"admin.budi"_s, Role::Admin, {}};
    const QJsonObject v2 = encodeSopTemplate(ktpVersion2());
    const auto published = decideSopPublication(catalog, v2, admin, &sop::shipped());
    REQUIRE(published.ok());
    CHECK(published.value() == v2);

    const auto byLiaison = decideSopPublication(catalog, v2, sop::liaisonOf(u"DISDUKCAPIL"_s), &sop::shipped());
    CHECK(byLiaison.error().kind == Refusal::Kind::RoleNotAllowed);

    QJsonObject stale = v2;
    stale.insert(u"version"_s, 1);
    const auto taken = decideSopPublication(catalog, stale, admin, &sop::shipped());
    CHECK(taken.error().code == u"sop_version_taken"_s);

    QJsonObject unknownOpd = v2;
    unknownOpd.insert(u"opd"_s, u"DUKCAPIL"_s);
    CHECK(decideSopPublication(catalog, unknownOpd, admin, &sop::shipped()).error().message
          == u"payload.opd: unknown OPD \"DUKCAPIL\""_s);
}

TEST_CASE("a catalog learns a published version from its event once and ignores other events", "[sop][publication]")
{
    SopCatalog catalog = SopCatalog::fromShipped(sop::shipped().sopTemplates);
    Event published;
    published.typeName = QString::fromUtf16(kSopPublishedType);
    published.known = false; // as a complaint decoder keeps a reference event
    published.at = wib("2026-02-02 08:00");
    published.payload = encodeSopTemplate(ktpVersion2());
    CHECK_FALSE(catalog.learn(published));
    CHECK_FALSE(catalog.learn(published)); // the same page pulled again
    CHECK(catalog.latestVersion(u"DISDUKCAPIL"_s, u"ktp-el"_s) == 2);
    CHECK(catalog.inForce(u"DISDUKCAPIL"_s, u"ktp-el"_s, wib("2026-02-01 08:00")).version == 1);
    CHECK(catalog.inForce(u"DISDUKCAPIL"_s, u"ktp-el"_s, wib("2026-02-02 08:00")).version == 2);

    Event note;
    note.type = EventType::NoteAdded;
    note.typeName = u"note_added"_s;
    CHECK_FALSE(catalog.learn(note));
    CHECK(catalog.latestVersion(u"DISDUKCAPIL"_s, u"ktp-el"_s) == 2);

    published.payload.insert(u"version"_s, 4);
    CHECK(catalog.learn(published).value_or(Error{}).code == u"sop_version_taken"_s);
}
