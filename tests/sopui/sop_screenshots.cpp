// sop_screenshots [DIR [LANGUAGE]]: shows the SOP widgets with demo data (a cache of 3,000 demo complaints with SOP
// ticks, at the demo's hub time) and grabs each to DIR/stall-board.png, checklist.png and sop-editor.png (default:
// docs/screenshots of the source tree), in Indonesian unless LANGUAGE says otherwise ("en"). Not a test: run it
// under Xvfb (xvfb-run -a) after changing these screens.
#include "ScreenshotRun.h"
#include "SopDemoCache.h"
#include "codec/WireTime.h"
#include "refdata/ReferenceLoader.h"
#include "sop/ChecklistWidget.h"
#include "sop/SopTemplateEditor.h"
#include "sop/StallBoardModel.h"
#include "sop/StallBoardView.h"
#include "store/ChecklistQuery.h"

#include <QApplication>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>


using namespace Qt::StringLiterals;
using namespace rabeg;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const test::ScreenshotRun run(argc, argv, QStringLiteral(RABEG_SOURCE_DIR));
    QTemporaryDir dir;
    LocalCache cache;
    if (cache.open(dir.filePath(u"screens.sqlite"_s), u"screens"_s))
        return 1;
    const ReferenceData reference = loadBuiltinReferenceData().value();
    const WorkingCalendar calendar(reference.calendar);
    DemoOptions options;
    options.count = 3000;
    const QDateTime now = options.end;
    if (sopdemo::fillCache(cache, reference, options))
        return 1;
    bool ok = true;

    StallBoardView board;
    board.setSource(cache, reference, [now] { return now; });
    board.resize(1280, 820);
    board.refresh();
    // The cell a supervisor would open first: the most complaints in one cell.
    QModelIndex busiest;
    int most = 0;
    for (int row = 0; row < board.model()->rowCount(); ++row) {
        for (int column = StallBoardModel::FirstStepColumn; column < board.model()->columnCount(); ++column) {
            const QModelIndex index = board.model()->index(row, column);
            if (board.model()->countAt(index) > most) {
                most = board.model()->countAt(index);
                busiest = index;
            }
        }
    }
    board.findChild<QTableView *>(u"stallBoardTableView"_s)->setCurrentIndex(busiest);
    board.drillDown(busiest);
    ok &= run.save(board, u"stall-board.png"_s);

    // A stalled KTP-el complaint with a phone report among its ticks.
    Checklist chosen;
    const ChecklistQuery checklists(cache, *reference.sopCatalog(), calendar);
    (void)checklists.forEachWorking(now, [&chosen](const QUuid &, const Checklist &c) {
        const bool phone
            = std::any_of(c.steps.cbegin(), c.steps.cend(), [](const ChecklistStep &s) { return s.phoneReport; });
        if (!chosen.exists() && c.stalled() && phone && c.stalledStep >= 3 && c.templateId.startsWith(u"DISDUKCAPIL"))
            chosen = c;
    });
    ChecklistWidget checklist;
    checklist.setChecklist(chosen);
    checklist.setEditable(true);
    checklist.selectStep(chosen.steps.first().key); // the stalled step shows its tint when not selected
    checklist.resize(980, 300);
    ok &= run.save(checklist, u"checklist.png"_s);

    SopTemplateEditor editor(reference);
    editor.choose(u"DISDUKCAPIL"_s, u"akta-kelahiran"_s);
    const QByteArray bad = "opd,service,version,step,key,title,expected_days,role,critical\n"
                           "DISDUKCAPIL,akta-kelahiran,2,1,telaah-aduan,Telaah aduan,1,liaison,no\n"
                           "DISDUKCAPIL,akta-kelahiran,2,2,cek-berkas,Cek kelengkapan berkas,0,petugas_teknis,yes\n";
    editor.importCsv(bad, u"sop_dukcapil.csv"_s);
    editor.resize(1100, 560);
    ok &= run.save(editor, u"sop-editor.png"_s);
    return ok ? 0 : 1;
}
