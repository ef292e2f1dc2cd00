#include "SopUiFixture.h"
#include "sop/ChecklistModel.h"
#include "sop/ChecklistWidget.h"
#include "sop/Checklists.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rabeg;
using rabeg::test::SopUiFixture;

namespace {

// A stalled checklist with at least one step done from a phone report, and one that is not stalled.
std::pair<Checklist, Checklist> pick()
{
    std::optional<Checklist> stalled;
    std::optional<Checklist> calm;
    for (const Checklist &c : SopUiFixture::get().workingChecklists()) {
        const bool phone
            = std::any_of(c.steps.cbegin(), c.steps.cend(), [](const ChecklistStep &s) { return s.phoneReport; });
        if (!stalled && c.stalled() && phone && c.stalledStep > 1)
            stalled = c;
        if (!calm && !c.stalled() && c.currentStep > 0)
            calm = c;
    }
    REQUIRE(stalled);
    REQUIRE(calm);
    return {*stalled, *calm};
}

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("the checklist shows each step, the phone reports, and the stalled step with the core's sentence",
          "[sopui][checklist]")
{
    const auto [stalled, calm] = pick();
    ChecklistWidget widget;
    auto *model = child<ChecklistModel>(widget, "checklistModel");
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    widget.setChecklist(stalled);
    widget.resize(900, 400);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));

    REQUIRE(model->rowCount() == stalled.steps.size());
    auto *stall = child<QLabel>(widget, "checklistStallLabel");
    CHECK(stall->isVisible());
    CHECK(stall->text() == describeStall(stalled));
    CHECK(stall->text().contains(stalled.steps.at(stalled.stalledStep - 1).title));
    CHECK(child<QLabel>(widget, "checklistTitleLabel")->text().contains(stalled.templateId));

    bool phoneShown = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ChecklistStep &step = stalled.steps.at(row);
        CHECK(model->index(row, ChecklistModel::StepColumn).data().toString() == step.title);
        CHECK(model->index(row, ChecklistModel::CriticalColumn).data().toString().isEmpty() == !step.critical);
        const QString done = model->index(row, ChecklistModel::DoneColumn).data().toString();
        if (step.done())
            CHECK(done.contains(step.doneBy));
        if (step.phoneReport) {
            CHECK(done.contains(u"phone report"_s));
            phoneShown = true;
        }
        // Only the stalled step is tinted red.
        const bool tinted
            = model->index(row, ChecklistModel::StepColumn).data(Qt::BackgroundRole).value<QBrush>().color()
            == QColor(0xfd, 0xde, 0xdb);
        CHECK(tinted == (step.number == stalled.stalledStep));
    }
    CHECK(phoneShown);
    // The widget starts on the step that is being worked.
    CHECK(widget.selectedStep() == stalled.steps.at(stalled.currentStep - 1).key);

    widget.setChecklist(calm);
    CHECK_FALSE(stall->isVisible());
    widget.clear();
    CHECK(model->rowCount() == 0);
}

TEST_CASE("ticking and reopening a step ask for the commands with the step's key, the note and the reason",
          "[sopui][checklist]")
{
    const auto [stalled, calm] = pick();
    ChecklistWidget widget;
    widget.setChecklist(stalled);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    auto *tick = child<QPushButton>(widget, "checklistCompleteButton");
    auto *reopen = child<QPushButton>(widget, "checklistReopenButton");
    auto *note = child<QLineEdit>(widget, "checklistNoteLineEdit");
    QSignalSpy completed(&widget, &ChecklistWidget::completeStepRequested);
    QSignalSpy reopened(&widget, &ChecklistWidget::reopenStepRequested);

    // Read-only until the caller says this person may tick.
    CHECK_FALSE(tick->isEnabled());
    widget.setEditable(true);
    const QString current = stalled.steps.at(stalled.currentStep - 1).key;
    CHECK(widget.selectedStep() == current);
    REQUIRE(tick->isEnabled());
    CHECK_FALSE(reopen->isEnabled()); // an open step cannot be reopened
    QTest::keyClicks(note, u"Sudah dicek di SIAK"_s);
    QTest::mouseClick(tick, Qt::LeftButton);
    REQUIRE(completed.size() == 1);
    CHECK(completed.first().at(0).toString() == current);
    CHECK(completed.first().at(1).toString() == u"Sudah dicek di SIAK"_s);
    CHECK(note->text().isEmpty());

    // A done step: reopening needs a reason.
    const QString done = stalled.steps.first().key;
    REQUIRE(stalled.steps.first().done());
    widget.selectStep(done);
    CHECK_FALSE(tick->isEnabled());
    CHECK_FALSE(reopen->isEnabled());
    QTest::keyClicks(note, u"Berkas belum lengkap"_s);
    REQUIRE(reopen->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    REQUIRE(reopened.size() == 1);
    CHECK(reopened.first().at(0).toString() == done);
    CHECK(reopened.first().at(1).toString() == u"Berkas belum lengkap"_s);

    // In the command center a tick records a phone report.
    widget.setPhoneReport(true);
    CHECK(tick->text().remove(u'&').contains(u"phone report"_s));
}
