// The window shown while the local cache is upgraded before the workspace opens it (CachePreparation,
// CacheUpgradeWindow): shown on a real cache whose stall spans must be filled, in Indonesian, then gone.
#include "CachePreparation.h"
#include "CacheUpgradeWindow.h"
#include "Language.h"
#include "UiFixture.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

CacheUpgradeWindow *shownUpgradeWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<CacheUpgradeWindow *>(widget); window && window->isVisible())
            return window;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the upgrade window says the step, the share done and the complaints counted, in Indonesian")
{
    Language language;
    REQUIRE(language.use(u"id"_s));
    CacheUpgradeWindow window;
    OpenProgress progress;
    progress.step = OpenProgress::Step::FillingStallSpans;
    progress.fraction = 0.4;
    progress.complaints = 123456;
    window.showProgress(progress);
    const auto *step = window.findChild<QLabel *>(u"stepLabel"_s);
    const auto *bar = window.findChild<QProgressBar *>(u"stepProgressBar"_s);
    const auto *count = window.findChild<QLabel *>(u"countLabel"_s);
    REQUIRE(step);
    REQUIRE(bar);
    REQUIRE(count);
    CHECK(step->text() == u"Menghitung, untuk laporan mingguan, posisi setiap aduan dalam SOP OPD-nya…"_s);
    CHECK(bar->maximum() == 1000);
    CHECK(bar->value() == 400);
    CHECK(count->text() == u"123.456 aduan selesai"_s);
    CHECK(window.windowTitle() == u"Rabeg — menyiapkan cache lokal"_s);

    // A step that cannot tell its share: the bar runs without a value.
    progress.step = OpenProgress::Step::Migrating;
    progress.fromVersion = 14;
    progress.toVersion = 15;
    progress.fraction = -1;
    progress.complaints = 0;
    window.showProgress(progress);
    CHECK(step->text() == u"Mengubah susunan cache (versi 14 ke 15)…"_s);
    CHECK(bar->maximum() == 0);
    CHECK(count->isHidden());

    CHECK(CacheUpgradeWindow::durationText(45) == u"45 detik"_s);
    CHECK(CacheUpgradeWindow::durationText(200) == u"3 menit 20 detik"_s);
    REQUIRE(language.use(u"en"_s));
    CHECK(CacheUpgradeWindow::durationText(61) == u"1 min 1 s"_s);
}

TEST_CASE("a cache whose stall spans must be filled opens with the upgrade window shown, which is gone after")
{
    Language language;
    REQUIRE(language.use(u"id"_s));
    QString path;
    DemoCache demo(1500, u"ui-preparation-fill"_s);
    path = demo.path();
    // As after an upgrade from schema 14: the spans are to be derived again from every history.
    REQUIRE_FALSE(demo.cache.setMeta(u"report_stalls_unfilled"_s, u"1"_s));
    demo.cache.close();

    QStringList steps;
    bool sawBar = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, [&steps, &sawBar] {
        if (CacheUpgradeWindow *window = shownUpgradeWindow()) {
            const QString text = window->findChild<QLabel *>(u"stepLabel"_s)->text();
            if (steps.isEmpty() || steps.last() != text)
                steps.append(text);
            sawBar = sawBar || window->findChild<QProgressBar *>(u"stepProgressBar"_s)->value() > 0;
        }
    });
    watch.start(5);
    const Status status = CachePreparation::prepare(path, 0);
    watch.stop();
    REQUIRE_FALSE(status);
    CHECK(steps.contains(u"Menghitung, untuk laporan mingguan, posisi setiap aduan dalam SOP OPD-nya…"_s));
    CHECK(sawBar);
    CHECK_FALSE(shownUpgradeWindow());

    // The work was done: the spans are there and nothing is left to fill.
    LocalCache cache;
    REQUIRE_FALSE(cache.open(path, u"ui-preparation-check"_s));
    CHECK(cache.meta(u"report_stalls_unfilled"_s).isEmpty());
    QSqlQuery q(cache.database());
    REQUIRE(q.exec(u"SELECT count(*) FROM report_stalls"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() > 0);
}

TEST_CASE("an up-to-date cache opens without the upgrade window; a broken file gives its reason and no window")
{
    DemoCache demo(50, u"ui-preparation-current"_s);
    demo.cache.close();
    bool shown = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, [&shown] { shown = shown || shownUpgradeWindow(); });
    watch.start(1);
    CHECK_FALSE(CachePreparation::prepare(demo.path()));
    CHECK_FALSE(shown);

    const QString broken = demo.dir.filePath(u"broken.sqlite"_s);
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const Status status = CachePreparation::prepare(broken, 0);
    watch.stop();
    REQUIRE(status);
    CHECK_FALSE(status->message.isEmpty());
    CHECK_FALSE(shownUpgradeWindow());
    CHECK(QFile(broken).size() == 8192); // left as it was
}
