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

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace rabeg::test;

namespace {

// What the upgrade windows made during a prepare() were seen to do: each window shown, and each step shown in one
// (with the bar's value at that moment), followed through the application's events and the window's own signal.
// No timer: nothing here depends on how fast the machine is.
class UpgradeWindowWatch final : public QObject
{
public:
    struct Shown
    {
        QString step;
        int bar = 0;
        double fraction = -1;
        qint64 complaints = 0;
        bool visible = false;
    };
    int windowsShown = 0;
    QList<Shown> progress;

    UpgradeWindowWatch() { qApp->installEventFilter(this); }
    ~UpgradeWindowWatch() override { qApp->removeEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish) {
            if (auto *window = qobject_cast<CacheUpgradeWindow *>(watched); window && !m_followed.contains(window)) {
                m_followed.append(window);
                connect(window, &QObject::destroyed, this, [this, window] { m_followed.removeAll(window); });
                connect(window, &CacheUpgradeWindow::progressShown, this, [this, window](const OpenProgress &told) {
                    progress.append({window->findChild<QLabel *>(u"stepLabel"_s)->text(),
                                     window->findChild<QProgressBar *>(u"stepProgressBar"_s)->value(), told.fraction,
                                     told.complaints, window->isVisible()});
                });
            }
        }
        if (event->type() == QEvent::Show && qobject_cast<CacheUpgradeWindow *>(watched))
            ++windowsShown;
        return false;
    }

private:
    QList<QObject *> m_followed;
};

bool anyUpgradeWindowLeft()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<CacheUpgradeWindow *>(widget))
            return true;
    }
    return false;
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

    UpgradeWindowWatch watch;
    const Status status = CachePreparation::prepare(path, 0);
    REQUIRE_FALSE(status);
    CHECK(watch.windowsShown == 1);
    REQUIRE(watch.progress.size() >= 2);
    // The fill, told from its start (an empty bar) to its end (a full one, every complaint counted), shown while
    // the window was on screen.
    const auto &first = watch.progress.first();
    const auto &last = watch.progress.last();
    CHECK(first.step == u"Menghitung, untuk laporan mingguan, posisi setiap aduan dalam SOP OPD-nya…"_s);
    CHECK(first.fraction == 0);
    CHECK(first.bar == 0);
    CHECK(last.step == first.step);
    CHECK(last.fraction == 1);
    CHECK(last.bar == 1000);
    CHECK(last.complaints > 0);
    CHECK(last.visible);
    CHECK_FALSE(anyUpgradeWindowLeft());

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
    // Shown at once if anything were told: an up-to-date cache tells nothing, so no window, however slow the disk.
    UpgradeWindowWatch watch;
    CHECK_FALSE(CachePreparation::prepare(demo.path(), 0));
    CHECK(watch.windowsShown == 0);
    CHECK(watch.progress.isEmpty());

    const QString broken = demo.dir.filePath(u"broken.sqlite"_s);
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const Status status = CachePreparation::prepare(broken, 0);
    REQUIRE(status);
    CHECK_FALSE(status->message.isEmpty());
    CHECK(watch.windowsShown == 0);
    CHECK_FALSE(anyUpgradeWindowLeft());
    CHECK(QFile(broken).size() == 8192); // left as it was
}
