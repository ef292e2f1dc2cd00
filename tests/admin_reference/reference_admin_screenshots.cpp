// reference_admin_screenshots [DIR [LANGUAGE]]: the OPDs & agencies tab, the categories and services tab, and the
// routing table tab with a dry run of a draft (street lights to Perkim) over the last ISO week of the demo data, in
// Indonesian, grabbed to DIR/admin-opd.png, DIR/admin-category-tree.png and DIR/admin-routing.png (default:
// docs/screenshots). Not a test: run it under Xvfb (xvfb-run -a) after changing these screens or their translations.
#include "ScreenshotRun.h"
#include "admin/CategoryTreePanel.h"
#include "admin/OpdPanel.h"
#include "admin/ReferenceAdminClient.h"
#include "admin/RoutingTablePanel.h"
#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace rabeg;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const test::ScreenshotRun run(argc, argv, QStringLiteral(RABEG_SOURCE_DIR));
    QTemporaryDir dir;
    LocalCache cache;
    if (cache.open(dir.filePath(u"admin.sqlite"_s), u"reference-admin-screens"_s))
        return 1;
    const auto reference = loadBuiltinReferenceData();
    const auto corpus = DemoCorpus::loadBuiltin();
    if (!reference.ok() || !corpus.ok())
        return 1;
    DemoOptions demo;
    demo.count = 600;
    if (fillWithDemoData(cache, reference.value(), corpus.value(), demo))
        return 1;
    const QDateTime hubNow = demo.end;

    ReferenceAdminClient client(QUrl(u"http://127.0.0.1:9"_s));
    QTabWidget tabs;
    tabs.setObjectName(u"adminTabWidget"_s);
    auto *opds = new OpdPanel(&client, cache, reference.value(), &tabs);
    auto *routing = new RoutingTablePanel(&client, cache, reference.value(), [hubNow] { return hubNow; }, &tabs);
    auto *tree = new CategoryTreePanel(&client, cache, reference.value(), &tabs);
    tabs.addTab(opds, QString());
    tabs.addTab(tree, QString());
    tabs.addTab(routing, QString());
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(opds, &change);
    QCoreApplication::sendEvent(tree, &change);
    QCoreApplication::sendEvent(routing, &change);
    tabs.resize(1366, 800);

    opds->table()->setCurrentCell(4, 1); // Dishub picked: the form is ready for a rename
    opds->findChild<QLineEdit *>(u"opdNameLineEdit"_s)->setText(u"Dinas Perhubungan Kota Serang"_s);
    tabs.setCurrentWidget(opds);
    bool ok = run.save(tabs, u"admin-opd.png"_s);

    // Street lights picked in the tree: the form is ready to rename or move the service.
    tree->tree()->setCurrentItem(tree->itemOf(u"pju"_s, true));
    tree->tree()->scrollToItem(tree->tree()->currentItem());
    tabs.setCurrentWidget(tree);
    ok = run.save(tabs, u"admin-category-tree.png"_s) && ok;

    for (int row = 0; row < routing->rules()->rowCount(); ++row) {
        if (routing->rules()->item(row, 0)->text() == u"pju"_s)
            routing->rules()->item(row, 2)->setText(u"PERKIM"_s);
    }
    routing->runDryRun();
    routing->publish(); // no reason yet: the screen says so
    tabs.setCurrentWidget(routing);
    ok = run.save(tabs, u"admin-routing.png"_s) && ok;
    return ok ? 0 : 1;
}
