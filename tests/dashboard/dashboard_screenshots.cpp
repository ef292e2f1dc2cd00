// dashboard_screenshots OUT_DIR [LANGUAGE]: the supervisor's dashboard over 600 demo complaints (sixteen weeks
// ending Monday 30 November 2026, 10:00 WIB) in LANGUAGE (default id), with the keyboard selection on the fourth
// bar of "overdue by OPD", grabbed to OUT_DIR/dashboard.png at 1680 x 1050. Not a test: for docs/screenshots.
#include "Language.h"
#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardScreen.h"
#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"
#include "store/LocalCache.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: dashboard_screenshots OUT_DIR [LANGUAGE]\n");
        return 2;
    }
    Language language;
    language.use(argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"id"_s);
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const auto reference = loadBuiltinReferenceData();
    const auto corpus = DemoCorpus::loadBuiltin();
    if (!reference || !corpus)
        return 1;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    DemoOptions options;
    options.count = 600;
    options.weeks = 16;
    options.end = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);
    {
        LocalCache cache;
        if (cache.open(path, u"screens"_s) || fillWithDemoData(cache, reference.value(), corpus.value(), options))
            return 1;
        cache.setMeta(u"scope"_s, u"supervisor/"_s);
        cache.setMeta(u"synced_at"_s, u"2026-11-30T02:55:00.000Z"_s);
    }
    const QDateTime now = options.end;
    DashboardScreen dashboard(path, reference.value(), [now] { return now; });
    dashboard.resize(1680, 1050);
    dashboard.show();
    if (!QTest::qWaitFor([&] { return !dashboard.isComputing() && dashboard.figures().at.isValid(); }, 120000))
        return 1;
    DashboardChartView *chart = dashboard.overdueChart();
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Home);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(chart, Qt::Key_Right);
    QApplication::processEvents();
    const bool ok = dashboard.grab().save(outDir + u"/dashboard.png"_s);
    std::printf("selected: %s; %s\n", qPrintable(chart->selectionText()), ok ? "written" : "FAILED");
    return ok ? 0 : 1;
}
