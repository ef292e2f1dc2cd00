// Publishing an SOP template from the workstation against a real hub on loopback (docs/sop.md, "Publication through
// the hub"): the supervisor's publish button puts the version in the outbox, pending while the hub is away, sent
// when it is back; a dispatch after it instantiates the new version on hub and workstation while a running
// checklist keeps its own; a publication overtaken on the hub comes back refused with the hub's sentence.
#include "HubWorkspace.h"
#include "WorkspaceDriver.h"
#include "codec/WireTime.h"
#include "sop/ComplaintChecklistPanel.h"
#include "sop/SopPublicationPanel.h"
#include "sop/SopStepsModel.h"
#include "sop/SopTemplateEditor.h"
#include "sop/SopTemplateJson.h"
#include "store/SopCatalogQuery.h"
#include "store/SopOutbox.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

QUuid verifiedKtp(TestHub &hub, const QString &title)
{
    const QUuid id = hub.intake(u"supervisor"_s, title);
    hub.run(u"supervisor"_s, CommandType::Verify, id,
            {{u"classification"_s, u"pengaduan"_s}, {u"category"_s, u"adminduk-ktp"_s}, {u"service"_s, u"ktp-el"_s}});
    return id;
}

void dispatch(TestHub &hub, const QUuid &id)
{
    hub.run(u"supervisor"_s, CommandType::Dispatch, id, {{u"opd"_s, u"DISDUKCAPIL"_s}});
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

int publishedOnHub(TestHub &hub)
{
    int count = 0;
    const QList<Event> stream = hub.store().referenceEvents(0).value();
    for (const Event &e : stream)
        count += e.typeName == u"sop_published"_s ? 1 : 0;
    return count;
}

QStringList rows(QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

QJsonObject checklistServed(TestHub &hub, const QUuid &id)
{
    const QByteArray auth = "Bearer " + hub.token(u"supervisor"_s);
    return hub.api()
        .handle({"GET",
                 u"/api/v1/complaints/"_s + id.toString(QUuid::WithoutBraces),
                 {},
                 {{"authorization", auth}},
                 {},
                 {}})
        .object()
        .value(u"state"_s)
        .toObject()
        .value(u"checklist"_s)
        .toObject();
}

} // namespace

TEST_CASE("the supervisor publishes an SOP version from the editor: pending while the hub is away, in force for "
          "later dispatches only, and an overtaken version comes back refused with the hub's sentence",
          "[workspace][sop][publication]")
{
    TestHub hub({20, StoreKind::Demo, true});
    const QUuid running = verifiedKtp(hub, u"KTP-el belum jadi sejak Agustus"_s);
    dispatch(hub, running);
    const QUuid later = verifiedKtp(hub, u"Rekam ulang KTP-el di Walantaka"_s);
    HubWorkspace w(hub, u"supervisor"_s, true);
    w.waitForComplaint(later);

    SopTemplateEditor *editor = w.window().templates();
    auto *panel = child<SopPublicationPanel>(editor, "sopPublicationPanel");
    auto *publish = child<QPushButton>(editor, "sopPublishButton");
    editor->choose(u"DISDUKCAPIL"_s, u"ktp-el"_s);
    REQUIRE(editor->draft().version == 2);
    REQUIRE(publish->isVisibleTo(editor));
    REQUIRE(publish->isEnabled());
    auto *steps = editor->stepsModel();
    REQUIRE(steps->setData(steps->index(0, SopStepsModel::TitleColumn), u"Telaah berkas KTP-el (revisi)"_s));

    // No reason: refused on the spot, nothing queued.
    QTest::mouseClick(publish, Qt::LeftButton);
    CHECK(editor->message().contains(u"why"_s));
    CHECK(SopOutbox(w.session().cache()).entries().value().isEmpty());

    // The hub is away: the publication waits in the outbox, shown pending.
    hub.stop();
    QTest::mouseClick(child<QLineEdit>(editor, "sopReasonEdit"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(editor, "sopReasonEdit"), u"Perbup 12/2026: telaah berkas"_s);
    QTest::mouseClick(publish, Qt::LeftButton);
    CHECK(editor->message().contains(u"queued"_s));
    auto *list = child<QListWidget>(panel, "sopPublicationsList");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(u"pending"_s));
    w.waitFor([&] { return !w.workspace().lastStatus().online; }, "the sync finds the hub away");
    CHECK(publishedOnHub(hub) == 0);
    CHECK(SopOutbox(w.session().cache()).entries().value().size() == 1);

    // Back: sent, confirmed, learnt.
    hub.start();
    w.hubMoved();
    w.waitFor([&] { return publishedOnHub(hub) == 1 && list->count() == 0; },
              "the hub publishes version 2 and the panel has nothing waiting");
    const Event published = hub.store().referenceEvents(0).value().constLast();
    CHECK(published.actor.user == u"supervisor"_s);
    CHECK(published.payload.value(u"reason"_s).toString() == u"Perbup 12/2026: telaah berkas"_s);
    CHECK(published.payload.value(u"version"_s).toInt() == 2);
    CHECK(editor->draft().version == 3); // the editor's catalogue learnt version 2

    // The running checklist keeps version 1; a dispatch from now on instantiates version 2, hub and workstation.
    CHECK(checklistServed(hub, running).value(u"version"_s).toInt() == 1);
    dispatch(hub, later);
    CHECK(checklistServed(hub, later).value(u"version"_s).toInt() == 2);
    WorkspaceDriver driver(w.window());
    w.waitFor([&] { return w.shown(later).cached.state == ComplaintState::Dispatched; }, "the dispatch is synced");
    driver.search(u"Walantaka"_s);
    REQUIRE(driver.selected() == later);
    ComplaintChecklistPanel *checklist = w.window().inbox()->detail()->checklistPanel();
    w.waitFor([&] { return checklist->checklist().version == 2; }, "the detail shows the checklist of version 2");
    CHECK(checklist->checklist().steps.at(0).title == u"Telaah berkas KTP-el (revisi)"_s);

    // Version 3 is published elsewhere while this workstation is away; its own "version 3" is refused.
    hub.stop();
    REQUIRE(steps->setData(steps->index(0, SopStepsModel::TitleColumn), u"Telaah berkas (versi workstation)"_s));
    QTest::keyClicks(child<QLineEdit>(editor, "sopReasonEdit"), u"Usulan kedua"_s);
    QTest::mouseClick(publish, Qt::LeftButton);
    REQUIRE(list->count() == 1);
    SopTemplate other = *SopCatalogQuery(w.session().cache())
                             .catalog(*hub.reference().sopCatalog())
                             .value()
                             .find(u"DISDUKCAPIL/ktp-el"_s, 2);
    other.version = 3;
    REQUIRE(hub.post(u"supervisor"_s, u"/api/v1/sop/templates"_s,
                     {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {u"template"_s, encodeSopTemplate(other)},
                      {u"reason"_s, u"Dari kantor pusat"_s}})
                .status
            == 200);
    hub.start();
    w.hubMoved();
    QString seen;
    INFO(seen.toStdString());
    w.waitFor(
        [&] {
            seen = rows(list).join(u'\n');
            return seen.contains(u"refused"_s);
        },
        "the hub refuses the overtaken version and the panel says why");
    CHECK(list->item(0)->text().contains(u"the next version to publish is 4, not 3"_s));
    CHECK(publishedOnHub(hub) == 2);
    auto *drop = child<QPushButton>(panel, "sopDropPublicationButton");
    list->setCurrentRow(0);
    QTest::mouseClick(drop, Qt::LeftButton);
    CHECK(list->count() == 0);
    CHECK(editor->draft().version == 4);
}
