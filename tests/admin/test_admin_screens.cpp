#include "HubWorkspace.h"
#include "Language.h"
#include "WorkspaceDriver.h"
#include "admin/AdminScreen.h"
#include "admin/CalendarEditor.h"
#include "admin/PolicyVersionList.h"
#include "admin/SlaPolicyEditor.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

struct AdminWorkstation
{
    TestHub hub;
    std::unique_ptr<HubWorkspace> workstation;
    AdminScreen *screen = nullptr;

    AdminWorkstation()
    {
        hub.addUser(u"admin"_s, Role::Admin);
        workstation = std::make_unique<HubWorkspace>(hub, u"admin"_s, false);
        AdminScreen::attach(workstation->workspace(), hub.url(), u"admin"_s, {});
        screen = workstation->window().findChild<AdminScreen *>(u"adminScreen"_s);
        REQUIRE(screen);
        QTabWidget *tabs = workstation->window().tabs();
        workstation->waitFor([&] { return tabs->isTabVisible(tabs->indexOf(screen)); },
                             "the administration tab shows for an admin");
        workstation->waitFor([&] { return screen->sla()->loadedVersion() == 0 && screen->calendar()->loadedVersion() == 0; },
                             "both versions in force are loaded from the hub");
        tabs->setCurrentWidget(screen);
    }
    QTabWidget *editors() const { return screen->findChild<QTabWidget *>(u"adminTabWidget"_s); }
};

// F2 on the current cell, everything in its editor replaced by `text` (not yet committed: Enter does).
void edit(WorkspaceDriver &driver, const QString &text)
{
    driver.key(Qt::Key_F2);
    driver.key(Qt::Key_A, Qt::ControlModifier);
    driver.type(text);
}

// The label's text once it no longer says "Publishing...": the hub's answer.
QString answer(HubWorkspace &workstation, const std::function<QString()> &message)
{
    workstation.waitFor([&] { return !message().isEmpty() && !message().startsWith(u"Publishing"_s); },
                        "the hub answers the publication");
    return message();
}

// A new day by keyboard in the calendar editor and published without its decree: Alt+Insert, the date typed into
// the new first row (the kind is already "added at short notice"), its name; Tab to the reason (past "Add day" and
// "Remove day"), Enter publishes.
void publishDayOffWithoutDecree(AdminWorkstation &w, WorkspaceDriver &driver)
{
    CalendarEditor *calendar = w.screen->calendar();
    w.editors()->setCurrentWidget(calendar);
    calendar->table()->setFocus();
    driver.key(Qt::Key_Insert, Qt::AltModifier);
    REQUIRE(calendar->table()->rowCount() == w.hub.reference().calendar.size() + 1);
    driver.type(u"2026-12-02"_s);
    driver.key(Qt::Key_Return);
    driver.key(Qt::Key_Right);
    driver.key(Qt::Key_Right);
    edit(driver, u"Libur tambahan"_s);
    driver.key(Qt::Key_Return);
    driver.key(Qt::Key_Tab);
    driver.key(Qt::Key_Tab);
    driver.key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget()->objectName() == u"calendarWhyLineEdit"_s);
    driver.type(u"Keppres 12/2026: cuti tambahan"_s);
    driver.key(Qt::Key_Return);
}

} // namespace

TEST_CASE("in Indonesian, the hub's refusal of a day off without its decree reads in Indonesian, row and field named")
{
    AdminWorkstation w;
    Language indonesian;
    REQUIRE(indonesian.use(u"id"_s));
    WorkspaceDriver driver(w.workstation->window());
    publishDayOffWithoutDecree(w, driver);
    CalendarEditor *calendar = w.screen->calendar();
    w.workstation->waitFor([&] { return calendar->message().startsWith(u"Hub menolak penerbitan: "_s); },
                           "the hub refuses the publication");
    CHECK(calendar->message()
          == u"Hub menolak penerbitan: days[0].decree: hari libur perlu ketetapan asalnya, atau provisional: true"_s);
}

TEST_CASE("an admin publishes a short-notice day off by keyboard; the hub's refusal is its sentence; the list names who")
{
    AdminWorkstation w;
    WorkspaceDriver driver(w.workstation->window());
    CalendarEditor *calendar = w.screen->calendar();
    REQUIRE(calendar->table()->rowCount() == w.hub.reference().calendar.size());
    auto *provisional = calendar->findChild<QLabel *>(u"calendarProvisionalLabel"_s);
    REQUIRE(provisional);
    CHECK(provisional->text().contains(u"2027"_s));
    publishDayOffWithoutDecree(w, driver);
    const QString refused = answer(*w.workstation, [&] { return calendar->message(); });
    // The hub's sentence whole: an Indonesian workstation words this problem itself (HubRefusal.cpp, FieldProblem),
    // so a change of the sentence shows here first.
    CHECK(refused
          == u"The hub refused the publication: days[0].decree: a day off needs the decree it comes from, or "
             u"provisional: true"_s);
    CHECK(calendar->loadedVersion() == 0);

    // The decree filled in, published again.
    calendar->table()->setFocus();
    calendar->table()->setCurrentCell(0, 0);
    driver.key(Qt::Key_Right);
    driver.key(Qt::Key_Right);
    driver.key(Qt::Key_Right);
    edit(driver, u"Keppres 12/2026"_s);
    driver.key(Qt::Key_Return);
    driver.key(Qt::Key_Tab);
    driver.key(Qt::Key_Tab);
    driver.key(Qt::Key_Tab);
    driver.key(Qt::Key_Return);
    CHECK(answer(*w.workstation, [&] { return calendar->message(); }).startsWith(u"Published version 1"_s));
    w.workstation->waitFor([&] { return calendar->loadedVersion() == 1; }, "the editor reloads the new version");
    CHECK(calendar->findChild<QLabel *>(u"calendarVersionLabel"_s)->text().contains(u"published by admin"_s));

    // Who changed what: the version comes back through the sync, with its author and reason.
    QTreeWidget *versions = w.screen->versions()->tree();
    w.workstation->waitFor([&] { return versions->topLevelItemCount() == 1; }, "the sync brings the version");
    CHECK(versions->topLevelItem(0)->text(0) == u"Calendar"_s);
    CHECK(versions->topLevelItem(0)->text(1) == u"1"_s);
    CHECK(versions->topLevelItem(0)->text(2) == u"admin"_s);
    CHECK(versions->topLevelItem(0)->text(4) == u"Keppres 12/2026: cuti tambahan"_s);
}

TEST_CASE("the SLA policy editor publishes a changed duration and shows the hub's refusal of an unknown event")
{
    AdminWorkstation w;
    WorkspaceDriver driver(w.workstation->window());
    SlaPolicyEditor *sla = w.screen->sla();
    auto *table = sla->findChild<QTableWidget *>(u"slaClocksTableWidget"_s);
    REQUIRE(table);
    REQUIRE(table->rowCount() == w.hub.reference().sla.size());
    int followup = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        followup = table->item(row, 0)->text() == u"followup"_s ? row : followup;
    REQUIRE(followup >= 0);

    // A start event the lifecycle does not know: the hub names the field.
    table->setFocus();
    table->setCurrentCell(followup, 2);
    edit(driver, u"dispatched; teleported"_s);
    driver.key(Qt::Key_Return);
    driver.key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget()->objectName() == u"slaWhyLineEdit"_s);
    driver.type(u"Perwal 12/2026: tindak lanjut 10 hari kerja"_s);
    driver.key(Qt::Key_Return);
    const QString refused = answer(*w.workstation, [&] { return sla->message(); });
    INFO(refused.toStdString());
    CHECK(refused.contains(u"\"teleported\" is not an event type"_s));

    // Back to "dispatched; reopened", 10 working days: published as version 1.
    table->setFocus();
    table->setCurrentCell(followup, 2);
    edit(driver, u"dispatched; reopened"_s);
    driver.key(Qt::Key_Return);
    table->setCurrentCell(followup, 4);
    edit(driver, u"10"_s);
    driver.key(Qt::Key_Return);
    auto *unit = qobject_cast<QComboBox *>(table->cellWidget(followup, 5));
    REQUIRE(unit);
    unit->setFocus();
    driver.key(Qt::Key_Up); // calendar days -> working days
    REQUIRE(unit->currentData().toString() == u"working_days"_s);
    auto *why = sla->findChild<QLineEdit *>(u"slaWhyLineEdit"_s);
    why->setFocus();
    driver.key(Qt::Key_Return);
    const QString published = answer(*w.workstation, [&] { return sla->message(); });
    INFO(published.toStdString());
    CHECK(published.startsWith(u"Published version 1"_s));
    const QJsonObject current = w.hub.api().handle([&] {
        HubRequest request;
        request.method = "GET";
        request.path = u"/api/v1/admin/sla-policy"_s;
        request.headers.insert("authorization", "Bearer " + w.hub.token(u"admin"_s));
        return request;
    }()).object();
    CHECK(current.value(u"version"_s).toInt() == 1);
    bool changed = false;
    for (const QJsonValue &clock : current.value(u"clocks"_s).toArray()) {
        const QJsonObject c = clock.toObject();
        if (c.value(u"clock"_s) == u"followup"_s)
            changed = c.value(u"duration"_s).toInt() == 10 && c.value(u"unit"_s) == u"working_days"_s;
    }
    CHECK(changed);
}

TEST_CASE("every control of the admin screens has an object name and an accessible name")
{
    AdminWorkstation w;
    int checked = 0;
    for (QWidget *widget : w.screen->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QTabWidget *>(widget);
        // Qt's own parts of a table or a tab widget (headers, the corner button, the tab bar) are not ours to name.
        if (!control || widget->objectName().startsWith(u"qt_"_s) || widget->inherits("QTabBar")
            || widget->inherits("QHeaderView") || widget->inherits("QTableCornerButton"))
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(widget->objectName().isEmpty());
        CHECK_FALSE(widget->accessibleName().isEmpty());
        ++checked;
    }
    CHECK(checked > 20);
}
