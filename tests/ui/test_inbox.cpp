#include <catch2/catch.hpp>

#include "ComplaintPreview.h"
#include "InboxModel.h"
#include "InboxView.h"
#include "Language.h"
#include "MainWindow.h"
#include "demo/DemoCorpus.h"
#include "refdata/ReferenceLoader.h"
#include "store/ComplaintRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    LocalCache cache;
    ReferenceData reference = loadBuiltinReferenceData().value();

    explicit Fixture(int count)
    {
        REQUIRE_FALSE(cache.open(dir.filePath(u"ui.sqlite"_s), u"ui-test"_s));
        DemoOptions options;
        options.count = count;
        REQUIRE_FALSE(fillWithDemoData(cache, reference, DemoCorpus::loadBuiltin().value(), options));
    }
};

} // namespace

TEST_CASE("the inbox model passes QAbstractItemModelTester while it fetches page after page")
{
    Fixture f(650);
    ComplaintRepository repository(f.cache);
    InboxModel model(repository, f.reference);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.totalCount() == 650);
    // The tester itself fetches too; pages are 200 rows, so 650 rows need the fourth, short page.
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 650);
    model.reload();
    CHECK(model.rowCount() == 0);
    CHECK(model.canFetchMore({}));
}

TEST_CASE("the main window shows the demo inbox in Indonesian and the selected complaint's history")
{
    Fixture f(300);
    ComplaintRepository repository(f.cache);
    Language language;
    REQUIRE(language.use(u"id"_s));
    auto *inbox = new InboxView(repository, f.reference);
    MainWindow window(inbox, language, u"ui.sqlite"_s);
    window.show();
    QApplication::processEvents();

    auto *table = window.findChild<QTableView *>(u"inboxTableView"_s);
    REQUIRE(table);
    CHECK(table->model()->rowCount() > 0);
    const QString header = table->model()->headerData(InboxModel::State, Qt::Horizontal).toString();
    CHECK(header == u"Status"_s);
    auto *summary = window.findChild<QLabel *>(u"inboxSummaryLabel"_s);
    REQUIRE(summary);
    CHECK(summary->text().contains(u"300"_s));
    CHECK(summary->text().contains(u"aduan"_s));

    table->selectRow(0);
    QApplication::processEvents();
    auto *browser = window.findChild<QTextBrowser *>(u"complaintPreviewTextBrowser"_s);
    REQUIRE(browser);
    const QString trackingId = table->model()->index(0, InboxModel::TrackingId).data().toString();
    CHECK(browser->toPlainText().contains(trackingId));
    CHECK(browser->toPlainText().contains(u"Riwayat"_s));
    CHECK(browser->toPlainText().contains(u"Aduan diterima"_s));

    SECTION("switching to English retranslates without a restart")
    {
        REQUIRE(language.use(u"en"_s));
        QApplication::processEvents();
        CHECK(table->model()->headerData(InboxModel::State, Qt::Horizontal).toString() == u"State"_s);
        CHECK(summary->text().contains(u"complaints"_s));
        CHECK(browser->toPlainText().contains(u"History"_s));
        REQUIRE(language.use(u"id"_s));
    }
}
