// The notification list offscreen over a real cache (issue 14's must-hold): what it shows after each evaluation
// on the 2026 calendar, found by object name. The expected rows are written by hand (see test_alert_rules.cpp for
// how each time is worked out).
#include "AlertFixture.h"

#include <catch2/catch.hpp>

#include "Language.h"
#include "alerts/NotificationList.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace alerttest;

namespace {

struct Shown
{
    QStringList topLevel;
    QStringList children; // "parent row index: text"
};

Shown shown(NotificationList &list)
{
    Shown out;
    QTreeWidget *tree = list.findChild<QTreeWidget *>(u"alertsTreeWidget"_s);
    REQUIRE(tree);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        out.topLevel.append(item->text(0));
        for (int c = 0; c < item->childCount(); ++c)
            out.children.append(u"%1: %2"_s.arg(i).arg(item->child(c)->text(0)));
    }
    return out;
}

QString unreadText(NotificationList &list)
{
    auto *label = list.findChild<QLabel *>(u"unreadLabel"_s);
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("the list shows a warning reached on a Saturday on Monday morning, in the digest")
{
    Language language;
    language.use(u"en"_s);
    AlertCache fixture;
    fixture.received(1, u"Lampu PJU mati di Jalan Ki Mas Jong"_s, "2026-12-02 09:00")
        .dispatched(1, "2026-12-02 10:00", u"DISHUB"_s);
    AlertCenter center(fixture.cache());
    center.setRecipient({u"liaison-dishub"_s, Role::Liaison, u"DISHUB"_s});
    NotificationList list(center);
    evaluateAt(center, "2026-12-11 15:00");
    evaluateAt(center, "2026-12-12 15:00"); // Saturday: the follow-up enters warning
    CHECK(shown(list).topLevel.isEmpty());
    CHECK(unreadText(list) == u"No unread notifications"_s);
    evaluateAt(center, "2026-12-14 07:59");
    CHECK(shown(list).topLevel.isEmpty());

    evaluateAt(center, "2026-12-14 08:00");
    const Shown monday = shown(list);
    REQUIRE(monday.topLevel.size() == 1);
    CHECK(monday.topLevel.constFirst().startsWith(u"Digest for 14/12/2026 08:00 WIB: 1 alert"_s));
    CHECK(monday.children
          == QStringList {u"0: Tindak lanjut OPD due 16/12/2026 24.00 WIB: SRG-2026-000001 — Lampu PJU mati di Jalan Ki Mas "
                          u"Jong"_s});
    CHECK(unreadText(list) == u"1 unread"_s);
}

TEST_CASE("the list shows a complaint received on a weekday in office hours at once, and opens it on Enter")
{
    Language language;
    language.use(u"en"_s);
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient({u"op.rina"_s, Role::Operator, {}});
    NotificationList list(center);
    list.show();
    evaluateAt(center, "2026-12-08 08:30");
    fixture.received(1, u"Sampah menumpuk di Pasar Rau"_s, "2026-12-08 10:00");
    evaluateAt(center, "2026-12-08 10:01");
    CHECK(shown(list).topLevel == QStringList {u"New complaint: SRG-2026-000001 — Sampah menumpuk di Pasar Rau"_s});
    CHECK(shown(list).children.isEmpty());
    CHECK(unreadText(list) == u"1 unread"_s);

    QSignalSpy opened(&list, &NotificationList::complaintActivated);
    QTreeWidget *tree = list.tree();
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toUuid() == fixture.id(1));
    CHECK(unreadText(list) == u"No unread notifications"_s);
}

TEST_CASE("the list shows complaints received on a holiday in the next working day's digest")
{
    Language language;
    language.use(u"en"_s);
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient({u"op.rina"_s, Role::Operator, {}});
    NotificationList list(center);
    evaluateAt(center, "2026-12-23 10:00");
    fixture.received(1, u"Pohon tumbang di Jalan Veteran"_s, "2026-12-25 10:00");
    evaluateAt(center, "2026-12-25 10:01");
    CHECK(shown(list).topLevel.isEmpty());
    evaluateAt(center, "2026-12-28 08:00");
    const Shown monday = shown(list);
    REQUIRE(monday.topLevel.size() == 1);
    CHECK(monday.topLevel.constFirst().startsWith(u"Digest for 28/12/2026 08:00 WIB"_s));
    CHECK(monday.children == QStringList {u"0: New complaint: SRG-2026-000001 — Pohon tumbang di Jalan Veteran"_s});
}

TEST_CASE("a kind muted in the list's menu is not shown")
{
    Language language;
    language.use(u"en"_s);
    AlertCache fixture;
    AlertCenter center(fixture.cache());
    center.setRecipient({u"op.rina"_s, Role::Operator, {}});
    NotificationList list(center);
    evaluateAt(center, "2026-12-08 08:30");
    auto *mute = list.findChild<QAction *>(u"mute_new_complaint"_s);
    REQUIRE(mute);
    CHECK(mute->text() == u"New complaints in the inbox"_s);
    mute->trigger();
    CHECK(center.isMuted(AlertKind::NewComplaint));
    fixture.received(1, u"Jalan rusak di Kasemen"_s, "2026-12-08 10:00")
        .assigned(1, "2026-12-08 10:05", supervisorBudi(), u"op.rina"_s);
    evaluateAt(center, "2026-12-08 10:10");
    CHECK(shown(list).topLevel
          == QStringList {u"Assigned to you by spv.budi: SRG-2026-000001 — Jalan rusak di Kasemen"_s});
}
