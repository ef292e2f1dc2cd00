// The accessibility walk over the supervisor's and the trainer's windows (issue 11): the dashboard (with its
// figures drawn), the wall display and the trainer console, each built in English and in Indonesian. Every widget
// Tab reaches has a name a screen reader says, as in test_accessible_names.cpp.
#include "Language.h"
#include "UiFixture.h"
#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardScreen.h"
#include "trainer/TrainerConsole.h"
#include "wall/WallDisplay.h"

#include <QAccessible>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rabeg::test {
namespace {

// The widgets under `root` that Tab reaches (shown, focusable, not handing their focus on) with no accessible name.
QStringList unnamedFocusable(QWidget *root)
{
    QApplication::processEvents();
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(root) || widget->focusProxy())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u'#' + widget->objectName());
    }
    return unnamed;
}

// How many widgets Tab reaches under `root`: the walk looked at something.
int focusable(QWidget *root)
{
    int count = 0;
    for (QWidget *widget : root->findChildren<QWidget *>())
        count += (widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(root) && !widget->focusProxy();
    return count;
}

void requireNamed(QWidget *root, bool worked = true)
{
    root->show();
    const QStringList unnamed = unnamedFocusable(root);
    INFO(root->metaObject()->className() << ": focusable without an accessible name:\n"
                                         << unnamed.join(u'\n').toStdString());
    CHECK(unnamed.isEmpty());
    if (worked)
        CHECK(focusable(root) > 0);
}

QJsonObject trainingStatus()
{
    return {{u"store_id"_s, u"0b6c7a52-9e1f-4c3d-a5b7-c9d1e3f5a7b9"_s},
            {u"kind"_s, u"training"_s},
            {u"epoch"_s, 1},
            {u"hub_time"_s, u"2026-11-02T03:00:00.000Z"_s},
            {u"clock_speed"_s, 60},
            {u"scenario"_s,
             QJsonObject {{u"id"_s, u"pekan-sibuk"_s},
                          {u"title"_s, u"Pekan sibuk"_s},
                          {u"start"_s, u"2026-11-02T01:00:00.000Z"_s},
                          {u"complaints"_s, 18},
                          {u"trainees"_s, 2}}},
            {u"class"_s, 1},
            {u"arrived"_s, 5},
            {u"next_arrival"_s, u"2026-11-02T03:30:00.000Z"_s},
            {u"scores"_s, QJsonArray {}}};
}

} // namespace

TEST_CASE("every focusable widget of the dashboard, the wall display and the trainer console has an accessible name,"
          " in English and in Indonesian")
{
    DemoCache demo {120, u"a11y-supervisor"_s};
    demo.cache.close();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto clock = [now] { return now; };
    for (const QString &code : {u"en"_s, u"id"_s}) {
        INFO("language " << code.toStdString());
        Language language;
        REQUIRE(language.use(code));

        DashboardScreen dashboard(demo.path(), demo.reference, clock);
        dashboard.show();
        REQUIRE(QTest::qWaitFor([&] { return !dashboard.isComputing() && dashboard.figures().at.isValid(); }, 60000));
        requireNamed(&dashboard);
        // Each chart says its title and, once a bar is selected, which bar.
        for (DashboardChartView *chart : dashboard.findChildren<DashboardChartView *>()) {
            chart->setFocus();
            QTest::keyClick(chart, Qt::Key_Home);
            CHECK(!chart->accessibleName().isEmpty());
            if (!chart->categories().isEmpty())
                CHECK(!chart->accessibleDescription().isEmpty());
        }

        // The wall is read, not worked: whatever takes the focus there is named too, and the wall has a name.
        WallDisplay wall(demo.path(), demo.reference, clock);
        requireNamed(&wall, false);
        QAccessibleInterface *wallAccessible = QAccessible::queryAccessibleInterface(&wall);
        CHECK((wallAccessible && !wallAccessible->text(QAccessible::Name).isEmpty()));

        TrainerConsole console(nullptr);
        console.setStatus(trainingStatus());
        requireNamed(&console);
    }
}

} // namespace rabeg::test
