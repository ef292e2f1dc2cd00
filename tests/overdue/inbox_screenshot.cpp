// Not a test: the inbox with its SOP ("stalled") column and a stall board cell's drill-down chip, over demo
// complaints with SOP ticks, in Indonesian, saved to FILE (docs/screenshots/inbox-drilldown.png). Run under Xvfb:
//   xvfb-run -a ./inbox_screenshot FILE
#include "../sopui/SopDemoCache.h"
#include "InboxView.h"
#include "Language.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "codec/WireTime.h"
#include "refdata/ReferenceLoader.h"
#include "store/StallBoardQuery.h"

#include <QApplication>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rabeg;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: inbox_screenshot FILE\n");
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    const ReferenceData reference = loadBuiltinReferenceData().value();
    const QString path = dir.filePath(u"inbox.sqlite"_s);
    // The demo's end is the hub time the board is judged at: the workspace's clock is this machine's.
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QList<QUuid> cell;
    QString label;
    {
        LocalCache cache;
        if (Status status = cache.open(path, u"inbox-screenshot-fill"_s))
            qFatal("%s", qPrintable(status->message));
        DemoOptions options;
        options.count = 3000;
        options.end = end;
        if (Status status = sopdemo::fillCache(cache, reference, options))
            qFatal("%s", qPrintable(status->message));
        const WorkingCalendar calendar(reference.calendar);
        const auto board = StallBoardQuery(cache, *reference.sopCatalog(), calendar).board(end);
        if (!board.ok() || board->cells.isEmpty())
            qFatal("no stalled complaints in the demo data");
        // The cell with the most complaints, as a supervisor would open first.
        const auto most = std::max_element(board->cells.cbegin(), board->cells.cend(),
                                           [](const StallCell &a, const StallCell &b) { return a.count < b.count; });
        cell = StallBoardQuery(cache, *reference.sopCatalog(), calendar).cellIds(most->opd, most->stepKey, end).value();
        label = u"Papan kemacetan: %1, langkah %2"_s.arg(most->opd).arg(most->stepNumber);
    }
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Language language;
    if (!language.use(u"id"_s))
        qFatal("no Indonesian translation");
    Workspace::Options options;
    options.cachePath = path;
    options.settings = &settings;
    options.cacheDescription = u"demo-cache.sqlite"_s;
    auto opened = Workspace::open(options, reference, language);
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.error().message));
    MainWindow &window = opened.value()->window();
    window.resize(1500, 900);
    window.show();
    window.inbox()->showOnly(cell, label);
    window.inbox()->table()->selectRow(0);
    QTimer::singleShot(800, &window, [&window, file] {
        if (!window.grab().save(file))
            std::fprintf(stderr, "inbox_screenshot: cannot write %s\n", qPrintable(file));
        QApplication::quit();
    });
    return app.exec();
}
