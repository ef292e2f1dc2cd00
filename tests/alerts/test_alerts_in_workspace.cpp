// The alerts inside the real main window (no hub: hub time is the workstation's pinned clock): the status bar's
// count, Ctrl+Shift+N, the command palette's list, and Enter opening the complaint.
#include "AlertFixture.h"

#include <catch2/catch.hpp>

#include "ComplaintDetailWindow.h"
#include "Language.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "alerts/AlertsDock.h"
#include "alerts/NotificationList.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace alerttest;

TEST_CASE("the notification list opens with Ctrl+Shift+N, counts in the status bar and opens a complaint on Enter")
{
    Language language;
    REQUIRE(language.use(u"en"_s));
    AlertCache fixture;
    QSettings settings(fixture.path() + u".ini"_s, QSettings::IniFormat);
    QDateTime clock = wib("2026-12-08 09:00");
    Workspace::Options options;
    options.cachePath = fixture.path();
    options.user = u"op.rina"_s;
    options.settings = &settings;
    options.cacheDescription = u"alerts.sqlite"_s;
    options.localClock = [&clock] { return clock; };
    auto opened = Workspace::open(options, shipped(), language);
    REQUIRE(opened.ok());
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    MainWindow &window = workspace->window();
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *dock = window.findChild<AlertsDock *>(u"alertsDock"_s);
    REQUIRE(dock);
    // The dock's evaluations read on the alert center's thread: each is waited for.
    QSignalSpy evaluated(&dock->center(), &AlertCenter::evaluated);
    dock->evaluate(); // the baseline
    REQUIRE(evaluated.wait(60'000));
    fixture.received(1, u"Sampah menumpuk di Pasar Rau"_s, "2026-12-08 10:00");
    clock = wib("2026-12-08 10:01");
    dock->evaluate();
    REQUIRE(evaluated.wait(60'000));
    CHECK(evaluated.at(1).at(0).toString().isEmpty());

    auto *status = window.findChild<QToolButton *>(u"alertsStatusButton"_s);
    REQUIRE(status);
    CHECK(status->text() == u"Notifications: 1 unread"_s);
    CHECK(window.allActions().contains(dock->toggleAction())); // so the command palette lists it
    CHECK_FALSE(dock->isVisible());
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(dock->isVisible());
    QTreeWidget *tree = dock->list()->tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::keyClick(tree, Qt::Key_Return);
    auto *detail = window.findChild<ComplaintDetailWindow *>();
    REQUIRE(detail);
    CHECK(detail->isVisible());
    CHECK(status->text() == u"Notifications"_s);
}
