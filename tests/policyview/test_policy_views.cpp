// A calendar an admin publishes through the hub reaches the operator's open screens at the next sync, without
// reopening anything: the inbox's countdown, the detail's deadline bar, the escalation packet and the weekly report
// compute with the policy the cache adopted, not the shipped one (docs/deadlines.md, "How a published version
// reaches the workstations").
#include "DeadlineBars.h"
#include "HubWorkspace.h"
#include "InboxModel.h"
#include "InboxView.h"
#include "Labels.h"
#include "MainWindow.h"
#include "WorkspaceDriver.h"
#include "deadline/PolicyJson.h"
#include "deadline/PolicyReference.h"
#include "report/WeeklyReportMaker.h"
#include "store/EscalationPacketQuery.h"
#include "sync/SyncWorker.h"

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

const QString kTitle = u"Lampu taman Sumurpecung padam total"_s;

// The triage clock's due time on the detail's deadline bars (invalid when it shows none).
QDateTime triageBar(HubWorkspace &w)
{
    const auto *bars = w.window().inbox()->detail()->findChild<DeadlineBars *>();
    REQUIRE(bars);
    for (const DeadlineBars::Bar &bar : bars->bars()) {
        if (bar.deadline.clock == u"triage"_s)
            return bar.deadline.dueAt;
    }
    return {};
}

// What the inbox's countdown column says of the complaint when pointed at: the clock and its WIB due time.
QString countdownTip(HubWorkspace &w, const QUuid &id)
{
    InboxModel *model = w.window().inbox()->model();
    const int row = model->rowOfComplaint(id.toString(QUuid::WithoutBraces));
    REQUIRE(row >= 0);
    return model->index(row, InboxModel::NextDeadline).data(Qt::ToolTipRole).toString();
}

QDateTime triageInPacket(HubWorkspace &w, const QUuid &id)
{
    const auto packet = escalationPacketOf(w.workspace().cache(), id.toString(QUuid::WithoutBraces),
                                           w.session().hubNow());
    REQUIRE(packet.ok());
    for (const Deadline &d : packet->deadlines) {
        if (d.clock == u"triage"_s)
            return d.dueAt;
    }
    return {};
}

// The weekly report of 2026-W49 judged on Fri 4 Dec 12:00 WIB, from the workstation's cache opened as the report
// dialog opens it, under the reference data given.
int overdueOnFriday(const QString &cachePath, const std::function<ReferenceData(const LocalCache &)> &reference)
{
    LocalCache cache;
    REQUIRE_FALSE(cache.open(cachePath, u"policy-views-report"_s));
    WeeklyReportRequest request;
    request.week = IsoWeek::containing(QDate(2026, 12, 4));
    request.now = QDateTime(QDate(2026, 12, 4), QTime(5, 0), Qt::UTC);
    // The fold over the histories: the report's facts are kept under one policy (docs/reports.md).
    request.useFacts = false;
    const auto report = makeWeeklyReport(cache, reference(cache), request);
    REQUIRE(report.ok());
    return report->figures.overdue;
}

// What the countdown's tooltip says of a triage clock due at `due`: the clock's name (the reference data's) and
// the WIB due time.
QString triageTip(const TestHub &hub, const QDateTime &due)
{
    QString name;
    for (const SlaClock &clock : hub.reference().sla)
        name = clock.id == u"triage"_s ? clock.name : name;
    return name + u": "_s + Labels::wibDue(due);
}

} // namespace

TEST_CASE("a day off an admin publishes moves the open inbox countdown, the detail's deadline bar, the packet and "
          "the report at the next sync")
{
    TestHub hub({0, StoreKind::Demo, true});
    hub.addUser(u"admin"_s, Role::Admin);
    // Taken in at hub time, Mon 30 Nov 2026 about 11:00 WIB (TestHub's virtual clock).
    const QUuid id = hub.intake(u"supervisor"_s, kTitle);
    HubWorkspace w(hub, u"operator"_s, false);
    w.waitForComplaint(id);
    WorkspaceDriver driver(w.window());
    driver.search(u"Sumurpecung"_s);
    REQUIRE(driver.selected() == id);

    // Triage, 3 working days from Monday's: Tue 1, Wed 2, Thu 3 Dec, so Thu 3 Dec 24:00 WIB.
    const QDateTime shipped(QDate(2026, 12, 3), QTime(17, 0), Qt::UTC);
    // With Wed 2 Dec a day off: Tue 1, Thu 3, Fri 4 Dec, so Fri 4 Dec 24:00 WIB.
    const QDateTime published(QDate(2026, 12, 4), QTime(17, 0), Qt::UTC);
    CHECK(triageBar(w) == shipped);
    CHECK(countdownTip(w, id) == triageTip(hub, shipped));
    CHECK(triageInPacket(w, id) == shipped);
    const auto shippedReference = [&hub](const LocalCache &) { return hub.reference(); };
    const auto adoptedReference
        = [&hub](const LocalCache &cache) { return referenceUnderPolicy(hub.reference(), cache.deadlinePolicy()); };
    CHECK(overdueOnFriday(w.workspace().cache().database().databaseName(), adoptedReference) == 1);

    QList<CalendarDay> days = hub.reference().calendar;
    days.append({QDate(2026, 12, 2), CalendarDayKind::AddedHoliday, u"Libur tambahan"_s, u"Keppres 12/2026"_s, {},
                 false});
    const HubResponse answer = hub.post(u"admin"_s, u"/api/v1/admin/calendar"_s,
                                        {{u"command_id"_s, uuidText(QUuid::createUuid())},
                                         {u"version"_s, 1},
                                         {u"why"_s, u"Keppres 12/2026: libur tambahan"_s},
                                         {u"days"_s, encodeCalendarDays(days)}});
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
    w.workspace().sync()->syncSoon();

    // The same window, the same selection: the detail is shown again after the sync, the inbox reloaded.
    w.waitFor([&] { return triageBar(w) == published; }, "the detail's deadline bar moves to Fri 4 Dec 24:00 WIB");
    w.waitFor([&] { return countdownTip(w, id) == triageTip(hub, published); },
              "the inbox's countdown moves to Fri 4 Dec 24:00 WIB");
    CHECK(driver.selected() == id);
    CHECK(triageInPacket(w, id) == published);
    // Not overdue on Friday any more under the published calendar; still overdue under the shipped one.
    CHECK(overdueOnFriday(w.workspace().cache().database().databaseName(), adoptedReference) == 0);
    CHECK(overdueOnFriday(w.workspace().cache().database().databaseName(), shippedReference) == 1);
}
