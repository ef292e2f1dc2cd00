#include <catch2/catch.hpp>

#include "refdata/ReferenceLoader.h"
#include "routing/ReferenceVersions.h"
#include "sop/SopStepsModel.h"
#include "sop/SopTemplateEditor.h"
#include "sop/SopTransfer.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

const ReferenceData &city()
{
    static const ReferenceData reference = loadBuiltinReferenceData().value();
    return reference;
}

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// The city as an admin left it: DISPORA added, DISDUKCAPIL (which has templates) and DISNAKER (none) deactivated.
ReferenceData cityInForce()
{
    ReferenceVersions versions(city());
    const auto event = [](const char16_t *type, const QString &code, const QString &name) {
        Event e;
        e.typeName = QString::fromUtf16(type);
        e.known = false;
        e.payload = {{u"code"_s, code}, {u"name"_s, name}, {u"reason"_s, u"Perwal 2026"_s}};
        return e;
    };
    for (const Event &e : {event(kOpdAddedType, u"DISPORA"_s, u"Dinas Pemuda dan Olahraga"_s),
                           event(kOpdDeactivatedType, u"DISDUKCAPIL"_s, {}),
                           event(kOpdDeactivatedType, u"DISNAKER"_s, {})})
        REQUIRE_FALSE(versions.learn(e));
    return versions.reference();
}

QStringList keys(const SopTemplate &sop)
{
    QStringList out;
    for (const SopStep &s : sop.steps)
        out.append(s.key);
    return out;
}

} // namespace

TEST_CASE("the editor starts from the version in force, lists the published versions, and edits steps in order",
          "[sopui][editor]")
{
    SopTemplateEditor editor(city());
    auto *model = child<SopStepsModel>(editor, "sopStepsModel");
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    editor.choose(u"DISDUKCAPIL"_s, u"ktp-el"_s);
    CHECK(child<QComboBox>(editor, "sopOpdComboBox")->currentData().toString() == u"DISDUKCAPIL"_s);
    const SopTemplate *inForce = city().sopCatalog()->find(u"DISDUKCAPIL/ktp-el"_s, 1);
    REQUIRE(inForce);
    CHECK(keys(editor.draft()) == keys(*inForce));
    CHECK(editor.draft().version == 2);
    auto *versions = child<QListWidget>(editor, "sopVersionsList");
    REQUIRE(versions->count() == 1);
    CHECK(versions->item(0)->text().startsWith(u"Version 1"_s));

    auto *table = child<QTableView>(editor, "sopStepsTableView");
    // Add a step after the second one, name it, make it critical.
    table->setCurrentIndex(model->index(1, SopStepsModel::TitleColumn));
    QTest::mouseClick(child<QPushButton>(editor, "sopAddStepButton"), Qt::LeftButton);
    REQUIRE(model->rowCount() == 6);
    REQUIRE(model->setData(model->index(2, SopStepsModel::KeyColumn), u"cek-biometrik"_s));
    REQUIRE(model->setData(model->index(2, SopStepsModel::TitleColumn), u"Cek perekaman biometrik"_s));
    REQUIRE(model->setData(model->index(2, SopStepsModel::DaysColumn), 3));
    REQUIRE(model->setData(model->index(2, SopStepsModel::RoleColumn), u"petugas_teknis"_s));
    REQUIRE(model->setData(model->index(2, SopStepsModel::CriticalColumn), Qt::Checked, Qt::CheckStateRole));
    CHECK(keys(editor.draft()).at(2) == u"cek-biometrik"_s);
    CHECK(editor.draft().steps.at(2).critical);
    CHECK(editor.draft().steps.at(2).number == 3);

    // Move it down once, then up twice; remove the first step.
    table->setCurrentIndex(model->index(2, SopStepsModel::TitleColumn));
    QTest::mouseClick(child<QPushButton>(editor, "sopMoveDownButton"), Qt::LeftButton);
    CHECK(keys(editor.draft()).at(3) == u"cek-biometrik"_s);
    QTest::mouseClick(child<QPushButton>(editor, "sopMoveUpButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(editor, "sopMoveUpButton"), Qt::LeftButton);
    CHECK(keys(editor.draft()).at(1) == u"cek-biometrik"_s);
    CHECK(editor.draft().steps.at(1).number == 2);
    table->setCurrentIndex(model->index(0, SopStepsModel::TitleColumn));
    QTest::mouseClick(child<QPushButton>(editor, "sopRemoveStepButton"), Qt::LeftButton);
    CHECK(keys(editor.draft()).first() == u"cek-biometrik"_s);
    CHECK(model->rowCount() == 5);

    // The draft survives choosing another template and coming back.
    editor.choose(u"DISHUB"_s, u"pju"_s);
    CHECK(keys(editor.draft()) != keys(*inForce));
    editor.choose(u"DISDUKCAPIL"_s, u"ktp-el"_s);
    CHECK(keys(editor.draft()).first() == u"cek-biometrik"_s);
}

TEST_CASE("publishing emits the next version, and a step the core refuses is named instead", "[sopui][editor]")
{
    SopTemplateEditor editor(city());
    editor.choose(u"DLH"_s, u"sampah"_s);
    QSignalSpy published(&editor, &SopTemplateEditor::publishRequested);
    auto *model = editor.stepsModel();
    REQUIRE(model->setData(model->index(1, SopStepsModel::TitleColumn), QString()));
    QTest::mouseClick(child<QPushButton>(editor, "sopPublishButton"), Qt::LeftButton);
    CHECK(published.isEmpty());
    const QString message = child<QLabel>(editor, "sopEditorMessageLabel")->text();
    CHECK(message.contains(u"steps[2].title"_s));

    REQUIRE(model->setData(model->index(1, SopStepsModel::TitleColumn), u"Cek lokasi TPS liar"_s));
    QTest::mouseClick(child<QPushButton>(editor, "sopPublishButton"), Qt::LeftButton);
    REQUIRE(published.size() == 1);
    const auto sop = published.first().first().value<SopTemplate>();
    CHECK(sop.opd == u"DLH"_s);
    CHECK(sop.service == u"sampah"_s);
    CHECK(sop.version == 2);
    CHECK(sop.steps.at(1).title == u"Cek lokasi TPS liar"_s);

    // A liaison drafts; an admin publishes.
    editor.setCanPublish(false);
    CHECK_FALSE(child<QPushButton>(editor, "sopPublishButton")->isEnabled());
}

TEST_CASE("an import error names the row and the field, and an export reads back as the same template",
          "[sopui][editor]")
{
    SopTemplateEditor editor(city());
    editor.choose(u"PUPR"_s, u"drainase"_s);
    const QByteArray badCsv = "opd,service,version,step,key,title,expected_days,role,critical\n"
                              "DINSOS,bansos,1,1,telaah-aduan,Telaah aduan,1,liaison,no\n"
                              "DINSOS,bansos,1,2,cek-data,Cek data penerima,0,petugas_teknis,yes\n";
    CHECK_FALSE(editor.importCsv(badCsv, u"sop_dinsos.csv"_s));
    CHECK(editor.message().contains(u"sop_dinsos.csv:3"_s));
    CHECK(editor.message().contains(u"expected_days"_s));
    CHECK(editor.opd() == u"PUPR"_s); // nothing changed

    const QByteArray badJson = R"({"templates":[{"opd":"DINSOS","service":"bansos","version":1,"steps":[
        {"key":"telaah-aduan","title":"Telaah","expected_days":1,"role":"operator","critical":false}]}]})";
    CHECK_FALSE(editor.importJson(badJson));
    CHECK(editor.message().contains(u"templates[1].steps[1].role"_s));

    // A good file becomes the draft of its template, shown at once.
    const QByteArray goodCsv = "opd,service,version,step,key,title,expected_days,role,critical\n"
                               "DINSOS,bansos,1,1,telaah-aduan,Telaah aduan,1,liaison,no\n"
                               "DINSOS,bansos,1,2,cek-dtsen,Cek DTSEN,3,petugas_teknis,yes\n"
                               "DINSOS,bansos,1,3,jawab-pelapor,Jawaban ke pelapor,1,liaison,no\n";
    REQUIRE(editor.importCsv(goodCsv, u"sop_dinsos.csv"_s));
    CHECK(editor.opd() == u"DINSOS"_s);
    CHECK(editor.service() == u"bansos"_s);
    CHECK(keys(editor.draft()) == QStringList {u"telaah-aduan"_s, u"cek-dtsen"_s, u"jawab-pelapor"_s});

    const auto csv = importSopCsv(editor.exportCsv(), u"export.csv"_s, city());
    REQUIRE(csv.ok());
    REQUIRE(csv->size() == 1);
    CHECK(keys(csv->first()) == keys(editor.draft()));
    const auto json = importSopJson(editor.exportJson(), city());
    REQUIRE(json.ok());
    CHECK(json->first().steps.at(1).title == u"Cek DTSEN"_s);
    CHECK(json->first().steps.at(1).critical);
}

TEST_CASE("the editor offers the OPDs in force: one an admin added, not one deactivated, whose templates stay to be "
          "seen read-only",
          "[sopui][editor]")
{
    SopTemplateEditor editor(city());
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    auto *opds = child<QComboBox>(editor, "sopOpdComboBox");
    CHECK(opds->findData(u"DISPORA"_s) == -1);
    CHECK(opds->findData(u"DISNAKER"_s) >= 0);
    editor.choose(u"DISNAKER"_s, u"pju"_s);

    // The sync brings the admins' changes (ReferenceInForce::changed): the list follows.
    editor.setReference(cityInForce());
    CHECK(opds->findData(u"DISPORA"_s) >= 0);
    CHECK(opds->itemText(opds->findData(u"DISPORA"_s)) == u"DISPORA · Dinas Pemuda dan Olahraga"_s);
    CHECK(opds->findData(u"DISNAKER"_s) == -1); // deactivated, nothing published for it
    CHECK(opds->findData(u"DISHUB"_s) >= 0);

    // A template for the added OPD: edited and published as version 1.
    editor.choose(u"DISPORA"_s, u"pju"_s);
    CHECK(editor.opd() == u"DISPORA"_s);
    auto *publish = child<QPushButton>(editor, "sopPublishButton");
    CHECK(publish->isVisible());
    QSignalSpy published(&editor, &SopTemplateEditor::publishRequested);
    QTest::mouseClick(publish, Qt::LeftButton);
    REQUIRE(published.size() == 1);
    CHECK(published.first().first().value<SopTemplate>().opd == u"DISPORA"_s);
    CHECK(published.first().first().value<SopTemplate>().version == 1);

    // The deactivated OPD with templates: listed and marked, its versions shown, nothing to edit or publish.
    const int disdukcapil = opds->findData(u"DISDUKCAPIL"_s);
    REQUIRE(disdukcapil >= 0);
    CHECK(opds->itemText(disdukcapil).endsWith(u"(deactivated)"_s));
    editor.choose(u"DISDUKCAPIL"_s, u"ktp-el"_s);
    CHECK(editor.opd() == u"DISDUKCAPIL"_s);
    CHECK_FALSE(publish->isVisible());
    CHECK_FALSE(child<QPushButton>(editor, "sopAddStepButton")->isVisible());
    CHECK(child<QTableView>(editor, "sopStepsTableView")->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(child<QLabel>(editor, "sopDraftLabel")->text().contains(u"deactivated"_s));
    CHECK(child<QLabel>(editor, "sopPublishNoteLabel")->isVisible());
    auto *versions = child<QListWidget>(editor, "sopVersionsList");
    REQUIRE(versions->count() == 1);
    CHECK(versions->item(0)->text().startsWith(u"Version 1"_s));
    CHECK_FALSE(editor.publish()); // not by a call either: the hub's sentence
    CHECK(editor.message().contains(u"DISDUKCAPIL was deactivated"_s));
    CHECK(published.size() == 1);

    // Made from the reference in force directly, as a workspace opened after the sync does.
    SopTemplateEditor fresh(cityInForce());
    auto *freshOpds = child<QComboBox>(fresh, "sopOpdComboBox");
    CHECK(freshOpds->findData(u"DISPORA"_s) >= 0);
    CHECK(freshOpds->findData(u"DISNAKER"_s) == -1);
}
