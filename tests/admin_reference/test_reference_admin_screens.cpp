#include "TestClient.h"
#include "TestHub.h"
#include "admin/OpdPanel.h"
#include "admin/ReferenceAdminClient.h"
#include "admin/RoutingTablePanel.h"
#include "routing/ReferenceVersions.h"
#include "routing/RoutingDryRun.h"
#include "store/ComplaintRepository.h"

#include <QApplication>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

// Spins the event loop (the hub answers in it) until `done`; fails the test with `what` if it never happens.
void waitFor(const std::function<bool()> &done, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 30'000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    INFO(what);
    REQUIRE(done());
}

struct AdminDesk
{
    TestHub hub;
    QTemporaryDir dir;
    std::unique_ptr<TestClient> admin;
    ReferenceAdminClient client {QUrl()};

    AdminDesk()
    {
        hub.addUser(u"admin"_s, Role::Admin);
        admin = std::make_unique<TestClient>(hub.url(), u"admin"_s, dir.filePath(u"admin.sqlite"_s));
        admin->requireSync();
    }
    void signIn(ReferenceAdminClient &c) { c.setToken(hub.token(u"admin"_s)); }
};

QString answered(const std::function<QString()> &message)
{
    waitFor([&] { return !message().isEmpty() && !message().endsWith(u"..."_s); }, "the hub answers");
    return message();
}

int rowOf(QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("the OPD panel shows the hub's refusal as its sentence, and the new name after the next sync")
{
    AdminDesk desk;
    ReferenceAdminClient client(desk.hub.url());
    desk.signIn(client);
    OpdPanel panel(&client, desk.admin->cache(), desk.hub.reference());
    panel.show();
    const int dishub = rowOf(panel.table(), 1, u"DISHUB"_s);
    REQUIRE(dishub >= 0);
    CHECK(panel.table()->item(dishub, 2)->text() == u"Dinas Perhubungan"_s);

    panel.prepare(OpdPanel::Action::Add, false, u"DISHUB"_s, u"Dinas Perhubungan Baru"_s, u"uji"_s);
    panel.findChild<QPushButton *>(u"opdApplyPushButton"_s)->click();
    CHECK(answered([&] { return panel.message(); })
          == u"The hub refused the change: code: DISHUB is already the OPD \"Dinas Perhubungan\"; choose another "
             u"code, or rename that one."_s);
    CHECK(panel.findChild<QLabel *>(u"opdMessageLabel"_s)->isVisible());

    // A row picked in the table fills the form for a rename; the reason typed, Enter sends it.
    panel.table()->setCurrentCell(dishub, 1);
    CHECK(panel.findChild<QLineEdit *>(u"opdCodeLineEdit"_s)->text() == u"DISHUB"_s);
    panel.findChild<QLineEdit *>(u"opdNameLineEdit"_s)->setText(u"Dinas Perhubungan Kota Serang"_s);
    auto *reason = panel.findChild<QLineEdit *>(u"opdReasonLineEdit"_s);
    reason->setText(u"Perwal 2026 tentang nomenklatur"_s);
    emit reason->returnPressed();
    CHECK(answered([&] { return panel.message(); }).startsWith(u"Done: DISHUB Dinas Perhubungan Kota Serang."_s));
    desk.admin->requireSync();
    panel.refresh();
    CHECK(panel.table()->item(rowOf(panel.table(), 1, u"DISHUB"_s), 2)->text() == u"Dinas Perhubungan Kota Serang"_s);
}

TEST_CASE("the routing table panel dry-runs a draft from the cache and shows refusals as sentences")
{
    AdminDesk desk;
    ReferenceAdminClient client(desk.hub.url());
    desk.signIn(client);
    // The week of the newest cached complaint, so the dry run has complaints to judge.
    const auto newest = ComplaintRepository(desk.admin->cache()).page(std::nullopt, 1);
    REQUIRE(newest.ok());
    REQUIRE_FALSE(newest->isEmpty());
    const QDateTime received = newest->first().receivedAt;
    RoutingTablePanel panel(&client, desk.admin->cache(), desk.hub.reference(), [received] { return received; });
    panel.show();
    CHECK(panel.loadedVersion() == 0);
    const RoutingTable shipped = RoutingTable::fromReferenceData(desk.hub.reference());
    REQUIRE(panel.rules()->rowCount() == shipped.rules().size());

    // Street lights to Perkim in the draft; the dry run shows the week as the draft would route it.
    const int pju = rowOf(panel.rules(), 0, u"pju"_s);
    REQUIRE(pju >= 0);
    panel.rules()->item(pju, 2)->setText(u"PERKIM"_s);
    auto *week = panel.findChild<QDateEdit *>(u"routingWeekDateEdit"_s);
    week->setDate(received.toOffsetFromUtc(7 * 3600).date());
    panel.findChild<QPushButton *>(u"routingDryRunPushButton"_s)->click();
    RoutingTable draft;
    for (const RoutingRule &rule : panel.draft())
        draft.add(rule);
    const auto expected = RoutingDryRun::run(desk.admin->cache(), WibWeek::containing(week->date()), draft);
    REQUIRE(expected.ok());
    REQUIRE(panel.dryRun()->rowCount() == expected->rows.size());
    REQUIRE(panel.dryRun()->rowCount() > 0);
    CHECK(panel.dryRun()->item(0, 0)->text() == expected->rows.first().trackingId);
    CHECK(panel.findChild<QLabel *>(u"routingDryRunLabel"_s)->text().contains(u"would go elsewhere"_s));

    // A draft naming no OPD: refused on the workstation with the hub's sentence, nothing sent.
    panel.rules()->item(pju, 2)->setText(u"DISHUBB"_s);
    panel.findChild<QLineEdit *>(u"routingReasonLineEdit"_s)->setText(u"PJU ke Perkim"_s);
    panel.publish();
    CHECK(panel.message()
          == u"The draft cannot be published: rules[%1].route: there is no OPD or external agency \"DISHUBB\"."_s.arg(
              pju));

    // Another admin published first: the hub refuses version 1 with its sentence.
    panel.rules()->item(pju, 2)->setText(u"PERKIM"_s);
    QJsonObject other {{u"command_id"_s, uuidText(QUuid::createUuid())},
                       {u"version"_s, 1},
                       {u"reason"_s, u"admin lain"_s},
                       {u"rules"_s, ReferenceVersions::encodeRules(shipped.rules())}};
    REQUIRE(desk.hub.post(u"admin"_s, u"/api/v1/admin/routing-table"_s, other).status == 200);
    panel.publish();
    CHECK(answered([&] { return panel.message(); })
          == u"The hub refused the change: version: version 1 is in force, so this one is 2; someone published in "
             u"between. Reload, check the changes, and publish again."_s);

    // After the sync the panel knows version 1 and keeps the draft; Publish then goes through.
    desk.admin->requireSync();
    panel.refresh();
    CHECK(panel.loadedVersion() == 1);
    CHECK(panel.rules()->item(pju, 2)->text() == u"PERKIM"_s);
    panel.findChild<QLineEdit *>(u"routingReasonLineEdit"_s)->setText(u"PJU ke Perkim"_s);
    panel.findChild<QPushButton *>(u"routingPublishPushButton"_s)->click();
    CHECK(answered([&] { return panel.message(); }).startsWith(u"Published version 2."_s));
    desk.admin->requireSync();
    panel.refresh();
    CHECK(panel.loadedVersion() == 2);
    CHECK(panel.findChild<QLabel *>(u"routingVersionLabel"_s)->text()
          == u"Version 2 in force, published by admin: PJU ke Perkim"_s);
}
